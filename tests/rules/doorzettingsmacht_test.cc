// DZ-1 (doorzettingsmacht.geregeld), DZ-2 (doorzettingsmacht.doorbraakaanpak) and DZ-3
// (doorzettingsmacht.escalatieladder) on every fixture: ja -> voldoet, nee -> signaal, absent ->
// niet-te-beoordelen (absent is not nee), with the README's expectations.
#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/rule_test_helpers.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
using namespace swv::test::rules;

namespace {

const std::string DZ1 = "doorzettingsmacht.geregeld";
const std::string DZ2 = "doorzettingsmacht.doorbraakaanpak";
const std::string DZ3 = "doorzettingsmacht.escalatieladder";

const std::vector<std::string> ALL_FIXTURES{"po2704-2023", "po2704-2022", "vo2801-2023", "po3006-2022", "po2105-2021",
                                            "vo2203-2020", "vo2405-2019", "po2511-2019", "vo2609-2024", "po2318-2020",
                                            "vo3102-2021", "po2902-2024", "vo2704-2022", "po2002-2021",
                                            "po2210-2022", "po2211-2022", "po2212-2022"};

std::string doc(const std::string& name) { return "jaarverslagen/" + name + ".xml"; }

std::string swv_of(const std::string& name) {
  std::string code = name.substr(0, name.find('-'));
  for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

// What one ja/nee rule says, and where the README expects it to fire or not be assessable.
struct JaNee {
  std::string rule;
  std::string norm;
  std::string attribute;      // the XPath the rule reads, relative to the root
  std::string value;          // its name in `values`
  std::string element_start;  // the start of the element in the fixtures, to locate its line
  std::string ja, nee, ontbreekt;
  std::map<std::string, Status> exceptions;  // every other fixture: voldoet
  std::set<std::string> not_in_force{};       // no finding: the norm did not apply on the peildatum
};

const std::vector<JaNee>& ja_nee_rules() {
  static const std::vector<JaNee> rules{
      {DZ1, "DZ-1", "doorzettingsmacht/@geregeld", "geregeld", "<doorzettingsmacht geregeld=",
       "Doorzettingsmacht is volgens het jaarverslag geregeld (DZ-1, Thuiszitterspact).",
       "Doorzettingsmacht is volgens het jaarverslag niet geregeld (geregeld = nee); het Thuiszitterspact verwacht "
       "dit van elk samenwerkingsverband (DZ-1).",
       "Doorzettingsmacht (DZ-1) niet te beoordelen: ontbreekt in het jaarverslag: doorzettingsmacht/@geregeld.",
       // vo2405-2019: element without @geregeld; po2002-2021: element absent
       {{"po2511-2019", Status::signaal},
        {"vo2405-2019", Status::niet_te_beoordelen},
        {"po2002-2021", Status::niet_te_beoordelen}}},
      {DZ2, "DZ-2", "doorbraakaanpak/@geregeld", "geregeld", "<doorbraakaanpak geregeld=",
       "Een regionale doorbraakaanpak is volgens het jaarverslag geregeld (DZ-2).",
       "Er is volgens het jaarverslag geen regionale doorbraakaanpak (geregeld = nee); verbeterpunt 9 vraagt die met "
       "de gemeenten (DZ-2).",
       "Doorbraakaanpak (DZ-2) niet te beoordelen: ontbreekt in het jaarverslag: doorbraakaanpak/@geregeld.",
       {{"po2105-2021", Status::signaal}, {"vo2609-2024", Status::niet_te_beoordelen}},
       {"vo2405-2019", "po2511-2019"}},  // in force from 2020-11-04
      {DZ3, "DZ-3", "escalatieladder/@aanwezig", "aanwezig", "<escalatieladder aanwezig=",
       "Er is volgens het jaarverslag een escalatieladder voor ouders en school (DZ-3).",
       "Er is volgens het jaarverslag geen escalatieladder voor ouders en school (aanwezig = nee); verbeterpunt 10 "
       "vraagt die (DZ-3).",
       "Escalatieladder (DZ-3) niet te beoordelen: ontbreekt in het jaarverslag: escalatieladder/@aanwezig.",
       {{"po2902-2024", Status::signaal}, {"vo3102-2021", Status::niet_te_beoordelen}},
       {"vo2405-2019", "po2511-2019"}},  // in force from 2020-11-04
  };
  return rules;
}

// Checks one finding of a ja/nee rule against what the README expects for `name`.
void check_ja_nee(const JaNee& r, const std::string& name) {
  INFO(r.norm << " on " << name);
  const std::string fx = doc(name);
  auto findings = run_shipped_rule(r.rule, fx);
  if (r.not_in_force.count(name)) {
    CHECK(findings_of(findings, r.rule).empty());
    return;
  }
  REQUIRE(findings_of(findings, r.rule).size() == 1);
  const auto& f = finding_of(findings, r.rule);
  auto exception = r.exceptions.find(name);
  Status expected = exception == r.exceptions.end() ? Status::voldoet : exception->second;
  CHECK(f.status == expected);
  CHECK(f.key == r.rule + "/" + swv_of(name));
  CHECK(f.family == "doorzettingsmacht");
  CHECK(f.norm->id == r.norm);
  CHECK(f.params.empty());
  if (expected == Status::niet_te_beoordelen) {
    CHECK(f.message == r.ontbreekt);
    CHECK(value_of(f, "ontbreekt") == r.attribute);
    CHECK(value_of(f, r.value) == "<absent>");  // absent is not read as nee
    REQUIRE_FALSE(f.evidence.empty());
    for (const auto& e : f.evidence) CHECK(e.line > 0);
    return;
  }
  bool ja = expected == Status::voldoet;
  CHECK(f.message == (ja ? r.ja : r.nee));
  CHECK(value_of(f, r.value) == (ja ? "ja" : "nee"));
  // the finding cites exactly the attribute that decided it, on its own line
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].path == "/jaarverslag/" + r.attribute);
  CHECK(f.evidence[0].line == fixture_line(fx, r.element_start + (ja ? "\"ja\"" : "\"nee\"")));
  CHECK(f.evidence[0].document == fixture(fx));
}

}  // namespace

