// The zorgplicht rules on registrations (ZP-1 on cases, ZP-2..ZP-5) on fixtures/registraties with
// the annual reports of the same SWV and year, as fixtures/README.md expects them, and on small
// registrations written into a TempDir for the boundaries.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "engine/engine.h"
#include "rules/rule_test_helpers.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
using namespace swv::test::rules;

namespace {

const std::string ZP1 = "zorgplicht.thuiszitters-zonder-aanbod";
const std::string ZP2 = "zorgplicht.registratie-actueel";
const std::string ZP3 = "zorgplicht.jaarverslag-registratie";
const std::string ZP4 = "zorgplicht.vrijstellingen-5a";
const std::string ZP5_BESTUUR = "zorgplicht.meldingen-per-bestuur";
const std::string ZP5_ONBEKEND = "zorgplicht.meldingen-onbekend-bestuur";

const std::string MAANDEN = "zorgplicht.thuiszitters.maximum-maanden";
const std::string OUDERDOM = "zorgplicht.registratie.maximum-ouderdom-maanden";
const std::string AANDEEL = "zorgplicht.vrijstellingen-5a.maximum-aandeel";
const std::string DREMPEL = "zorgplicht.meldingen.drempel-per-bestuur";

const std::string P_TOTAAL = "/jaarverslag/thuiszitters/totaal";
const std::string P_LANG = "/jaarverslag/thuiszitters/langerDanDrieMaandenZonderAanbod";
const std::string P_PEILDATUM = "/jaarverslag/thuiszitters/@peildatum";

const std::string CHECK_DATE = "2026-11-25";
const std::string HEADER = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n";
const std::string MELDINGEN_HEADER = "swv_code;datum;bevoegd_gezag;brin;soort;status\n";

std::string jv(const std::string& name) { return fixture("jaarverslagen/" + name + ".xml"); }
std::string reg(const std::string& name) { return fixture("registraties/" + name + ".csv"); }

std::string lines(const std::vector<std::string>& rows) {
  std::string text;
  for (const auto& row : rows) text += row + "\n";
  return text;
}

/// A thuiszitters registration with `rows` (after the header) in `dir`.
std::string cases(const TempDir& dir, const std::string& name, const std::vector<std::string>& rows) {
  return dir.write("reg/" + name, HEADER + lines(rows));
}

/// A meldingen registration with `rows` in `dir`.
std::string meldingen(const TempDir& dir, const std::string& name, const std::vector<std::string>& rows) {
  return dir.write("reg/" + name, MELDINGEN_HEADER + lines(rows));
}

/// The shipped rules (and `overlays`) selected by `rule`, run over `files`. Every file loads and
/// no rule fails.
CheckResult run(const std::vector<std::string>& files, const std::string& rule, const std::string& check_date = CHECK_DATE,
                const std::vector<std::string>& overlays = {}) {
  std::vector<std::string> folders{shipped_rules()};
  folders.insert(folders.end(), overlays.begin(), overlays.end());
  RuleCatalog catalog = load_catalog_or_fail(folders);
  std::string error;
  auto selected = select_rules(catalog, {rule}, &error);
  REQUIRE(error.empty());
  CheckResult result = check_files(catalog, files, selected, {}, check_date);
  for (const auto& d : result.documents) {
    INFO(d.path);
    REQUIRE_FALSE(d.error);
  }
  for (const auto& f : result.findings) {
    INFO(f.key << ": " << f.message);
    CHECK(f.status != Status::fout);
  }
  return result;
}

/// The only finding with key rule/swv[/subject].
Finding the(const CheckResult& result, const std::string& rule, const std::string& swv, const std::string& subject = "") {
  std::string key = rule + "/" + swv + (subject.empty() ? "" : "/" + subject);
  std::vector<Finding> found;
  for (const auto& f : result.findings)
    if (f.key == key) found.push_back(f);
  INFO("key " << key);
  REQUIRE(found.size() == 1);
  return found[0];
}

/// The findings of `rule` about `swv`.
std::vector<Finding> all_of(const CheckResult& result, const std::string& rule, const std::string& swv) {
  std::vector<Finding> found;
  for (const auto& f : result.findings)
    if (f.rule == rule && f.swv == swv) found.push_back(f);
  return found;
}

/// The lines the finding cites in `document`, in its order; each record is cited as
/// "<kind>/regel N".
std::vector<int> cited_lines(const Finding& f, const std::string& document) {
  std::vector<int> out;
  for (const auto& e : f.evidence) {
    if (e.document != document) continue;
    if (e.line > 0) CHECK(e.path.find("/regel " + std::to_string(e.line)) != std::string::npos);
    out.push_back(e.line);
  }
  return out;
}

/// True when the finding cites `document` as a whole (a registration it read without a line).
bool cites_file(const Finding& f, const std::string& document) {
  for (const auto& e : f.evidence)
    if (e.document == document && e.line == 0) return true;
  return false;
}

void check_metadata(const Finding& f, const std::string& norm_id) {
  CHECK(f.family == "zorgplicht");
  CHECK(f.norm->id == norm_id);
  CHECK_FALSE(f.norm->title.empty());
  CHECK_FALSE(f.norm->source.empty());
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// ZP-1 on cases: zorgplicht.thuiszitters-zonder-aanbod

TEST_CASE("ZP-1 cases: signaal names the dossiers longest at home first, with months and days") {
  auto result = run({jv("vo2801-2023"), reg("thuiszitters-vo2801-2023"), reg("meldingen-vo2801-2023")}, ZP1);
  const Finding f = the(result, ZP1, "VO2801");
  check_metadata(f, "ZP-1");
  CHECK(f.status == Status::signaal);
  CHECK(f.jaar == 2023);
  CHECK(f.document == jv("vo2801-2023"));
  CHECK(f.message ==
        "Op 2023-12-31 zaten volgens de thuiszittersregistratie 2 kinderen langer dan 3 maanden thuis zonder aanbod "
        "(ZP-1, Thuiszitterspact): dossiers V-23-102 (7 maanden en 16 dagen) en V-23-101 (3 maanden en 1 dag).");
  CHECK(value_of(f, "peildatum") == "2023-12-31");  // the latest peildatum, not 2023-10-31
  CHECK(value_of(f, "aantal") == "2");
  CHECK(value_of(f, "thuiszitters") == "10");
  CHECK(value_of(f, "dossiers") == "V-23-102, V-23-101");
  CHECK(value_of(f, "langste_dagen") == "230");
  CHECK(value_of(f, "maximum_maanden") == "3");
  CHECK(param_of(f, MAANDEN) == "3");
  // line 10 starts the record whose quoted opmerking runs onto line 11
  CHECK(cited_lines(f, reg("thuiszitters-vo2801-2023")) == std::vector<int>{10, 9});
  // resolved on 2023-12-15 (V-23-111), 5a/15 cases and bad lines are not named
  for (const char* other : {"V-23-111", "V-23-201", "V-23-204", "V-23-120", "V-23-121", "V-23-122", "V-23-103"})
    CHECK_FALSE(contains(f.message, other));
  // nothing from the rows but the dossier id: no dates at home, birth years or remarks
  for (const char* row_text : {"2023-05-15", "2023-09-30", "2008", "maatwerk", "leerplicht"})
    CHECK_FALSE(contains(f.message, row_text));
}

TEST_CASE("ZP-1 cases: one child is named in the singular") {
  auto result = run({jv("po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP1);
  const Finding f = the(result, ZP1, "PO2002");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Op 2021-12-31 zat volgens de thuiszittersregistratie 1 kind langer dan 3 maanden thuis zonder aanbod "
        "(ZP-1, Thuiszitterspact): dossier D-2021-003 (6 maanden en 17 dagen).");
  CHECK(value_of(f, "thuiszitters") == "4");
  CHECK(value_of(f, "langste_dagen") == "200");
  CHECK(cited_lines(f, reg("thuiszitters-po2002-2021")) == std::vector<int>{3});
}

TEST_CASE("ZP-1 cases: voldoet when no open case is longer than three months without an offer") {
  SECTION("po3006-2022, with the report") {
    auto result = run({jv("po3006-2022"), reg("thuiszitters-po3006-2022")}, ZP1);
    const Finding f = the(result, ZP1, "PO3006");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message ==
          "Op 2022-12-31 zat volgens de thuiszittersregistratie geen kind langer dan 3 maanden thuis zonder aanbod "
          "(ZP-1, Thuiszitterspact); 5 open zaken bekeken.");
    CHECK(value_of(f, "aantal") == "0");
    CHECK(value_of(f, "thuiszitters") == "5");
    CHECK(value_of(f, "dossiers") == "<absent>");
    CHECK(cites_file(f, reg("thuiszitters-po3006-2022")));
  }
  SECTION("po2704-2024, a registration without a report") {
    auto result = run({reg("thuiszitters-po2704-2024")}, ZP1);
    const Finding f = the(result, ZP1, "PO2704");
    CHECK(f.status == Status::voldoet);
    CHECK(f.jaar == 2024);
    CHECK(f.document == reg("thuiszitters-po2704-2024"));
    CHECK(value_of(f, "peildatum") == "2024-10-31");
    CHECK(value_of(f, "thuiszitters") == "4");
  }
}

TEST_CASE("ZP-1 cases: niet-te-beoordelen naming the missing registration") {
  auto result = run({jv("po2704-2023")}, ZP1);
  const Finding f = the(result, ZP1, "PO2704");
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.message ==
        "Thuiszitters zonder aanbod (ZP-1) niet te beoordelen: er is geen thuiszittersregistratie van PO2704 over 2023 "
        "meegegeven.");
  CHECK(value_of(f, "ontbreekt") == "thuiszitters-registratie");
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].document == jv("po2704-2023"));
}

