#!/usr/bin/env bash
# First command of the README: install, build (Release) and check the bundled fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DSWVCHECK_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)"

echo
echo "== swvcheck check fixtures/jaarverslagen (tekst)"
status=0
build/release/swvcheck check fixtures/jaarverslagen || status=$?
echo
echo "== hetzelfde als JSON: build/release/fixtures.json"
build/release/swvcheck check fixtures/jaarverslagen --format json --output build/release/fixtures.json || true
echo
echo "Klaar. Exitcode van de controle: $status (0 = niets gevonden, 1 = bevindingen, 2 = fouten)."
echo "Het programma staat in build/release/swvcheck; zie README.md."
