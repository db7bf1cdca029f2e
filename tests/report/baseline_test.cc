#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/baseline.h"
#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/sarif_report.h"
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

}  // namespace

TEST_CASE("baseline: nieuw, opgelost and ongewijzigd, matched on key") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::signaal, 2022), finding("a.regel/PO0002", Status::voldoet, 2022),
                  finding("b.regel/PO0001", Status::overtreding, 2022), finding("b.regel/PO0002", Status::voldoet, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::voldoet), finding("a.regel/PO0002", Status::signaal),
                           finding("b.regel/PO0001", Status::overtreding), finding("b.regel/PO0002", Status::voldoet),
                           finding("b.regel/PO0002/x", Status::overtreding),
                           finding("b.regel/PO0002/y", Status::niet_te_beoordelen)});
  apply_baseline(r, old);
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
  apply_baseline(r, old);
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
  apply_baseline(r, old);
  CHECK(by_key(r, "a.regel/PO0001").baseline == Baseline::nieuw);
  CHECK(by_key(r, "a.regel/PO0002").baseline == Baseline::opgelost);
}

TEST_CASE("baseline: every format shows the mark") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001/weg", Status::signaal, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::signaal), finding("a.regel/PO0002", Status::voldoet)});
  apply_baseline(r, old);
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
  // The column is as wide as the longest mark, niet-meer-te-beoordelen.
  CHECK_THAT(text, Catch::Contains("signaal            nieuw                   a.regel"));
  CHECK_THAT(text, Catch::Contains("voldoet            ongewijzigd             a.regel"));
  CHECK_THAT(text, Catch::Contains("-                  opgelost                a.regel") &&
                       Catch::Contains("(vorig rapport, 2022: signaal)"));
  CHECK_THAT(text, Catch::Contains(
                       "t.o.v. vorig.json (2025-11-20): nieuw 1 opgelost 1 niet-meer-te-beoordelen 0 ongewijzigd 1"));

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

namespace {

// A finding of `key` in `jaar` marked as it comes, unit by unit, as the CLI does.
const Finding* find_in(const std::vector<Finding>& findings, const std::string& key, int jaar) {
  for (const auto& f : findings)
    if (f.key == key && f.jaar == jaar) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("baseline: only voldoet resolves a flagged finding, niet-te-beoordelen and fout are niet-meer-te-beoordelen") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::signaal, 2022), finding("b.regel/PO0001", Status::overtreding, 2022),
                  finding("c.regel/PO0001", Status::overtreding, 2022), finding("d.regel/PO0001", Status::voldoet, 2022)};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::voldoet), finding("b.regel/PO0001", Status::niet_te_beoordelen),
                           finding("c.regel/PO0001", Status::fout), finding("d.regel/PO0001", Status::niet_te_beoordelen)});
  apply_baseline(r, old);
  REQUIRE(r.findings.size() == 4);  // every key was yielded again: nothing carried over
  CHECK(by_key(r, "a.regel/PO0001").baseline == Baseline::opgelost);
  CHECK(by_key(r, "b.regel/PO0001").baseline == Baseline::niet_meer_te_beoordelen);
  CHECK(by_key(r, "c.regel/PO0001").baseline == Baseline::niet_meer_te_beoordelen);
  CHECK(by_key(r, "d.regel/PO0001").baseline == Baseline::ongewijzigd);  // never flagged
  CHECK(to_string(Baseline::niet_meer_te_beoordelen) == "niet-meer-te-beoordelen");
  // They are this run's outcomes: counted, and the fout gives exit code 2.
  CHECK_FALSE(is_carried_over(by_key(r, "b.regel/PO0001")));
  Summary s = summarize(r);
  CHECK(s.count(Status::niet_te_beoordelen) == 2);
  CHECK(s.count(Status::fout) == 1);
  CHECK(s.by_baseline.at(Baseline::niet_meer_te_beoordelen) == 2);
  CHECK(s.by_baseline.at(Baseline::opgelost) == 1);
  CHECK(exit_code_for(s) == 2);
}

