#!/usr/bin/env bash
# Second command of the README (and what CI runs): install, build a Debug tree with warnings as
# errors under ASan+UBSan, run the whole test suite and the test cases beside the rules in it,
# then the tests that run threads under ThreadSanitizer.
#
# The suite runs once, under the sanitizers, instead of once plain and once again sanitized:
# the sanitized Debug tree compiles with the same -Wall -Wextra -Werror, so it catches what a
# plain Debug tree would, and it saves a third of the build (CI stays within 20 minutes on 2
# cores as the code grows; docs/hardening.md). SWVCHECK_SKIP_SANITIZERS=1 builds a plain Debug
# tree (build/debug) instead, for a quicker run while developing.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
jobs="$(nproc)"
# Line tables only (-g1): failures and sanitizer reports still name file and line, and each
# tree compiles about 15% faster. For gdb, configure a tree of your own with the default -g.
debug_info=(-DCMAKE_CXX_FLAGS_DEBUG=-g1)

if [ "${SWVCHECK_SKIP_SANITIZERS:-0}" = "1" ]; then
  tree=build/debug
  cmake -S . -B "$tree" -DCMAKE_BUILD_TYPE=Debug "${debug_info[@]}" >/dev/null
else
  tree=build/asan
  cmake -S . -B "$tree" -DCMAKE_BUILD_TYPE=Debug -DSWVCHECK_SANITIZE=ON "${debug_info[@]}" >/dev/null
fi
cmake --build "$tree" -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$tree" --output-on-failure -j"$jobs"
# The test cases beside the rules (rules/**/*_test.lua), as rule authors run them.
ASAN_OPTIONS=detect_leaks=1 "$tree"/swvcheck rules test

if [ "${SWVCHECK_SKIP_SANITIZERS:-0}" != "1" ]; then
  # ThreadSanitizer: the worker threads of the engine and the watchdog beside each Lua state.
  # Only the test files with [threads] tests are built (tests/CMakeLists.txt), and the test
  # program is run directly: no swvcheck binary, no bench, no test discovery needed.
  cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=Debug -DSWVCHECK_SANITIZE_THREAD=ON -DSWVCHECK_BUILD_BENCH=OFF "${debug_info[@]}" >/dev/null
  cmake --build build/tsan -j"$jobs" --target swvcheck_tests
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" build/tsan/tests/swvcheck_tests "[threads]"
fi
