// RS-1 (reserves.signaleringswaarde) on the fixtures, with the numbers of fixtures/README.md,
// and boundary cases on modified copies and parameter overlays.
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

const std::string RS1 = "reserves.signaleringswaarde";
const std::string PCT = "reserves.signaleringswaarde.percentage";
const std::string MINIMUM = "reserves.signaleringswaarde.minimum";
const std::string P_BATEN = "/jaarverslag/financien/baten/totaal";
const std::string P_FIN_BATEN = "/jaarverslag/financien/financieleBaten";
const std::string P_EV = "/jaarverslag/financien/balans/eigenVermogen/totaal";
const std::string P_PRIVAAT = "/jaarverslag/financien/balans/eigenVermogen/bestemmingsreservePrivaat";
const std::string NO_PRIVAAT_NOTE = "Geen private bestemmingsreserve opgegeven: het totale eigen vermogen is gebruikt.";

// One row of the "RS-1 numbers" table in fixtures/README.md.
struct Row {
  const char* fixture;
  const char* swv;
  Status status;
  const char* totale_baten;
  const char* signaleringswaarde;
  const char* eigen_vermogen;
  const char* publiek;
  const char* excess;
  const char* ratio;
};

const std::vector<Row>& readme_rows() {
  static const std::vector<Row> rows{
      {"po2704-2023", "PO2704", Status::voldoet, "24301200.00", "850542.00", "680000.00", "680000.00", "-170542.00", "0.80"},
      {"po2704-2022", "PO2704", Status::voldoet, "23661250.00", "828143.75", "583800.00", "583800.00", "-244343.75", "0.70"},
      {"vo2801-2023", "VO2801", Status::voldoet, "21345679.00", "747098.77", "747098.77", "747098.77", "0.00", "1.00"},
      {"po3006-2022", "PO3006", Status::signaal, "14876543.00", "520679.01", "520679.02", "520679.02", "0.01", "1.00"},
      {"po2105-2021", "PO2105", Status::voldoet, "4812345.67", "250000.00", "231480.00", "231480.00", "-18520.00", "0.93"},
      {"vo2203-2020", "VO2203", Status::voldoet, "12302600.00", "430591.00", "420000.00", "420000.00", "-10591.00", "0.98"},
      {"vo2405-2019", "VO2405", Status::signaal, "19228400.00", "672994.00", "1985000.00", "1985000.00", "1312006.00", "2.95"},
      {"po2511-2019", "PO2511", Status::signaal, "16025800.00", "560903.00", "2890000.00", "2890000.00", "2329097.00", "5.15"},
      {"vo2609-2024", "VO2609", Status::voldoet, "31400000.00", "1099000.00", "1212000.00", "1052000.00", "-47000.00", "0.96"},
      {"vo3102-2021", "VO3102", Status::signaal, "16421600.00", "574756.00", "1340000.00", "1340000.00", "765244.00", "2.33"},
      {"po2902-2024", "PO2902", Status::signaal, "13725000.00", "480375.00", "1155001.00", "1155001.00", "674626.00", "2.40"},
      {"vo2704-2022", "VO2704", Status::signaal, "26537000.00", "928795.00", "1610000.00", "1610000.00", "681205.00", "1.73"},
      {"po2002-2021", "PO2002", Status::voldoet, "6980000.00", "250000.00", "-45210.35", "-45210.35", "-295210.35", "-0.18"},
  };
  return rows;
}

std::string doc(const std::string& name) { return "jaarverslagen/" + name + ".xml"; }

}  // namespace

