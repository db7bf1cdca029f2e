#!/usr/bin/env bash
# Installs what scripts/fuzz.sh needs beyond scripts/install-deps.sh: clang with its libFuzzer
# and sanitizer runtimes, and llvm-symbolizer for readable stack traces. Kept apart from the
# main list because it is large and only needed to fuzz. Safe to run again.
set -euo pipefail

packages=(clang libclang-rt-14-dev llvm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "swvcheck: installeer ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