TEST_CASE("ZP-1 cases: three calendar months, strictly longer (15 March to 15 June is not yet, 16 June is)") {
  TempDir dir;
  auto on = [&](const std::string& peildatum, const std::string& thuis_sinds) {
    auto csv = cases(dir, "thuiszitters-" + peildatum + "-" + thuis_sinds + ".csv",
                     {"PO9901;" + peildatum + ";T-1;2012;relatief-verzuim;" + thuis_sinds + ";geen;;"});
    return the(run({csv}, ZP1), ZP1, "PO9901");
  };
  CHECK(on("2023-06-14", "2023-03-15").status == Status::voldoet);
  const Finding exact = on("2023-06-15", "2023-03-15");
  CHECK(exact.status == Status::voldoet);
  CHECK(value_of(exact, "thuiszitters") == "1");
  const Finding longer = on("2023-06-16", "2023-03-15");
  CHECK(longer.status == Status::signaal);
  CHECK(contains(longer.message, ": dossier T-1 (3 maanden en 1 dag)."));
  CHECK(value_of(longer, "langste_dagen") == "93");
  // calendar months clamp to the month's end: 30 November + 3 months is 28 February
  CHECK(on("2023-02-28", "2022-11-30").status == Status::voldoet);
  CHECK(on("2023-03-01", "2022-11-30").status == Status::signaal);
  CHECK(contains(on("2023-04-30", "2023-01-15").message, "(3 maanden en 15 dagen)"));
  CHECK(contains(on("2023-05-15", "2023-01-15").message, "(4 maanden)."));
  CHECK(contains(on("2024-02-16", "2023-01-15").message, "(13 maanden en 1 dag)"));
}

TEST_CASE("ZP-1 cases: only open thuiszitters without any offer count") {
  TempDir dir;
  auto csv = cases(dir, "thuiszitters.csv",
                   {
                       "PO9901;2023-12-31;A-resolved-before;2012;relatief-verzuim;2023-01-02;geen;;2023-12-30",
                       "PO9901;2023-12-31;A-resolved-on;2012;relatief-verzuim;2023-01-02;geen;;2023-12-31",
                       "PO9901;2023-12-31;A-resolved-after;2012;absoluut-verzuim;2023-01-02;geen;;2024-01-08",
                       "PO9901;2023-12-31;A-overig;2012;overig;2023-01-02;geen;;",
                       "PO9901;2023-12-31;A-deels;2012;relatief-verzuim;2023-01-02;deels;2023-05-01;",
                       "PO9901;2023-12-31;A-volledig;2012;relatief-verzuim;2023-01-02;volledig;2023-05-01;",
                       "PO9901;2023-12-31;A-5a;2012;vrijstelling-5a;2023-01-02;geen;;",
                       "PO9901;2023-12-31;A-5b;2012;vrijstelling-5b;2023-01-02;geen;;",
                       "PO9901;2023-12-31;A-15;2012;vrijstelling-15;2023-01-02;geen;;",
                       "PO9901;2023-12-31;A-later;2012;relatief-verzuim;2024-02-01;geen;;",
                       "PO9901;2023-12-31;A-overig;2012;overig;2023-01-02;geen;;",
                   });
  const Finding f = the(run({csv}, ZP1), ZP1, "PO9901");
  CHECK(f.status == Status::signaal);
  // resolved after the peildatum is still open; a dossier listed twice counts once; a case that
  // starts after the peildatum is not yet at home
  CHECK(value_of(f, "dossiers") == "A-overig, A-resolved-after");
  CHECK(value_of(f, "aantal") == "2");
  CHECK(value_of(f, "thuiszitters") == "4");  // + A-deels, A-volledig
  CHECK(cited_lines(f, csv) == std::vector<int>{5, 4});
}