TEST_CASE("RS-1 reproduces every number of the README table (13 assessable fixtures)") {
  for (const auto& row : readme_rows()) {
    INFO("fixture " << row.fixture);
    auto findings = run_shipped_rule(RS1, doc(row.fixture));
    REQUIRE(findings_of(findings, RS1).size() == 1);
    const auto& f = finding_of(findings, RS1);
    CHECK(f.status == row.status);
    CHECK(f.key == RS1 + "/" + row.swv);
    CHECK(f.family == "reserves");
    CHECK(f.norm->id == "RS-1");
    CHECK(value_of(f, "totale_baten") == row.totale_baten);
    CHECK(value_of(f, "signaleringswaarde") == row.signaleringswaarde);
    CHECK(value_of(f, "eigen_vermogen") == row.eigen_vermogen);
    CHECK(value_of(f, "publiek_eigen_vermogen") == row.publiek);
    CHECK(value_of(f, "overschot") == row.excess);
    CHECK(value_of(f, "ratio") == row.ratio);
    CHECK(param_of(f, PCT) == "0.035");
    CHECK(param_of(f, MINIMUM) == "250000.00");
    // the message states the verdict in Dutch with the grounds of the computation
    CHECK_THAT(f.message, Contains("Publiek eigen vermogen"));
    CHECK_THAT(f.message, Contains(row.status == Status::signaal ? "boven de signaleringswaarde" : "ligt niet boven"));
    CHECK_THAT(f.message, Contains("RS-1: 3,5% van de totale baten"));
    CHECK_THAT(f.message, Contains("minimaal € 250.000,00"));
    CHECK(evidence_line(f, P_BATEN) > 0);
    CHECK(evidence_line(f, P_EV) > 0);
  }
}

TEST_CASE("RS-1 voldoet when publiek eigen vermogen equals the half-up signaleringswaarde (vo2801-2023)") {
  const std::string fx = doc("vo2801-2023");
  auto findings = run_shipped_rule(RS1, fx);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::voldoet);
  CHECK(f.key == "reserves.signaleringswaarde/VO2801");
  // 3.5 % × 21345679.00 = 747098.765 -> half-up 747098.77 (half-even or truncation: .76)
  CHECK(value_of(f, "signaleringswaarde") == "747098.77");
  CHECK(value_of(f, "publiek_eigen_vermogen") == "747098.77");
  CHECK(value_of(f, "totale_baten") == "21345679.00");  // financieleBaten 13200.00 included
  CHECK(value_of(f, "overschot") == "0.00");
  CHECK(value_of(f, "ratio") == "1.00");
  CHECK(f.message ==
        "Publiek eigen vermogen € 747.098,77 ligt niet boven de signaleringswaarde € 747.098,77 "
        "(RS-1: 3,5% van de totale baten € 21.345.679,00, minimaal € 250.000,00): precies op de "
        "signaleringswaarde.");
  CHECK(value_of(f, "afstand") == "0.00");
  CHECK(f.values.count("voldoet_bij") == 0);
  CHECK(param_of(f, PCT) == "0.035");
  CHECK(param_of(f, MINIMUM) == "250000.00");
  CHECK(evidence_line(f, P_BATEN) == fixture_line(fx, "<totaal>21332479.00</totaal>"));
  CHECK(evidence_line(f, P_FIN_BATEN) == fixture_line(fx, "<financieleBaten>13200.00</financieleBaten>"));
  CHECK(evidence_line(f, P_EV) == fixture_line(fx, "<totaal>747098.77</totaal>"));
  CHECK(evidence_line(f, P_PRIVAAT) == fixture_line(fx, "<bestemmingsreservePrivaat>"));
  for (const auto& e : f.evidence) CHECK(e.document == fixture(fx));
}

TEST_CASE("RS-1 signaal one cent above the signaleringswaarde (po3006-2022)") {
  const std::string fx = doc("po3006-2022");
  auto findings = run_shipped_rule(RS1, fx);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::signaal);
  CHECK(f.key == "reserves.signaleringswaarde/PO3006");
  // 3.5 % × 14876543.00 = 520679.005 -> 520679.01; half-even or truncation would give an excess of 0.02
  CHECK(value_of(f, "signaleringswaarde") == "520679.01");
  CHECK(value_of(f, "publiek_eigen_vermogen") == "520679.02");
  CHECK(value_of(f, "overschot") == "0.01");
  CHECK(value_of(f, "ratio") == "1.00");
  CHECK(f.message ==
        "Publiek eigen vermogen € 520.679,02 ligt € 0,01 boven de signaleringswaarde € 520.679,01 "
        "(RS-1: 3,5% van de totale baten € 14.876.543,00, minimaal € 250.000,00). Voldoet bij een "
        "publiek eigen vermogen van ten hoogste € 520.679,01.");
  CHECK(value_of(f, "afstand") == "0.01");
  CHECK(value_of(f, "voldoet_bij") == "520679.01");
  CHECK(param_of(f, PCT) == "0.035");
  CHECK(evidence_line(f, P_EV) == fixture_line(fx, "<totaal>520679.02</totaal>"));
  CHECK(evidence_line(f, P_BATEN) == fixture_line(fx, "<totaal>14870043.00</totaal>"));
  CHECK(evidence_line(f, P_FIN_BATEN) == fixture_line(fx, "<financieleBaten>6500.00</financieleBaten>"));
}

