#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need, then runs them.
#   bash tests/run.sh            (extra arguments go to `cargo test`)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --all-targets "$@"
