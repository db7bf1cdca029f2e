// The HTML report parsed as XML (the page is well-formed XHTML), checked for its structure, its
// escaping and for being self-contained; and a screenshot of it in headless Chromium.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <pugixml.hpp>

#include "report/html_report.h"
#include "report/report_support.h"
#include "support/chromium.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

struct Page {
  std::string html;
  pugi::xml_document doc;
};

void parse(Page& page) {
  auto parsed = page.doc.load_buffer(page.html.data(), page.html.size(), pugi::parse_default | pugi::parse_doctype);
  INFO(parsed.description() << " at byte " << parsed.offset << ": "
                            << page.html.substr(static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset - 60, 0)), 120));
  REQUIRE(parsed);
}

std::string text_of(const pugi::xml_node& node) {
  std::string text;
  for (auto n : node.select_nodes(".//text()")) text += n.node().value();
  return text;
}

std::size_t count(const pugi::xml_node& root, const char* xpath) { return root.select_nodes(xpath).size(); }

CheckResult with_baseline(CheckResult result) {
  for (auto& f : result.findings) {
    f.baseline = f.key == "toezicht.tekens/PO3006" ? Baseline::nieuw : Baseline::ongewijzigd;
    if (f.key == "reserves.signaleringswaarde/PO2704" && f.jaar == 2023) f.baseline = Baseline::opgelost;
  }
  Finding carried;
  carried.rule = "zorgplicht.ontbreekt";
  carried.key = "zorgplicht.ontbreekt/PO3006/oud";
  carried.family = "zorgplicht";
  carried.status = Status::signaal;
  carried.swv = "PO3006";
  carried.jaar = 2021;
  carried.message = "Vorig jaar <oud>.";
  carried.baseline = Baseline::opgelost;
  result.findings.push_back(carried);
  return result;
}

}  // namespace

TEST_CASE("html: well-formed, one page with overview, summary, charts, failed documents and details") {
  Page page{write_html_report(golden_result(), golden_context()), {}};
  parse(page);
  auto html = page.doc.child("html");
  REQUIRE(html);
  CHECK(std::string(html.attribute("lang").value()) == "nl");
  for (const char* id : {"overzicht", "samenvatting", "grafieken", "niet-geladen", "details"})
    CHECK(count(html, ("//section[@id='" + std::string(id) + "']").c_str()) == 1);

  // Overview: SWV, jaar, the catalog's families with their titles in catalog order, weight.
  auto heads = html.select_nodes("//table[@id='overzicht-tabel']/thead/tr/th");
  REQUIRE(heads.size() == 6);
  CHECK(text_of(heads[0].node()) == "SWV");
  CHECK(text_of(heads[2].node()) == "Intern toezicht");
  CHECK(text_of(heads[3].node()) == "Reserves & <buffers>");
  CHECK(text_of(heads[4].node()) == "Zorgplicht \"thuiszitters\"");
  CHECK(text_of(heads[5].node()) == "Gewicht");
  CHECK(std::string(html.select_node("//table[@id='overzicht-tabel']").node().attribute("class").value()) ==
        "overview sortable");
  auto rows = html.select_nodes("//table[@id='overzicht-tabel']/tbody/tr");
  REQUIRE(rows.size() == 4);  // PO2704 2022 and 2023, PO3006 2022, VO2405 2019
  CHECK(text_of(rows[0].node().child("th")) == "PO2704");
  auto po3006 = rows[2].node();
  CHECK(text_of(po3006.child("th")) == "PO3006");
  auto toezicht = po3006.select_node("td[2]").node();
  CHECK(std::string(toezicht.attribute("class").value()) == "cel st-overtreding");
  CHECK_THAT(text_of(toezicht), Catch::Contains("1 overtreding"));
  CHECK(text_of(po3006.select_node("td[5]").node()) == "3");  // weight: one overtreding
  auto vo2405_toezicht = rows[3].node().select_node("td[2]").node();
  CHECK(std::string(vo2405_toezicht.attribute("class").value()) == "cel st-fout");
  CHECK(std::string(rows[3].node().select_node("td[3]").node().attribute("class").value()) == "cel st-signaal");
  CHECK(std::string(rows[0].node().select_node("td[4]").node().attribute("class").value()) ==
        "cel st-niet-te-beoordelen");
  CHECK(std::string(rows[0].node().child("th").child("a").attribute("href").value()) == "#swv-PO2704-2022");

  // Summary: counts per family and the ranking, heaviest first.
  auto ranking = html.select_nodes("//table[@id='ranglijst']/tbody/tr/th");
  REQUIRE(ranking.size() == 2);
  CHECK(text_of(ranking[0].node()) == "PO3006");
  CHECK(text_of(ranking[1].node()) == "VO2405");

  // Failed documents with their errors.
  auto failed = html.select_nodes("//table[@id='niet-geladen-tabel']/tbody/tr");
  REQUIRE(failed.size() == 1);
  CHECK_THAT(text_of(failed[0].node()), Catch::Contains("amount-comma.xml") && Catch::Contains("regel 8, kolom 24") &&
                                            Catch::Contains("\"1.234,56\""));

  // Details: one section per SWV and year, every finding with message, values, evidence, norm.
  CHECK(count(html, "//section[@class='swv']") == 4);
  auto section = html.select_node("//section[@id='swv-PO3006-2022']").node();
  REQUIRE(section);
  CHECK(count(section, ".//tr[contains(@class,'finding')]") == 4);
  auto first = section.select_node(".//tr[contains(@class,'finding')]").node();  // most serious first
  CHECK(std::string(first.attribute("class").value()) == "finding st-overtreding");
  CHECK_THAT(text_of(first), Catch::Contains("Tekens <script>alert('x')</script> & \"dubbel\"; puntkomma,\nnieuwe regel"));
  CHECK_THAT(text_of(first), Catch::Contains("-1.234,50"));           // an amount, the Dutch way
  CHECK_THAT(text_of(first), Catch::Contains("a;b \"c\" <d> & e"));  // other values as they are
  CHECK_THAT(text_of(first), Catch::Contains("po3006-2022.xml:4"));
  CHECK_THAT(text_of(first), Catch::Contains("/jaarverslag/swv/@naam"));
  CHECK_THAT(text_of(first), Catch::Contains("TZ-9") && Catch::Contains("Norm met 'tekens' & <haken>"));
}

