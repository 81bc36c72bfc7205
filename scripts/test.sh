#!/usr/bin/env bash
# Runs every test of the workspace: unit, integration, golden and generated-crate tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo test --workspace "$@"