TEST_CASE("RS-1 uses the minimum when 3.5 % is below it (po2105-2021)") {
  const std::string fx = doc("po2105-2021");
  auto findings = run_shipped_rule(RS1, fx);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::voldoet);
  // 3.5 % is 168432.10: the publiek EV 231480.00 is above that but below the minimum
  CHECK(value_of(f, "signaleringswaarde") == "250000.00");
  CHECK(value_of(f, "totale_baten") == "4812345.67");  // no financieleBaten element: counts as 0
  CHECK(value_of(f, "publiek_eigen_vermogen") == "231480.00");
  CHECK(value_of(f, "overschot") == "-18520.00");
  CHECK(value_of(f, "ratio") == "0.93");
  CHECK_THAT(f.message, Contains("€ 231.480,00 ligt niet boven de signaleringswaarde € 250.000,00"));
  CHECK_THAT(f.message, Contains("minimaal € 250.000,00"));
  CHECK(param_of(f, MINIMUM) == "250000.00");
  CHECK(evidence_at(f, P_FIN_BATEN) == nullptr);
  CHECK(evidence_line(f, P_EV) == fixture_line(fx, "<totaal>231480.00</totaal>"));
}

TEST_CASE("RS-1 subtracts bestemmingsreservePrivaat: above in total, below in publiek (vo2609-2024)") {
  const std::string fx = doc("vo2609-2024");
  auto findings = run_shipped_rule(RS1, fx);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::voldoet);
  CHECK(value_of(f, "eigen_vermogen") == "1212000.00");
  CHECK(value_of(f, "publiek_eigen_vermogen") == "1052000.00");
  CHECK(value_of(f, "signaleringswaarde") == "1099000.00");
  CHECK(value_of(f, "overschot") == "-47000.00");
  CHECK(value_of(f, "ratio") == "0.96");
  CHECK_THAT(f.message, Contains("Publiek eigen vermogen € 1.052.000,00 ligt niet boven de signaleringswaarde "
                                 "€ 1.099.000,00"));
  CHECK_THAT(f.message, !Contains(NO_PRIVAAT_NOTE));
  CHECK(evidence_line(f, P_PRIVAAT) == fixture_line(fx, "<bestemmingsreservePrivaat>160000.00"));
  CHECK(evidence_line(f, P_EV) == fixture_line(fx, "<totaal>1212000.00</totaal>"));
}

TEST_CASE("RS-1 without bestemmingsreservePrivaat uses the total and says so (po2902-2024)") {
  const std::string fx = doc("po2902-2024");
  auto findings = run_shipped_rule(RS1, fx);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "eigen_vermogen") == "1155001.00");
  CHECK(value_of(f, "publiek_eigen_vermogen") == "1155001.00");
  CHECK(value_of(f, "signaleringswaarde") == "480375.00");
  CHECK(value_of(f, "overschot") == "674626.00");
  CHECK(value_of(f, "ratio") == "2.40");
  CHECK_THAT(f.message, Contains("€ 1.155.001,00 ligt € 674.626,00 boven de signaleringswaarde € 480.375,00"));
  CHECK_THAT(f.message, Contains(NO_PRIVAAT_NOTE));
  CHECK(evidence_at(f, P_PRIVAAT) == nullptr);
  CHECK(evidence_line(f, P_EV) == fixture_line(fx, "<totaal>1155001.00</totaal>"));
}

