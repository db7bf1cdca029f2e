// CO-1 (consistentie.sommen): one finding per sum, with the numbers of fixtures/README.md, the
// one-euro tolerance at its edges and parts that may be left out.
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
using Catch::Matchers::StartsWith;

namespace {

const std::string CO1 = "consistentie.sommen";
const std::string TOLERANTIE = "consistentie.sommen.tolerantie";
const std::vector<std::string> SUMS{"eigen-vermogen", "baten", "lasten", "resultaat", "balans", "activa"};
const std::string B = "/jaarverslag/financien/balans/";
const std::string EV = "/jaarverslag/financien/balans/eigenVermogen/";
const std::string F = "/jaarverslag/financien/";

std::string doc(const std::string& name) { return "jaarverslagen/" + name + ".xml"; }

std::vector<std::string> evidence_paths(const Finding& f) {
  std::vector<std::string> paths;
  for (const auto& e : f.evidence) paths.push_back(e.path);
  return paths;
}

}  // namespace

TEST_CASE("CO-1 gives six findings per report, all voldoet in the twelve consistent fixtures") {
  const std::vector<std::pair<std::string, std::string>> fixtures{
      {"po2704-2023", "PO2704"}, {"po2704-2022", "PO2704"}, {"vo2801-2023", "VO2801"}, {"po3006-2022", "PO3006"},
      {"po2105-2021", "PO2105"}, {"vo2203-2020", "VO2203"}, {"vo2405-2019", "VO2405"}, {"po2511-2019", "PO2511"},
      {"vo2609-2024", "VO2609"}, {"po2902-2024", "PO2902"}, {"vo2704-2022", "VO2704"}, {"po2002-2021", "PO2002"},
  };
  for (const auto& [name, swv] : fixtures) {
    auto findings = run_shipped_rule(CO1, doc(name));
    CHECK(findings_of(findings, CO1).size() == SUMS.size());
    for (const auto& sum : SUMS) {
      INFO(name << " " << sum);
      const auto& f = finding_of(findings, CO1, sum);
      CHECK(f.status == Status::voldoet);
      CHECK(f.key == CO1 + "/" + swv + "/" + sum);
      CHECK(f.norm->id == "CO-1");
      CHECK(value_of(f, "tolerantie") == "1.00");
      CHECK(param_of(f, TOLERANTIE) == "1.00");
      CHECK_THAT(f.message, Contains("(CO-1) klopt: totaal € "));
      if (!(name == "po2902-2024" && sum == "eigen-vermogen")) {
        CHECK(value_of(f, "totaal") == value_of(f, "som_onderdelen"));
        CHECK(value_of(f, "verschil") == "0.00");
        CHECK_THAT(f.message, Contains("(verschil € 0,00, € 1,00 onder de tolerantie € 1,00)."));
      }
      REQUIRE_FALSE(f.evidence.empty());
      for (const auto& e : f.evidence) CHECK(e.line > 0);
    }
  }
}

TEST_CASE("CO-1 overtreding: vo3102-2021 baten are EUR 1,000.00 more than their parts") {
  const std::string fx = doc("vo3102-2021");
  auto findings = run_shipped_rule(CO1, fx);
  const auto& f = finding_of(findings, CO1, "baten");
  CHECK(f.status == Status::overtreding);
  CHECK(f.key == "consistentie.sommen/VO3102/baten");
  CHECK(value_of(f, "totaal") == "16420500.00");
  CHECK(value_of(f, "som_onderdelen") == "16419500.00");
  CHECK(value_of(f, "verschil") == "1000.00");
  CHECK(value_of(f, "tolerantie") == "1.00");
  CHECK(f.message ==
        "Som baten (CO-1) klopt niet: totaal € 16.420.500,00, som van de onderdelen € 16.419.500,00, verschil "
        "€ 1.000,00 (meer dan € 1,00); het jaarverslag is intern inconsistent. Voldoet bij een totaal van "
        "€ 16.419.499,00 tot en met € 16.419.501,00.");
  CHECK(value_of(f, "afstand") == "999.00");
  CHECK(value_of(f, "voldoet_bij") == "16419501.00");
  CHECK(param_of(f, TOLERANTIE) == "1.00");
  CHECK(evidence_paths(f) == std::vector<std::string>{F + "baten/totaal", F + "baten/rijksbijdragen",
                                                      F + "baten/overheidsbijdragen", F + "baten/overigeBaten"});
  CHECK(evidence_line(f, F + "baten/totaal") == fixture_line(fx, "<totaal>16420500.00</totaal>"));
  CHECK(evidence_line(f, F + "baten/rijksbijdragen") == fixture_line(fx, "<rijksbijdragen>"));
  CHECK(evidence_line(f, F + "baten/overigeBaten") == fixture_line(fx, "<overigeBaten>"));
  // the other five sums add up
  for (const auto& sum : SUMS)
    if (sum != "baten") CHECK(finding_of(findings, CO1, sum).status == Status::voldoet);
}