TEST_CASE("DZ-1 doorzettingsmacht geregeld on every fixture: voldoet, signaal po2511-2019, niet-te-beoordelen "
          "vo2405-2019 and po2002-2021") {
  for (const auto& name : ALL_FIXTURES) check_ja_nee(ja_nee_rules()[0], name);
}

TEST_CASE("DZ-2 doorbraakaanpak on every fixture: voldoet, signaal po2105-2021, niet-te-beoordelen "
          "vo2609-2024, nothing for 2019") {
  for (const auto& name : ALL_FIXTURES) check_ja_nee(ja_nee_rules()[1], name);
}

TEST_CASE("DZ-3 escalatieladder on every fixture: voldoet, signaal po2902-2024, niet-te-beoordelen "
          "vo3102-2021, nothing for 2019") {
  for (const auto& name : ALL_FIXTURES) check_ja_nee(ja_nee_rules()[2], name);
}

TEST_CASE("DZ-1: the element without @geregeld (vo2405-2019) and no element (po2002-2021) are both not assessable") {
  // the element is there in vo2405-2019, with other attributes only
  CHECK(fixture_line(doc("vo2405-2019"), "<doorzettingsmacht vastgelegdIn=") > 0);
  CHECK(fixture_text(doc("po2002-2021")).find("<doorzettingsmacht") == std::string::npos);
  for (const char* name : {"vo2405-2019", "po2002-2021"}) {
    INFO(name);
    auto findings = run_shipped_rule(DZ1, doc(name));
    CHECK(finding_of(findings, DZ1).status == Status::niet_te_beoordelen);
  }
}

TEST_CASE("DZ rules follow the ja/nee in a modified copy") {
  TempDir dir;
  SECTION("DZ-1 nee in po2704-2023 is a signaal") {
    auto path = modified_fixture(dir, doc("po2704-2023"),
                                 {{"<doorzettingsmacht geregeld=\"ja\"", "<doorzettingsmacht geregeld=\"nee\""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), DZ1);
    CHECK(f.status == Status::signaal);
    CHECK(value_of(f, "geregeld") == "nee");
    CHECK(f.evidence.at(0).line == line_containing(dir.read("docs/po2704-2023.xml"), "<doorzettingsmacht geregeld="));
  }
  SECTION("DZ-2 ja in po2105-2021 is voldoet") {
    auto path = modified_fixture(dir, doc("po2105-2021"),
                                 {{"<doorbraakaanpak geregeld=\"nee\"", "<doorbraakaanpak geregeld=\"ja\""}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), DZ2);
    CHECK(f.status == Status::voldoet);
    CHECK(value_of(f, "geregeld") == "ja");
  }
  SECTION("DZ-3 without the attribute in po2902-2024 is niet-te-beoordelen") {
    auto path = modified_fixture(dir, doc("po2902-2024"), {{"<escalatieladder aanwezig=\"nee\"/>", "<escalatieladder/>"}});
    const Finding f = the_finding(run_rules({shipped_rules()}, path), DZ3);
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(value_of(f, "ontbreekt") == "escalatieladder/@aanwezig");
  }
}
