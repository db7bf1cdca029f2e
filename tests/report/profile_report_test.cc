#include <catch2/catch.hpp>

#include "report/profile_report.h"

using namespace swv;
using namespace std::chrono_literals;

TEST_CASE("profile: one line per rule, slowest first, with calls, total and mean time") {
  std::map<std::string, RuleTiming> timings{{"a.snel", {4, 2ms}}, {"b.traag", {2, 30ms}}, {"c.nooit", {0, 0ns}}};
  std::string text = write_profile(timings);
  auto slow = text.find("b.traag");
  auto fast = text.find("a.snel");
  auto never = text.find("c.nooit");
  REQUIRE(slow != std::string::npos);
  REQUIRE(fast != std::string::npos);
  REQUIRE(never != std::string::npos);
  CHECK(slow < fast);
  CHECK(fast < never);
  CHECK_THAT(text, Catch::Contains("30.000"));     // total ms of b.traag
  CHECK_THAT(text, Catch::Contains("15000.0"));    // its mean in microseconds
  CHECK_THAT(text, Catch::Contains("500.0"));      // a.snel: 2 ms over 4 calls
}

TEST_CASE("profile: the host's own time, in total and per report or finding") {
  HostTiming host;
  host.load = 20ms;
  host.findings = 3ms;
  host.write = 6ms;
  host.reports = 4;
  host.finding_count = 100;
  std::string text = write_host_profile(host);
  CHECK_THAT(text, Catch::Contains("jaarverslagen laden"));
  CHECK_THAT(text, Catch::Matches("(.|\n)*jaarverslagen laden +20\\.000 ms +5000\\.0 us per jaarverslag \\(4\\)(.|\n)*"));
  CHECK_THAT(text, Catch::Matches("(.|\n)*bevindingen maken +3\\.000 ms +30\\.0 us per bevinding \\(100;(.|\n)*"));
  CHECK_THAT(text, Catch::Matches("(.|\n)*rapport schrijven +6\\.000 ms +60\\.0 us per bevinding(.|\n)*"));
}
