#include <catch2/catch.hpp>

#include <string>

#include "documents/annual_report.h"
#include "support/paths.h"

using swv::AnnualReport;
using swv::LoadError;
using swv::test::fixture;

namespace {

std::string minimal(const std::string& body, const std::string& root_attributes = "versie=\"1\"") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jaarverslag xmlns=\"urn:swvcheck:jaarverslag:1\" " +
         root_attributes + ">\n  <swv code=\"PO9999\" sector=\"PO\"/>\n  <verslagjaar>2023</verslagjaar>\n" + body +
         "</jaarverslag>\n";
}

LoadError load_error_of(const std::string& text) {
  LoadError error;
  auto report = AnnualReport::parse(text, "test.xml", &error);
  REQUIRE(report == nullptr);
  return error;
}

}  // namespace

TEST_CASE("a valid annual report loads with its SWV, sector and year") {
  LoadError error;
  auto report = AnnualReport::load(fixture("jaarverslagen/po2704-2023.xml"), &error);
  REQUIRE(report != nullptr);
  CHECK(report->swv() == "PO2704");
  CHECK(report->sector() == "PO");
  CHECK(report->jaar() == 2023);
  CHECK(report->kind() == "jaarverslag");
  CHECK(report->reference_date() == "2023-12-31");
}

TEST_CASE("every bundled valid fixture loads") {
  for (const char* name : {"po2002-2021", "po2105-2021", "po2318-2020", "po2511-2019", "po2704-2022", "po2704-2023",
                           "po2902-2024", "po3006-2022", "vo2203-2020", "vo2405-2019", "vo2609-2024", "vo2704-2022",
                           "vo2801-2023", "vo3102-2021"}) {
    INFO(name);
    LoadError error;
    auto report = AnnualReport::load(fixture(std::string("jaarverslagen/") + name + ".xml"), &error);
    INFO(error.message);
    CHECK(report != nullptr);
  }
}

TEST_CASE("each broken fixture is refused at the line and column of its defect") {
  struct Case {
    const char* file;
    int line;
    int column;
    const char* words;  // part of the Dutch message
  };
  const Case cases[] = {
      {"malformed-unclosed-tag.xml", 9, 3, "</jaarverslag>"},
      {"wrong-root.xml", 3, 2, "<jaarrekening>"},
      {"wrong-namespace.xml", 3, 14, "urn:swvcheck:jaarverslag:1"},
      {"no-namespace.xml", 3, 2, "ontbreekt"},
      {"versie-2.xml", 3, 49, "onbekende versie \"2\""},
      {"versie-missing.xml", 3, 2, "versie ontbreekt"},
      {"swv-code-missing.xml", 4, 4, "code van <swv>"},
      {"verslagjaar-missing.xml", 3, 2, "<verslagjaar> ontbreekt"},
      {"amount-comma.xml", 8, 24, "\"1.234,56\""},
      {"amount-exponent.xml", 8, 22, "\"1e3\""},
      {"amount-nan.xml", 8, 28, "\"NaN\""},
      {"amount-thousands.xml", 8, 20, "\"250.000\""},
      {"date-invalid.xml", 6, 64, "\"2023-02-30\""},
      {"boolean-capital.xml", 6, 53, "\"Ja\""},
      {"empty.xml", 1, 1, "geen XML-element"},
      {"not-xml.xml", 1, 1, "geen XML-element"},
  };
  for (const auto& c : cases) {
    INFO(c.file);
    LoadError error;
    auto report = AnnualReport::load(fixture(std::string("broken/") + c.file), &error);
    CHECK(report == nullptr);
    CHECK(error.line == c.line);
    CHECK(error.column == c.column);
    CHECK_THAT(error.message, Catch::Contains(c.words));
  }
}

TEST_CASE("a file that cannot be opened is an error without a position") {
  LoadError error;
  CHECK(AnnualReport::load(fixture("does-not-exist.xml"), &error) == nullptr);
  CHECK_THAT(error.message, Catch::Contains("kan bestand niet openen"));
  CHECK(error.line == 0);
}

