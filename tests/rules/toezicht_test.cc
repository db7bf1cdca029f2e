// TZ-1 (toezicht.onafhankelijk-lid) and TZ-2 (toezicht.scheiding-bestuur) on the fixtures, with
// the reasons of fixtures/README.md, and boundaries on modified copies and parameter overlays.
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

const std::string TZ1 = "toezicht.onafhankelijk-lid";
const std::string TZ2 = "toezicht.scheiding-bestuur";
const std::string WET = "toezicht.onafhankelijk-lid.wet-in-werking";
const std::string P_ORGANIEK = "/jaarverslag/governance/organiekeScheiding";
const std::string P_TOEZICHT = "/jaarverslag/governance/internToezicht/lid";

std::string doc(const std::string& name) { return "jaarverslagen/" + name + ".xml"; }

// TZ-1 applies from 2020-11-04: a copy of a 2019 fixture as another verslagjaar (the same
// lines), for what its members show; `edits` change it further.
std::string in_year(const TempDir& dir, const std::string& name, int year, Edits edits = {}) {
  edits.push_back({"<verslagjaar>2019</verslagjaar>", "<verslagjaar>" + std::to_string(year) + "</verslagjaar>"});
  return modified_fixture(dir, doc(name), edits);
}

// True when the finding cites the @naam of an intern-toezicht member on `line`.
bool cites_toezicht_name(const Finding& f, int line) {
  for (const auto& e : f.evidence) {
    bool is_name = e.path.size() > 6 && e.path.compare(e.path.size() - 6, 6, "/@naam") == 0;
    if (e.path.rfind(P_TOEZICHT, 0) == 0 && is_name && e.line == line) return true;
  }
  return false;
}

// The line of the intern-toezicht member `naam` in a fixture (members there carry a rol).
int member_line(const std::string& fx, const std::string& naam) {
  return fixture_line(fx, "<lid naam=\"" + naam + "\" rol=");
}

const std::string PO3006_LINKED =
    "G. Postma (nevenfunctie bij deelnemend bestuur 43102), H. Visser (nevenfunctie bij deelnemend bestuur 43388) "
    "en I. Mertens (nevenfunctie bij deelnemend bestuur 43417)";

}  // namespace

// ---------------------------------------------------------------- TZ-1 ----

