#!/usr/bin/env bash
# The test command: set up, build with -Werror, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DBERTC_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
export NSMC_DIR="${NSMC_DIR:-$(cd .. && pwd)/shared/data/nsmc}"
ctest --test-dir build --output-on-failure --timeout 900 -j"$(nproc)" "$@"