TEST_CASE("ZP-1 cases: uses the latest peildatum of the year, in whatever order the lines are") {
  TempDir dir;
  auto csv = cases(dir, "thuiszitters.csv",
                   {
                       "PO9901;2023-12-31;B-1;2012;relatief-verzuim;2023-01-02;geen;;2023-11-01",
                       "PO9901;2023-10-31;B-1;2012;relatief-verzuim;2023-01-02;geen;;",
                       "PO9901;2023-10-31;B-2;2012;relatief-verzuim;2023-09-01;geen;;",
                       "PO9901;2023-12-31;B-2;2012;relatief-verzuim;2023-09-01;geen;;",
                   });
  const Finding f = the(run({csv}, ZP1), ZP1, "PO9901");
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "peildatum") == "2023-12-31");
  CHECK(value_of(f, "dossiers") == "B-2");
  CHECK(cited_lines(f, csv) == std::vector<int>{5});
}

TEST_CASE("ZP-1 cases: the months without a value on the registration's peildatum: niet-te-beoordelen") {
  TempDir dir;
  auto overlay = param_overlay(dir, MAANDEN, "maanden", R"({ from = "2024-01-01", value = 3 },)");
  auto csv = cases(dir, "thuiszitters.csv", {"PO9901;2023-12-31;C-1;2012;relatief-verzuim;2023-01-02;geen;;"});
  CHECK(the(run({csv}, ZP1, CHECK_DATE, {overlay}), ZP1, "PO9901").status == Status::niet_te_beoordelen);
  auto later = cases(dir, "thuiszitters-2024.csv", {"PO9901;2024-01-01;C-1;2012;relatief-verzuim;2023-01-02;geen;;"});
  CHECK(the(run({later}, ZP1, CHECK_DATE, {overlay}), ZP1, "PO9901").status == Status::signaal);
}

// ---------------------------------------------------------------------------------------------
// ZP-2: zorgplicht.registratie-actueel

TEST_CASE("ZP-2: overtreding when the last peildatum is more than two months before the end of the year") {
  auto result = run({jv("vo2203-2020"), reg("thuiszitters-vo2203-2020")}, ZP2);
  const Finding f = the(result, ZP2, "VO2203");
  check_metadata(f, "ZP-2");
  CHECK(f.status == Status::overtreding);
  CHECK(f.message ==
        "De laatste thuiszittersregistratie van VO2203 over 2020 heeft peildatum 2020-09-30: meer dan 2 maanden voor "
        "2020-12-31 (het einde van 2020), 92 dagen eerder; de registratie is niet actueel (ZP-2). Voldoet met een "
        "registratie met peildatum op of na 2020-10-31 (31 dagen later).");
  CHECK(value_of(f, "laatste_peildatum") == "2020-09-30");
  CHECK(value_of(f, "referentiedatum") == "2020-12-31");
  CHECK(value_of(f, "ouderdom_dagen") == "92");
  CHECK(value_of(f, "maximum_maanden") == "2");
  CHECK(param_of(f, OUDERDOM) == "2");
  CHECK(cited_lines(f, reg("thuiszitters-vo2203-2020")) == std::vector<int>{2});
}

TEST_CASE("ZP-2: voldoet on the end of the year and exactly two months before it") {
  SECTION("peildatum on 2021-12-31") {
    const Finding f = the(run({jv("po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP2), ZP2, "PO2002");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message ==
          "De laatste thuiszittersregistratie van PO2002 over 2021 heeft peildatum 2021-12-31: niet meer dan 2 maanden "
          "voor 2021-12-31 (het einde van 2021) (ZP-2); een peildatum vanaf 2021-10-31 was nog actueel geweest (61 dagen "
        "ruimte).");
    CHECK(value_of(f, "ouderdom_dagen") == "0");
    CHECK(cited_lines(f, reg("thuiszitters-po2002-2021")) == std::vector<int>{2});
  }
  SECTION("2024-10-31 + 2 months = 2024-12-31 (registration without report)") {
    const Finding f = the(run({reg("thuiszitters-po2704-2024")}, ZP2), ZP2, "PO2704");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "laatste_peildatum") == "2024-10-31");
    CHECK(value_of(f, "referentiedatum") == "2024-12-31");
    CHECK(value_of(f, "ouderdom_dagen") == "61");
    CHECK(cited_lines(f, reg("thuiszitters-po2704-2024")) == std::vector<int>{6});
  }
  SECTION("one day earlier is an overtreding") {
    TempDir dir;
    auto csv = cases(dir, "thuiszitters.csv", {"PO2704;2024-10-30;E-1;2012;overig;2024-10-01;geen;;"});
    const Finding f = the(run({csv}, ZP2), ZP2, "PO2704");
    CHECK(f.status == Status::overtreding);
    CHECK(value_of(f, "ouderdom_dagen") == "62");
  }
}

TEST_CASE("ZP-2: in the running year the check date is the reference") {
  TempDir dir;
  auto at = [&](const std::string& peildatum) {
    auto csv = cases(dir, "thuiszitters-" + peildatum + ".csv", {"PO9902;" + peildatum + ";F-1;2014;overig;2026-01-05;geen;;"});
    return the(run({csv}, ZP2, "2026-11-25"), ZP2, "PO9902");
  };
  const Finding old = at("2026-08-31");
  CHECK(old.status == Status::overtreding);
  CHECK(value_of(old, "referentiedatum") == "2026-11-25");
  CHECK(value_of(old, "ouderdom_dagen") == "86");
  CHECK(contains(old.message, "meer dan 2 maanden voor 2026-11-25 (de controledatum), 86 dagen eerder"));
  CHECK(at("2026-09-24").status == Status::overtreding);
  const Finding current = at("2026-09-25");
  CHECK(current.status == Status::voldoet);
  CHECK(contains(current.message, "niet meer dan 2 maanden voor 2026-11-25 (de controledatum)"));
}

TEST_CASE("ZP-2: niet-te-beoordelen without a registration") {
  const Finding f = the(run({jv("vo2203-2020")}, ZP2), ZP2, "VO2203");
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.message ==
        "Actuele thuiszittersregistratie (ZP-2) niet te beoordelen: er is geen thuiszittersregistratie van VO2203 over "
        "2020 meegegeven.");
  CHECK(value_of(f, "ontbreekt") == "thuiszitters-registratie");
}