TEST_CASE("TZ-1 voldoet names the independent voting members (README reasons)") {
  struct Row {
    const char* fixture;
    const char* swv;
    const char* leden;
    std::vector<std::string> independent;
    const char* message;
  };
  const std::vector<Row> rows{
      {"po2704-2023", "PO2704", "3", {"A. de Vries", "C. El Amrani"},
       "Het intern toezicht heeft 2 onafhankelijke stemhebbende leden: A. de Vries en C. El Amrani (TZ-1)."},
      {"po2704-2022", "PO2704", "3", {"A. de Vries"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: A. de Vries (TZ-1)."},
      // M. Hoekstra's nevenfunctie is at board 40999, which does not participate: no link
      {"vo2801-2023", "VO2801", "3", {"M. Hoekstra"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: M. Hoekstra (TZ-1)."},
      {"po2105-2021", "PO2105", "3", {"L. Wouters"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: L. Wouters (TZ-1)."},
      {"vo2203-2020", "VO2203", "3", {"R. Hendriks"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: R. Hendriks (TZ-1)."},
      {"po2318-2020", "PO2318", "3", {"L. van Leeuwen"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: L. van Leeuwen (TZ-1)."},
      {"vo3102-2021", "VO3102", "3", {"P. Jacobs", "R. Sanders"},
       "Het intern toezicht heeft 2 onafhankelijke stemhebbende leden: P. Jacobs en R. Sanders (TZ-1)."},
      // U. Kaya's nevenfunctie is at board 41999, which does not participate
      {"po2902-2024", "PO2902", "3", {"U. Kaya", "W. Willems"},
       "Het intern toezicht heeft 2 onafhankelijke stemhebbende leden: U. Kaya en W. Willems (TZ-1)."},
      // Y. Prins sits in the bestuur too: not independent
      {"vo2704-2022", "VO2704", "3", {"Z. van der Meer"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: Z. van der Meer (TZ-1)."},
      {"po2002-2021", "PO2002", "2", {"C. Dekker"},
       "Het intern toezicht heeft een onafhankelijk stemhebbend lid: C. Dekker (TZ-1)."},
  };
  for (const auto& row : rows) {
    INFO("fixture " << row.fixture);
    const std::string fx = doc(row.fixture);
    auto findings = run_shipped_rule(TZ1, fx);
    REQUIRE(findings_of(findings, TZ1).size() == 1);
    const auto& f = finding_of(findings, TZ1);
    CHECK(f.status == Status::voldoet);
    CHECK(f.key == TZ1 + "/" + row.swv);
    CHECK(f.norm->id == "TZ-1");
    CHECK(f.message == row.message);
    CHECK(value_of(f, "leden") == row.leden);
    CHECK(value_of(f, "onafhankelijk_stemhebbend") == std::to_string(row.independent.size()));
    CHECK(value_of(f, "wet_in_werking") == "<absent>");
    for (const auto& naam : row.independent) CHECK(cites_toezicht_name(f, member_line(fx, naam)));
  }
}

TEST_CASE("TZ-1 voldoet does not count linked members or a bestuur member") {
  auto findings = run_shipped_rule(TZ1, doc("vo2801-2023"));
  const auto& f = finding_of(findings, TZ1);
  CHECK_THAT(f.message, !Contains("P. Verbeek"));  // nevenfunctie at participating 40877
  CHECK_THAT(f.message, !Contains("Öztürk"));      // nevenfunctie at participating 41503
  auto vo2704 = run_shipped_rule(TZ1, doc("vo2704-2022"));
  CHECK_THAT(finding_of(vo2704, TZ1).message, !Contains("Y. Prins"));
}

TEST_CASE("TZ-1 signaal when every member is linked names each member and board (po3006-2022)") {
  const std::string fx = doc("po3006-2022");
  auto findings = run_shipped_rule(TZ1, fx);
  const auto& f = finding_of(findings, TZ1);
  CHECK(f.status == Status::signaal);
  CHECK(f.key == "toezicht.onafhankelijk-lid/PO3006");
  CHECK(f.message == "Het intern toezicht heeft geen onafhankelijk stemhebbend lid (TZ-1): " + PO3006_LINKED + ".");
  CHECK(value_of(f, "leden") == "3");
  CHECK(value_of(f, "onafhankelijk_stemhebbend") == "0");
  CHECK(value_of(f, "wet_in_werking") == "<absent>");
  // the law parameter was consulted and has no value yet: a signaal, not niet-te-beoordelen
  CHECK(param_of(f, WET) == "geen waarde op 2022-12-31");
  CHECK(evidence_line(f, "/jaarverslag/governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag") ==
        fixture_line(fx, "functie=\"lid raad van toezicht\" bevoegdGezag=\"43102\""));
  CHECK(evidence_line(f, "/jaarverslag/deelnemendeBesturen/bestuur[1]/@bevoegdGezag") ==
        fixture_line(fx, "<bestuur bevoegdGezag=\"43102\""));
  CHECK(cites_toezicht_name(f, member_line(fx, "G. Postma")));
}

TEST_CASE("TZ-1 signaal when the only independent member has no vote (vo2405-2019 as 2021, 2019 is not judged)") {
  const std::string fx = doc("vo2405-2019");
  CHECK(findings_of(run_shipped_rule(TZ1, fx), TZ1).empty());  // in force from 2020-11-04
  TempDir dir;
  auto findings = run_rules({shipped_rules()}, in_year(dir, "vo2405-2019", 2021));
  const auto& f = finding_of(findings, TZ1);
  CHECK(f.status == Status::signaal);
  CHECK(f.key == "toezicht.onafhankelijk-lid/VO2405");
  CHECK(f.message ==
        "Het intern toezicht heeft geen onafhankelijk stemhebbend lid (TZ-1): W. Aarts (nevenfunctie bij deelnemend "
        "bestuur 46002), X. van Rijn (nevenfunctie bij deelnemend bestuur 46115), Y. Bosman (nevenfunctie bij "
        "deelnemend bestuur 46287), Z. Maas (nevenfunctie bij deelnemend bestuur 46340) en A. Vermeulen "
        "(onafhankelijk, maar niet stemhebbend).");
  CHECK(value_of(f, "leden") == "5");
  CHECK(value_of(f, "onafhankelijk_stemhebbend") == "0");
  CHECK(param_of(f, WET) == "geen waarde op 2021-12-31");
  CHECK(evidence_line(f, "/jaarverslag/governance/internToezicht/lid[5]/@stemhebbend") ==
        member_line(fx, "A. Vermeulen"));
}

TEST_CASE("TZ-1 niet-te-beoordelen without intern toezicht (po2511-2019 as 2021)") {
  TempDir dir;
  auto findings = run_rules({shipped_rules()}, in_year(dir, "po2511-2019", 2021));
  const auto& f = finding_of(findings, TZ1);
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.key == "toezicht.onafhankelijk-lid/PO2511");
  CHECK(value_of(f, "ontbreekt") == "governance/internToezicht/lid");
  CHECK(f.message ==
        "Onafhankelijk lid intern toezicht (TZ-1) niet te beoordelen: ontbreekt in het jaarverslag: "
        "governance/internToezicht/lid.");
  REQUIRE_FALSE(f.evidence.empty());
  for (const auto& e : f.evidence) CHECK(e.line > 0);
}

TEST_CASE("TZ-1 niet-te-beoordelen without deelnemendeBesturen (vo2609-2024)") {
  auto findings = run_shipped_rule(TZ1, doc("vo2609-2024"));
  const auto& f = finding_of(findings, TZ1);
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.key == "toezicht.onafhankelijk-lid/VO2609");
  CHECK(value_of(f, "ontbreekt") == "deelnemendeBesturen/bestuur/@bevoegdGezag");
  CHECK_THAT(f.message, StartsWith("Onafhankelijk lid intern toezicht (TZ-1) niet te beoordelen"));
  CHECK_THAT(f.message, Contains("ontbreekt in het jaarverslag: deelnemendeBesturen/bestuur/@bevoegdGezag."));
}

// ---- TZ-1 boundaries on modified copies ----

TEST_CASE("TZ-1: a nevenfunctie at a non-participating board or without a board number does not link") {
  TempDir dir;
  const std::string from = "functie=\"lid raad van toezicht\" bevoegdGezag=\"43102\"";
  SECTION("board 49999 does not participate") {
    auto path = modified_fixture(dir, doc("po3006-2022"), {{from, "functie=\"lid raad van toezicht\" bevoegdGezag=\"49999\""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), TZ1);
    CHECK(f.status == Status::voldoet);
    CHECK(f.message == "Het intern toezicht heeft een onafhankelijk stemhebbend lid: G. Postma (TZ-1).");
  }
  SECTION("empty bevoegdGezag") {
    auto path = modified_fixture(dir, doc("po3006-2022"), {{from, "functie=\"lid raad van toezicht\" bevoegdGezag=\"\""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), TZ1);
    CHECK(f.status == Status::voldoet);
    CHECK(f.message == "Het intern toezicht heeft een onafhankelijk stemhebbend lid: G. Postma (TZ-1).");
  }
}

TEST_CASE("TZ-1: without a voting outsider, a bestuur member in toezicht is named as such") {
  TempDir dir;
  auto path = modified_fixture(dir, doc("vo2704-2022"),
                               {{"<lid naam=\"Z. van der Meer\" rol=\"voorzitter\" stemhebbend=\"ja\"",
                                 "<lid naam=\"Z. van der Meer\" rol=\"voorzitter\" stemhebbend=\"nee\""}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), TZ1);
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Het intern toezicht heeft geen onafhankelijk stemhebbend lid (TZ-1): Z. van der Meer (onafhankelijk, maar "
        "niet stemhebbend), Y. Prins (lid van het bestuur van het samenwerkingsverband) en A. Schouten (nevenfunctie "
        "bij deelnemend bestuur 42718).");
}

TEST_CASE("TZ-1: an outsider whose vote is not stated leaves TZ-1 niet-te-beoordelen") {
  TempDir dir;
  auto path = in_year(dir, "vo2405-2019", 2021,
                      {{"rol=\"onafhankelijk adviseur\" stemhebbend=\"nee\"", "rol=\"onafhankelijk adviseur\""}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), TZ1);
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK_THAT(f.message, StartsWith("Niet vast te stellen of het intern toezicht een onafhankelijk stemhebbend lid "
                                   "heeft (TZ-1)"));
  CHECK_THAT(f.message, Contains("A. Vermeulen (onafhankelijk, maar niet vermeld of het lid stemhebbend is)"));
}

// ---- TZ-1 with the law date set in an overlay ----

TEST_CASE("TZ-1 with a law in force from 2021-01-01: overtreding for 2022, still signaal for 2020") {
  TempDir dir;
  // published in 2019, in force from 2021-01-01
  auto overlay = param_overlay(dir, WET, "datum", R"({ from = "2019-06-01", value = "2021-01-01" },)");
  SECTION("po3006-2022: no independent member after the law took effect") {
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po3006-2022"))), TZ1);
    CHECK(f.status == Status::overtreding);
    CHECK(f.key == "toezicht.onafhankelijk-lid/PO3006");
    CHECK(f.message == "Het intern toezicht heeft geen onafhankelijk stemhebbend lid (TZ-1): " + PO3006_LINKED +
                           ". Wettelijk verplicht sinds 2021-01-01.");
    CHECK(value_of(f, "wet_in_werking") == "2021-01-01");
    CHECK(value_of(f, "onafhankelijk_stemhebbend") == "0");
    CHECK(param_of(f, WET) == "2021-01-01");
  }
  SECTION("vo2405-2019 as 2020: the law is known but not in force on 2020-12-31") {
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, in_year(dir, "vo2405-2019", 2020)), TZ1);
    CHECK(f.status == Status::signaal);
    CHECK(value_of(f, "wet_in_werking") == "<absent>");
    CHECK(param_of(f, WET) == "2021-01-01");
    CHECK_THAT(f.message, !Contains("Wettelijk verplicht"));
  }
  SECTION("po2704-2023 with independent members stays voldoet") {
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po2704-2023"))), TZ1);
    CHECK(f.status == Status::voldoet);
  }
}

TEST_CASE("TZ-1 law date boundary: in force on the peildatum itself is an overtreding, a day later is not") {
  TempDir dir;
  SECTION("law from 2022-12-31 (the peildatum of po3006-2022)") {
    auto overlay = param_overlay(dir, WET, "datum", R"({ from = "2019-06-01", value = "2022-12-31" },)");
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po3006-2022"))), TZ1);
    CHECK(f.status == Status::overtreding);
    CHECK_THAT(f.message, Contains("Wettelijk verplicht sinds 2022-12-31."));
  }
  SECTION("law from 2023-01-01") {
    auto overlay = param_overlay(dir, WET, "datum", R"({ from = "2019-06-01", value = "2023-01-01" },)");
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, fixture(doc("po3006-2022"))), TZ1);
    CHECK(f.status == Status::signaal);
    CHECK(param_of(f, WET) == "2023-01-01");
  }
  SECTION("law published after the peildatum: no value yet, signaal and never niet-te-beoordelen") {
    auto overlay = param_overlay(dir, WET, "datum", R"({ from = "2021-01-01", value = "2021-01-01" },)");
    const Finding f = the_finding(run_rules({shipped_rules(), overlay}, in_year(dir, "vo2405-2019", 2020)), TZ1);
    CHECK(f.status == Status::signaal);
    CHECK(param_of(f, WET) == "geen waarde op 2020-12-31");
  }
}

// ---------------------------------------------------------------- TZ-2 ----

TEST_CASE("TZ-2 voldoet: organic separation and nobody in both") {
  const std::vector<std::pair<const char*, const char*>> rows{
      {"po2704-2023", "PO2704"}, {"po2704-2022", "PO2704"}, {"vo2801-2023", "VO2801"}, {"po3006-2022", "PO3006"},
      {"vo2203-2020", "VO2203"}, {"vo2405-2019", "VO2405"}, {"vo2609-2024", "VO2609"}, {"vo3102-2021", "VO3102"},
      {"po2902-2024", "PO2902"}, {"po2002-2021", "PO2002"},
  };
  for (const auto& [name, swv] : rows) {
    INFO("fixture " << name);
    const std::string fx = doc(name);
    auto findings = run_shipped_rule(TZ2, fx);
    REQUIRE(findings_of(findings, TZ2).size() == 1);
    const auto& f = finding_of(findings, TZ2);
    CHECK(f.status == Status::voldoet);
    CHECK(f.key == TZ2 + "/" + swv);
    CHECK(f.norm->id == "TZ-2");
    CHECK(f.message ==
          "Bestuur en intern toezicht zijn organiek gescheiden en geen lid van het intern toezicht zit in het "
          "bestuur (TZ-2).");
    CHECK(value_of(f, "leden_in_beide") == "0");
    CHECK(value_of(f, "organieke_scheiding") == "ja");
    CHECK(evidence_line(f, P_ORGANIEK) == fixture_line(fx, "<organiekeScheiding>ja</organiekeScheiding>"));
    CHECK(f.params.empty());
  }
}

TEST_CASE("TZ-2 overtreding: a member of both bestuur and toezicht (vo2704-2022)") {
  const std::string fx = doc("vo2704-2022");
  auto findings = run_shipped_rule(TZ2, fx);
  const auto& f = finding_of(findings, TZ2);
  CHECK(f.status == Status::overtreding);
  CHECK(f.key == "toezicht.scheiding-bestuur/VO2704");
  CHECK(f.message ==
        "Y. Prins is zowel lid van het intern toezicht als van het bestuur; bestuur en toezicht zijn niet "
        "gescheiden (TZ-2, art. 24e WVO).");
  CHECK(value_of(f, "namen") == "Y. Prins");
  CHECK(value_of(f, "leden_in_beide") == "1");
  CHECK(value_of(f, "organieke_scheiding") == "ja");
  REQUIRE(f.evidence.size() == 2);
  CHECK(f.evidence[0].path == "/jaarverslag/governance/internToezicht/lid[2]/@naam");
  CHECK(f.evidence[0].line == member_line(fx, "Y. Prins"));
  CHECK(f.evidence[1].path == "/jaarverslag/governance/bestuur/lid[2]/@naam");
  CHECK(f.evidence[1].line == fixture_line(fx, "<lid naam=\"Y. Prins\" functie="));
}

TEST_CASE("TZ-2 signaal: only functional separation (po2105-2021)") {
  const std::string fx = doc("po2105-2021");
  auto findings = run_shipped_rule(TZ2, fx);
  const auto& f = finding_of(findings, TZ2);
  CHECK(f.status == Status::signaal);
  CHECK(f.key == "toezicht.scheiding-bestuur/PO2105");
  CHECK(f.message ==
        "Bestuur en intern toezicht zijn niet organiek gescheiden (organiekeScheiding = nee); verbeterpunt 21 vraagt "
        "organieke scheiding (TZ-2). Geen lid zit in beide.");
  CHECK(value_of(f, "organieke_scheiding") == "nee");
  CHECK(value_of(f, "leden_in_beide") == "0");
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].path == P_ORGANIEK);
  CHECK(f.evidence[0].line == fixture_line(fx, "<organiekeScheiding>nee</organiekeScheiding>"));
}

TEST_CASE("TZ-2 niet-te-beoordelen: no intern toezicht (po2511-2019) or no organiekeScheiding (po2318-2020)") {
  SECTION("po2511-2019") {
    auto findings = run_shipped_rule(TZ2, doc("po2511-2019"));
    const auto& f = finding_of(findings, TZ2);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.key == "toezicht.scheiding-bestuur/PO2511");
    CHECK(value_of(f, "ontbreekt") == "governance/internToezicht/lid");
    CHECK(f.message ==
          "Scheiding bestuur en intern toezicht (TZ-2) niet te beoordelen: ontbreekt in het jaarverslag: "
          "governance/internToezicht/lid.");
  }
  SECTION("po2318-2020") {
    auto findings = run_shipped_rule(TZ2, doc("po2318-2020"));
    const auto& f = finding_of(findings, TZ2);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.key == "toezicht.scheiding-bestuur/PO2318");
    CHECK(value_of(f, "ontbreekt") == "governance/organiekeScheiding");
    CHECK(f.message ==
          "Scheiding bestuur en intern toezicht (TZ-2) niet te beoordelen: ontbreekt in het jaarverslag: "
          "governance/organiekeScheiding.");
    for (const auto& e : f.evidence) CHECK(e.line > 0);
  }
}

// ---- TZ-2 boundaries on modified copies ----

TEST_CASE("TZ-2: overlap and no organic separation: overtreding that cites both") {
  TempDir dir;
  auto path = modified_fixture(dir, doc("vo2704-2022"),
                               {{"<organiekeScheiding>ja</organiekeScheiding>", "<organiekeScheiding>nee</organiekeScheiding>"}});
  const Finding f = the_finding(run_rules({shipped_rules()}, path), TZ2);
  CHECK(f.status == Status::overtreding);
  CHECK(f.message ==
        "Y. Prins is zowel lid van het intern toezicht als van het bestuur; bestuur en toezicht zijn niet "
        "gescheiden (TZ-2, art. 24e WVO). Ook is er geen organieke scheiding.");
  CHECK(value_of(f, "organieke_scheiding") == "nee");
  REQUIRE(f.evidence.size() == 3);
  CHECK(f.evidence[2].path == P_ORGANIEK);
}

TEST_CASE("TZ-2: names match regardless of case and spacing, a PO report cites art. 17b WPO") {
  TempDir dir;
  // C. El Amrani's seat is taken by the directeur-bestuurder J. Jansen, written differently
  auto path = modified_fixture(dir, doc("po2704-2023"),
                               {{"<lid naam=\"C. El Amrani\" rol=", "<lid naam=\"j.  JANSEN\" rol="}});
  auto findings = run_rules({shipped_rules()}, path);
  const Finding f = the_finding(findings, TZ2);
  CHECK(f.status == Status::overtreding);
  CHECK(f.message ==
        "j.  JANSEN is zowel lid van het intern toezicht als van het bestuur; bestuur en toezicht zijn niet "
        "gescheiden (TZ-2, art. 17b WPO).");
  CHECK(value_of(f, "namen") == "j.  JANSEN");
  // TZ-1 no longer counts him as independent
  const Finding tz1 = the_finding(findings, TZ1);
  CHECK(tz1.status == Status::voldoet);
  CHECK(tz1.message == "Het intern toezicht heeft een onafhankelijk stemhebbend lid: A. de Vries (TZ-1).");
}
