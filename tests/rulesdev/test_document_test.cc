// The document of a rule test case: fragments wrapped in a minimal jaarverslag, whole documents
// from files, and the changes a case makes (set, remove, create), each mistake said plainly.
#include <catch2/catch.hpp>

#include <string>

#include "documents/element_text.h"
#include "rulesdev/test_document.h"
#include "support/paths.h"

using namespace swv;
using namespace swv::test;

namespace {

RuleTestCase fragment_case(const std::string& xml, int jaar = 2023) {
  RuleTestCase c;
  c.name = "geval";
  c.document = xml;
  c.inline_document = true;
  c.jaar = jaar;
  return c;
}

std::unique_ptr<AnnualReport> build_or_fail(const RuleTestCase& c) {
  std::string error;
  auto report = build_test_document(c, "test.lua [geval]", &error);
  INFO(error);
  REQUIRE(report);
  return report;
}

std::string build_error(const RuleTestCase& c) {
  std::string error;
  auto report = build_test_document(c, "test.lua [geval]", &error);
  CHECK_FALSE(report);
  return error;
}

std::string text_at(const AnnualReport& report, const char* xpath) {
  return report.root().select_node(xpath).node().text().get();
}

const char* kFragment =
    "\n<financien>\n  <baten><totaal>10.00</totaal></baten>\n  <lasten><totaal>5.00</totaal></lasten>\n</financien>\n"
    "<governance><internToezicht>\n  <lid naam=\"A\" stemhebbend=\"ja\"/>\n  <lid naam=\"B\" stemhebbend=\"ja\"/>\n"
    "</internToezicht></governance>\n";

}  // namespace

TEST_CASE("a whole jaarverslag is told apart from a fragment") {
  CHECK(is_whole_jaarverslag("<jaarverslag xmlns=\"x\"/>"));
  CHECK(is_whole_jaarverslag("<?xml version=\"1.0\"?>\n<!-- <financien> -->\n<jaarverslag>\n</jaarverslag>"));
  CHECK_FALSE(is_whole_jaarverslag("<financien/>"));
  CHECK_FALSE(is_whole_jaarverslag("<jaarverslagen/>"));
  CHECK_FALSE(is_whole_jaarverslag("geen xml"));
}

TEST_CASE("a fragment is wrapped in a jaarverslag with the case's swv, sector and jaar, keeping its lines") {
  RuleTestCase c = fragment_case(kFragment, 2021);
  auto report = build_or_fail(c);
  CHECK(report->swv() == "PO0000");
  CHECK(report->sector() == "PO");
  CHECK(report->jaar() == 2021);
  CHECK(report->path() == "test.lua [geval]");
  CHECK(text_at(*report, "financien/baten/totaal") == std::string("10.00"));
  // <financien> is on line 2 of the fragment and of the document
  CHECK(report->position_of(report->root().child("financien")).line == 2);

  c.swv = "VO1234";
  c.sector = "VO";
  auto vo = build_or_fail(c);
  CHECK(vo->swv() == "VO1234");
  CHECK(vo->sector() == "VO");
}

TEST_CASE("a whole document is read from its file, swv, sector and jaar replace its own") {
  RuleTestCase c;
  c.name = "geval";
  c.document_file = fixture("jaarverslagen/po2704-2023.xml");
  auto same = build_or_fail(c);
  CHECK(same->swv() == "PO2704");
  CHECK(same->jaar() == 2023);
  CHECK(same->position_of(same->root().child("verslagjaar")).line == 6);  // untouched: the file's own lines

  c.jaar = 2019;
  c.swv = "PO0001";
  c.sector = "VO";
  auto changed = build_or_fail(c);
  CHECK(changed->jaar() == 2019);
  CHECK(changed->swv() == "PO0001");
  CHECK(changed->sector() == "VO");
  CHECK(text_at(*changed, "financien/baten/totaal") == std::string("24300000.00"));
}

