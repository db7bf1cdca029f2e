// The worked example of docs/regels-schrijven.md, step by step with the real binary: copy the
// rules, change the signaleringswaarde percentage from 3.5% to 5%, check, see the findings change,
// see the test cases point at the change, then record it as a dated norm with a test case.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

const std::vector<std::string> kDate{"--check-date", "2026-11-25"};

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  INFO("replacing: " << from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

struct Report {
  int exit_code = 0;
  std::string text;
  std::map<std::string, json> findings;  // by key
  json summary;
};

// `swvcheck check fixtures/jaarverslagen` (with `extra` arguments), as text and as JSON.
Report check_fixtures(const std::vector<std::string>& extra) {
  std::vector<std::string> args{"check", fixture("jaarverslagen"), "--format", "json"};
  args.insert(args.end(), kDate.begin(), kDate.end());
  args.insert(args.end(), extra.begin(), extra.end());
  auto json_run = run_swvcheck(args);
  INFO(json_run.err);
  Report report;
  report.exit_code = json_run.exit_code;
  json doc = json::parse(json_run.out);
  for (const auto& f : doc["findings"]) report.findings[f["key"]] = f;
  report.summary = doc["summary"];
  args.erase(args.begin() + 2, args.begin() + 4);  // the same run as text
  report.text = run_swvcheck(args).out;
  return report;
}

const std::string kRs1 = "reserves.signaleringswaarde/";

}  // namespace

