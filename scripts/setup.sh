#!/usr/bin/env bash
# Installs what building and testing the project needs beyond a Rust toolchain: clippy, rustfmt.
set -euo pipefail
if command -v rustup >/dev/null 2>&1; then
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
fi
cargo clippy --version >/dev/null
cargo fmt --version >/dev/null