TEST_CASE("baseline: a key no longer yielded is carried over only where its rule ran on that SWV, "
          "opgelost only where it could judge") {
  BaselineReport old;
  old.findings = {finding("zp.regel/PO0001/d1", Status::overtreding, 2022),
                  finding("zp.regel/PO0001/d2", Status::signaal, 2022),
                  finding("zp.regel/PO0002/d1", Status::overtreding, 2022),
                  finding("a.regel/PO0002/x", Status::signaal, 2022),  // a.regel runs on PO0001 only now
                  finding("b.regel/PO0001/y", Status::signaal, 2022)};  // b.regel judged one subject, not another
  CheckResult r = run_now({finding("zp.regel/PO0001", Status::niet_te_beoordelen),  // registration not given
                           finding("zp.regel/PO0002/d3", Status::voldoet), finding("zp.regel/PO0002/d4", Status::voldoet),
                           finding("a.regel/PO0001", Status::voldoet),
                           finding("b.regel/PO0001/z", Status::voldoet), finding("b.regel/PO0001/w", Status::fout)});
  apply_baseline(r, old);
  std::map<std::string, Baseline> carried;
  for (const auto& f : r.findings)
    if (is_carried_over(f)) carried[f.key] = *f.baseline;
  CHECK(carried == std::map<std::string, Baseline>{{"zp.regel/PO0001/d1", Baseline::niet_meer_te_beoordelen},
                                                   {"zp.regel/PO0001/d2", Baseline::niet_meer_te_beoordelen},
                                                   {"zp.regel/PO0002/d1", Baseline::opgelost},
                                                   {"b.regel/PO0001/y", Baseline::niet_meer_te_beoordelen}});
  CHECK(by_key(r, "zp.regel/PO0001/d2").status == Status::signaal);  // as the earlier report had it
  // Carried over, not counted: nothing flagged in this run; the fout makes it exit 2.
  Summary s = summarize(r);
  CHECK(s.count(Status::overtreding) == 0);
  CHECK(s.count(Status::signaal) == 0);
  CHECK(s.by_baseline.at(Baseline::niet_meer_te_beoordelen) == 3);
  CHECK(s.by_baseline.at(Baseline::opgelost) == 1);
}

TEST_CASE("baseline: a run that gives nothing of a rule for an SWV carries none of its findings over") {
  BaselineReport old;
  old.findings = {finding("zp.regel/PO0001/d1", Status::overtreding, 2022), finding("a.regel/PO0001", Status::signaal, 2022)};
  CheckResult r = run_now({finding("b.regel/PO0001", Status::voldoet)});  // e.g. --only b.regel
  apply_baseline(r, old);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].baseline == Baseline::ongewijzigd);
}

TEST_CASE("baseline: matched in the same year when the earlier report holds it, else its latest earlier year") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::signaal, 2021), finding("a.regel/PO0001", Status::voldoet, 2022),
                  finding("a.regel/PO0001", Status::signaal, 2023), finding("a.regel/PO0002", Status::signaal, 2021),
                  finding("a.regel/PO0003", Status::signaal, 2022)};
  old.reports = {{"PO0003", 2023}};  // held, though without an a.regel finding
  CheckResult r;
  r.findings = {finding("a.regel/PO0001", Status::signaal, 2021), finding("a.regel/PO0001", Status::voldoet, 2022),
                finding("a.regel/PO0001", Status::voldoet, 2023), finding("a.regel/PO0001", Status::signaal, 2024),
                finding("a.regel/PO0002", Status::signaal, 2020), finding("a.regel/PO0002", Status::voldoet, 2023),
                finding("a.regel/PO0003", Status::voldoet, 2023)};
  apply_baseline(r, old);
  REQUIRE(r.findings.size() == 7);
  CHECK(find_in(r.findings, "a.regel/PO0001", 2021)->baseline == Baseline::ongewijzigd);  // 2021: signaal both
  CHECK(find_in(r.findings, "a.regel/PO0001", 2022)->baseline == Baseline::ongewijzigd);  // 2022: voldoet both
  CHECK(find_in(r.findings, "a.regel/PO0001", 2023)->baseline == Baseline::opgelost);     // 2023: was signaal
  CHECK(find_in(r.findings, "a.regel/PO0001", 2024)->baseline == Baseline::ongewijzigd);  // with 2023: signaal
  CHECK(find_in(r.findings, "a.regel/PO0002", 2020)->baseline == Baseline::nieuw);        // no earlier year
  CHECK(find_in(r.findings, "a.regel/PO0002", 2023)->baseline == Baseline::opgelost);     // with 2021
  CHECK(find_in(r.findings, "a.regel/PO0003", 2023)->baseline == Baseline::ongewijzigd);  // with 2023, not 2022
}