TEST_CASE("changes set, remove and create values") {
  RuleTestCase c = fragment_case(kFragment);
  SECTION("set the text of an element") {
    c.changes = {{"financien/baten/totaal", "12.34"}};
    CHECK(text_at(*build_or_fail(c), "financien/baten/totaal") == std::string("12.34"));
  }
  SECTION("set replaces the whole text, also when a comment splits it (issue 18.1)") {
    c = fragment_case("<financien><baten><totaal>1<!-- x -->0.00</totaal></baten></financien>");
    c.changes = {{"financien/baten/totaal", "12.34"}};
    auto report = build_or_fail(c);
    CHECK(element_text(report->root().select_node("financien/baten/totaal").node()) == "12.34");
  }
  SECTION("an absolute path works as well") {
    c.changes = {{"/jaarverslag/financien/baten/totaal", "12.34"}};
    CHECK(text_at(*build_or_fail(c), "financien/baten/totaal") == std::string("12.34"));
  }
  SECTION("set an attribute of every match") {
    c.changes = {{"governance/internToezicht/lid/@stemhebbend", "nee"}};
    auto report = build_or_fail(c);
    CHECK(report->root().select_nodes("governance/internToezicht/lid[@stemhebbend='nee']").size() == 2);
  }
  SECTION("remove an element and an attribute") {
    c.changes = {{"financien/lasten", std::nullopt}, {"governance/internToezicht/lid[2]/@naam", std::nullopt}};
    auto report = build_or_fail(c);
    CHECK_FALSE(report->root().child("financien").child("lasten"));
    CHECK_FALSE(report->root().select_node("governance/internToezicht/lid[2]").node().attribute("naam"));
    CHECK(report->root().select_node("governance/internToezicht/lid[1]").node().attribute("naam"));
  }
  SECTION("remove every match") {
    c.changes = {{"governance/internToezicht/lid", std::nullopt}};
    CHECK(build_or_fail(c)->root().select_nodes("governance/internToezicht/lid").empty());
  }
  SECTION("create missing elements along a plain path") {
    c.changes = {{"financien/balans/eigenVermogen/totaal", "99.00"}};
    CHECK(text_at(*build_or_fail(c), "financien/balans/eigenVermogen/totaal") == std::string("99.00"));
  }
  SECTION("create an attribute on the elements a path with a predicate selects") {
    c.changes = {{"governance/internToezicht/lid[2]/@bevoegdGezag", "41001"}};
    auto report = build_or_fail(c);
    CHECK(std::string(report->root().select_node("governance/internToezicht/lid[2]").node().attribute("bevoegdGezag").value()) == "41001");
    CHECK_FALSE(report->root().select_node("governance/internToezicht/lid[1]").node().attribute("bevoegdGezag"));
  }
  SECTION("create a child element under a predicate") {
    c.changes = {{"governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag", "41002"}};
    auto report = build_or_fail(c);
    CHECK(report->root().select_nodes("governance/internToezicht/lid/nevenfunctie").size() == 1);
  }
  SECTION("changes are applied in path order") {
    c.changes = {{"financien/baten", std::nullopt}, {"financien/baten/totaal", "1.00"}};
    // "financien/baten" sorts first: the element is removed, then created again with only totaal
    auto report = build_or_fail(c);
    CHECK(text_at(*report, "financien/baten/totaal") == std::string("1.00"));
  }
}

TEST_CASE("a change that cannot be made is a clear error") {
  RuleTestCase c = fragment_case(kFragment);
  SECTION("removing what is not there") {
    c.changes = {{"financien/resultaat", std::nullopt}};
    CHECK_THAT(build_error(c), Catch::Contains("change[\"financien/resultaat\"] = false: er is niets te verwijderen"));
  }
  SECTION("an invalid XPath") {
    c.changes = {{"financien/[", "1"}};
    CHECK_THAT(build_error(c), Catch::Contains("change[\"financien/[\"]: ongeldige XPath"));
  }
  SECTION("a path that selects a number") {
    c.changes = {{"count(financien)", "1"}};
    CHECK_THAT(build_error(c), Catch::Contains("moet elementen of attributen selecteren"));
  }
  SECTION("setting the text of an element with elements inside") {
    c.changes = {{"financien/baten", "1"}};
    CHECK_THAT(build_error(c), Catch::Contains("<baten> bevat elementen"));
  }
  SECTION("a missing path whose last step is not a plain name") {
    c.changes = {{"governance/internToezicht/lid[3]", "x"}};
    CHECK_THAT(build_error(c), Catch::Contains("komt niet voor in het document"));
  }
  SECTION("a value the loader refuses") {
    c.changes = {{"financien/baten/totaal", "1.234,56"}};
    CHECK_THAT(build_error(c), Catch::Contains("het document laadt niet: regel ") &&
                                   Catch::Contains("1.234,56") && Catch::Contains("(na de wijzigingen van change)"));
  }
  SECTION("a fragment that is not XML") {
    RuleTestCase broken = fragment_case("\n<financien>\n  <baten>\n</financien>\n");
    CHECK_THAT(build_error(broken), Catch::StartsWith("het document laadt niet: regel 4:"));
  }
}
