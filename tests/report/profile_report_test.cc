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
