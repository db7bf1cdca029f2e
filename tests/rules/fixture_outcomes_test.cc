// Every shipped rule on every valid fixture: the status fixtures/README.md expects. Between
// them the fixtures make each rule pass, fire and be not assessable.
#include <catch2/catch.hpp>

#include <map>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

struct Expected {
  const char* fixture;
  std::map<std::string, const char*> status;  // rule id (CO-1: id/subject) -> status
};

// Columns: TZ-1, TZ-2, RS-1, DZ-1, DZ-2, DZ-3, ZP-1 of the README's table; CO-1 below.
const char* const kRules[] = {"toezicht.onafhankelijk-lid",        "toezicht.scheiding-bestuur",
                              "reserves.signaleringswaarde",       "doorzettingsmacht.geregeld",
                              "doorzettingsmacht.doorbraakaanpak", "doorzettingsmacht.escalatieladder",
                              "zorgplicht.thuiszitters-jaarverslag"};
constexpr const char* V = "voldoet";
constexpr const char* S = "signaal";
constexpr const char* O = "overtreding";
constexpr const char* N = "niet-te-beoordelen";

struct Row {
  const char* fixture;
  const char* statuses[7];
};

const Row kTable[] = {
    {"po2704-2023", {V, V, V, V, V, V, V}}, {"po2704-2022", {V, V, V, V, V, V, S}},
    {"vo2801-2023", {V, V, V, V, V, V, S}}, {"po3006-2022", {S, V, S, V, V, V, V}},
    {"po2105-2021", {V, S, V, V, S, V, V}}, {"vo2203-2020", {V, V, V, V, V, V, S}},
    {"vo2405-2019", {S, V, S, N, S, S, S}}, {"po2511-2019", {N, N, S, S, N, N, N}},
    {"vo2609-2024", {N, V, V, V, V, V, V}}, {"po2318-2020", {V, N, N, V, V, V, N}},
    {"vo3102-2021", {V, V, S, V, V, N, V}}, {"po2902-2024", {V, V, S, V, V, V, S}},
    {"vo2704-2022", {V, O, S, V, V, V, V}}, {"po2002-2021", {V, V, V, N, V, V, S}},
};

const char* const kSums[] = {"eigen-vermogen", "baten", "lasten", "resultaat", "balans", "activa"};

// CO-1 sums that differ from voldoet.
const std::map<std::string, const char*> kSumExceptions{
    {"po2318-2020/eigen-vermogen", N}, {"po2318-2020/balans", N}, {"vo3102-2021/baten", O}};

}  // namespace

TEST_CASE("rules: every shipped rule gives the expected status on every fixture") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::map<std::string, std::map<std::string, int>> seen;  // rule -> status -> count
  for (const auto& row : kTable) {
    std::string name = row.fixture;
    auto result = check_files(catalog, {fixture("jaarverslagen/" + name + ".xml")}, {}, {}, "2026-11-25");
    REQUIRE_FALSE(result.documents[0].error);
    for (int i = 0; i < 7; ++i) {
      INFO(name << " " << kRules[i]);
      const auto& f = finding_of(result.findings, kRules[i]);
      CHECK(to_string(f.status) == row.statuses[i]);
      ++seen[kRules[i]][row.statuses[i]];
    }
    for (const char* sum : kSums) {
      INFO(name << " consistentie.sommen/" << sum);
      auto exception = kSumExceptions.find(name + "/" + sum);
      const char* expected = exception == kSumExceptions.end() ? V : exception->second;
      CHECK(to_string(finding_of(result.findings, "consistentie.sommen", sum).status) == expected);
      ++seen["consistentie.sommen"][expected];
    }
    for (const auto& f : result.findings) CHECK(f.status != Status::fout);
  }
  // The fixtures exercise each rule in each state.
  for (const auto& [rule, statuses] : seen) {
    INFO(rule);
    CHECK(statuses.count(V));
    CHECK((statuses.count(S) || statuses.count(O)));
    CHECK(statuses.count(N));
  }
}
