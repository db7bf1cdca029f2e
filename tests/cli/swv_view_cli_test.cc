// End-to-end: `check --view swv`, one page per SWV and year in the order a controller acts on
// it (issue 17 item 2), in text and HTML, parsed and looked at in headless Chromium.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <pugixml.hpp>

#include "support/chromium.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

namespace {

const std::vector<std::string> kHeadings = {
    "Overtredingen: moeten worden hersteld", "Signalen: toelichten in het jaarverslag",
    "Niet te beoordelen: vul de gegevens aan", "Voldoet"};

// po2002-2021 has every status: 1 overtreding, 4 signalen, niet te beoordelen (DZ-1 lacks
// doorzettingsmacht/@geregeld) and voldoet.
const std::string kFixture = "jaarverslagen/po2002-2021.xml";

}  // namespace

TEST_CASE("cli: --view swv text lists overtredingen, signalen, niet te beoordelen and voldoet, in that order") {
  auto run = run_swvcheck(check_args({fixture(kFixture), "--view", "swv"}));
  CHECK(run.exit_code == 1);  // the exit code is the same as without --view
  const std::string& out = run.out;
  CHECK_THAT(out, Catch::Contains("Samenwerkingsverband PO2002 · verslagjaar 2021"));
  std::size_t at = 0;
  for (std::size_t i = 0; i < kHeadings.size(); ++i) {
    INFO(kHeadings[i]);
    auto found = out.find(std::to_string(i + 1) + ". " + kHeadings[i] + " (", at);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  // the counts are those of the default report
  auto csv = run_swvcheck(check_args({fixture(kFixture), "--format", "csv"}));
  auto count = [&](const std::string& status) {
    std::size_t n = 0;
    for (std::size_t p = csv.out.find(";" + status + ";"); p != std::string::npos; p = csv.out.find(";" + status + ";", p + 1)) ++n;
    return n;
  };
  CHECK_THAT(out, Catch::Contains("1. " + kHeadings[0] + " (" + std::to_string(count("overtreding")) + ")"));
  CHECK_THAT(out, Catch::Contains("2. " + kHeadings[1] + " (" + std::to_string(count("signaal")) + ")"));
  CHECK_THAT(out, Catch::Contains("4. " + kHeadings[3] + " (" + std::to_string(count("voldoet")) + ")"));
  // every item is followed by one line naming its norm and source
  std::size_t items = 0, norms = 0;
  std::istringstream lines(out);
  std::string line, previous;
  while (std::getline(lines, line)) {
    if (line.rfind("  - ", 0) == 0) ++items;
    if (line.rfind("    Norm: ", 0) == 0 || line.rfind("    Normen: ", 0) == 0) {
      ++norms;
      if (line.rfind("    Norm: ", 0) == 0) CHECK_THAT(line, Catch::Contains(" · bron: "));
    }
  }
  CHECK(items > 20);
  CHECK(items == norms);
  // what could not be assessed says which element to add
  CHECK_THAT(out, Catch::Contains("    Aanvullen: in het jaarverslag: doorzettingsmacht/@geregeld\n"));
  // the registrations that were not given: one item saying which files to add
  CHECK_THAT(out, Catch::Contains("    Aanvullen: voeg meldingen*.csv en thuiszitters*.csv toe om ze te beoordelen\n"));
  // each finding sits in its status's section: OP-2 (overtreding) before the signalen, FN-2
  // (signaal, with what would make it comply) before niet te beoordelen
  auto section = [&](std::size_t i) {
    auto from = out.find(kHeadings[i]);
    return out.substr(from, i + 1 < kHeadings.size() ? out.find(kHeadings[i + 1]) - from : std::string::npos);
  };
  CHECK_THAT(section(0), Catch::Contains("Norm: OP-2 "));
  CHECK_THAT(section(1), Catch::Contains("Liquiditeit voldoet vanaf € 40.210,35 meer vlottende activa") &&
                             Catch::Contains("Norm: FN-2 "));
  CHECK_THAT(section(3), !Catch::Contains("Norm: OP-2 ") && !Catch::Contains("Norm: FN-2 "));
}

TEST_CASE("cli: without --view the report is the default one, --view swv only for text and html") {
  auto plain = run_swvcheck(check_args({fixture(kFixture)}));
  CHECK_THAT(plain.out, !Catch::Contains("Overtredingen: moeten worden hersteld"));
  CHECK_THAT(plain.out, Catch::Contains("PO2002 2021  ("));
  for (const std::string format : {"json", "csv", "sarif"}) {
    INFO(format);
    auto run = run_swvcheck(check_args({fixture(kFixture), "--view", "swv", "--format", format}));
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::Contains("--view swv is er alleen voor text en html"));
  }
  auto unknown = run_swvcheck(check_args({fixture(kFixture), "--view", "alles"}));
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("onbekende weergave 'alles'"));
  CHECK_THAT(run_swvcheck({"check", "--help"}).out, Catch::Contains("--view"));
}

TEST_CASE("cli: --view swv html is one well-formed page per SWV and year with the sections in order, "
          "and a screenshot in headless Chromium shows it", "[chromium]") {
  TempDir dir;
  std::string page = dir.path() + "/swv.html";
  auto run = run_swvcheck(check_args({fixture(kFixture), fixture("jaarverslagen/po2704-2023.xml"),
                                      fixture("broken/malformed-unclosed-tag.xml"), "--view", "swv", "--format",
                                      "html", "--output", page}));
  CHECK(run.exit_code == 2);  // a document failed to load
  std::string html = read_text(page);
  pugi::xml_document doc;
  auto parsed = doc.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype);
  INFO(parsed.description());
  REQUIRE(parsed);
  auto articles = doc.select_nodes("//article");
  REQUIRE(articles.size() == 2);
  CHECK(std::string(articles[0].node().child_value("h1")) == "Samenwerkingsverband PO2002 · verslagjaar 2021");
  CHECK(std::string(articles[1].node().child_value("h1")) == "Samenwerkingsverband PO2704 · verslagjaar 2023");
  for (const auto& article : articles) {
    auto headings = article.node().select_nodes("section/h2");
    REQUIRE(headings.size() == kHeadings.size());
    for (std::size_t i = 0; i < kHeadings.size(); ++i)
      CHECK_THAT(std::string(headings[i].node().child_value()), Catch::StartsWith(kHeadings[i] + " ("));
    // every item: the message, then one line with its norm
    for (const auto& item : article.node().select_nodes("section/ul/li"))
      CHECK(item.node().select_node("p[@class='norm']"));
  }
  // PO2704 2023 has no overtreding and no signaal: the sections say so
  CHECK(std::string(articles[1].node().select_node("section[1]/p[@class='geen']").node().child_value()) == "Geen.");
  // the broken document comes first, with its line and column
  auto failed = doc.select_node("//section[@id='niet-geladen']//li");
  REQUIRE(failed);
  CHECK_THAT(std::string(failed.node().child_value()), Catch::Contains("malformed-unclosed-tag.xml:"));

  if (!std::filesystem::exists(kChromium)) {
    WARN("/usr/bin/chromium not installed; SWV view screenshot skipped");
    return;
  }
  auto shot = chromium_screenshot(page, dir.path(), 1024, 1400);
  INFO(shot.err);
  REQUIRE(shot.exit_code == 0);
  REQUIRE(shot.is_png());
  CHECK(shot.be32(16) == 1024);
  // a blank page compresses to a few kB; the coloured headings and text do not
  CHECK(shot.png.size() > 30000);
}
