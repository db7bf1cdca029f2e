#include <catch2/catch.hpp>

#include "support/paths.h"
#include "support/run_process.h"

using namespace swv::test;

TEST_CASE("cli: --profile prints the time per rule on stderr and leaves the report alone") {
  std::vector<std::string> args{"check", fixture("jaarverslagen"), "--check-date", "2026-11-25", "--format", "json",
                                "--jobs", "2"};
  auto plain = run_swvcheck(args);
  args.push_back("--profile");
  auto profiled = run_swvcheck(args);
  CHECK(profiled.exit_code == plain.exit_code);
  CHECK(profiled.out == plain.out);
  CHECK(plain.err.find("Rekentijd per regel") == std::string::npos);
  CHECK_THAT(profiled.err, Catch::Contains("Rekentijd per regel"));
  // every shipped rule that ran appears, with one call per annual report (14 fixtures)
  for (const char* rule : {"consistentie.sommen", "reserves.signaleringswaarde", "toezicht.onafhankelijk-lid"}) {
    INFO(rule);
    auto at = profiled.err.find(rule);
    REQUIRE(at != std::string::npos);
    auto line = profiled.err.substr(at, profiled.err.find('\n', at) - at);
    CHECK_THAT(line, Catch::Matches(std::string(rule) + " +14 +[0-9.]+ +[0-9.]+"));
  }
}