// ---------------------------------------------------------------------------------------------
// ZP-3: zorgplicht.jaarverslag-registratie

TEST_CASE("ZP-3: signaal with both numbers when the report's summary differs from the registration") {
  auto result = run({jv("vo2801-2023"), reg("thuiszitters-vo2801-2023")}, ZP3);
  const Finding f = the(result, ZP3, "VO2801");
  check_metadata(f, "ZP-3");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Het thuiszittersoverzicht in het jaarverslag wijkt op 2023-12-31 af van de thuiszittersregistratie: totaal 9 "
        "in het jaarverslag, 10 in de registratie; langer dan 3 maanden zonder aanbod 1 in het jaarverslag, 2 in de "
        "registratie (volgens de registratie: dossiers V-23-102 en V-23-101) (ZP-3).");
  CHECK(value_of(f, "totaal_jaarverslag") == "9");
  CHECK(value_of(f, "totaal_registratie") == "10");
  CHECK(value_of(f, "langdurig_jaarverslag") == "1");
  CHECK(value_of(f, "langdurig_registratie") == "2");
  CHECK(value_of(f, "peildatum") == "2023-12-31");
  CHECK(param_of(f, MAANDEN) == "3");
  const std::string report = "jaarverslagen/vo2801-2023.xml";
  CHECK(evidence_line(f, P_TOTAAL) == fixture_line(report, "<totaal>9</totaal>"));
  CHECK(evidence_line(f, P_LANG) == fixture_line(report, "<langerDanDrieMaandenZonderAanbod>"));
  CHECK(evidence_line(f, P_PEILDATUM) == fixture_line(report, "<thuiszitters peildatum="));
  CHECK(cited_lines(f, reg("thuiszitters-vo2801-2023")) == std::vector<int>{10, 9});
}

TEST_CASE("ZP-3: voldoet when both numbers agree") {
  for (const auto& [name, swv, totaal, lang] :
       std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
           {"po2002-2021", "PO2002", "4", "1"}, {"po3006-2022", "PO3006", "5", "0"}}) {
    INFO(name);
    const Finding f = the(run({jv(name), reg("thuiszitters-" + name)}, ZP3), ZP3, swv);
    CHECK(f.status == Status::voldoet);
    CHECK(f.message == "Het thuiszittersoverzicht in het jaarverslag klopt op " + name.substr(7) +
                           "-12-31 met de thuiszittersregistratie: totaal " + totaal +
                           ", langer dan 3 maanden zonder aanbod " + lang + " (ZP-3).");
    CHECK(value_of(f, "totaal_jaarverslag") == value_of(f, "totaal_registratie"));
    CHECK(value_of(f, "langdurig_registratie") == lang);
    CHECK(evidence_line(f, P_TOTAAL) == fixture_line("jaarverslagen/" + name + ".xml", "<totaal>" + totaal + "</totaal>"));
  }
}

TEST_CASE("ZP-3: a difference in one number names only that number") {
  TempDir dir;
  // po2704-2023 reports totaal 14 and 0 longer than three months without an offer
  std::vector<std::string> rows;
  for (int i = 1; i <= 14; ++i)
    rows.push_back("PO2704;2023-12-31;G-" + std::to_string(i) + ";2012;relatief-verzuim;2023-11-01;geen;;");
  SECTION("one of the 14 is long without an offer") {
    rows[13] = "PO2704;2023-12-31;G-14;2012;absoluut-verzuim;2023-06-01;geen;;";
    auto csv = cases(dir, "thuiszitters.csv", rows);
    const Finding f = the(run({jv("po2704-2023"), csv}, ZP3), ZP3, "PO2704");
    CHECK(f.status == Status::signaal);
    CHECK(contains(f.message, "thuiszittersregistratie: langer dan 3 maanden zonder aanbod 0 in het jaarverslag, 1 in "
                              "de registratie (volgens de registratie: dossier G-14) (ZP-3)."));
    CHECK_FALSE(contains(f.message, "totaal"));
    CHECK(cited_lines(f, csv) == std::vector<int>{15});
  }
  SECTION("13 instead of 14") {
    rows.pop_back();
    const Finding f = the(run({jv("po2704-2023"), cases(dir, "thuiszitters.csv", rows)}, ZP3), ZP3, "PO2704");
    CHECK(f.status == Status::signaal);
    CHECK(contains(f.message, "thuiszittersregistratie: totaal 14 in het jaarverslag, 13 in de registratie (ZP-3)."));
  }
  SECTION("all 14, none long: voldoet") {
    CHECK(the(run({jv("po2704-2023"), cases(dir, "thuiszitters.csv", rows)}, ZP3), ZP3, "PO2704").status ==
          Status::voldoet);
  }
}

TEST_CASE("ZP-3: without @peildatum the summary is taken on the end of the verslagjaar") {
  TempDir dir;
  auto report = modified_fixture(dir, "jaarverslagen/po2002-2021.xml",
                                 {{"<thuiszitters peildatum=\"2021-12-31\">", "<thuiszitters>"}});
  const Finding f = the(run({report, reg("thuiszitters-po2002-2021")}, ZP3), ZP3, "PO2002");
  CHECK(f.status == Status::voldoet);
  CHECK(value_of(f, "peildatum") == "2021-12-31");
  CHECK(evidence_at(f, P_PEILDATUM) == nullptr);
}

TEST_CASE("ZP-3: niet-te-beoordelen without a registration on the summary's peildatum") {
  const Finding f = the(run({jv("vo2203-2020"), reg("thuiszitters-vo2203-2020")}, ZP3), ZP3, "VO2203");
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.message ==
        "Thuiszittersoverzicht jaarverslag tegen registratie (ZP-3) niet te beoordelen: de thuiszittersregistratie "
        "heeft geen peildatum 2020-12-31, de peildatum van het overzicht in het jaarverslag (wel: 2020-09-30).");
  CHECK(value_of(f, "peildatum") == "2020-12-31");
  CHECK(value_of(f, "registratie_peildata") == "2020-09-30");
}

