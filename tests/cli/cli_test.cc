// End-to-end: the built binary as a user runs it, output and exit codes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

int count_lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("cli: --version and --help") {
  auto version = run_swvcheck({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("swvcheck 0.1.0"));
  auto help = run_swvcheck({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("check PAD"));
  auto check_help = run_swvcheck({"check", "--help"});
  CHECK(check_help.exit_code == 0);
  CHECK_THAT(check_help.out, Catch::Contains("--format"));
}

TEST_CASE("cli: usage errors are one line and exit 2") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"check", "--bogus", fixture("jaarverslagen")},
           {"check", fixture("does-not-exist.xml")},
           {"check"},
           {"frobnicate"},
           {"check", "--format", "pdf", fixture("jaarverslagen")},
           {"check", "--only", "geen.regel", fixture("jaarverslagen")},
           {"check", "--check-date", "2026-02-30", fixture("jaarverslagen")},
       }) {
    INFO((args.size() > 1 ? args[1] : args[0]));
    auto result = run_swvcheck(args);
    CHECK(result.exit_code == 2);
    CHECK(count_lines(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("swvcheck: "));
    CHECK(result.out.empty());
  }
}

TEST_CASE("cli: text output groups findings per SWV and exits 1 on signals") {
  auto result = run_swvcheck(check_args({fixture("jaarverslagen")}));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::Contains("PO3006 2022"));
  CHECK_THAT(result.out, Catch::Contains("VO3102 2021"));
  CHECK_THAT(result.out, Catch::Contains("signaal"));
  CHECK_THAT(result.out, Catch::Contains("reserves.signaleringswaarde"));
  CHECK_THAT(result.out, Catch::Contains("bewijs: "));
  CHECK_THAT(result.out, Catch::Contains("Samenvatting: 17 documenten (0 niet geladen)"));
  CHECK(result.out.find("\033[") == std::string::npos);  // no colour when not a terminal
}

TEST_CASE("cli: JSON output meets the findings contract") {
  TempDir dir;
  std::string report = dir.path() + "/report.json";
  auto result = run_swvcheck(check_args({fixture("jaarverslagen"), fixture("broken/amount-comma.xml"),
                                         "--format", "json", "--output", report}));
  CHECK(result.exit_code == 2);  // a document failed to load
  CHECK(result.out.empty());
  json doc = json::parse(dir.read("report.json"));
  CHECK(doc["tool"]["name"] == "swvcheck");
  CHECK(doc["checked_on"] == "2026-11-25");
  REQUIRE(doc["documents"].size() == 18);
  json broken;
  for (const auto& d : doc["documents"])
    if (d["status"] == "fout") broken = d;
  CHECK(broken["error"]["line"] == 8);
  CHECK(broken["error"]["column"] == 24);
  CHECK(doc["summary"]["errors"] == 1);
  int signals = 0;
  for (const auto& f : doc["findings"]) {
    CHECK(f["key"].get<std::string>().rfind(f["rule"].get<std::string>() + "/" + f["swv"].get<std::string>(), 0) == 0);
    if (f["status"] == "signaal") ++signals;
    for (const auto& [name, value] : f["values"].items()) CHECK(value.is_string());
  }
  CHECK(doc["summary"]["signaal"] == signals);

  if (std::filesystem::exists(SWVCHECK_VALIDATOR)) {
    auto verdict = run_process("/usr/bin/env", {"python3", SWVCHECK_VALIDATOR, report, std::to_string(result.exit_code)});
    INFO(verdict.out << verdict.err);
    CHECK(verdict.exit_code == 0);
    CHECK_THAT(verdict.out, Catch::Contains("contract ok"));
  } else {
    WARN("shared/tools/validate-findings not found beside the repository; contract check skipped");
  }
}

TEST_CASE("cli: a bad document in a batch is reported and the others still run") {
  auto result = run_swvcheck(check_args({fixture("broken/malformed-unclosed-tag.xml"),
                                         fixture("jaarverslagen/po2704-2023.xml")}));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.out, Catch::Contains("PO2704 2023"));
  CHECK_THAT(result.out, Catch::Contains("malformed-unclosed-tag.xml:9:3: fout:"));
}

TEST_CASE("cli: --only selects by rule id, family or norm id") {
  auto by_id = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--only", "reserves.signaleringswaarde", "--format", "json"}));
  auto by_norm = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--only", "RS-1", "--format", "json"}));
  for (const auto& result : {by_id, by_norm}) {
    auto findings = json::parse(result.out)["findings"];
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["rule"] == "reserves.signaleringswaarde");
    CHECK(result.exit_code == 1);
  }
  // the family: RS-1 (signaal) and RS-2 (overtreding: above the value without an afbouwplan)
  auto by_family = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--only", "reserves", "--format", "json"}));
  auto findings = json::parse(by_family.out)["findings"];
  REQUIRE(findings.size() == 2);
  std::set<std::string> rules;
  for (const auto& f : findings) rules.insert(f["rule"].get<std::string>());
  CHECK(rules == std::set<std::string>{"reserves.signaleringswaarde", "reserves.afbouwplan"});
  CHECK(by_family.exit_code == 1);
}

