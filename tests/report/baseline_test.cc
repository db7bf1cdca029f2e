#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/baseline.h"
#include "report/json_report.h"
#include "report/summary.h"
#include "report/text_report.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

Finding finding(const std::string& key, Status status, int jaar = 2023) {
  Finding f;
  f.key = key;
  f.rule = key.substr(0, key.find('/'));
  f.family = f.rule.substr(0, f.rule.find('.'));
  f.swv = key.substr(key.find('/') + 1, 6);
  f.status = status;
  f.jaar = jaar;
  f.document = f.swv + ".xml";
  f.message = "bericht " + key;
  return f;
}

CheckResult run_now(std::vector<Finding> findings) {
  CheckResult r;
  for (const char* swv : {"PO0001", "PO0002"}) {
    DocumentRecord d;
    d.path = std::string(swv) + ".xml";
    d.kind = "jaarverslag";
    d.swv = swv;
    d.jaar = 2023;
    r.documents.push_back(d);
  }
  r.findings = std::move(findings);
  return r;
}

const Finding& by_key(const CheckResult& r, const std::string& key) {
  for (const auto& f : r.findings)
    if (f.key == key) return f;
  FAIL("no finding " << key);
  throw std::logic_error("unreachable");
}

const std::set<std::string> kRules{"a.regel", "b.regel"};

}  // namespace

TEST_CASE("baseline: nieuw, opgelost and ongewijzigd, matched on key") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::signaal, 2022), finding("a.regel/PO0002", Status::voldoet, 2022),
                  finding("b.regel/PO0001", Status::overtreding, 2022), finding("b.regel/PO0002", Status::voldoet, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::voldoet), finding("a.regel/PO0002", Status::signaal),
                           finding("b.regel/PO0001", Status::overtreding), finding("b.regel/PO0002", Status::voldoet),
                           finding("b.regel/PO0002/x", Status::overtreding),
                           finding("b.regel/PO0002/y", Status::niet_te_beoordelen)});
  apply_baseline(r, old, kRules);
  REQUIRE(r.findings.size() == 6);
  CHECK(by_key(r, "a.regel/PO0001").baseline == Baseline::opgelost);     // flagged before, not now
  CHECK(by_key(r, "a.regel/PO0002").baseline == Baseline::nieuw);        // flagged now, not before
  CHECK(by_key(r, "b.regel/PO0001").baseline == Baseline::ongewijzigd);  // flagged both times
  CHECK(by_key(r, "b.regel/PO0002").baseline == Baseline::ongewijzigd);  // fine both times
  CHECK(by_key(r, "b.regel/PO0002/x").baseline == Baseline::nieuw);      // not in the old report
  CHECK(by_key(r, "b.regel/PO0002/y").baseline == Baseline::ongewijzigd);
}

TEST_CASE("baseline: a flagged key the run no longer yields is carried over as opgelost") {
  BaselineReport old;
  Finding gone = finding("a.regel/PO0001/weg", Status::signaal, 2022);
  gone.values = {{"bedrag", "12.50"}};
  gone.evidence = {{"oud/PO0001.xml", "/jaarverslag/x", 7}};
  old.findings = {gone,
                  finding("a.regel/PO0002/weg", Status::voldoet, 2022),     // not flagged: nothing to carry
                  finding("a.regel/VO9999", Status::signaal, 2022),         // SWV not checked now
                  finding("c.regel/PO0001", Status::overtreding, 2022)};    // rule did not run now
  CheckResult r = run_now({finding("a.regel/PO0001", Status::voldoet)});
  apply_baseline(r, old, kRules);
  REQUIRE(r.findings.size() == 2);
  const Finding& carried = r.findings[1];
  CHECK(carried.key == "a.regel/PO0001/weg");
  CHECK(carried.baseline == Baseline::opgelost);
  CHECK(carried.status == Status::signaal);  // as the earlier report had it
  CHECK(carried.jaar == 2022);
  CHECK(carried.values.at("bedrag") == "12.50");
  CHECK(carried.evidence.at(0).line == 7);
  CHECK(is_carried_over(carried));
  CHECK_FALSE(is_carried_over(r.findings[0]));

  // Not an outcome of this run: no count, no exit code 1; the baseline counts do include it.
  Summary s = summarize(r);
  CHECK(s.count(Status::signaal) == 0);
  CHECK(s.count(Status::voldoet) == 1);
  CHECK(exit_code_for(s) == 0);
  CHECK(s.by_baseline.at(Baseline::opgelost) == 1);
  CHECK(s.by_baseline.at(Baseline::ongewijzigd) == 1);
  auto batch = summarize_batch(r, nullptr);
  REQUIRE(batch.ranking.size() == 2);
  CHECK(batch.ranking[0].weight == 0);
}

TEST_CASE("baseline: of several years of one key in the earlier report the latest counts") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::voldoet, 2022), finding("a.regel/PO0001", Status::signaal, 2021),
                  finding("a.regel/PO0002", Status::voldoet, 2021), finding("a.regel/PO0002", Status::signaal, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::signaal), finding("a.regel/PO0002", Status::voldoet)});
  apply_baseline(r, old, kRules);
  CHECK(by_key(r, "a.regel/PO0001").baseline == Baseline::nieuw);
  CHECK(by_key(r, "a.regel/PO0002").baseline == Baseline::opgelost);
}