TEST_CASE("CO-1 resultaat in vo3102-2021 is computed from the reported baten/totaal: voldoet") {
  const std::string fx = doc("vo3102-2021");
  auto findings = run_shipped_rule(CO1, fx);
  const auto& f = finding_of(findings, CO1, "resultaat");
  CHECK(f.status == Status::voldoet);
  CHECK(f.key == "consistentie.sommen/VO3102/resultaat");
  // 16420500.00 - 16165500.00 + 1100.00 - 3400.00
  CHECK(value_of(f, "som_onderdelen") == "252700.00");
  CHECK(value_of(f, "verschil") == "0.00");
  CHECK(f.message ==
        "Som resultaat (CO-1) klopt: totaal € 252.700,00, som van de onderdelen € 252.700,00 (verschil € 0,00, € 1,00 onder de tolerantie € 1,00).");
  CHECK(evidence_paths(f) == std::vector<std::string>{F + "resultaat", F + "baten/totaal", F + "lasten/totaal",
                                                      F + "financieleBaten", F + "financieleLasten"});
  CHECK(evidence_line(f, F + "financieleLasten") == fixture_line(fx, "<financieleLasten>3400.00</financieleLasten>"));
}

TEST_CASE("CO-1 eigen vermogen off by exactly EUR 1.00 is within the tolerance (po2902-2024)") {
  const std::string fx = doc("po2902-2024");
  auto findings = run_shipped_rule(CO1, fx);
  const auto& f = finding_of(findings, CO1, "eigen-vermogen");
  CHECK(f.status == Status::voldoet);
  CHECK(f.key == "consistentie.sommen/PO2902/eigen-vermogen");
  CHECK(value_of(f, "totaal") == "1155001.00");
  CHECK(value_of(f, "som_onderdelen") == "1155000.00");  // no bestemmingsreservePrivaat: counts as zero
  CHECK(value_of(f, "verschil") == "1.00");
  CHECK(f.message ==
        "Som eigen vermogen (CO-1) klopt: totaal € 1.155.001,00, som van de onderdelen € 1.155.000,00 "
        "(verschil € 1,00, precies op de tolerantie € 1,00).");
  CHECK(param_of(f, TOLERANTIE) == "1.00");
  CHECK(evidence_paths(f) ==
        std::vector<std::string>{EV + "totaal", EV + "algemeneReserve", EV + "bestemmingsreservePubliek"});
  CHECK(evidence_line(f, EV + "totaal") == fixture_line(fx, "<totaal>1155001.00</totaal>"));
  // the balance uses the reported eigen vermogen
  const auto& balans = finding_of(findings, CO1, "balans");
  CHECK(balans.status == Status::voldoet);
  CHECK(value_of(balans, "som_onderdelen") == "1831000.00");
  // resultaat without financieleBaten/-Lasten elements: they count as zero
  const auto& resultaat = finding_of(findings, CO1, "resultaat");
  CHECK(resultaat.status == Status::voldoet);
  CHECK(value_of(resultaat, "som_onderdelen") == "151000.00");
  CHECK(evidence_at(resultaat, F + "financieleBaten") == nullptr);
}

TEST_CASE("CO-1 with negative amounts (po2002-2021)") {
  auto findings = run_shipped_rule(CO1, doc("po2002-2021"));
  const auto& ev = finding_of(findings, CO1, "eigen-vermogen");
  CHECK(ev.status == Status::voldoet);
  CHECK(value_of(ev, "totaal") == "-45210.35");
  CHECK_THAT(ev.message, Contains("totaal € -45.210,35"));
  const auto& resultaat = finding_of(findings, CO1, "resultaat");
  CHECK(value_of(resultaat, "totaal") == "-171850.00");
  CHECK(resultaat.status == Status::voldoet);
}