TEST_CASE("optional elements may be absent, typed values may not be malformed") {
  LoadError error;
  CHECK(AnnualReport::parse(minimal(""), "t.xml", &error) != nullptr);
  auto bad = load_error_of(minimal("  <financien>\n    <resultaat>12,50</resultaat>\n  </financien>\n"));
  CHECK(bad.line == 6);
  CHECK(bad.column == 16);
  CHECK_THAT(bad.message, Catch::Contains("<resultaat>"));
}

TEST_CASE("typed attributes are validated wherever the element stands") {
  auto bad = load_error_of(minimal(
      "  <governance>\n    <internToezicht>\n      <lid naam=\"A\" stemhebbend=\"yes\"/>\n    </internToezicht>\n"
      "  </governance>\n"));
  CHECK(bad.line == 7);
  CHECK(bad.column == 21);
  CHECK_THAT(bad.message, Catch::Contains("stemhebbend"));
}

TEST_CASE("an empty text field reads as absent, an empty amount is an error") {
  LoadError error;
  CHECK(AnnualReport::parse(minimal("  <swvNotitie></swvNotitie>\n"), "t.xml", &error) != nullptr);
  load_error_of(minimal("  <financien><resultaat></resultaat></financien>\n"));
}

TEST_CASE("surrounding white space around a value is allowed") {
  LoadError error;
  CHECK(AnnualReport::parse(minimal("  <financien><resultaat>\n    12.50\n  </resultaat></financien>\n"), "t.xml",
                            &error) != nullptr);
}

TEST_CASE("namespace prefixes and absurd nesting are refused") {
  auto prefixed = load_error_of(minimal("  <x:foo xmlns:x=\"urn:x\"/>\n"));
  CHECK_THAT(prefixed.message, Catch::Contains("prefix"));
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<a>";
  for (int i = 0; i < 40; ++i) deep += "</a>";
  auto nested = load_error_of(minimal(deep + "\n"));
  CHECK_THAT(nested.message, Catch::Contains("te diep"));
}

TEST_CASE("a verslagjaar that is no year is refused") {
  auto bad = load_error_of(
      "<jaarverslag xmlns=\"urn:swvcheck:jaarverslag:1\" versie=\"1\"><swv code=\"PO1\"/>"
      "<verslagjaar>twintig</verslagjaar></jaarverslag>");
  CHECK_THAT(bad.message, Catch::Contains("verslagjaar"));
}

TEST_CASE("positions of nodes and attributes point into the source") {
  LoadError error;
  auto report = AnnualReport::load(fixture("jaarverslagen/po2704-2023.xml"), &error);
  REQUIRE(report);
  auto swv = report->root().child("swv");
  CHECK(report->position_of(swv).line > 1);
  CHECK(report->position_of(swv.attribute("code")).line == report->position_of(swv).line);
  CHECK(report->position_of(swv.attribute("code")).column > report->position_of(swv).column);
}

TEST_CASE("several ondersteuningsplan elements load; each one's dates are checked") {
  // One element per plan in force during the verslagjaar (a new plan from 1 August).
  const std::string two_plans =
      "  <ondersteuningsplan vanaf=\"2018-08-01\" totEnMet=\"2022-07-31\" vastgesteld=\"2018-06-14\"/>\n"
      "  <ondersteuningsplan vanaf=\"2022-08-01\" totEnMet=\"2026-07-31\" vastgesteld=\"2022-06-16\"/>\n";
  LoadError error;
  CHECK(AnnualReport::parse(minimal(two_plans), "t.xml", &error) != nullptr);
  CHECK(AnnualReport::load(fixture("jaarverslagen/po2210-2022.xml"), &error) != nullptr);
  auto bad = load_error_of(minimal(
      "  <ondersteuningsplan vanaf=\"2018-08-01\" totEnMet=\"2022-07-31\"/>\n"
      "  <ondersteuningsplan vanaf=\"2022-08-01\" totEnMet=\"2026-07-32\"/>\n"));
  CHECK(bad.line == 6);  // the second plan
  CHECK_THAT(bad.message, Catch::Contains("totEnMet"));
}
