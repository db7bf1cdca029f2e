// ZP-1 as the annual report summarises it (zorgplicht.thuiszitters-jaarverslag) on every fixture,
// with the counts of fixtures/README.md, and boundaries on modified copies and overlays.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/rule_test_helpers.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
using namespace swv::test::rules;
using Catch::Matchers::Contains;

namespace {

const std::string ZP1 = "zorgplicht.thuiszitters-jaarverslag";
const std::string MAANDEN = "zorgplicht.thuiszitters.maximum-maanden";
const std::string P_AANTAL = "/jaarverslag/thuiszitters/langerDanDrieMaandenZonderAanbod";
const std::string P_PEILDATUM = "/jaarverslag/thuiszitters/@peildatum";
const std::string ONTBREEKT =
    "Thuiszitters zonder aanbod (ZP-1) niet te beoordelen: ontbreekt in het jaarverslag: "
    "thuiszitters/langerDanDrieMaandenZonderAanbod.";

std::string doc(const std::string& name) { return "jaarverslagen/" + name + ".xml"; }

struct Row {
  const char* fixture;
  const char* swv;
  const char* peildatum;
  int aantal;
};

// The expected message for `aantal` children on `peildatum`.
std::string message_for(const std::string& peildatum, int aantal) {
  if (aantal == 0)
    return "Op " + peildatum +
           " zat volgens het jaarverslag geen kind langer dan 3 maanden thuis zonder aanbod (ZP-1, Thuiszitterspact).";
  return "Op " + peildatum + (aantal == 1 ? " zat" : " zaten") + " volgens het jaarverslag " + std::to_string(aantal) +
         (aantal == 1 ? " kind" : " kinderen") + " langer dan 3 maanden thuis zonder aanbod (ZP-1, Thuiszitterspact).";
}

void check_row(const Row& row) {
  INFO("fixture " << row.fixture);
  const std::string fx = doc(row.fixture);
  auto findings = run_shipped_rule(ZP1, fx);
  REQUIRE(findings_of(findings, ZP1).size() == 1);
  const auto& f = finding_of(findings, ZP1);
  CHECK(f.status == (row.aantal > 0 ? Status::signaal : Status::voldoet));
  CHECK(f.key == ZP1 + "/" + row.swv);
  CHECK(f.family == "zorgplicht");
  CHECK(f.norm->id == "ZP-1");
  CHECK(f.message == message_for(row.peildatum, row.aantal));
  CHECK(value_of(f, "aantal") == std::to_string(row.aantal));
  CHECK(value_of(f, "peildatum") == row.peildatum);
  CHECK(value_of(f, "maximum_maanden") == "3");
  CHECK(param_of(f, MAANDEN) == "3");
  CHECK(evidence_line(f, P_AANTAL) == fixture_line(fx, "<langerDanDrieMaandenZonderAanbod>"));
  CHECK(evidence_line(f, P_PEILDATUM) == fixture_line(fx, "<thuiszitters peildatum="));
}

}  // namespace

