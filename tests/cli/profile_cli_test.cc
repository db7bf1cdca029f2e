#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

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
  // every shipped rule that ran appears, with one call per annual report it applied to (17
  // fixtures; TZ-1 applies from 2020-11-04, so not to the two 2019 reports)
  for (auto [rule, calls] : {std::pair{"consistentie.sommen", "17"}, {"reserves.signaleringswaarde", "17"},
                             {"toezicht.onafhankelijk-lid", "15"}}) {
    INFO(rule);
    auto at = profiled.err.find(rule);
    REQUIRE(at != std::string::npos);
    auto line = profiled.err.substr(at, profiled.err.find('\n', at) - at);
    CHECK_THAT(line, Catch::Matches(std::string(rule) + " +" + calls + " +[0-9.]+ +[0-9.]+"));
  }
}

TEST_CASE("cli: --profile adds the host's own time beside the rules: loading, making findings, writing") {
  std::vector<std::string> args{"check", fixture("jaarverslagen"), "--check-date", "2026-11-25", "--format", "json",
                                "--jobs", "2", "--profile"};
  auto profiled = run_swvcheck(args);
  auto json = run_swvcheck({"check", fixture("jaarverslagen"), "--check-date", "2026-11-25", "--format", "json"});
  auto findings = std::count(json.out.begin(), json.out.end(), '\n');  // only to bound the count below
  CHECK_THAT(profiled.err, Catch::Contains("Rekentijd van swvcheck zelf"));
  auto line_of = [&](const std::string& what) {
    auto at = profiled.err.find(what);
    REQUIRE(at != std::string::npos);
    return profiled.err.substr(at, profiled.err.find('\n', at) - at);
  };
  // every annual report in the folder is loaded; findings are counted as they are made
  std::size_t reports = 0;
  for (const auto& entry : std::filesystem::directory_iterator(fixture("jaarverslagen")))
    reports += entry.path().extension() == ".xml";
  REQUIRE(reports >= 14);
  CHECK_THAT(line_of("jaarverslagen laden"), Catch::Matches("jaarverslagen laden +[0-9.]+ ms +[0-9.]+ us per jaarverslag \\(" +
                                                             std::to_string(reports) + "\\)"));
  auto made = line_of("bevindingen maken");
  CHECK_THAT(made, Catch::Matches("bevindingen maken +[0-9.]+ ms +[0-9.]+ us per bevinding \\([0-9]+; .*"));
  auto count = std::stol(made.substr(made.find('(') + 1));
  CHECK(count >= static_cast<long>(reports) * 20);
  CHECK(count < findings);
  CHECK_THAT(line_of("rapport schrijven"), Catch::Matches("rapport schrijven +[0-9.]+ ms +[0-9.]+ us per bevinding"));
}