TEST_CASE("baseline: a batch of three years compared with itself is ongewijzigd throughout, marked unit by unit") {
  // Per year, what was flagged differs: compared with any other year than its own, a mark would change.
  std::vector<std::vector<Finding>> units = {
      {finding("a.regel/PO0001", Status::signaal, 2021), finding("b.regel/PO0001/d1", Status::overtreding, 2021)},
      {finding("a.regel/PO0001", Status::voldoet, 2022), finding("b.regel/PO0001", Status::niet_te_beoordelen, 2022)},
      {finding("a.regel/PO0001", Status::overtreding, 2023), finding("b.regel/PO0001/d2", Status::signaal, 2023)}};
  BaselineReport old;
  for (const auto& unit : units) old.findings.insert(old.findings.end(), unit.begin(), unit.end());
  BaselineMarker marker(old);
  for (auto unit : units) {
    marker.mark(unit);
    for (const auto& f : unit) {
      INFO(f.key << " " << f.jaar);
      CHECK(f.baseline == Baseline::ongewijzigd);
    }
  }
  CHECK(marker.carried_over().empty());
}

TEST_CASE("baseline: a carried-over finding is shown under the year it was compared with") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001/oud", Status::signaal, 2021), finding("a.regel/PO0001/later", Status::signaal, 2022)};
  CheckResult r;
  for (int jaar : {2021, 2022, 2023}) {
    DocumentRecord d;
    d.path = "po0001-" + std::to_string(jaar) + ".xml";
    d.kind = "jaarverslag";
    d.swv = "PO0001";
    d.jaar = jaar;
    r.documents.push_back(d);
    r.findings.push_back(finding("a.regel/PO0001", Status::voldoet, jaar));
  }
  apply_baseline(r, old);
  REQUIRE(r.findings.size() == 5);  // each gone key carried over once
  std::map<std::string, int> shown_in;
  for (const auto& group : group_by_swv_year(r))
    for (const auto* f : group.findings)
      if (is_carried_over(*f)) shown_in[f->key] = group.jaar;
  CHECK(shown_in == std::map<std::string, int>{{"a.regel/PO0001/oud", 2021}, {"a.regel/PO0001/later", 2022}});
}

TEST_CASE("baseline: another tool or rules version gives a warning naming both versions") {
  BaselineReport old;
  old.path = "vorig.json";
  old.tool_version = "0.1.0";
  old.rules_version = "abc";
  CHECK(baseline_version_warning(old, "0.1.0", "abc").empty());
  std::string rules = baseline_version_warning(old, "0.1.0", "def");
  CHECK_THAT(rules, Catch::Contains("vorig.json") && Catch::Contains("swvcheck 0.1.0 (regels abc)") &&
                        Catch::Contains("swvcheck 0.1.0 (regels def)"));
  std::string tool = baseline_version_warning(old, "0.2.0", "abc");
  CHECK_THAT(tool, Catch::Contains("swvcheck 0.1.0 (regels abc)") && Catch::Contains("swvcheck 0.2.0 (regels abc)"));
  BaselineReport unknown;
  unknown.path = "ander.json";
  CHECK_THAT(baseline_version_warning(unknown, "0.1.0", "abc"), Catch::Contains("swvcheck onbekend (regels onbekend)"));

  // Shown in the report where warnings fit.
  CheckResult r = run_now({finding("a.regel/PO0001", Status::voldoet)});
  apply_baseline(r, old);
  ReportContext context{"0.1.0", "def", "2026-11-25", nullptr};
  context.baseline_path = "vorig.json";
  context.baseline_warning = rules;
  CHECK(nlohmann::json::parse(write_json_report(r, context))["baseline"]["warning"] == rules);
  CHECK_THAT(write_text_report(r, context, {}), Catch::Contains("Let op: " + rules));
}