TEST_CASE("ZP-3: niet-te-beoordelen without a summary, a registration or a report") {
  TempDir dir;
  SECTION("no thuiszitters in the report (po2511-2019)") {
    auto csv = cases(dir, "thuiszitters.csv", {"PO2511;2019-12-31;H-1;2010;overig;2019-11-01;geen;;"});
    const Finding f = the(run({jv("po2511-2019"), csv}, ZP3), ZP3, "PO2511");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.message ==
          "Thuiszittersoverzicht jaarverslag tegen registratie (ZP-3) niet te beoordelen: ontbreekt in het jaarverslag: "
          "thuiszitters/totaal, thuiszitters/langerDanDrieMaandenZonderAanbod.");
    CHECK(value_of(f, "ontbreekt") == "thuiszitters/totaal, thuiszitters/langerDanDrieMaandenZonderAanbod");
  }
  SECTION("only the total in the report (po2318-2020)") {
    auto csv = cases(dir, "thuiszitters.csv", {"PO2318;2020-12-31;H-1;2010;overig;2020-11-01;geen;;"});
    const Finding f = the(run({jv("po2318-2020"), csv}, ZP3), ZP3, "PO2318");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "thuiszitters/langerDanDrieMaandenZonderAanbod");
    CHECK(value_of(f, "totaal_registratie") == "<absent>");
  }
  SECTION("no registration") {
    const Finding f = the(run({jv("vo2801-2023")}, ZP3), ZP3, "VO2801");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "thuiszitters-registratie");
    CHECK(contains(f.message, "er is geen thuiszittersregistratie van VO2801 over 2023 meegegeven."));
  }
  SECTION("no report (po2704-2024)") {
    const Finding f = the(run({reg("thuiszitters-po2704-2024")}, ZP3), ZP3, "PO2704");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.message ==
          "Thuiszittersoverzicht jaarverslag tegen registratie (ZP-3) niet te beoordelen: er is geen jaarverslag van "
          "PO2704 over 2024 meegegeven.");
    CHECK(value_of(f, "ontbreekt") == "jaarverslag");
    CHECK(cites_file(f, reg("thuiszitters-po2704-2024")));
  }
}

// ---------------------------------------------------------------------------------------------
// ZP-4: zorgplicht.vrijstellingen-5a

TEST_CASE("ZP-4: signaal when the share of vrijstellingen 5a is above the threshold") {
  const Finding f = the(run({jv("vo2203-2020"), reg("thuiszitters-vo2203-2020")}, ZP4), ZP4, "VO2203");
  check_metadata(f, "ZP-4");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Op 2020-09-30 had 3 van 8 open zaken (37,5%) een vrijstelling 5a: boven de grens van 25% (ZP-4, art. 5 onder "
        "a Leerplichtwet). Binnen de grens bij ten hoogste 2 van de 8 open zaken.");
  CHECK(value_of(f, "aandeel") == "0.375");
  CHECK(value_of(f, "vrijstellingen_5a") == "3");
  CHECK(value_of(f, "open_zaken") == "8");
  CHECK(value_of(f, "maximum_aandeel") == "0.25");
  CHECK(value_of(f, "hoog") == "ja");
  CHECK(value_of(f, "stijgend") == "nee");
  CHECK(param_of(f, AANDEEL) == "0.25");
  CHECK(cited_lines(f, reg("thuiszitters-vo2203-2020")) == std::vector<int>{6, 7, 8});
}

TEST_CASE("ZP-4: signaal when the share rises against the previous peildatum, even below the threshold") {
  const Finding f = the(run({jv("vo2801-2023"), reg("thuiszitters-vo2801-2023")}, ZP4), ZP4, "VO2801");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Op 2023-12-31 had 3 van 14 open zaken (21,4%) een vrijstelling 5a: gestegen ten opzichte van 2023-10-31: 1 van "
        "7 open zaken (14,3%) (ZP-4, art. 5 onder a Leerplichtwet).");
  CHECK(value_of(f, "aandeel") == "0.214");
  CHECK(value_of(f, "vorig_aandeel") == "0.143");
  CHECK(value_of(f, "vorige_peildatum") == "2023-10-31");
  CHECK(value_of(f, "hoog") == "nee");
  CHECK(value_of(f, "stijgend") == "ja");
  CHECK(cited_lines(f, reg("thuiszitters-vo2801-2023")) == std::vector<int>{24, 25, 26});
}

TEST_CASE("ZP-4: voldoet when neither high nor rising") {
  SECTION("one peildatum, 20%") {
    const Finding f = the(run({jv("po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP4), ZP4, "PO2002");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message ==
          "Op 2021-12-31 had 1 van 5 open zaken (20%) een vrijstelling 5a: niet boven de grens van 25%; geen eerdere "
          "peildatum in 2021 om mee te vergelijken (ZP-4); de grens staat er 1 toe.");
    CHECK(value_of(f, "vorige_peildatum") == "<absent>");
    CHECK(cites_file(f, reg("thuiszitters-po2002-2021")));
  }
  SECTION("falling from 50% to 20% (registration without report)") {
    const Finding f = the(run({reg("thuiszitters-po2704-2024")}, ZP4), ZP4, "PO2704");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message ==
          "Op 2024-10-31 had 1 van 5 open zaken (20%) een vrijstelling 5a: niet boven de grens van 25% en niet gestegen "
          "ten opzichte van 2024-08-31: 2 van 4 open zaken (50%) (ZP-4); de grens staat er 1 toe.");
    CHECK(value_of(f, "vorig_aandeel") == "0.500");
  }
  SECTION("no vrijstelling 5a at all") {
    const Finding f = the(run({jv("po3006-2022"), reg("thuiszitters-po3006-2022")}, ZP4), ZP4, "PO3006");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "aandeel") == "0.000");
    CHECK(contains(f.message, "0 van 6 open zaken (0%)"));
  }
}