TEST_CASE("baseline: every format shows the mark") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001/weg", Status::signaal, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::signaal), finding("a.regel/PO0002", Status::voldoet)});
  apply_baseline(r, old, kRules);
  ReportContext context{"0.1.0", "abc", "2026-11-25", nullptr};
  context.baseline_path = "vorig.json";
  context.baseline_checked_on = "2025-11-20";

  auto doc = nlohmann::json::parse(write_json_report(r, context));
  CHECK(doc["findings"][0]["baseline"] == "nieuw");
  CHECK(doc["findings"][1]["baseline"] == "ongewijzigd");
  CHECK(doc["findings"][2]["baseline"] == "opgelost");
  CHECK(doc["findings"][2]["status"] == "signaal");
  CHECK(doc["baseline"]["path"] == "vorig.json");
  CHECK(doc["summary"]["signaal"] == 1);
  CHECK(doc["summary"]["baseline"]["opgelost"] == 1);

  std::string text = write_text_report(r, context, {});
  CHECK_THAT(text, Catch::Contains("signaal            nieuw       a.regel"));
  CHECK_THAT(text, Catch::Contains("voldoet            ongewijzigd a.regel"));
  CHECK_THAT(text, Catch::Contains("-                  opgelost    a.regel") &&
                       Catch::Contains("(vorig rapport, 2022: signaal)"));
  CHECK_THAT(text, Catch::Contains("t.o.v. vorig.json (2025-11-20): nieuw 1 opgelost 1 ongewijzigd 1"));

  // Without a baseline no field, no column.
  CheckResult plain = run_now({finding("a.regel/PO0001", Status::signaal)});
  ReportContext none{"0.1.0", "abc", "2026-11-25", nullptr};
  auto plain_doc = nlohmann::json::parse(write_json_report(plain, none));
  CHECK_FALSE(plain_doc["findings"][0].contains("baseline"));
  CHECK_FALSE(plain_doc.contains("baseline"));
  CHECK_FALSE(plain_doc["summary"].contains("baseline"));
  CHECK_THAT(write_text_report(plain, none, {}), Catch::Contains("signaal            a.regel"));
}

TEST_CASE("baseline: an unreadable or foreign file is a one-line error") {
  TempDir dir;
  std::string error;
  CHECK_FALSE(load_baseline(dir.path() + "/bestaat-niet.json", &error));
  CHECK_THAT(error, Catch::Contains("kan baseline") && Catch::Contains("niet lezen"));
  for (const char* text : {"{ niet json", "[1, 2]", "{\"findings\": 3}", "{\"findings\": [{\"key\": \"a\", \"status\": \"prima\"}]}",
                           "{\"findings\": [{\"status\": \"signaal\"}]}", "{\"findings\": [3]}",
                           "{\"findings\": [[{\"key\": \"a\", \"status\": \"signaal\"}]]}"}) {
    INFO(text);
    error.clear();
    CHECK_FALSE(load_baseline(dir.write("b.json", text), &error));
    CHECK_FALSE(error.empty());
    CHECK(error.find('\n') == std::string::npos);
  }
  auto ok = load_baseline(dir.write("ok.json", "{\"checked_on\": \"2025-11-20\", \"findings\": [{\"key\": \"a.regel/PO0001\", "
                                               "\"rule\": \"a.regel\", \"status\": \"signaal\", \"jaar\": 2022, "
                                               "\"values\": {\"n\": 3, \"bedrag\": \"1.00\"}, \"baseline\": \"nieuw\"}]}"),
                          &error);
  REQUIRE(ok);
  CHECK(ok->checked_on == "2025-11-20");
  REQUIRE(ok->findings.size() == 1);
  CHECK(ok->findings[0].values.at("n") == "3");
  CHECK(ok->findings[0].values.at("bedrag") == "1.00");
  CHECK_FALSE(ok->findings[0].baseline.has_value());  // an earlier run's own marks are not kept
}

TEST_CASE("baseline: findings that were not flagged keep only what comparing needs") {
  TempDir dir;
  std::string error;
  auto report = load_baseline(
      dir.write("r.json", "{\"documents\": [{\"path\": \"x.xml\"}], \"findings\": ["
                          "{\"key\": \"a.regel/PO0001\", \"rule\": \"a.regel\", \"status\": \"voldoet\", "
                          "\"swv\": \"PO0001\", \"jaar\": 2022, \"message\": \"in orde\", \"values\": {\"n\": \"1\"}},"
                          "{\"key\": \"b.regel/PO0001\", \"rule\": \"b.regel\", \"status\": \"overtreding\", "
                          "\"swv\": \"PO0001\", \"jaar\": 2022, \"message\": \"fout gegaan\", \"values\": {\"n\": \"2\"}}],"
                          "\"summary\": {}}"),
      &error);
  INFO(error);
  REQUIRE(report);
  REQUIRE(report->findings.size() == 2);
  const Finding& met = report->findings[0];
  CHECK(met.key == "a.regel/PO0001");
  CHECK(met.rule == "a.regel");
  CHECK(met.swv == "PO0001");
  CHECK(met.jaar == 2022);
  CHECK(met.status == Status::voldoet);
  CHECK(met.message.empty());
  CHECK(met.values.empty());
  const Finding& flagged = report->findings[1];  // may be carried over: kept whole
  CHECK(flagged.message == "fout gegaan");
  CHECK(flagged.values.at("n") == "2");
}