TEST_CASE("cli: exit 0 when every finding is voldoet") {
  auto result = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--only", "consistentie.sommen"}));
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("voldoet 6"));
}

TEST_CASE("cli: a failing rule gives fout, exit 2, and the other rules still report") {
  TestRules rules({{"kapot.lua", TestRules::rule("kapot", "error('stuk')")},
                   {"goed.lua", TestRules::rule("goed", "ctx:voldoet{ message = 'in orde' }")}});
  auto result = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--rules", rules.folder(),
                                         "--only", "test", "--format", "json"}));
  CHECK(result.exit_code == 2);
  auto findings = json::parse(result.out)["findings"];
  REQUIRE(findings.size() == 2);
  CHECK(findings[0]["rule"] == "test.goed");
  CHECK(findings[0]["status"] == "voldoet");
  CHECK(findings[1]["status"] == "fout");
  CHECK_THAT(findings[1]["message"].get<std::string>(), Catch::Contains("stuk"));
}

TEST_CASE("cli: a broken rules folder stops before checking, naming file and line") {
  TempDir overlay;
  overlay.write("test/syntax.lua", "return {\n  id = 'x'\n  title = 'y'\n}\n");
  auto result = run_swvcheck(check_args({fixture("jaarverslagen"), "--rules", overlay.path()}));
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("syntax.lua:3:"));
}

TEST_CASE("cli: --output replaces the file whole and an unwritable path fails first") {
  TempDir dir;
  auto ok = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--output", dir.path() + "/r.txt"}));
  CHECK(ok.out.empty());
  CHECK_THAT(dir.read("r.txt"), Catch::Contains("PO2704 2023"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);  // no temporary file left behind
  auto bad = run_swvcheck(check_args({fixture("jaarverslagen"), "--output", dir.path() + "/no/such/dir/r.txt"}));
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("kan uitvoerbestand niet schrijven"));
}

TEST_CASE("cli: rules list shows every shipped rule under its family") {
  auto result = run_swvcheck({"rules", "list"});
  CHECK(result.exit_code == 0);
  for (const char* id : {"toezicht.onafhankelijk-lid", "toezicht.scheiding-bestuur", "reserves.signaleringswaarde",
                         "doorzettingsmacht.geregeld", "doorzettingsmacht.doorbraakaanpak",
                         "doorzettingsmacht.escalatieladder", "zorgplicht.thuiszitters-jaarverslag", "consistentie.sommen"})
    CHECK_THAT(result.out, Catch::Contains(id));
  CHECK_THAT(result.out, Catch::Contains("RS-1"));
}

TEST_CASE("cli: a Release binary out of tree finds the shipped rules, SWVCHECK_RULES overrides them") {
  TestRules rules({{"alleen.lua", TestRules::rule("alleen", "ctx:voldoet{ message = 'ok' }")}});
  auto result = run_swvcheck({"rules", "list"}, {"SWVCHECK_RULES=" + rules.folder()});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("test.alleen"));
  CHECK_THAT(result.out, !Catch::Contains("reserves.signaleringswaarde"));
}

TEST_CASE("cli: rules explain shows norm, source and dated parameters of a rule by id or norm id") {
  for (const char* name : {"reserves.signaleringswaarde", "rs-1"}) {
    auto result = run_swvcheck({"rules", "explain", name});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("Kamerstuk 35 300 VIII nr. 207"));
    CHECK_THAT(result.out, Catch::Contains("reserves.signaleringswaarde.percentage"));
    CHECK_THAT(result.out, Catch::Contains("vanaf 2019-01-01: 0.035"));
  }
  auto unknown = run_swvcheck({"rules", "explain", "XX-9"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("XX-9"));
}

TEST_CASE("cli: rules check passes the shipped rules and names file and line of a bad rule") {
  auto ok = run_swvcheck({"rules", "check"});
  CHECK(ok.exit_code == 0);
  CHECK_THAT(ok.out, Catch::Contains("regels in orde"));
  TempDir overlay;
  std::string rule = TestRules::rule("zonder", "ctx:voldoet{ message = 'x' }");
  rule.replace(rule.find("  title ="), rule.find("\n", rule.find("  title =")) - rule.find("  title =") + 1, "");
  overlay.write("families.lua", "return { { id = \"test\", title = \"Test\" } }\n");
  overlay.write("test/zonder.lua", rule);
  auto bad = run_swvcheck({"rules", "check", "--rules", overlay.path()});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("zonder.lua:"));
  CHECK_THAT(bad.err, Catch::Contains("title: ontbreekt"));
}