TEST_CASE("ZP-4: the threshold is strict and exact, an equal share is not rising") {
  TempDir dir;
  auto row = [](const std::string& peildatum, const std::string& dossier, const std::string& categorie) {
    return "PO9904;" + peildatum + ";" + dossier + ";2012;" + categorie + ";2023-01-09;geen;;";
  };
  SECTION("1 of 4 is exactly 25%: voldoet") {
    auto csv = cases(dir, "t.csv", {row("2023-12-31", "K-1", "vrijstelling-5a"), row("2023-12-31", "K-2", "overig"),
                                    row("2023-12-31", "K-3", "overig"), row("2023-12-31", "K-4", "vrijstelling-5b")});
    const Finding f = the(run({csv}, ZP4), ZP4, "PO9904");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "aandeel") == "0.250");
  }
  SECTION("2 of 7 (28,6%): signaal") {
    std::vector<std::string> rows{row("2023-12-31", "K-1", "vrijstelling-5a"), row("2023-12-31", "K-2", "vrijstelling-5a")};
    for (int i = 3; i <= 7; ++i) rows.push_back(row("2023-12-31", "K-" + std::to_string(i), "relatief-verzuim"));
    const Finding f = the(run({cases(dir, "t.csv", rows)}, ZP4), ZP4, "PO9904");
    CHECK(f.status == Status::signaal);
    CHECK(contains(f.message, "2 van 7 open zaken (28,6%)"));
    CHECK(value_of(f, "aandeel") == "0.286");
  }
  SECTION("1 of 5 and then 2 of 10: the same share, voldoet") {
    std::vector<std::string> rows{row("2023-10-31", "K-1", "vrijstelling-5a")};
    for (int i = 2; i <= 5; ++i) rows.push_back(row("2023-10-31", "K-" + std::to_string(i), "overig"));
    rows.push_back(row("2023-12-31", "K-1", "vrijstelling-5a"));
    rows.push_back(row("2023-12-31", "K-20", "vrijstelling-5a"));
    for (int i = 2; i <= 9; ++i) rows.push_back(row("2023-12-31", "K-" + std::to_string(i), "overig"));
    const Finding f = the(run({cases(dir, "t.csv", rows)}, ZP4), ZP4, "PO9904");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "stijgend") == "nee");
    CHECK(value_of(f, "vorig_aandeel") == "0.200");
  }
  SECTION("no open case on the previous peildatum: nothing to compare") {
    auto csv = cases(dir, "t.csv",
                     {"PO9904;2023-10-31;K-1;2012;overig;2023-01-09;geen;;2023-09-01",
                      row("2023-12-31", "K-2", "vrijstelling-5a"), row("2023-12-31", "K-3", "overig"),
                      row("2023-12-31", "K-4", "overig"), row("2023-12-31", "K-5", "overig"),
                      row("2023-12-31", "K-6", "overig")});
    const Finding f = the(run({csv}, ZP4), ZP4, "PO9904");
    CHECK(f.status == Status::voldoet);
    CHECK(contains(f.message, "op de vorige peildatum 2023-10-31 geen open zaken om mee te vergelijken"));
  }
  SECTION("every case resolved: voldoet") {
    auto csv = cases(dir, "t.csv", {"PO9904;2023-12-31;K-1;2012;vrijstelling-5a;2023-01-09;geen;;2023-06-01"});
    const Finding f = the(run({csv}, ZP4), ZP4, "PO9904");
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "open_zaken") == "0");
    CHECK(value_of(f, "aandeel") == "<absent>");
  }
}

