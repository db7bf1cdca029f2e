#!/usr/bin/env bash
# Second command of the README (and what CI runs): install, build Debug with warnings as
# errors, run the whole test suite and the test cases beside the rules, then the same suite
# under ASan+UBSan, then the tests that run threads under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
jobs="$(nproc)"
# Line tables only (-g1): failures and sanitizer reports still name file and line, and each of
# the three trees compiles about 15% faster (docs/hardening.md). For gdb, configure a tree of
# your own with the default -g.
debug_info=(-DCMAKE_CXX_FLAGS_DEBUG=-g1)

cmake -S . -B build/debug -DCMAKE_BUILD_TYPE=Debug "${debug_info[@]}" >/dev/null
cmake --build build/debug -j"$jobs"
ctest --test-dir build/debug --output-on-failure -j"$jobs"
# The test cases beside the rules (rules/**/*_test.lua), as rule authors run them.
build/debug/swvcheck rules test

if [ "${SWVCHECK_SKIP_SANITIZERS:-0}" != "1" ]; then
  cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DSWVCHECK_SANITIZE=ON "${debug_info[@]}" >/dev/null
  cmake --build build/asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build/asan --output-on-failure -j"$jobs"
fi

if [ "${SWVCHECK_SKIP_SANITIZERS:-0}" != "1" ]; then
  # ThreadSanitizer: the worker threads of the engine and the watchdog beside each Lua state.
  # Only the test files with [threads] tests are built (tests/CMakeLists.txt), and the test
  # program is run directly: no swvcheck binary, no bench, no test discovery needed.
  cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=Debug -DSWVCHECK_SANITIZE_THREAD=ON -DSWVCHECK_BUILD_BENCH=OFF "${debug_info[@]}" >/dev/null
  cmake --build build/tsan -j"$jobs" --target swvcheck_tests
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" build/tsan/tests/swvcheck_tests "[threads]"
fi
