#!/usr/bin/env bash
# Installs the Debian packages swvcheck builds and tests with. Safe to run again: it only
# calls apt-get when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  liblua5.4-dev libpugixml-dev libboost-program-options-dev nlohmann-json3-dev catch2 libcsv-dev libmimalloc-dev
  libtomlplusplus-dev  # --accept files (TOML)
  libssl-dev  # sha256 of every input in the JSON report (libcrypto)
  libsqlite3-dev  # --store, the findings history
  libxlsxwriter-dev  # --format xlsx, the Excel workbook
  python3  # runs shared/tools/validate-findings in the end-to-end tests
  python3-jsonschema  # validates --format sarif against the SARIF 2.1.0 schema in the tests
  python3-openpyxl  # reads --format xlsx back in the tests
  chromium  # headless screenshot test of --format html (about a minute to install)
  libcpp-httplib-dev  # swvcheck serve, the local web page
  chromium-driver python3-selenium  # the serve test drives Chromium through its upload form
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "swvcheck: alle benodigde pakketten zijn aanwezig"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "swvcheck: installeer ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
