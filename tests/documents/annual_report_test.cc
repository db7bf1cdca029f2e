#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "documents/annual_report.h"
#include "documents/element_text.h"
#include "documents/swv_code.h"
#include "support/paths.h"

using swv::AnnualReport;
using swv::element_text;
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
      {"swv-twice.xml", 6, 4, "<swv> staat twee keer in <jaarverslag> (regel 4 en regel 6)"},
      {"totaal-twice.xml", 10, 10, "<totaal> staat twee keer in <eigenVermogen> (regel 9 en regel 10)"},
      {"amount-too-large.xml", 8, 24, "\"1000000000000.00\"; te groot (hoogstens 999999999999.99"},
      {"amount-with-element.xml", 8, 27, "mag alleen een waarde bevatten, geen element <b>"},
      {"swv-code-pattern.xml", 4, 8, "\"PO2704-OOST\"; verwacht een SWV-code: PO of VO en vier cijfers"},
      {"amount-bare-cr.xml", 8, 24, "\"1.234,56\""},
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
      "<jaarverslag xmlns=\"urn:swvcheck:jaarverslag:1\" versie=\"1\"><swv code=\"PO0001\"/>"
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

TEST_CASE("several ondersteuningsplan elements load, each one's dates are checked") {
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

namespace {

// po2704-2023.xml with its eigen vermogen (line 48, "680000.00") written as `written`.
std::string po2704_with_eigen_vermogen(const std::string& written) {
  std::string text = swv::test::read_text(fixture("jaarverslagen/po2704-2023.xml"));
  const std::string original = "<totaal>680000.00</totaal>";
  auto at = text.find(original);
  REQUIRE(at != std::string::npos);
  return text.replace(at, original.size(), "<totaal>" + written + "</totaal>");
}

pugi::xml_node eigen_vermogen_totaal(const AnnualReport& report) {
  return report.root().child("financien").child("balans").child("eigenVermogen").child("totaal");
}

}  // namespace

TEST_CASE("issue 18.1: a typed value is the whole text of its element, comments and CDATA between digits included") {
  for (const std::string written : {"68<!-- x -->0000.00", "6<![CDATA[8]]>0000.00", "68<?pi x?>0000<!---->.00",
                                    " 680000<![CDATA[.00]]>\n  "}) {
    INFO(written);
    LoadError error;
    auto report = AnnualReport::parse(po2704_with_eigen_vermogen(written), "po2704.xml", &error);
    INFO(error.message);
    REQUIRE(report != nullptr);
    auto totaal = eigen_vermogen_totaal(*report);
    CHECK(swv::trim_xml_space(element_text(totaal)) == "680000.00");
    CHECK(element_text(totaal.last_child()) == element_text(totaal));  // a text node reads as its element
  }
}

TEST_CASE("issue 18.1: a value that is malformed once joined is refused at its first text, never read in part") {
  for (const std::string written : {"68 <!-- x --> 0000.00", "68<!-- x -->,00", "<![CDATA[]]>68<![CDATA[ ]]>0"}) {
    INFO(written);
    auto error = load_error_of(po2704_with_eigen_vermogen(written));
    CHECK(error.line == 48);
    CHECK_THAT(error.message, Catch::Contains("<totaal> heeft waarde"));
  }
}

TEST_CASE("issue 18.2: an element the schema allows once is refused when repeated, naming both lines") {
  auto swv = load_error_of(minimal("  <swv code=\"PO9998\"/>\n"));
  CHECK(swv.line == 5);
  CHECK_THAT(swv.message, Catch::Contains("<swv> staat twee keer in <jaarverslag> (regel 3 en regel 5)"));
  auto baten = load_error_of(minimal("  <financien>\n    <baten><totaal>1.00</totaal>\n<totaal>2.00</totaal></baten>\n"
                                     "  </financien>\n"));
  CHECK(baten.line == 7);
  CHECK_THAT(baten.message, Catch::Contains("<totaal> staat twee keer in <baten> (regel 6 en regel 7)"));
  auto financien = load_error_of(minimal("  <financien/>\n  <financien/>\n"));
  CHECK(financien.line == 6);
  auto scheiding = load_error_of(minimal(
      "  <governance><organiekeScheiding>ja</organiekeScheiding>\n<organiekeScheiding>nee</organiekeScheiding>"
      "</governance>\n"));
  CHECK_THAT(scheiding.message, Catch::Contains("<organiekeScheiding> staat twee keer in <governance>"));
  auto year = load_error_of(minimal("  <verslagjaar>2024</verslagjaar>\n"));
  CHECK_THAT(year.message, Catch::Contains("<verslagjaar> staat twee keer"));
}

TEST_CASE("issue 18.2: lists, ondersteuningsplan and the same name under another parent may repeat") {
  LoadError error;
  auto report = AnnualReport::parse(
      minimal("  <deelnemendeBesturen><bestuur naam=\"A\"/><bestuur naam=\"B\"/></deelnemendeBesturen>\n"
              "  <governance><bestuur><lid naam=\"A\"/><lid naam=\"B\"/></bestuur>\n"
              "    <internToezicht><lid naam=\"C\"><nevenfunctie/><nevenfunctie/></lid><lid naam=\"D\"/></internToezicht>\n"
              "  </governance>\n"
              "  <ondersteuningsplan vanaf=\"2022-08-01\"/>\n  <ondersteuningsplan vanaf=\"2023-08-01\"/>\n"
              "  <financien><baten><totaal>1.00</totaal></baten><lasten><totaal>1.00</totaal></lasten></financien>\n"
              "  <wnt><topfunctionaris naam=\"A\"/><topfunctionaris naam=\"B\"/></wnt>\n"
              "  <leerlingen><totaal>10</totaal></leerlingen><thuiszitters><totaal>1</totaal></thuiszitters>\n"),
      "t.xml", &error);
  INFO(error.message);
  CHECK(report != nullptr);
}

TEST_CASE("issue 18.7: an amount or count above the cap is refused as too large, not as badly written") {
  auto amount = load_error_of(minimal("  <financien><resultaat>-1000000000000</resultaat></financien>\n"));
  CHECK_THAT(amount.message, Catch::Contains("te groot (hoogstens 999999999999.99"));
  CHECK_THAT(amount.message, !Catch::Contains("verwacht"));
  auto count = load_error_of(minimal("  <leerlingen><totaal>1000000000000</totaal></leerlingen>\n"));
  CHECK_THAT(count.message, Catch::Contains("te groot (hoogstens 999999999999,"));
  auto attribute = load_error_of(minimal("  <wnt><topfunctionaris bezoldiging=\"99999999999999.00\"/></wnt>\n"));
  CHECK_THAT(attribute.message, Catch::Contains("bezoldiging"));
  CHECK_THAT(attribute.message, Catch::Contains("te groot (hoogstens 999999999999.99"));
  LoadError error;
  CHECK(AnnualReport::parse(minimal("  <financien><resultaat>-999999999999.99</resultaat></financien>\n"), "t.xml",
                            &error) != nullptr);
  auto format = load_error_of(minimal("  <financien><resultaat>1e99</resultaat></financien>\n"));
  CHECK_THAT(format.message, Catch::Contains("verwacht een bedrag"));
}

TEST_CASE("issue 18.7: with bare CR line ends, errors and positions count lines as XML does") {
  std::string text = minimal("  <financien>\n    <resultaat>12,50</resultaat>\n  </financien>\n");
  for (auto& c : text)
    if (c == '\n') c = '\r';
  auto bad = load_error_of(text);
  CHECK(bad.line == 6);
  CHECK(bad.column == 16);
  std::string good = swv::test::read_text(fixture("jaarverslagen/po2704-2023.xml"));
  std::string cr;
  for (std::size_t i = 0; i < good.size(); ++i)
    if (good[i] != '\n') cr += good[i];
    else if (i == 0 || good[i - 1] != '\r') cr += '\r';
  LoadError error;
  auto report = AnnualReport::parse(cr, "cr.xml", &error);
  REQUIRE(report != nullptr);
  CHECK(report->position_of(eigen_vermogen_totaal(*report)).line == 48);
}

TEST_CASE("issue 18.7: an SWV code is PO or VO and four digits after trimming Unicode spaces") {
  LoadError error;
  auto code_of = [&](const std::string& code) {
    auto report = AnnualReport::parse(
        "<jaarverslag xmlns=\"urn:swvcheck:jaarverslag:1\" versie=\"1\"><swv code=\"" + code +
            "\"/><verslagjaar>2023</verslagjaar></jaarverslag>",
        "t.xml", &error);
    return report ? report->swv() : "refused: " + error.message;
  };
  CHECK(code_of("PO2704") == "PO2704");
  CHECK(code_of("po2704") == "PO2704");
  CHECK(code_of("PO2704\u00A0") == "PO2704");        // no-break space
  CHECK(code_of("\u2007VO2801\u202F ") == "VO2801");  // figure and narrow no-break space
  CHECK(code_of("\uFEFFPO2704\t") == "PO2704");       // byte order mark
  for (const char* bad : {"PO2704-OOST", "PO 2704", "PO27040", "PO270", "SO2704", "P02704", "PO2704\u00A0x", "PO27\u00A004"}) {
    INFO(bad);
    CHECK_THAT(code_of(bad), Catch::StartsWith("refused: ") && Catch::Contains("PO of VO en vier cijfers"));
  }
  CHECK(swv::parse_swv_code("\u3000\u00A0vo0001\u2029") == std::optional<std::string>("VO0001"));
}
