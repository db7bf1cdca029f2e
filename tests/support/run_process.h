// Runs a program the way a user does (a real process), capturing its output and exit code.
#pragma once

#include <string>
#include <vector>

namespace swv::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  long max_rss_kb = 0;  ///< the process's peak resident memory
};

/// Runs `program` with `args` (no shell), with extra environment `env` ("NAME=value"). The
/// descriptors in `closed` (0, 1 or 2) are closed in the child, as `>&-` does, instead of
/// captured; what the child writes there is lost and `out`/`err` stay empty.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::vector<std::string>& env = {}, const std::vector<int>& closed = {});

/// `check ARGS... --check-date 2026-11-25`: a check on the date the tests' expectations assume.
std::vector<std::string> check_args(std::vector<std::string> args);

/// Runs the built swvcheck binary.
ProcessResult run_swvcheck(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                           const std::vector<int>& closed = {});

}  // namespace swv::test
