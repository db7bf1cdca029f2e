#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs one for a given time:
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options ...]
#
# TARGET: annual_report (AnnualReport::parse), registration (Registration::parse, the CSV
# reader) or amounts_and_dates (the value parsers); "all" runs each in turn for SECONDS.
# The corpus grows in build-fuzz/corpus/TARGET, seeded from fixtures/ and from
# tests/fuzz_regressions/TARGET. An input that crashes, hangs (>10 s) or breaks a property of
# fuzz/fuzz_entries.h is written to build-fuzz/crashes/TARGET/; fix the code and copy the input
# into tests/fuzz_regressions/TARGET/, where the normal test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "gebruik: scripts/fuzz.sh annual_report|registration|amounts_and_dates|all SECONDEN [libFuzzer-opties]" >&2
  exit 2
fi
target="$1"
seconds="$2"
shift 2
build="${SWVCHECK_FUZZ_BUILD:-build-fuzz}"

if [ "$target" = all ]; then
  for t in annual_report registration amounts_and_dates; do bash "$0" "$t" "$seconds" "$@"; done
  exit 0
fi
case "$target" in
  annual_report | registration | amounts_and_dates) ;;
  *) echo "swvcheck fuzz: onbekend doel '$target'" >&2; exit 2 ;;
esac

bash scripts/install-fuzz-deps.sh
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWVCHECK_FUZZ=ON \
  -DSWVCHECK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "fuzz_$target" -j"$(nproc)"

corpus="$build/corpus/$target"
seeds="$build/seeds/$target"
crashes="$build/crashes/$target"
mkdir -p "$corpus" "$crashes"
rm -rf "$seeds"
mkdir -p "$seeds"
dict=()
case "$target" in
  annual_report)
    cp fixtures/jaarverslagen/*.xml fixtures/broken/*.xml "$seeds"/
    dict=(-dict=fuzz/jaarverslag.dict)
    ;;
  registration)
    if [ -d fixtures/registraties ]; then find fixtures/registraties -name '*.csv' -exec cp {} "$seeds"/ \; ; fi
    dict=(-dict=fuzz/registratie.dict)
    ;;
  amounts_and_dates)
    i=0
    for value in 1234567.89 -5 0.5 0.05 -0.01 92233720368547757.00 1e999 NaN 1.234,56 --5 ' 5' 250.000 \
                 2023-12-31 2024-02-29 2023-02-30 31-12-2023 1-2-2023 0.8 14 -3 "$(printf '\xc3\xa9\xe2\x82\xac')"; do
      printf '%s' "$value" > "$seeds/value-$i"
      i=$((i + 1))
    done
    ;;
esac
if [ -d "tests/fuzz_regressions/$target" ]; then
  find "tests/fuzz_regressions/$target" -type f ! -name '*.md' -exec cp {} "$seeds"/ \;
fi

echo "swvcheck fuzz: $target gedurende $seconds s (corpus $corpus, vondsten in $crashes/)"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
  "$build/fuzz/fuzz_$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@" "$corpus" "$seeds"