TEST_CASE("ZP-4: the threshold is a dated parameter") {
  TempDir low, lower;
  auto twenty = param_overlay(low, AANDEEL, "fractie", R"({ from = "2014-08-01", value = "0.20" },)");
  const Finding same = the(run({jv("po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP4, CHECK_DATE, {twenty}), ZP4, "PO2002");
  CHECK(same.status == Status::voldoet);  // 20% is not above 20%
  CHECK(param_of(same, AANDEEL) == "0.20");
  auto nineteen = param_overlay(lower, AANDEEL, "fractie", R"({ from = "2014-08-01", value = "0.19" },)");
  const Finding above = the(run({jv("po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP4, CHECK_DATE, {nineteen}), ZP4, "PO2002");
  CHECK(above.status == Status::signaal);
  CHECK(contains(above.message, "boven de grens van 19%"));
}

TEST_CASE("ZP-4: niet-te-beoordelen without a registration") {
  const Finding f = the(run({jv("vo2801-2023")}, ZP4), ZP4, "VO2801");
  CHECK(f.status == Status::niet_te_beoordelen);
  CHECK(f.message ==
        "Vrijstellingen 5a (ZP-4) niet te beoordelen: er is geen thuiszittersregistratie van VO2801 over 2023 meegegeven.");
  CHECK(value_of(f, "ontbreekt") == "thuiszitters-registratie");
}

// ---------------------------------------------------------------------------------------------
// ZP-5: zorgplicht.meldingen-per-bestuur and zorgplicht.meldingen-onbekend-bestuur

TEST_CASE("ZP-5 per bestuur: signaal per board with three or more open meldingen") {
  auto result = run({jv("po2002-2021"), reg("meldingen-po2002-2021"), reg("thuiszitters-po2002-2021")}, ZP5_BESTUUR);
  REQUIRE(all_of(result, ZP5_BESTUUR, "PO2002").size() == 1);
  const Finding f = the(result, ZP5_BESTUUR, "PO2002", "43501");
  check_metadata(f, "ZP-5");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "Tegen bestuur 43501 stonden in 2021 3 open zorgplichtmeldingen (drempel 3): 1 weigering-toelating, 1 "
        "wegadviseren, 1 geen-passend-aanbod (ZP-5). Onder de drempel bij ten hoogste 2 open meldingen; dit zijn er 1 "
        "meer.");
  CHECK(value_of(f, "bevoegd_gezag") == "43501");
  CHECK(value_of(f, "open_meldingen") == "3");
  CHECK(value_of(f, "drempel") == "3");
  CHECK(value_of(f, "jaar") == "2021");
  CHECK(param_of(f, DREMPEL) == "3");
  CHECK(cited_lines(f, reg("meldingen-po2002-2021")) == std::vector<int>{2, 3, 6});
  CHECK_FALSE(contains(f.message, "12AB"));  // the school code is never shown
}

TEST_CASE("ZP-5 per bestuur: voldoet below the threshold, naming the highest count") {
  SECTION("vo2801-2023: 2 open against 40412; the non-participating 40999 does not count here") {
    const Finding f = the(run({jv("vo2801-2023"), reg("meldingen-vo2801-2023")}, ZP5_BESTUUR), ZP5_BESTUUR, "VO2801");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message ==
          "Geen deelnemend bestuur had in 2023 3 of meer open zorgplichtmeldingen (3 open meldingen bij deelnemende "
          "besturen; het meeste: 2 tegen bestuur 40412, 1 onder de drempel) (ZP-5).");
    CHECK(value_of(f, "hoogste_aantal") == "2");
    CHECK(value_of(f, "open_meldingen") == "3");
    CHECK(cites_file(f, reg("meldingen-vo2801-2023")));
  }
  SECTION("po3006-2022") {
    const Finding f = the(run({jv("po3006-2022"), reg("meldingen-po3006-2022")}, ZP5_BESTUUR), ZP5_BESTUUR, "PO3006");
    CHECK(f.status == Status::voldoet);
    CHECK(contains(f.message, "het meeste: 2 tegen bestuur 43102"));
  }
  SECTION("no open melding at all") {
    TempDir dir;
    auto csv = meldingen(dir, "meldingen.csv", {"PO2704;2023-03-01;41234;;overig;opgelost"});
    const Finding f = the(run({jv("po2704-2023"), csv}, ZP5_BESTUUR), ZP5_BESTUUR, "PO2704");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message == "Geen deelnemend bestuur had in 2023 3 of meer open zorgplichtmeldingen (0 open meldingen bij "
                       "deelnemende besturen) (ZP-5).");
  }
}

TEST_CASE("ZP-5 per bestuur: only open meldingen count, one signaal per board") {
  TempDir dir;
  auto csv = meldingen(dir, "meldingen.csv",
                       {
                           "PO2704;2023-01-10;41234;;weigering-toelating;open",
                           "PO2704;2023-02-10;41234;;weigering-toelating;open",
                           "PO2704;2023-03-10;41234;;wegadviseren;open",
                           "PO2704;2023-04-10;41789;;thuiszitten;open",
                           "PO2704;2023-05-10;41789;;thuiszitten;open",
                           "PO2704;2023-06-10;41789;;overig;opgelost",
                           "PO2704;2023-07-10;41789;;overig;doorverwezen",
                           "PO2704;2023-08-10;41789;;geen-passend-aanbod;open",
                           "PO2704;2023-09-10;41789;;geen-passend-aanbod;open",
                           "PO2704;2023-10-10;42011;;overig;open",
                           "PO2704;2023-10-11;42011;;overig;open",
                           "PO2704;2023-10-12;42011;;overig;opgelost",
                           "PO2704;2023-10-13;49999;;overig;open",
                           "PO2704;2023-10-14;49999;;overig;open",
                           "PO2704;2023-10-15;49999;;overig;open",
                       });
  auto result = run({jv("po2704-2023"), csv}, ZP5_BESTUUR);
  auto found = all_of(result, ZP5_BESTUUR, "PO2704");
  REQUIRE(found.size() == 2);  // 41234 and 41789; no voldoet beside them
  const Finding a = the(result, ZP5_BESTUUR, "PO2704", "41234");
  CHECK(a.message == "Tegen bestuur 41234 stonden in 2023 3 open zorgplichtmeldingen (drempel 3): 2 weigering-toelating, "
                     "1 wegadviseren (ZP-5). Onder de drempel bij ten hoogste 2 open meldingen; dit zijn er 1 meer.");
  const Finding b = the(result, ZP5_BESTUUR, "PO2704", "41789");
  CHECK(value_of(b, "open_meldingen") == "4");
  CHECK(cited_lines(b, csv) == std::vector<int>{5, 6, 9, 10});
  CHECK(contains(b.message, "2 geen-passend-aanbod, 2 thuiszitten"));
}

TEST_CASE("ZP-5 per bestuur: the threshold is a parameter") {
  TempDir dir;
  auto two = param_overlay(dir, DREMPEL, "aantal", R"({ from = "2014-08-01", value = 2 },)");
  auto result = run({jv("vo2801-2023"), reg("meldingen-vo2801-2023")}, ZP5_BESTUUR, CHECK_DATE, {two});
  const Finding f = the(result, ZP5_BESTUUR, "VO2801", "40412");
  CHECK(f.status == Status::signaal);
  CHECK(value_of(f, "drempel") == "2");
  CHECK(cited_lines(f, reg("meldingen-vo2801-2023")) == std::vector<int>{2, 3});
}

TEST_CASE("ZP-5 onbekend bestuur: signaal naming the board and the lines (data error)") {
  auto result = run({jv("vo2801-2023"), reg("meldingen-vo2801-2023")}, ZP5_ONBEKEND);
  REQUIRE(all_of(result, ZP5_ONBEKEND, "VO2801").size() == 1);
  const Finding f = the(result, ZP5_ONBEKEND, "VO2801", "40999");
  check_metadata(f, "ZP-5");
  CHECK(f.status == Status::signaal);
  CHECK(f.message ==
        "2 zorgplichtmeldingen gaan over bestuur 40999, dat volgens het jaarverslag geen deelnemend bestuur van VO2801 "
        "is (regels 6 en 7): controleer het bestuursnummer (ZP-5, gegevensfout).");
  CHECK(value_of(f, "bevoegd_gezag") == "40999");
  CHECK(value_of(f, "meldingen") == "2");
  CHECK(cited_lines(f, reg("meldingen-vo2801-2023")) == std::vector<int>{6, 7});
  CHECK_FALSE(contains(f.message, "25QQ"));
}

TEST_CASE("ZP-5 onbekend bestuur: one melding, several boards, and voldoet") {
  TempDir dir;
  SECTION("two unknown boards, one melding each") {
    auto csv = meldingen(dir, "meldingen.csv",
                         {"PO2704;2023-01-10;49999;;overig;opgelost", "PO2704;2023-02-10;41234;;overig;open",
                          "PO2704;2023-03-10;40001;;overig;open"});
    auto result = run({jv("po2704-2023"), csv}, ZP5_ONBEKEND);
    REQUIRE(all_of(result, ZP5_ONBEKEND, "PO2704").size() == 2);
    const Finding f = the(result, ZP5_ONBEKEND, "PO2704", "49999");
    CHECK(f.message == "1 zorgplichtmelding gaat over bestuur 49999, dat volgens het jaarverslag geen deelnemend bestuur "
                       "van PO2704 is (regel 2): controleer het bestuursnummer (ZP-5, gegevensfout).");
    CHECK(the(result, ZP5_ONBEKEND, "PO2704", "40001").status == Status::signaal);
  }
  SECTION("voldoet: every melding about a participating board") {
    const Finding f = the(run({jv("po2002-2021"), reg("meldingen-po2002-2021")}, ZP5_ONBEKEND), ZP5_ONBEKEND, "PO2002");
    CHECK(f.status == Status::voldoet);
    CHECK(f.message == "Alle 7 zorgplichtmeldingen van 2021 gaan over deelnemende besturen van PO2002 (ZP-5).");
    CHECK(value_of(f, "meldingen") == "7");
  }
  SECTION("voldoet with a single melding") {
    auto csv = meldingen(dir, "meldingen.csv", {"PO2704;2023-02-10;41234;;overig;open"});
    const Finding f = the(run({jv("po2704-2023"), csv}, ZP5_ONBEKEND), ZP5_ONBEKEND, "PO2704");
    CHECK(f.message == "De enige zorgplichtmelding van 2023 gaat over deelnemende besturen van PO2704 (ZP-5).");
  }
}

TEST_CASE("ZP-5: niet-te-beoordelen without meldingen, without a report or without participating boards") {
  TempDir dir;
  for (const std::string& rule : {ZP5_BESTUUR, ZP5_ONBEKEND}) {
    INFO(rule);
    const std::string wat = rule == ZP5_BESTUUR ? "Open zorgplichtmeldingen per bestuur (ZP-5)"
                                                : "Meldingen over niet-deelnemende besturen (ZP-5)";
    SECTION("no meldingen: report alone, or with the thuiszitters registration only " + rule) {
      for (const auto& files : std::vector<std::vector<std::string>>{
               {jv("vo2203-2020")}, {jv("vo2203-2020"), reg("thuiszitters-vo2203-2020")}}) {
        const Finding f = the(run(files, rule), rule, "VO2203");
        CHECK(f.status == Status::niet_te_beoordelen);
        CHECK(f.message == wat + " niet te beoordelen: er is geen registratie van zorgplichtmeldingen van VO2203 over "
                                 "2020 meegegeven.");
        CHECK(value_of(f, "ontbreekt") == "meldingen-registratie");
      }
    }
    SECTION("no report " + rule) {
      auto csv = meldingen(dir, "meldingen.csv", {"PO9905;2023-02-10;41234;;overig;open"});
      const Finding f = the(run({csv}, rule), rule, "PO9905");
      CHECK(f.status == Status::niet_te_beoordelen);
      CHECK(f.message == wat + " niet te beoordelen: er is geen jaarverslag van PO9905 over 2023 meegegeven.");
      CHECK(value_of(f, "ontbreekt") == "jaarverslag");
      CHECK(f.document == csv);
      CHECK(cites_file(f, csv));
    }
    SECTION("no deelnemendeBesturen in the report (vo2609-2024) " + rule) {
      auto csv = meldingen(dir, "meldingen.csv", {"VO2609;2024-02-10;41234;;overig;open"});
      const Finding f = the(run({jv("vo2609-2024"), csv}, rule), rule, "VO2609");
      CHECK(f.status == Status::niet_te_beoordelen);
      CHECK(f.message == wat + " niet te beoordelen: ontbreekt in het jaarverslag: deelnemendeBesturen/bestuur/@bevoegdGezag.");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Which units the rules run on, privacy, size

TEST_CASE("registration rules: each runs on the units that have one of its documents") {
  // thuiszitters alone: ZP-1..ZP-4 run, ZP-5 does not
  auto thuis = run({reg("thuiszitters-po2704-2024")}, "zorgplicht");
  for (const auto& rule : {ZP1, ZP2, ZP3, ZP4}) CHECK(all_of(thuis, rule, "PO2704").size() == 1);
  CHECK(all_of(thuis, ZP5_BESTUUR, "PO2704").empty());
  CHECK(all_of(thuis, ZP5_ONBEKEND, "PO2704").empty());
  CHECK(all_of(thuis, "zorgplicht.thuiszitters-jaarverslag", "PO2704").empty());
  // meldingen alone: only ZP-5
  TempDir dir;
  auto csv = meldingen(dir, "meldingen.csv", {"PO9905;2023-02-10;41234;;overig;open"});
  auto meld = run({csv}, "zorgplicht");
  for (const auto& rule : {ZP1, ZP2, ZP3, ZP4}) CHECK(all_of(meld, rule, "PO9905").empty());
  CHECK(all_of(meld, ZP5_BESTUUR, "PO9905").size() == 1);
  CHECK(all_of(meld, ZP5_ONBEKEND, "PO9905").size() == 1);
}

TEST_CASE("registration rules: findings name dossiers and boards only, never other row contents") {
  std::vector<std::string> inputs{jv("po2002-2021"), jv("vo2801-2023"), jv("po3006-2022"), jv("vo2203-2020")};
  for (const char* name : {"thuiszitters-po2002-2021", "meldingen-po2002-2021", "thuiszitters-vo2801-2023",
                           "meldingen-vo2801-2023", "thuiszitters-po3006-2022", "meldingen-po3006-2022",
                           "thuiszitters-vo2203-2020", "thuiszitters-po2704-2024"})
    inputs.push_back(reg(name));
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::string error;
  auto selected = select_rules(catalog, {"zorgplicht"}, &error);
  REQUIRE(error.empty());
  auto result = check_files(catalog, inputs, selected, {}, CHECK_DATE);
  REQUIRE(result.findings.size() > 20);
  // dates at home, resolution dates, birth years of flagged cases, school codes, remarks
  const std::vector<std::string> never{"2021-06-14", "2023-05-15", "2023-09-30", "2020-03-02", "2020-06-29",
                                       "2021-09-20", "2023-12-15", "maatwerk",   "leerplicht", "wachtlijst",
                                       "OOGO",       "12AB",       "20XY",       "25QQ",       "opmerking"};
  for (const auto& f : result.findings) {
    INFO(f.key << ": " << f.message);
    CHECK(f.status != Status::fout);
    for (const auto& text : never) {
      CHECK_FALSE(contains(f.message, text));
      for (const auto& [name, value] : f.values) CHECK_FALSE(contains(value, text));
    }
    for (const auto& [name, value] : f.values) {
      CHECK(name != "geboortejaar");
      CHECK(name != "thuis_sinds");
      CHECK(name != "brin");
    }
  }
}

TEST_CASE("registration rules: a registration of 3000 cases stays within the sandbox limits") {
  TempDir dir;
  std::string text = HEADER;
  const char* categories[] = {"relatief-verzuim", "absoluut-verzuim", "overig", "vrijstelling-5a"};
  for (int i = 0; i < 3000; ++i) {
    std::string peildatum = i < 1500 ? "2023-10-31" : "2023-12-31";
    text += "PO2704;" + peildatum + ";L-" + std::to_string(i) + ";2012;" + categories[i % 4] + ";2023-0" +
            std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + ";" + (i % 3 ? "geen" : "deels") + ";;\n";
  }
  auto csv = dir.write("reg/thuiszitters.csv", text);
  auto result = run({jv("po2704-2023"), csv}, "zorgplicht");
  CHECK(the(result, ZP1, "PO2704").status == Status::signaal);
  CHECK(the(result, ZP3, "PO2704").status == Status::signaal);
  CHECK(value_of(the(result, ZP4, "PO2704"), "open_zaken") == "1500");
}