TEST_CASE("CO-1 niet-te-beoordelen for the sums that need the absent eigenVermogen/totaal (po2318-2020)") {
  const std::string fx = doc("po2318-2020");
  auto findings = run_shipped_rule(CO1, fx);
  REQUIRE(findings_of(findings, CO1).size() == 6);
  SECTION("eigen-vermogen") {
    const auto& f = finding_of(findings, CO1, "eigen-vermogen");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.key == "consistentie.sommen/PO2318/eigen-vermogen");
    CHECK(value_of(f, "ontbreekt") == "financien/balans/eigenVermogen/totaal");
    CHECK(f.message ==
          "Som eigen vermogen (CO-1) niet te beoordelen: ontbreekt in het jaarverslag: "
          "financien/balans/eigenVermogen/totaal.");
    // cites the parts that are there (700000.00 in all), nothing else
    CHECK(evidence_paths(f) == std::vector<std::string>{EV + "algemeneReserve", EV + "bestemmingsreservePubliek",
                                                        EV + "bestemmingsreservePrivaat"});
    CHECK(evidence_line(f, EV + "algemeneReserve") == fixture_line(fx, "<algemeneReserve>610000.00"));
  }
  SECTION("balans") {
    const auto& f = finding_of(findings, CO1, "balans");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.key == "consistentie.sommen/PO2318/balans");
    CHECK(value_of(f, "ontbreekt") == "financien/balans/eigenVermogen/totaal");
    CHECK(f.message ==
          "Som balanstotaal passiva (CO-1) niet te beoordelen: ontbreekt in het jaarverslag: "
          "financien/balans/eigenVermogen/totaal.");
    // cites the balance sheet values that are there, not the sums read before it
    CHECK(evidence_paths(f) == std::vector<std::string>{B + "totaalActiva", B + "voorzieningen",
                                                        B + "langlopendeSchulden", B + "kortlopendeSchulden"});
    CHECK(evidence_line(f, B + "totaalActiva") == fixture_line(fx, "<totaalActiva>1302000.00"));
  }
  SECTION("activa and the other sums") {
    const auto& f = finding_of(findings, CO1, "activa");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "totaal") == "1302000.00");
    CHECK(value_of(f, "som_onderdelen") == "1302000.00");
    CHECK(f.message ==
          "Som balanstotaal activa (CO-1) klopt: totaal € 1.302.000,00, som van de onderdelen € 1.302.000,00 "
          "(verschil € 0,00, € 1,00 onder de tolerantie € 1,00).");
    for (const char* sum : {"baten", "lasten", "resultaat"})
      CHECK(finding_of(findings, CO1, sum).status == Status::voldoet);
  }
}

// ---- the tolerance at its edges, on modified copies of po2902-2024 ----

TEST_CASE("CO-1 tolerance: a difference of EUR 1.01 either way is an overtreding, -1.00 is not") {
  TempDir dir;
  struct Case {
    const char* totaal;
    Status status;
    const char* verschil;
  };
  for (const auto& c : {Case{"1155001.01", Status::overtreding, "1.01"}, Case{"1154999.00", Status::voldoet, "-1.00"},
                        Case{"1154998.99", Status::overtreding, "-1.01"}}) {
    INFO("eigenVermogen/totaal " << c.totaal);
    auto path = modified_fixture(dir, doc("po2902-2024"),
                                 {{"<totaal>1155001.00</totaal>", std::string("<totaal>") + c.totaal + "</totaal>"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), CO1, "eigen-vermogen");
    CHECK(f.status == c.status);
    CHECK(value_of(f, "verschil") == c.verschil);
    if (c.status == Status::overtreding) {
      CHECK_THAT(f.message, StartsWith("Som eigen vermogen (CO-1) klopt niet:"));
      CHECK_THAT(f.message, Contains("(meer dan € 1,00)"));
    }
  }
}

TEST_CASE("CO-1 follows an overlay tolerance") {
  TempDir dir;
  SECTION("tolerance 0.00: po2902-2024's one euro becomes an overtreding") {
    auto overlay = param_overlay(dir, TOLERANTIE, "bedrag", R"({ from = "2013-01-01", value = "0.00" },)");
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po2902-2024"))), CO1, "eigen-vermogen");
    CHECK(f.status == Status::overtreding);
    CHECK(value_of(f, "tolerantie") == "0.00");
    CHECK(param_of(f, TOLERANTIE) == "0.00");
    CHECK(f.message ==
          "Som eigen vermogen (CO-1) klopt niet: totaal € 1.155.001,00, som van de onderdelen € 1.155.000,00, "
          "verschil € 1,00 (meer dan € 0,00); het jaarverslag is intern inconsistent. Voldoet bij een totaal "
          "van € 1.155.000,00.");
  }
  SECTION("tolerance 1000.00: vo3102-2021's difference of exactly 1000.00 is not more") {
    auto overlay = param_overlay(dir, TOLERANTIE, "bedrag", R"({ from = "2013-01-01", value = "1000.00" },)");
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("vo3102-2021"))), CO1, "baten");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "verschil") == "1000.00");
    CHECK(param_of(f, TOLERANTIE) == "1000.00");
  }
}

TEST_CASE("CO-1: a missing required part makes only its own sum niet-te-beoordelen, optional parts count as zero") {
  TempDir dir;
  SECTION("overigeBaten absent") {
    auto path = modified_fixture(dir, doc("po2704-2023"), {{"<overigeBaten>", "<!-- "}, {"</overigeBaten>", " -->"}});
    auto findings = run_rules({shipped_rules()}, path);
    const Finding f = the_finding(findings, CO1, "baten");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "financien/baten/overigeBaten");
    CHECK(f.message == "Som baten (CO-1) niet te beoordelen: ontbreekt in het jaarverslag: financien/baten/overigeBaten.");
    CHECK(the_finding(findings, CO1, "resultaat").status == Status::voldoet);
  }
  SECTION("bestemmingsreservePrivaat 0.00 left out") {
    auto path = modified_fixture(dir, doc("po3006-2022"),
                                 {{"<bestemmingsreservePrivaat>0.00</bestemmingsreservePrivaat>", ""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), CO1, "eigen-vermogen");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "som_onderdelen") == "520679.02");
  }
}
