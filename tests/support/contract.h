// The shared contract validator (shared/tools/validate-findings) run on a written JSON report.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/run_process.h"

namespace swv::test {

/// Checks `report` (a path) and `exit_code` against findings-json.md with the shared
/// validator; warns and checks nothing when the validator is not beside the repository.
inline void validate_report(const std::string& report, int exit_code) {
  if (!std::filesystem::exists(SWVCHECK_VALIDATOR)) {
    WARN("shared/tools/validate-findings not found beside the repository; contract check skipped");
    return;
  }
  auto verdict = run_process("/usr/bin/env", {"python3", SWVCHECK_VALIDATOR, report, std::to_string(exit_code)});
  INFO(verdict.out << verdict.err);
  CHECK(verdict.exit_code == 0);
  CHECK_THAT(verdict.out, Catch::Contains("contract ok"));
}

}  // namespace swv::test