TEST_CASE("walkthrough: changing the signaleringswaarde percentage in a copy of the rules") {
  TempDir work;
  const std::string mine = work.path() + "/mijn-regels";

  // Step 1: the shipped norm.
  auto explain = run_swvcheck({"rules", "explain", "RS-1"});
  CHECK_THAT(explain.out, Catch::Contains("vanaf 2019-01-01: 0.035"));

  // Step 2: copy the rules.
  std::filesystem::copy(shipped_rules(), mine, std::filesystem::copy_options::recursive);

  // Step 3: "0.035" becomes "0.05".
  std::string params = work.read("mijn-regels/params/reserves.lua");
  work.write("mijn-regels/params/reserves.lua", replace_once(params, "value = \"0.035\"", "value = \"0.05\""));
  auto check = run_swvcheck({"rules", "check", "--rules", mine});
  CHECK(check.exit_code == 0);
  auto explained = run_swvcheck({"rules", "explain", "RS-1", "--rules", mine});
  CHECK_THAT(explained.out, Catch::Contains("vanaf 2019-01-01: 0.05\n"));
  CHECK_THAT(explained.out, !Catch::Contains("0.035"));

  // Step 4: check before and after.
  Report before = check_fixtures({});
  Report after = check_fixtures({"--rules", mine});

  const json& po3006_before = before.findings.at(kRs1 + "PO3006");
  const json& po3006_after = after.findings.at(kRs1 + "PO3006");
  CHECK(po3006_before["status"] == "signaal");
  CHECK(po3006_before["values"]["signaleringswaarde"] == "520679.01");
  CHECK(po3006_before["params"]["reserves.signaleringswaarde.percentage"] == "0.035");
  CHECK(po3006_after["status"] == "voldoet");
  CHECK(po3006_after["values"]["signaleringswaarde"] == "743827.15");
  CHECK(po3006_after["values"]["publiek_eigen_vermogen"] == "520679.02");
  CHECK(po3006_after["params"]["reserves.signaleringswaarde.percentage"] == "0.05");

  // VO3102 stays a signal with a higher signaleringswaarde.
  CHECK(before.findings.at(kRs1 + "VO3102")["values"]["signaleringswaarde"] == "574756.00");
  CHECK(after.findings.at(kRs1 + "VO3102")["values"]["signaleringswaarde"] == "821080.00");
  CHECK(after.findings.at(kRs1 + "VO3102")["status"] == "signaal");

  // RS-1 has one signal fewer; findings that did not use the percentage are unchanged (another
  // rule that reads the same parameter may change with it).
  const std::string kPercentage = "reserves.signaleringswaarde.percentage";
  // A rule that reads the percentage may also stop giving a finding: RS-2 (afbouwplan) says
  // nothing when the eigen vermogen is not above the signaleringswaarde.
  for (const auto& [key, finding] : after.findings) CHECK(before.findings.count(key));
  int rs1_changed = 0, rs1_signals_before = 0, rs1_signals_after = 0;
  for (const auto& [key, finding] : before.findings) {
    INFO(key);
    if (!after.findings.count(key)) {
      CHECK(finding["params"].contains(kPercentage));
      CHECK(key.rfind(kRs1, 0) != 0);
      continue;
    }
    const json& other = after.findings.at(key);
    if (key.rfind(kRs1, 0) == 0) {
      if (finding["status"] != other["status"]) ++rs1_changed;
      rs1_signals_before += finding["status"] == "signaal";
      rs1_signals_after += other["status"] == "signaal";
      continue;
    }
    if (finding["params"].contains(kPercentage) || other["params"].contains(kPercentage)) continue;
    CHECK(finding["status"] == other["status"]);
    CHECK(finding["values"] == other["values"]);
  }
  CHECK(rs1_signals_before - rs1_signals_after == 1);
  CHECK(rs1_changed == 1);

  // The text report shows the same change.
  CHECK_THAT(before.text, Catch::Contains("ligt € 0,01 boven de signaleringswaarde € 520.679,01 (RS-1: 3,5%"));
  CHECK_THAT(after.text, Catch::Contains("Publiek eigen vermogen € 520.679,02 ligt niet boven de signaleringswaarde "
                                         "€ 743.827,15 (RS-1: 5% van de totale baten € 14.876.543,00"));

  // Step 5: the test cases that encode 3.5% now fail, saying why.
  auto tests = run_swvcheck({"rules", "test", "RS-1", "--rules", mine});
  CHECK(tests.exit_code == 1);
  CHECK_THAT(tests.out, Catch::Contains("mislukt   reserves.signaleringswaarde: een cent boven de signaleringswaarde: signaal  (" +
                                        mine + "/reserves/signaleringswaarde_test.lua:"));
  CHECK_THAT(tests.out, Catch::Contains("parameter reserves.signaleringswaarde.percentage: verwacht \"0.035\", kreeg \"0.05\""));
  CHECK(std::regex_search(tests.out, std::regex("\n[0-9]+ passed, [1-9][0-9]* failed\n$")));
  // The shipped rules are untouched.
  CHECK(run_swvcheck({"rules", "test", "RS-1"}).exit_code == 0);

  // Step 6: record the change as a dated norm from 2024 on, with a test case for it.
  work.write("mijn-regels/params/reserves.lua",
             replace_once(params, "{ from = \"2019-01-01\", value = \"0.035\" },",
                          "{ from = \"2019-01-01\", value = \"0.035\" },\n"
                          "      { from = \"2024-01-01\", value = \"0.05\" },"));
  std::string cases = work.read("mijn-regels/reserves/signaleringswaarde_test.lua");
  auto end = cases.rfind("\n  },\n}");
  REQUIRE(end != std::string::npos);
  cases.insert(end + 1, R"lua(    {
      name = "vanaf 2024 geldt 5%",
      jaar = 2024,
      change = { ["financien/balans/eigenVermogen/totaal"] = "1000000.00" },
      expected = {
        status = "voldoet",
        values = { signaleringswaarde = "1000000.00" },
        params = { ["reserves.signaleringswaarde.percentage"] = "0.05" },
      },
    },
)lua");
  work.write("mijn-regels/reserves/signaleringswaarde_test.lua", cases);

  Report dated = check_fixtures({"--rules", mine});
  CHECK(dated.findings.at(kRs1 + "PO3006")["status"] == "signaal");  // 2022: still 3.5%
  CHECK(dated.findings.at(kRs1 + "PO3006")["values"]["signaleringswaarde"] == "520679.01");
  CHECK(dated.findings.at(kRs1 + "PO2902")["values"]["signaleringswaarde"] == "686250.00");  // 2024: 5%
  CHECK(before.findings.at(kRs1 + "PO2902")["values"]["signaleringswaarde"] == "480375.00");
  for (const auto& [key, finding] : before.findings) CHECK(dated.findings.at(key)["status"] == finding["status"]);

  auto dated_tests = run_swvcheck({"rules", "test", "RS-1", "--rules", mine});
  INFO(dated_tests.out);
  CHECK(dated_tests.exit_code == 0);
  CHECK_THAT(dated_tests.out, Catch::Contains("geslaagd  reserves.signaleringswaarde: vanaf 2024 geldt 5%\n"));
  CHECK(std::regex_search(dated_tests.out, std::regex("\n[0-9]+ passed, 0 failed\n$")));
}

TEST_CASE("walkthrough: an overlay folder with only the parameter file changes the same finding") {
  TempDir overlay;
  std::ifstream in(shipped_rules() + "/params/reserves.lua");
  std::string params((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  overlay.write("params/reserves.lua", replace_once(params, "value = \"0.035\"", "value = \"0.05\""));
  Report after = check_fixtures({"--rules", overlay.path(), "--only", "RS-1"});
  CHECK(after.findings.at(kRs1 + "PO3006")["status"] == "voldoet");
  CHECK(after.findings.at(kRs1 + "PO3006")["values"]["signaleringswaarde"] == "743827.15");
}