TEST_CASE("baseline: the tool versions and the years of the loaded reports are read from the earlier report") {
  TempDir dir;
  std::string error;
  auto report = load_baseline(
      dir.write("r.json", "{\"tool\": {\"name\": \"swvcheck\", \"version\": \"0.0.9\", \"rules_version\": \"abc\"},"
                          "\"documents\": [{\"path\": \"a.xml\", \"kind\": \"jaarverslag\", \"swv\": \"PO0001\", "
                          "\"jaar\": 2022, \"status\": \"geladen\"},"
                          "{\"path\": \"b.xml\", \"kind\": \"jaarverslag\", \"status\": \"fout\", \"error\": {\"message\": \"x\"}},"
                          "{\"path\": \"t.csv\", \"kind\": \"thuiszitters\", \"swv\": \"PO0002\", \"jaar\": 2022, "
                          "\"status\": \"geladen\"}],"
                          "\"findings\": [], \"summary\": {}}"),
      &error);
  INFO(error);
  REQUIRE(report);
  CHECK(report->tool_version == "0.0.9");
  CHECK(report->rules_version == "abc");
  CHECK(report->reports == std::vector<std::pair<std::string, int>>{{"PO0001", 2022}});
}

TEST_CASE("baseline: every format shows niet-meer-te-beoordelen, SARIF keeps its own meaning") {
  BaselineReport old;
  old.findings = {finding("a.regel/PO0001", Status::signaal, 2022), finding("b.regel/PO0001/weg", Status::overtreding, 2022),
                  finding("b.regel/PO0001", Status::overtreding, 2022)};
  old.findings[1].evidence = {{"oud/PO0001.xml", "/jaarverslag/x", 7}};
  CheckResult r = run_now({finding("a.regel/PO0001", Status::niet_te_beoordelen), finding("b.regel/PO0001", Status::fout)});
  apply_baseline(r, old);
  REQUIRE(r.findings.size() == 3);
  REQUIRE(is_carried_over(r.findings[2]));
  CHECK(r.findings[2].baseline == Baseline::niet_meer_te_beoordelen);  // b.regel failed on PO0001: not judged
  ReportContext context{"0.1.0", "abc", "2026-11-25", nullptr};
  context.baseline_path = "vorig.json";

  auto doc = nlohmann::json::parse(write_json_report(r, context));
  CHECK(doc["findings"][0]["baseline"] == "niet-meer-te-beoordelen");
  CHECK(doc["summary"]["baseline"]["niet-meer-te-beoordelen"] == 3);

  // In SARIF: in both runs but changed (fail -> open) is `updated`; carried over, not in this
  // run, is `absent`; the fout is a notification that names its mark.
  auto sarif = nlohmann::json::parse(write_sarif_report(r, context));
  const auto& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  CHECK(results[0]["baselineState"] == "updated");
  CHECK(results[0]["properties"]["baseline"] == "niet-meer-te-beoordelen");
  CHECK(results[1]["baselineState"] == "absent");
  CHECK(results[1]["kind"] == "fail");
  CHECK(results[1]["properties"]["baseline"] == "niet-meer-te-beoordelen");
  CHECK(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["properties"]["baseline"] ==
        "niet-meer-te-beoordelen");

  CHECK_THAT(write_csv_report(r, context), Catch::Contains(";niet-meer-te-beoordelen\r\n"));
  std::string html = write_html_report(r, context);
  CHECK_THAT(html, Catch::Contains("<span class=\"mark mark-niet-meer-te-beoordelen\">niet-meer-te-beoordelen</span>") &&
                       Catch::Contains("3 niet meer te beoordelen") &&
                       Catch::Contains("en de regel kon dit SWV niet beoordelen"));
  CHECK_THAT(write_text_report(r, context, {}),
             Catch::Contains("niet-te-beoordelen niet-meer-te-beoordelen a.regel") &&
                 Catch::Contains("-                  niet-meer-te-beoordelen b.regel"));
}
