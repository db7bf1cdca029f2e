// The summary of a batch: counts per family and status, the ranking of SWVs by weight, the
// compact table at the end of the text report.
#include <catch2/catch.hpp>

#include "report/report_support.h"
#include "report/summary.h"
#include "report/text_report.h"

using namespace swv;
using namespace swv::test;

namespace {

Finding finding(const std::string& swv, const std::string& family, Status status) {
  Finding f;
  f.rule = family + ".regel";
  f.key = f.rule + "/" + swv;
  f.family = family;
  f.status = status;
  f.swv = swv;
  f.jaar = 2023;
  f.message = std::string("m");  // not operator=(const char*): GCC 12 -O2 -Wrestrict false positive
  return f;
}

}  // namespace

TEST_CASE("summary: an overtreding weighs more than a signaal, other statuses nothing") {
  CHECK(finding_weight(Status::overtreding) > finding_weight(Status::signaal));
  CHECK(finding_weight(Status::signaal) > 0);
  for (auto s : {Status::voldoet, Status::niet_te_beoordelen, Status::fout}) CHECK(finding_weight(s) == 0);
}

TEST_CASE("summary: SWVs ranked by weight, then number of flagged findings, then code") {
  CheckResult r;
  // B: 3 signalen (weight 3, 3 flagged); A: 1 overtreding (weight 3, 1 flagged);
  // C: 1 overtreding + 1 signaal (weight 4); D: only voldoet and fout.
  for (int i = 0; i < 3; ++i) r.findings.push_back(finding("B", "reserves", Status::signaal));
  r.findings.push_back(finding("A", "toezicht", Status::overtreding));
  r.findings.push_back(finding("C", "toezicht", Status::overtreding));
  r.findings.push_back(finding("C", "reserves", Status::signaal));
  r.findings.push_back(finding("D", "toezicht", Status::voldoet));
  r.findings.push_back(finding("D", "onbekend", Status::fout));
  auto batch = summarize_batch(r, nullptr);
  CHECK(batch.swvs == 4);
  REQUIRE(batch.ranking.size() == 4);
  CHECK(batch.ranking[0].swv == "C");
  CHECK(batch.ranking[0].weight == finding_weight(Status::overtreding) + finding_weight(Status::signaal));
  CHECK(batch.ranking[1].swv == "B");  // same weight as A, more flagged findings
  CHECK(batch.ranking[2].swv == "A");
  CHECK(batch.ranking[3].swv == "D");
  CHECK(batch.ranking[3].weight == 0);
  CHECK(batch.ranking[1].count(Status::signaal) == 3);
  // without a catalog, families by id
  REQUIRE(batch.families.size() == 3);
  CHECK(batch.families[0].family == "onbekend");
  CHECK(batch.families[1].family == "reserves");
  CHECK(batch.families[1].count(Status::signaal) == 4);
  CHECK(batch.families[2].count(Status::overtreding) == 2);
}

TEST_CASE("summary: families in the catalog's order with its titles") {
  auto batch = summarize_batch(golden_result(), &golden_catalog());
  REQUIRE(batch.families.size() == 3);
  CHECK(batch.families[0].title == "Intern toezicht");
  CHECK(batch.families[1].title == "Reserves & <buffers>");
  CHECK(batch.families[2].title == "Zorgplicht \"thuiszitters\"");
  CHECK(batch.families[0].count(Status::overtreding) == 1);
  CHECK(batch.families[0].count(Status::fout) == 1);
  CHECK(batch.families[1].count(Status::signaal) == 1);
  CHECK(batch.families[2].count(Status::niet_te_beoordelen) == 4);
  CHECK(batch.swvs == 3);
}

TEST_CASE("text: a compact table per family and a ranking at the end when more than one SWV is checked") {
  std::string text = write_text_report(golden_result(), golden_context(), {});
  auto table = text.find("Per familie");
  auto ranking = text.find("Ranglijst SWV's (gewicht: overtreding 3, signaal 1)");
  auto summary = text.find("Samenvatting:");
  REQUIRE(table != std::string::npos);
  REQUIRE(ranking != std::string::npos);
  CHECK(table < ranking);
  CHECK(ranking < summary);
  CHECK(text.find("Niet geladen documenten") < table);  // after the findings and failed documents
  CHECK_THAT(text, Catch::Contains("  Intern toezicht                                   1        0     1                   0        6\n"));
  CHECK_THAT(text, Catch::Contains("   1. PO3006   gewicht   3   overtreding  1   signaal  0\n"));
  CHECK_THAT(text, Catch::Contains("   2. VO2405   gewicht   1   overtreding  0   signaal  1\n"));

  CheckResult one = golden_result();
  std::erase_if(one.findings, [](const Finding& f) { return f.swv != "PO2704"; });
  std::erase_if(one.documents, [](const DocumentRecord& d) { return d.swv != "PO2704"; });
  std::string single = write_text_report(one, golden_context(), {});
  CHECK(single.find("Per familie") == std::string::npos);
  CHECK(single.find("Ranglijst") == std::string::npos);
}
