// Every shipped rule on every valid fixture: the status fixtures/README.md expects. Between
// them the fixtures make each rule pass and fire; the rules of the four headline families are
// also not assessable on some fixture (the other norms show that in their test cases).
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
constexpr const char* X = nullptr;  // no finding: the norm was not in force on the peildatum

struct Row {
  const char* fixture;
  const char* statuses[7];
};

const Row kTable[] = {
    {"po2704-2023", {V, V, V, V, V, V, V}}, {"po2704-2022", {V, V, V, V, V, V, S}},
    {"vo2801-2023", {V, V, V, V, V, V, S}}, {"po3006-2022", {S, V, S, V, V, V, V}},
    {"po2105-2021", {V, S, V, V, S, V, V}}, {"vo2203-2020", {V, V, V, V, V, V, S}},
    {"vo2405-2019", {X, V, S, N, X, X, S}}, {"po2511-2019", {X, N, S, S, X, X, N}},
    {"vo2609-2024", {N, V, V, V, N, V, V}}, {"po2318-2020", {V, N, N, V, V, V, N}},
    {"vo3102-2021", {V, V, S, V, V, N, V}}, {"po2902-2024", {V, V, S, V, V, S, S}},
    {"vo2704-2022", {V, O, S, V, V, V, V}}, {"po2002-2021", {V, V, V, N, V, V, S}},
    // the ondersteuningsplan fixtures are po2704-2022 with other plans
    {"po2210-2022", {V, V, V, V, V, V, S}}, {"po2211-2022", {V, V, V, V, V, V, S}},
    {"po2212-2022", {V, V, V, V, V, V, S}},
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
      if (row.statuses[i] == X) {
        for (const auto& f : result.findings) CHECK(f.rule != kRules[i]);
        continue;
      }
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

namespace {

// The other norms (fixtures/README.md, "Expected outcome: the other norms"): TZ-3, RS-2, OP-1..3,
// FN-1..4 and WN-1 (per topfunctionaris: the bezoldiging and the reported maximum). nullptr:
// the rule gives no finding (not above the signaleringswaarde, or the norm not in force on the
// peildatum: TZ-3 and OP-3 from 2020-11-04, RS-2 and FN-3 from 2021, FN-4 from 2020).
const char* const kOtherRules[] = {"toezicht.onafhankelijk-bestuur", "reserves.afbouwplan",
                                   "ondersteuningsplan.looptijd",    "ondersteuningsplan.oogo-en-instemming",
                                   "ondersteuningsplan.steunpunt",   "financien.solvabiliteit",
                                   "financien.liquiditeit",          "financien.liquide-middelen",
                                   "financien.organisatiekosten",    "wnt.bezoldiging",
                                   "wnt.bezoldiging"};
const char* const kOtherSubjects[] = {"", "", "", "", "", "", "", "", "",
                                      "topfunctionaris-1/bezoldiging", "topfunctionaris-1/bezoldigingsmaximum"};
struct OtherRow {
  const char* fixture;
  const char* statuses[11];
};

const OtherRow kOtherTable[] = {
    //                 TZ-3 RS-2 OP-1 OP-2 OP-3 FN-1 FN-2 FN-3 FN-4 WN-1 WN-1 max
    {"po2704-2023", {V, X, V, V, V, V, V, V, V, N, X}},
    {"po2704-2022", {V, X, V, V, V, V, V, V, V, O, V}},
    {"vo2801-2023", {V, X, V, V, V, V, V, V, V, N, X}},
    {"po3006-2022", {V, O, V, V, V, V, V, V, V, V, V}},
    {"po2105-2021", {V, X, V, V, V, V, V, S, V, N, X}},
    {"vo2203-2020", {S, X, V, V, V, S, V, X, V, V, S}},
    {"vo2405-2019", {X, X, V, V, X, V, V, X, X, V, V}},
    {"po2511-2019", {X, X, O, V, X, V, V, X, X, O, V}},
    {"vo2609-2024", {N, X, V, V, V, V, V, V, V, N, X}},
    {"po2318-2020", {V, X, V, V, V, N, V, X, S, V, V}},
    {"vo3102-2021", {V, V, V, V, V, V, V, V, V, N, X}},
    {"po2902-2024", {V, V, V, O, V, V, V, V, V, N, X}},
    {"vo2704-2022", {V, V, O, V, S, V, V, V, V, V, V}},
    {"po2002-2021", {V, X, V, O, V, S, S, V, S, N, X}},
    {"po2210-2022", {V, X, V, V, V, V, V, V, V, O, V}},  // two plans cover 2022
    {"po2211-2022", {V, X, O, V, V, V, V, V, V, O, V}},  // 31 July 2022 not covered
    {"po2212-2022", {V, X, O, V, V, V, V, V, V, O, V}},  // one plan from 1 August 2022
};

const Finding* find_finding(const std::vector<Finding>& findings, const std::string& rule, const std::string& subject) {
  for (const auto& f : findings)
    if (f.rule == rule && (subject.empty() || f.key == rule + "/" + f.swv + "/" + subject)) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("rules: the other norms give the expected status on every fixture") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::map<std::string, std::map<std::string, int>> seen;  // rule -> status -> count
  for (const auto& row : kOtherTable) {
    std::string name = row.fixture;
    auto result = check_files(catalog, {fixture("jaarverslagen/" + name + ".xml")}, {}, {}, "2026-11-25");
    REQUIRE_FALSE(result.documents[0].error);
    for (int i = 0; i < 11; ++i) {
      INFO(name << " " << kOtherRules[i] << " " << kOtherSubjects[i]);
      const Finding* f = find_finding(result.findings, kOtherRules[i], kOtherSubjects[i]);
      if (row.statuses[i] == nullptr) {
        CHECK(f == nullptr);
        continue;
      }
      REQUIRE(f != nullptr);
      CHECK(to_string(f->status) == row.statuses[i]);
      ++seen[kOtherRules[i]][row.statuses[i]];
    }
    // WN-1: one topfunctionaris per fixture, so never a second one
    CHECK(find_finding(result.findings, "wnt.bezoldiging", "topfunctionaris-2/bezoldiging") == nullptr);
    for (const auto& f : result.findings) CHECK(f.status != Status::fout);
  }
  // The fixtures show each of these rules pass and fire.
  for (const char* rule : kOtherRules) {
    INFO(rule);
    CHECK(seen[rule].count(V));
    CHECK((seen[rule].count(S) || seen[rule].count(O)));
  }
}