TEST_CASE("ZP-1 voldoet when no child is longer than three months at home without an offer") {
  const std::vector<Row> rows{
      {"po2704-2023", "PO2704", "2023-12-31", 0}, {"po3006-2022", "PO3006", "2022-12-31", 0},
      {"po2105-2021", "PO2105", "2021-12-31", 0}, {"vo2609-2024", "VO2609", "2024-12-31", 0},
      {"vo3102-2021", "VO3102", "2021-12-31", 0}, {"vo2704-2022", "VO2704", "2022-12-31", 0},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("ZP-1 signaal with the number of children from the summary") {
  const std::vector<Row> rows{
      {"po2704-2022", "PO2704", "2022-12-31", 3}, {"vo2801-2023", "VO2801", "2023-12-31", 1},
      {"vo2203-2020", "VO2203", "2020-12-31", 2}, {"vo2405-2019", "VO2405", "2019-12-31", 4},
      {"po2902-2024", "PO2902", "2024-12-31", 2}, {"po2002-2021", "PO2002", "2021-12-31", 1},
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("ZP-1 niet-te-beoordelen without thuiszitters (po2511-2019) or without the count (po2318-2020)") {
  for (const auto& [name, swv] : std::vector<std::pair<std::string, std::string>>{{"po2511-2019", "PO2511"},
                                                                                  {"po2318-2020", "PO2318"}}) {
    INFO("fixture " << name);
    auto findings = run_shipped_rule(ZP1, doc(name));
    REQUIRE(findings_of(findings, ZP1).size() == 1);
    const auto& f = finding_of(findings, ZP1);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.key == ZP1 + "/" + swv);
    CHECK(f.message == ONTBREEKT);
    CHECK(value_of(f, "ontbreekt") == "thuiszitters/langerDanDrieMaandenZonderAanbod");
    CHECK(value_of(f, "aantal") == "<absent>");  // never read as zero
    REQUIRE_FALSE(f.evidence.empty());
    for (const auto& e : f.evidence) CHECK(e.line > 0);
  }
  // po2318-2020 has the element with a total, only the count is missing
  CHECK(fixture_line(doc("po2318-2020"), "<thuiszitters peildatum=") > 0);
}

// ---- boundaries on modified copies ----

TEST_CASE("ZP-1 refuses a negative count") {
  TempDir dir;
  auto path = modified_fixture(dir, doc("po2704-2023"),
                               {{"<langerDanDrieMaandenZonderAanbod>0<", "<langerDanDrieMaandenZonderAanbod>-1<"}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), ZP1);
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.message == "Thuiszitters zonder aanbod (ZP-1) niet te beoordelen: ongeldig aantal -1.");
  CHECK(value_of(f, "aantal") == "-1");
}

TEST_CASE("ZP-1 uses the summary's own peildatum, and the end of the verslagjaar without one") {
  TempDir dir;
  SECTION("peildatum 2023-10-01") {
    auto path = modified_fixture(dir, doc("vo2801-2023"),
                                 {{"<thuiszitters peildatum=\"2023-12-31\">", "<thuiszitters peildatum=\"2023-10-01\">"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), ZP1);
    CHECK(f.status == Status::signaal);
    CHECK(value_of(f, "peildatum") == "2023-10-01");
    CHECK(f.message == message_for("2023-10-01", 1));
  }
  SECTION("no peildatum") {
    auto path = modified_fixture(dir, doc("vo2801-2023"), {{"<thuiszitters peildatum=\"2023-12-31\">", "<thuiszitters>"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), ZP1);
    CHECK(f.status == Status::signaal);
    CHECK(value_of(f, "peildatum") == "2023-12-31");
    CHECK(evidence_at(f, P_PEILDATUM) == nullptr);
    CHECK(evidence_line(f, P_AANTAL) > 0);
  }
}

TEST_CASE("ZP-1: the months without a value on the peildatum make it niet-te-beoordelen, never silent") {
  TempDir dir;
  auto overlay = param_overlay(dir, MAANDEN, "maanden", R"({ from = "2021-08-01", value = 3 },)");
  auto early = findings_of(run_rules({shipped_rules(), overlay}, fixture(doc("vo2203-2020"))), ZP1);
  REQUIRE(early.size() == 1);
  CHECK(early[0].status == Status::niet_te_beoordelen);
  const Finding later = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("vo2801-2023"))), ZP1);
  CHECK(later.status == Status::signaal);
  CHECK(param_of(later, MAANDEN) == "3");
}

TEST_CASE("ZP-1 counts one child as a signaal and zero as voldoet on the same report") {
  TempDir dir;
  auto one = modified_fixture(dir, doc("po2704-2023"),
                              {{"<langerDanDrieMaandenZonderAanbod>0<", "<langerDanDrieMaandenZonderAanbod>1<"}});
  const Finding f = the_finding(run_rules({shipped_rules()}, one), ZP1);
  CHECK(f.status == Status::signaal);
  CHECK_THAT(f.message, Contains("1 kind langer dan 3 maanden"));
}