TEST_CASE("RS-1 with a negative eigen vermogen: minimum applies, voldoet (po2002-2021)") {
  auto findings = run_shipped_rule(RS1, doc("po2002-2021"));
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::voldoet);
  CHECK(value_of(f, "signaleringswaarde") == "250000.00");  // 3.5 % would be 244300.00
  CHECK(value_of(f, "publiek_eigen_vermogen") == "-45210.35");
  CHECK(value_of(f, "overschot") == "-295210.35");
  CHECK(value_of(f, "ratio") == "-0.18");
  CHECK_THAT(f.message, Contains("Publiek eigen vermogen € -45.210,35 ligt niet boven de signaleringswaarde "
                                 "€ 250.000,00"));
  CHECK_THAT(f.message, Contains(NO_PRIVAAT_NOTE));
}

TEST_CASE("RS-1 takes the reported (inconsistent) baten/totaal as it is (vo3102-2021)") {
  auto findings = run_shipped_rule(RS1, doc("vo3102-2021"));
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "totale_baten") == "16421600.00");  // 16420500.00 + 1100.00, not the parts' 16419500.00
  CHECK(value_of(f, "signaleringswaarde") == "574756.00");
  CHECK(value_of(f, "overschot") == "765244.00");
  CHECK_THAT(f.message, Contains("€ 1.340.000,00 ligt € 765.244,00 boven de signaleringswaarde € 574.756,00"));
}

TEST_CASE("RS-1 niet-te-beoordelen when eigenVermogen/totaal is absent, without adding up its parts (po2318-2020)") {
  const std::string fx = doc("po2318-2020");
  auto findings = run_shipped_rule(RS1, fx);
  REQUIRE(findings_of(findings, RS1).size() == 1);
  const auto& f = finding_of(findings, RS1);
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.key == "reserves.signaleringswaarde/PO2318");
  CHECK(value_of(f, "ontbreekt") == "financien/balans/eigenVermogen/totaal");
  CHECK(f.message ==
        "Signaleringswaarde eigen vermogen (RS-1) niet te beoordelen: ontbreekt in het jaarverslag: "
        "financien/balans/eigenVermogen/totaal.");
  // the parts are present (700000.00), but the rule must not compute a verdict from them
  CHECK(value_of(f, "signaleringswaarde") == "<absent>");
  CHECK(value_of(f, "publiek_eigen_vermogen") == "<absent>");
  CHECK_THAT(f.message, !Contains("332"));
  CHECK(evidence_line(f, P_BATEN) == fixture_line(fx, "<totaal>9500000.00</totaal>"));
  CHECK(evidence_at(f, P_EV) == nullptr);
  CHECK(param_of(f, PCT) == "0.035");
}

// ---- boundaries on modified copies ----

TEST_CASE("RS-1 boundary: one cent more eigen vermogen than the equal case is a signaal") {
  TempDir dir;
  auto path = modified_fixture(dir, doc("vo2801-2023"),
                               {{"<totaal>747098.77</totaal>", "<totaal>747098.78</totaal>"}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "signaleringswaarde") == "747098.77");
  CHECK(value_of(f, "overschot") == "0.01");
  CHECK_THAT(f.message, Contains("€ 747.098,78 ligt € 0,01 boven de signaleringswaarde € 747.098,77"));
}

TEST_CASE("RS-1 boundary: without financieleBaten the signaleringswaarde drops to 3.5 % of baten/totaal") {
  TempDir dir;
  auto path = modified_fixture(dir, doc("vo2801-2023"), {{"<financieleBaten>13200.00</financieleBaten>", ""}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
  // 3.5 % × 21332479.00 = 746636.765 -> 746636.77: a rule that forgets financieleBaten gets this value
  CHECK(value_of(f, "totale_baten") == "21332479.00");
  CHECK(value_of(f, "signaleringswaarde") == "746636.77");
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "overschot") == "462.00");
  CHECK(evidence_at(f, P_FIN_BATEN) == nullptr);
}

