// The SWV view (report/swv_view.h): the same page from a kept result (as `swvcheck serve`
// writes it) and while checking (as `check --view swv` writes it), and what a
// niet-te-beoordelen finding says to add.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/swv_view.h"
#include "report_support.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

TEST_CASE("swv view: written while checking is the same text and HTML as from a kept result") {
  std::vector<std::string> files;
  for (const auto& input : golden_inputs()) files.push_back(source_path(input));
  for (bool html : {false, true}) {
    INFO((html ? "html" : "text"));
    std::ostringstream kept;
    if (html) write_swv_view_html(golden_result(), golden_context(), kept);
    else write_swv_view_text(golden_result(), golden_context(), kept);
    TempDir spill;
    SwvViewWriter writer(html, golden_context(), spill.path());
    CHECK(written_while_checking(writer, golden_catalog(), files) == kept.str());
    CHECK_THAT(kept.str(), Catch::Contains(html ? "<h2>Voldoet (" : "4. Voldoet ("));
  }
}

TEST_CASE("swv view: a niet-te-beoordelen finding names the element or registration to add") {
  Finding f;
  f.swv = "PO2704";
  f.jaar = 2023;
  f.status = Status::niet_te_beoordelen;
  f.values["ontbreekt"] = "financien/balans/eigenVermogen/totaal, financien/baten/totaal";
  CHECK(swv_what_to_add(f) == "in het jaarverslag: financien/balans/eigenVermogen/totaal, financien/baten/totaal");
  f.values["ontbreekt"] = "thuiszitters-registratie";
  CHECK(swv_what_to_add(f) == "de registratie thuiszitters (CSV) van PO2704");
  f.values["ontbreekt"] = "jaarverslag";
  CHECK(swv_what_to_add(f) == "het jaarverslag van PO2704 over 2023");
  f.values = {{"noemer", "financien/baten/totaal"}, {"noemer_waarde", "0.00"}};
  CHECK_THAT(swv_what_to_add(f), Catch::StartsWith("controleer financien/baten/totaal (0.00)"));
  f.values = {};
  f.evidence = {{"a.xml", "/jaarverslag/wnt/topfunctionaris/@fte", 12}};
  CHECK(swv_what_to_add(f) == "controleer /jaarverslag/wnt/topfunctionaris/@fte");
  f.values = {{"reden", "er is geen tabel met bezoldigingsmaxima voor 2023 bekend"}};
  CHECK(swv_what_to_add(f).empty());  // nothing the SWV can add: the message says why
  f.status = Status::fout;
  CHECK_THAT(swv_what_to_add(f), Catch::Contains("de regel kon niet worden uitgevoerd"));
  CHECK(swv_section_of(Status::fout) == SwvSection::niet_te_beoordelen);
  CHECK(swv_section_of(Status::overtreding) == SwvSection::overtredingen);
}
