// The corpus generator and the benchmark as a user runs them (docs/benchmark.md), on a corpus
// small enough for the test suite. Their timings are not tested; what they print is.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#ifdef SWVCHECK_BENCH_DIR

#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

TEST_CASE("bench programs: make_corpus writes a corpus and swvcheck_bench measures every line and target on it") {
  TempDir dir;
  std::string corpus = dir.path() + "/corpus";
  auto made = run_process(std::string(SWVCHECK_BENCH_DIR) + "/make_corpus",
                          {"--out", corpus, "--seed", "3", "--swvs", "2", "--years", "3"});
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  CHECK_THAT(made.out, Catch::Contains("6 annual reports"));

  auto bench = run_process(std::string(SWVCHECK_BENCH_DIR) + "/swvcheck_bench",
                           {"--corpus", corpus, "--jobs", "2", "--repeat", "1", "--memory-sizes", "2,6"});
  INFO(bench.out << bench.err);
  REQUIRE(bench.exit_code == 0);
  for (const char* line : {"parse only (pugixml load_buffer, in memory)", "load (swvcheck parse + validate, in memory)",
                           "full check, reports, --jobs 1", "full check, reports, --jobs 2",
                           "full check, + registrations, --jobs 2", "full check / parse-only throughput, 1 job:",
                           "speed-up from 1 to 2 jobs, reports:", "Slowest rules", "consistentie.sommen",
                           "6 reports, findings written out, as check --format json", "peak for 6 / peak for 2 reports"})
    CHECK_THAT(bench.out, Catch::Contains(line));
  // where the time goes: one row of figures per format, and the same-decisions run
  CHECK_THAT(bench.out, Catch::Contains("Where the time goes"));
  for (const char* format : {"json", "text", "csv", "sarif", "html"}) {
    INFO(format);
    std::string number = " +-?[0-9]+(\\.[0-9]+)?";
    std::string row = "  " + std::string(format) + number + number + " \\|" + number + number + number + number +
                      " \\|" + number + number + " \\|" + number;
    bool found = false;
    std::istringstream lines(bench.out);
    for (std::string line; std::getline(lines, line);) found = found || std::regex_match(line, std::regex(row));
    CHECK(found);
  }
  CHECK_THAT(bench.out, Catch::Matches("(.|\n)*Same decisions \\(--only toezicht, reserves, doorzettingsmacht, "
                                       "consistentie, ZP-1; text; --jobs 1\\):\n  [0-9]+ rules: [0-9.]+ s, [0-9]+ docs/s, "
                                       "[0-9.]+ CPU us/doc, [0-9]+ findings\n(.|\n)*"));
  CHECK(bench.out.find("WARNING") == std::string::npos);  // every report loads, no rule fails

  auto usage = run_process(std::string(SWVCHECK_BENCH_DIR) + "/swvcheck_bench", {"--corpus", corpus, "--jobs", "0"});
  CHECK(usage.exit_code == 2);
  CHECK_THAT(usage.err, Catch::Contains("--jobs needs a positive number"));
}

#endif
