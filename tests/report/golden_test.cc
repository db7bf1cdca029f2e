// Golden files: every format of one fixed run of the real binary, compared byte for byte with
// tests/golden/report.*. The run is deterministic: fixed rules (tests/golden/rules, set as the
// shipped rules so their fingerprint is fixed too), a fixed --check-date, a fixed baseline and
// fixture paths relative to the source folder. After an intended change of a report, rewrite
// the files and review the diff:
//   SWVCHECK_UPDATE_GOLDEN=1 build/debug/tests/swvcheck_tests "[golden]"
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/report_support.h"
#include "support/paths.h"
#include "support/run_process.h"

using namespace swv::test;

namespace {

// The first line where `expected` and `actual` differ, for the failure message.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool more_a = static_cast<bool>(std::getline(a, la)), more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return "no difference";
    if (la != lb || more_a != more_b)
      return "line " + std::to_string(line) + "\n  golden: " + (more_a ? la : "(end)") + "\n  now:    " + (more_b ? lb : "(end)");
  }
}

void compare_golden(const std::string& name, const std::string& actual) {
  std::string path = source_path("tests/golden/" + name);
  if (std::getenv("SWVCHECK_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("rewrote " << path);
    return;
  }
  REQUIRE(std::filesystem::exists(path));
  std::string expected = read_text(path);
  INFO("tests/golden/" << name << " differs at " << first_difference(expected, actual)
                       << "\nIf the change is intended: SWVCHECK_UPDATE_GOLDEN=1 build/debug/tests/swvcheck_tests \"[golden]\"");
  CHECK(expected == actual);
}

}  // namespace

TEST_CASE("golden: every format of a fixed run with a baseline", "[golden]") {
  for (std::string format : {"text", "json", "html", "csv", "sarif"}) {
    INFO(format);
    std::vector<std::string> args{"-C", SWVCHECK_SOURCE_DIR, binary(), "check"};
    for (const auto& input : golden_inputs()) args.push_back(input);
    for (std::string a : {"--check-date", "2026-11-25", "--baseline", "tests/golden/baseline.json", "--jobs", "2",
                          "--color", "never", "--format"})
      args.push_back(a);
    args.push_back(format);
    auto run = run_process("/usr/bin/env", args, {"SWVCHECK_RULES=tests/golden/rules"});
    INFO(run.err);
    CHECK(run.exit_code == 2);  // a document failed to load and a rule failed
    // The golden baseline names rules version "golden": compared all the same, with a warning.
    CHECK_THAT(run.err, Catch::StartsWith("swvcheck: waarschuwing: baseline 'tests/golden/baseline.json' is gemaakt "
                                          "met swvcheck 0.1.0 (regels golden), deze controle met swvcheck 0.1.0") &&
                            Catch::EndsWith("door de andere versie komen\n"));
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    CHECK(run.out.find(SWVCHECK_SOURCE_DIR) == std::string::npos);  // no absolute paths
    compare_golden("report." + format, run.out);
  }
}
