#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "report/report_support.h"
#include "report/sarif_report.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
using nlohmann::json;

namespace {

const std::string kSchema = std::string(SWVCHECK_SOURCE_DIR) + "/../shared/spec/sarif-schema-2.1.0.json";

// Validates with python3-jsonschema (Draft 4, as the schema declares). Exit 3: not available.
const char* kValidate =
    "import json, sys\n"
    "try:\n"
    "    import jsonschema\n"
    "except ImportError:\n"
    "    sys.exit(3)\n"
    "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "document = json.load(open(sys.argv[2], encoding='utf-8'))\n"
    "errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=lambda e: list(e.path))\n"
    "for e in errors[:10]:\n"
    "    print('/'.join(str(p) for p in e.path), e.message)\n"
    "print('sarif ok' if not errors else 'sarif invalid')\n"
    "sys.exit(1 if errors else 0)\n";

// nullopt when the validation cannot run here (WARN said why); else whether it passed.
std::optional<bool> validate_sarif(const std::string& text, std::string* output) {
  if (!std::filesystem::exists(kSchema)) {
    WARN("shared/spec/sarif-schema-2.1.0.json not found beside the repository; SARIF schema check skipped");
    return std::nullopt;
  }
  TempDir dir;
  std::string file = dir.write("report.sarif", text);
  auto run = run_process("/usr/bin/env", {"python3", "-c", kValidate, kSchema, file});
  if (run.exit_code == 3 || run.exit_code == 127) {
    WARN("python3-jsonschema is not installed (scripts/install-deps.sh installs it); SARIF schema check skipped");
    return std::nullopt;
  }
  *output = run.out + run.err;
  return run.exit_code == 0;
}

json results_of(const json& sarif) { return sarif["runs"][0]["results"]; }

const json* result_for(const json& results, const std::string& key) {
  for (const auto& r : results)
    if (r["partialFingerprints"]["swvcheck/key"] == key) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("sarif: valid against the SARIF 2.1.0 schema, with and without baseline") {
  CheckResult result = golden_result();
  ReportContext context = golden_context();
  std::string output;
  auto plain = validate_sarif(write_sarif_report(result, context), &output);
  if (!plain) return;
  INFO(output);
  CHECK(*plain);
  for (auto& f : result.findings) f.baseline = Baseline::opgelost;
  context.baseline_path = "vorig.json";
  auto with_baseline = validate_sarif(write_sarif_report(result, context), &output);
  REQUIRE(with_baseline);
  CHECK(*with_baseline);
  // The check is real: a level SARIF does not know is refused.
  json broken = report_to_sarif(result, context);
  broken["runs"][0]["results"][0]["level"] = "fatal";
  auto refused = validate_sarif(broken.dump(), &output);
  REQUIRE(refused);
  CHECK_FALSE(*refused);
}

TEST_CASE("sarif: tool.driver.rules carry every rule's metadata") {
  json sarif = report_to_sarif(golden_result(), golden_context());
  CHECK(sarif["version"] == "2.1.0");
  const auto& driver = sarif["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "swvcheck");
  CHECK(driver["version"] == "0.1.0");
  REQUIRE(driver["rules"].size() == golden_catalog().rules().size());
  json tekens;
  for (const auto& rule : driver["rules"])
    if (rule["id"] == "toezicht.tekens") tekens = rule;
  REQUIRE(tekens.is_object());
  CHECK(tekens["name"] == "Tekens <b>& \"aanhalingstekens\"");
  CHECK(tekens["shortDescription"]["text"] == "Tekens <b>& \"aanhalingstekens\"");
  CHECK(tekens["fullDescription"]["text"] == "Tekst met <tekens> & \"aanhalingstekens\"; puntkomma.");
  CHECK(tekens["properties"]["family"] == "toezicht");
  CHECK(tekens["properties"]["family_title"] == "Intern toezicht");
  CHECK(tekens["properties"]["norm_id"] == "TZ-9");
  CHECK(tekens["properties"]["norm"]["source"] == "test; bron \"x\"");
  for (const auto& r : results_of(sarif)) CHECK(driver["rules"][r["ruleIndex"].get<int>()]["id"] == r["ruleId"]);
}

TEST_CASE("sarif: kind and level follow the contract's table, locations point at file and line") {
  CheckResult result = golden_result();
  json results = results_of(report_to_sarif(result, golden_context()));
  std::size_t fout = 0;
  for (const auto& f : result.findings) fout += f.status == Status::fout;
  CHECK(results.size() == result.findings.size() - fout);  // fout is not a result

  const json* overtreding = result_for(results, "toezicht.tekens/PO3006");
  const json* signaal = result_for(results, "reserves.signaleringswaarde/VO2405");
  const json* open = result_for(results, "zorgplicht.ontbreekt/PO3006/nu");
  const json* pass = result_for(results, "reserves.signaleringswaarde/PO3006");
  REQUIRE(overtreding);
  REQUIRE(signaal);
  REQUIRE(open);
  REQUIRE(pass);
  CHECK((*overtreding)["kind"] == "fail");
  CHECK((*overtreding)["level"] == "error");
  CHECK((*signaal)["kind"] == "fail");
  CHECK((*signaal)["level"] == "warning");
  CHECK((*open)["kind"] == "open");
  CHECK((*open)["level"] == "none");
  CHECK((*pass)["kind"] == "pass");
  CHECK((*pass)["level"] == "none");

  const auto& place = (*overtreding)["locations"][0]["physicalLocation"];
  CHECK_THAT(place["artifactLocation"]["uri"].get<std::string>(),
             Catch::StartsWith("file:///") && Catch::EndsWith("/fixtures/jaarverslagen/po3006-2022.xml"));
  CHECK(place["region"]["startLine"] == 4);
  CHECK((*overtreding)["locations"][0]["message"]["text"] == "/jaarverslag/swv/@naam");
  CHECK((*signaal)["locations"][0]["physicalLocation"]["region"]["startLine"] == 54);
  CHECK((*signaal)["relatedLocations"].size() == 2);
  CHECK((*overtreding)["message"]["text"].get<std::string>().rfind("Tekens <script>", 0) == 0);
  CHECK((*signaal)["properties"]["values"]["signaleringswaarde"] == "961215.00");
  CHECK_FALSE((*signaal).contains("baselineState"));
}

TEST_CASE("sarif: fout findings and load errors are notifications of the invocation") {
  json sarif = report_to_sarif(golden_result(), golden_context());
  const auto& invocation = sarif["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["exitCode"] == 2);
  const auto& notes = invocation["toolExecutionNotifications"];
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["level"] == "error");
  CHECK_THAT(notes[0]["message"]["text"].get<std::string>(), Catch::Contains("1.234,56"));
  CHECK_THAT(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>(),
             Catch::EndsWith("fixtures/broken/amount-comma.xml"));
  CHECK(notes[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 8);
  CHECK(notes[1]["associatedRule"]["id"] == "toezicht.kapot");
  CHECK_THAT(notes[1]["message"]["text"].get<std::string>(), Catch::Contains("kapot <script> & zo"));
  CHECK(notes[1]["properties"]["key"] == "toezicht.kapot/VO2405");
}

TEST_CASE("sarif: baselineState new, absent, unchanged") {
  CheckResult result = golden_result();
  ReportContext context = golden_context();
  context.baseline_path = "vorig.json";
  for (auto& f : result.findings) {
    if (f.key == "toezicht.tekens/PO3006") f.baseline = Baseline::nieuw;
    else if (f.key == "reserves.signaleringswaarde/PO3006") f.baseline = Baseline::opgelost;
    else f.baseline = Baseline::ongewijzigd;
  }
  json sarif = report_to_sarif(result, context);
  json results = results_of(sarif);
  CHECK((*result_for(results, "toezicht.tekens/PO3006"))["baselineState"] == "new");
  CHECK((*result_for(results, "reserves.signaleringswaarde/PO3006"))["baselineState"] == "absent");
  CHECK((*result_for(results, "reserves.signaleringswaarde/VO2405"))["baselineState"] == "unchanged");
  CHECK(sarif["runs"][0]["properties"]["baseline"]["path"] == "vorig.json");
}

TEST_CASE("sarif: artifact URIs are percent-encoded, relative paths stay relative") {
  CHECK(sarif_uri("fixtures/a.xml") == "fixtures/a.xml");
  CHECK(sarif_uri("/data/mijn map/ä.xml") == "file:///data/mijn%20map/%C3%A4.xml");
  CHECK(sarif_uri("c:x#1?.xml") == "c%3Ax%231%3F.xml");
}

TEST_CASE("sarif report writer: written while checking, the same bytes as a log written at the end") {
  TestRules rules({{"a.lua", TestRules::rule("a", "ctx:signaal{ message = 'a', evidence = { 'swv' } }")},
                   {"b.lua", TestRules::rule("b", "error('kapot')")},
                   {"c.lua", TestRules::rule("c", "ctx:voldoet{ message = 'c' }")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  std::vector<std::string> files{fixture("broken/amount-nan.xml"), fixture("jaarverslagen/po2704-2023.xml"),
                                 fixture("jaarverslagen/vo2801-2023.xml")};
  TempDir dir;
  for (int jobs : {1, 2}) {
    INFO(jobs << " jobs");
    CheckOptions options;
    options.jobs = jobs;
    CheckResult whole = check_files(catalog, files, {}, {}, "2026-11-25", options);
    REQUIRE(std::count_if(whole.findings.begin(), whole.findings.end(),
                          [](const Finding& f) { return f.status == Status::fout; }) == 2);
    SarifReportWriter writer(context, dir.path());
    std::string streamed = written_while_checking(writer, catalog, files, options);
    CHECK(streamed == write_sarif_report(whole, context));
  }
}