TEST_CASE("RS-1 boundary: exactly the minimum is not above it, one cent more is") {
  TempDir dir;
  SECTION("equal to 250000.00") {
    auto path = modified_fixture(dir, doc("po2105-2021"), {{"<totaal>231480.00</totaal>", "<totaal>250000.00</totaal>"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "signaleringswaarde") == "250000.00");
    CHECK(value_of(f, "overschot") == "0.00");
    CHECK(value_of(f, "ratio") == "1.00");
  }
  SECTION("one cent above 250000.00") {
    auto path = modified_fixture(dir, doc("po2105-2021"), {{"<totaal>231480.00</totaal>", "<totaal>250000.01</totaal>"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
    CHECK(f.status == Status::signaal);
    CHECK(value_of(f, "overschot") == "0.01");
    CHECK_THAT(f.message, Contains("€ 250.000,01 ligt € 0,01 boven de signaleringswaarde € 250.000,00"));
  }
}

TEST_CASE("RS-1 names every missing input: baten/totaal and eigenVermogen/totaal") {
  TempDir dir;
  SECTION("baten/totaal absent") {
    auto path = modified_fixture(dir, doc("po3006-2022"), {{"<totaal>14870043.00</totaal>", ""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "financien/baten/totaal");
    CHECK_THAT(f.message, Contains("ontbreekt in het jaarverslag: financien/baten/totaal."));
  }
  SECTION("both absent") {
    auto path = modified_fixture(dir, doc("po3006-2022"),
                                 {{"<totaal>14870043.00</totaal>", ""}, {"<totaal>520679.02</totaal>", ""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), RS1);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "financien/baten/totaal, financien/balans/eigenVermogen/totaal");
  }
}

// ---- parameter overlays ----

TEST_CASE("RS-1 follows an overlay percentage of 5 %: the one-cent signaal becomes voldoet") {
  TempDir dir;
  auto overlay = param_overlay(dir, PCT, "fractie", R"({ from = "2019-01-01", value = "0.05" },)");
  const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po3006-2022"))), RS1);
  CHECK(f.status == Status::voldoet);
  // 5 % × 14876543.00 = 743827.15
  CHECK(value_of(f, "signaleringswaarde") == "743827.15");
  CHECK(value_of(f, "overschot") == "-223148.13");
  CHECK(value_of(f, "ratio") == "0.70");
  CHECK(param_of(f, PCT) == "0.05");
  CHECK(param_of(f, MINIMUM) == "250000.00");
  CHECK_THAT(f.message, Contains("RS-1: 5% van de totale baten € 14.876.543,00"));
  CHECK_THAT(f.message, Contains("€ 520.679,02 ligt niet boven de signaleringswaarde € 743.827,15"));
}

TEST_CASE("RS-1 follows an overlay percentage of 3 %: the equal case becomes a signaal") {
  TempDir dir;
  auto overlay = param_overlay(dir, PCT, "fractie", R"({ from = "2019-01-01", value = "0.03" },)");
  const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("vo2801-2023"))), RS1);
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "signaleringswaarde") == "640370.37");  // 3 % × 21345679.00
  CHECK(value_of(f, "overschot") == "106728.40");
  CHECK(param_of(f, PCT) == "0.03");
  CHECK_THAT(f.message, Contains("RS-1: 3% van de totale baten"));
}

TEST_CASE("RS-1 follows an overlay minimum: equal to the raised minimum is voldoet") {
  TempDir dir;
  auto overlay = param_overlay(dir, MINIMUM, "bedrag", R"({ from = "2019-01-01", value = "520679.02" },)");
  const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po3006-2022"))), RS1);
  CHECK(f.status == Status::voldoet);
  CHECK(value_of(f, "signaleringswaarde") == "520679.02");
  CHECK(param_of(f, MINIMUM) == "520679.02");
  CHECK_THAT(f.message, Contains("minimaal € 520.679,02"));
}

TEST_CASE("RS-1: a percentage without a value on the peildatum is niet-te-beoordelen (the norm's date is the host's)") {
  TempDir dir;
  auto overlay = param_overlay(dir, PCT, "fractie", R"({ from = "2020-01-01", value = "0.035" },)");
  const Finding early = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("vo2405-2019"))), RS1);
  CHECK(early.status == Status::niet_te_beoordelen);
  CHECK_THAT(early.message, Contains("heeft geen waarde op 2019-12-31"));
  const Finding later = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("vo2203-2020"))), RS1);
  CHECK(later.status == Status::voldoet);
  CHECK(value_of(later, "signaleringswaarde") == "430591.00");
}
