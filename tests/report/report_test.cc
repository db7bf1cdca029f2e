#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/json_report.h"
#include "report/summary.h"
#include "report/text_report.h"

using namespace swv;

namespace {

Finding finding(Status status, const std::string& swv, const std::string& rule = "reserves.signaleringswaarde") {
  Finding f;
  f.rule = rule;
  f.key = rule + "/" + swv;
  f.family = rule.substr(0, rule.find('.'));
  f.status = status;
  f.swv = swv;
  f.jaar = 2023;
  f.document = swv + ".xml";
  f.message = "Bericht met \"quotes\" en één € teken";
  f.values = {{"eigen_vermogen", "2200000.00"}};
  f.evidence = {{swv + ".xml", "/jaarverslag/financien", 12}};
  f.params = {{"reserves.signaleringswaarde.percentage", "0.035"}};
  f.norm = NormRef{"RS-1", "Signaleringswaarde", "Kamerstuk 35 300 VIII nr. 207", "2019-01-01", ""};
  return f;
}

CheckResult sample() {
  CheckResult r;
  DocumentRecord good;
  good.path = "PO1.xml";
  good.kind = "jaarverslag";
  good.swv = "PO1";
  good.jaar = 2023;
  DocumentRecord bad;
  bad.path = "bad.xml";
  bad.kind = "jaarverslag";
  bad.error = LoadError{"kapot", 3, 7};
  r.documents = {good, bad};
  r.findings = {finding(Status::voldoet, "PO1", "consistentie.sommen"), finding(Status::signaal, "PO1")};
  return r;
}

const ReportContext kContext{"0.1.0", "abc", "2026-11-25", nullptr};

}  // namespace

TEST_CASE("summary counts statuses and load errors, exit codes follow the contract") {
  CheckResult r = sample();
  Summary s = summarize(r);
  CHECK(s.documents == 2);
  CHECK(s.errors == 1);
  CHECK(s.count(Status::signaal) == 1);
  CHECK(s.count(Status::overtreding) == 0);
  CHECK(exit_code_for(s) == 2);
  r.documents.pop_back();
  CHECK(exit_code_for(summarize(r)) == 1);
  r.findings.pop_back();
  CHECK(exit_code_for(summarize(r)) == 0);
  r.findings.push_back(finding(Status::fout, "PO1"));
  CHECK(exit_code_for(summarize(r)) == 2);
}

TEST_CASE("json report has the contract's fields, in order, with string values") {
  auto doc = nlohmann::json::parse(write_json_report(sample(), kContext));
  CHECK(doc["tool"]["name"] == "swvcheck");
  CHECK(doc["tool"]["rules_version"] == "abc");
  CHECK(doc["documents"][0]["status"] == "geladen");
  CHECK(doc["documents"][1]["status"] == "fout");
  CHECK(doc["documents"][1]["error"]["line"] == 3);
  CHECK(doc["documents"][1]["error"]["column"] == 7);
  const auto& f = doc["findings"][1];
  CHECK(f["status"] == "signaal");
  CHECK(f["key"] == "reserves.signaleringswaarde/PO1");
  CHECK(f["values"]["eigen_vermogen"] == "2200000.00");
  CHECK(f["evidence"][0]["line"] == 12);
  CHECK(f["params"]["reserves.signaleringswaarde.percentage"] == "0.035");
  CHECK(f["norm"]["title"] == "Signaleringswaarde");
  CHECK(f["message"] == "Bericht met \"quotes\" en één € teken");
  CHECK(doc["summary"]["signaal"] == 1);
  CHECK(doc["summary"]["niet-te-beoordelen"] == 0);
}

TEST_CASE("text report puts the most serious findings first and lists failed documents") {
  std::string text = write_text_report(sample(), kContext, {});
  CHECK_THAT(text, Catch::Contains("PO1 2023"));
  auto signal = text.find("signaal ");
  auto ok = text.find("voldoet ");
  REQUIRE(signal != std::string::npos);
  REQUIRE(ok != std::string::npos);
  CHECK(signal < ok);
  CHECK_THAT(text, Catch::Contains("bewijs: PO1.xml:12  /jaarverslag/financien"));
  CHECK_THAT(text, Catch::Contains("bad.xml:3:7: fout: kapot"));
  CHECK_THAT(text, Catch::Contains("Samenvatting: 2 documenten (1 niet geladen)"));
  CHECK(text.find("\033[") == std::string::npos);
  TextOptions colour;
  colour.color = true;
  CHECK(write_text_report(sample(), kContext, colour).find("\033[") != std::string::npos);
}

TEST_CASE("text report: a file-level error shows its line without a column 0, a file error neither") {
  CheckResult result = sample();
  result.documents[1].error = LoadError{"regel met BSN", 4, 0};
  CHECK_THAT(write_text_report(result, kContext, {}), Catch::Contains("bad.xml:4: fout: regel met BSN"));
  result.documents[1].error = LoadError{"onleesbaar", 0, 0};
  CHECK_THAT(write_text_report(result, kContext, {}), Catch::Contains("bad.xml: fout: onleesbaar"));
}