TEST_CASE("html: text from rules never becomes markup, the page needs nothing from elsewhere") {
  Page page{write_html_report(golden_result(), golden_context()), {}};
  parse(page);
  CHECK(count(page.doc, "//script") == 1);  // the template's own sorting script, nothing from a message
  CHECK(page.html.find("<script>alert") == std::string::npos);
  CHECK_THAT(page.html, Catch::Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;dubbel&quot;"));
  CHECK(count(page.doc, "//*[@src]") == 0);
  CHECK(count(page.doc, "//link") == 0);
  for (auto a : page.doc.select_nodes("//a[@href]"))
    CHECK(std::string(a.node().attribute("href").value()).rfind('#', 0) == 0);  // only links within the page
  std::string style = page.doc.select_node("//style").node().child_value();
  CHECK(style.find("url(") == std::string::npos);
  CHECK(style.find("@import") == std::string::npos);
  CHECK(style.find("@font-face") == std::string::npos);
  CHECK_THAT(style, Catch::Contains("@media print"));
}

TEST_CASE("html: charts of publiek eigen vermogen against the signaleringswaarde, per SWV and over the years") {
  Page page{write_html_report(golden_result(), golden_context()), {}};
  parse(page);
  auto figures = page.doc.select_nodes("//figure[@data-rule='reserves.signaleringswaarde']");
  REQUIRE(figures.size() == 2);
  auto bars = figures[0].node().child("svg");
  REQUIRE(bars);
  auto rows = bars.select_nodes("g[@class='row']");
  REQUIRE(rows.size() == 4);  // every SWV and year checked
  CHECK(text_of(rows[3].node().child("a")) == "VO2405 2019");
  CHECK(count(rows[3].node(), "rect[@class='excess']") == 1);  // above the signaleringswaarde
  CHECK(count(rows[0].node(), "rect[@class='excess']") == 0);
  CHECK(count(bars, ".//line[@class='threshold']") >= 4);
  CHECK_THAT(text_of(rows[3].node()), Catch::Contains("€ 1.985.000 (+€ 1.023.785)"));
  // PO2704 has two years: a chart over the years.
  auto years = figures[1].node();
  CHECK(std::string(years.attribute("data-swv").value()) == "PO2704");
  CHECK(count(years, "svg/g[@class='year']") == 2);
  CHECK(count(years, "svg/polyline[@class='line']") == 1);
}

TEST_CASE("html: with a baseline the overview and details show what changed") {
  ReportContext context = golden_context();
  context.baseline_path = "vorig.json";
  context.baseline_checked_on = "2025-11-20";
  Page page{write_html_report(with_baseline(golden_result()), context), {}};
  parse(page);
  auto heads = page.doc.select_nodes("//table[@id='overzicht-tabel']/thead/tr/th");
  REQUIRE(heads.size() == 7);
  CHECK(text_of(heads[6].node()) == "Sinds vorig rapport");
  auto po3006 = page.doc.select_node("//table[@id='overzicht-tabel']/tbody/tr[3]").node();
  CHECK_THAT(text_of(po3006.select_node("td[6]").node()), Catch::Contains("▲ 1 nieuw") && Catch::Contains("▼ 1 opgelost"));
  CHECK(text_of(page.doc.select_node("//table[@id='overzicht-tabel']/tbody/tr[1]/td[6]").node()) == "geen wijziging");
  CHECK_THAT(text_of(page.doc.select_node("//p[contains(@class,'baseline')]").node()),
             Catch::Contains("vorig.json") && Catch::Contains("2025-11-20") && Catch::Contains("nieuw 1"));
  auto carried = page.doc.select_node("//section[@id='swv-PO3006-2022']//tr[@class='finding carried']").node();
  REQUIRE(carried);
  CHECK_THAT(text_of(carried), Catch::Contains("opgelost") && Catch::Contains("Vorig jaar <oud>."));
  // a carried-over finding is no outcome of this run: the weight stays 3
  CHECK(text_of(po3006.select_node("td[5]").node()) == "3");
}

TEST_CASE("html: a screenshot in headless Chromium shows the page", "[chromium]") {
  if (!std::filesystem::exists(kChromium)) {
    WARN("/usr/bin/chromium not installed; HTML screenshot test skipped");
    return;
  }
  TempDir dir;
  std::string page = dir.write("rapport.html", write_html_report(golden_result(), golden_context()));
  auto shot = chromium_screenshot(page, dir.path(), 1280, 1600);
  INFO(shot.err);
  REQUIRE(shot.exit_code == 0);
  REQUIRE(shot.is_png());
  CHECK(shot.be32(16) == 1280);  // IHDR width and height
  CHECK(shot.be32(20) == 1600);
  // A blank or almost blank page compresses to a few kB; the coloured overview and charts do not.
  CHECK(shot.png.size() > 40000);
}
