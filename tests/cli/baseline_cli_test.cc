// End-to-end: --baseline through the real binary. Missing data never resolves a finding (a run
// with only a registration, a report without its registration), years are matched per SWV, the
// output passes the shared contract validator, and another version gives a warning.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/contract.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

std::vector<std::string> check_args(std::vector<std::string> args) {
  args.insert(args.begin(), "check");
  args.insert(args.end(), {"--check-date", "2026-11-25", "--format", "json"});
  return args;
}

// Runs `check` on `inputs` into `report` (a path), with `baseline` when not empty; the exit code.
int check_into(const std::vector<std::string>& inputs, const std::string& report, const std::string& baseline = "",
               std::string* err = nullptr) {
  auto args = check_args(inputs);
  args.insert(args.end(), {"--output", report});
  if (!baseline.empty()) args.insert(args.end(), {"--baseline", baseline});
  auto run = run_swvcheck(args);
  INFO(run.err);
  CHECK(run.out.empty());
  if (err) *err = run.err;
  return run.exit_code;
}

json read_json(const std::string& path) { return json::parse(read_text(path)); }

bool flagged(const json& f) { return f["status"] == "overtreding" || f["status"] == "signaal"; }

// The PO2002 2021 unit in full: its annual report and both registrations.
std::vector<std::string> po2002_all() {
  return {fixture("jaarverslagen/po2002-2021.xml"), fixture("registraties/thuiszitters-po2002-2021.csv"),
          fixture("registraties/meldingen-po2002-2021.csv")};
}

// Every finding of a run with a baseline is marked, and no `opgelost` rests on missing data:
// this run's opgelost findings are voldoet, carried-over ones come from a rule that judged.
void check_marks_are_honest(const json& report) {
  for (const auto& f : report["findings"]) {
    INFO(f.dump());
    REQUIRE(f.contains("baseline"));
    if (f["baseline"] == "opgelost" && !flagged(f)) CHECK(f["status"] == "voldoet");
    if (f["baseline"] == "niet-meer-te-beoordelen" && !flagged(f))
      CHECK((f["status"] == "niet-te-beoordelen" || f["status"] == "fout"));
  }
}

}  // namespace

TEST_CASE("cli baseline: a run with only the registrations never marks the earlier flagged findings opgelost") {
  TempDir dir;
  std::string old_report = dir.path() + "/vorig.json";
  REQUIRE(check_into(po2002_all(), old_report) == 1);
  json old = read_json(old_report);
  std::set<std::string> flagged_before;
  for (const auto& f : old["findings"])
    if (flagged(f)) flagged_before.insert(f["key"].get<std::string>());
  REQUIRE(flagged_before.size() >= 4);  // report rules and registration rules (ZP-1, ZP-5) alike

  std::string now_report = dir.path() + "/nu.json";
  int exit_code = check_into({fixture("registraties/thuiszitters-po2002-2021.csv"),
                              fixture("registraties/meldingen-po2002-2021.csv")},
                             now_report, old_report);
  json now = read_json(now_report);
  check_marks_are_honest(now);
  int carried = 0;
  for (const auto& f : now["findings"]) {
    INFO(f.dump());
    if (flagged(f) && (f["baseline"] == "opgelost" || f["baseline"] == "niet-meer-te-beoordelen")) {
      ++carried;
      CHECK(f["baseline"] == "niet-meer-te-beoordelen");  // nothing judged its absence as solved
    }
    CHECK(f["baseline"] != "opgelost");  // the registrations alone resolve nothing here
  }
  // The rules that read only the annual report did not run: their findings are not carried over.
  for (const auto& f : now["findings"]) CHECK(f["family"] != "reserves");
  CHECK(now["summary"]["baseline"]["opgelost"] == 0);
  CHECK(carried >= 1);  // ZP-5's board finding: the meldingen rule ran but could not judge without the report
  validate_report(now_report, exit_code);
}

TEST_CASE("cli baseline: a report without its registrations marks the registration findings niet-meer-te-beoordelen") {
  TempDir dir;
  std::string old_report = dir.path() + "/vorig.json";
  REQUIRE(check_into(po2002_all(), old_report) == 1);
  json old = read_json(old_report);
  // The dossier and board findings of the registrations that were flagged before.
  std::set<std::string> registration_flagged;
  for (const auto& f : old["findings"]) {
    if (!flagged(f)) continue;
    const std::string rule = f["rule"];
    if (rule == "zorgplicht.thuiszitters-zonder-aanbod" || rule == "zorgplicht.meldingen-per-bestuur")
      registration_flagged.insert(f["key"].get<std::string>());
  }
  REQUIRE(registration_flagged.size() >= 2);  // ZP-1 D-2021-003 and ZP-5 board 43501

  std::string now_report = dir.path() + "/nu.json";
  int exit_code = check_into({fixture("jaarverslagen/po2002-2021.xml")}, now_report, old_report);
  json now = read_json(now_report);
  check_marks_are_honest(now);
  std::set<std::string> not_judged_now;
  for (const auto& f : now["findings"]) {
    INFO(f.dump());
    std::string key = f["key"];
    if (registration_flagged.count(key)) {
      CHECK(f["baseline"] == "niet-meer-te-beoordelen");
      not_judged_now.insert(key);
    }
    if (f["rule"] == "zorgplicht.thuiszitters-zonder-aanbod" || f["rule"] == "zorgplicht.meldingen-per-bestuur")
      CHECK(f["baseline"] != "opgelost");
  }
  CHECK(not_judged_now == registration_flagged);  // every one of them is still in the report
  // The text report folds "registration not given" findings of a run without registrations into
  // one line, but never one that was flagged before: that change stays on its own line.
  auto text = run_swvcheck({"check", fixture("jaarverslagen/po2002-2021.xml"), "--check-date", "2026-11-25",
                            "--baseline", old_report, "--color", "never"});
  CHECK_THAT(text.out, Catch::Contains("niet-te-beoordelen niet-meer-te-beoordelen zorgplicht.thuiszitters-zonder-aanbod"));
  // Carried over, they keep the earlier status but count nowhere: the summary and the exit code
  // are those of the run without a baseline.
  std::string plain_report = dir.path() + "/zonder.json";
  int plain_exit = check_into({fixture("jaarverslagen/po2002-2021.xml")}, plain_report);
  CHECK(exit_code == plain_exit);
  json plain = read_json(plain_report);
  for (const char* status : {"overtreding", "signaal", "voldoet", "niet-te-beoordelen", "fout"})
    CHECK(now["summary"][status] == plain["summary"][status]);
  validate_report(now_report, exit_code);
}

TEST_CASE("cli baseline: a batch of one SWV over three years compared with its own report is ongewijzigd throughout") {
  // PO2704: annual reports of 2022 and 2023, a registration of 2024. 2022 is flagged where 2023
  // is not, so comparing any year with another than its own would change a mark.
  std::vector<std::string> inputs{fixture("jaarverslagen/po2704-2022.xml"), fixture("jaarverslagen/po2704-2023.xml"),
                                  fixture("registraties/thuiszitters-po2704-2024.csv")};
  TempDir dir;
  std::string old_report = dir.path() + "/zelf.json";
  int first_exit = check_into(inputs, old_report);
  json old = read_json(old_report);
  std::set<int> years;
  std::map<std::string, std::set<std::string>> statuses_per_key;
  for (const auto& f : old["findings"]) {
    CHECK(f["swv"] == "PO2704");
    years.insert(f["jaar"].get<int>());
    statuses_per_key[f["key"]].insert(f["status"].get<std::string>());
  }
  REQUIRE(years == std::set<int>{2022, 2023, 2024});
  bool a_key_differs_by_year = false;
  for (const auto& [key, statuses] : statuses_per_key) a_key_differs_by_year |= statuses.size() > 1;
  REQUIRE(a_key_differs_by_year);

  std::string now_report = dir.path() + "/nu.json";
  int exit_code = check_into(inputs, now_report, old_report);
  CHECK(exit_code == first_exit);
  json now = read_json(now_report);
  CHECK(now["findings"].size() == old["findings"].size());  // nothing carried over
  for (const auto& f : now["findings"]) {
    INFO(f["key"] << " " << f["jaar"]);
    CHECK(f["baseline"] == "ongewijzigd");
  }
  CHECK(now["summary"]["baseline"]["ongewijzigd"] == old["findings"].size());
  validate_report(now_report, exit_code);
}

TEST_CASE("cli baseline: carried-over opgelost and niet-meer-te-beoordelen findings pass the contract validator") {
  std::vector<std::string> inputs{fixture("jaarverslagen/po2704-2022.xml"), fixture("jaarverslagen/po2704-2023.xml")};
  TempDir dir;
  std::string old_report = dir.path() + "/vorig.json";
  int plain_exit = check_into(inputs, old_report);
  json old = read_json(old_report);
  // Two flagged findings this run will not yield again: one of a rule that judged PO2704 in
  // 2023 (voldoet throughout), one of a rule that could not (niet-te-beoordelen somewhere).
  std::map<std::string, std::set<std::string>> statuses_2023;
  for (const auto& f : old["findings"])
    if (f["jaar"] == 2023) statuses_2023[f["rule"]].insert(f["status"].get<std::string>());
  json judged, not_judged;
  for (const auto& f : old["findings"]) {
    if (f["jaar"] != 2023 || f["evidence"].empty()) continue;
    const auto& statuses = statuses_2023[f["rule"]];
    if (judged.is_null() && statuses == std::set<std::string>{"voldoet"}) judged = f;
    if (not_judged.is_null() && statuses.count("niet-te-beoordelen")) not_judged = f;
  }
  REQUIRE_FALSE(judged.is_null());
  REQUIRE_FALSE(not_judged.is_null());
  for (json* f : {&judged, &not_judged}) {
    (*f)["key"] = (*f)["key"].get<std::string>() + "/weg";
    (*f)["status"] = "overtreding";
    old["findings"].push_back(*f);
  }
  std::ofstream(old_report) << old.dump();

  std::string now_report = dir.path() + "/nu.json";
  int exit_code = check_into(inputs, now_report, old_report);
  CHECK(exit_code == plain_exit);  // carried-over findings are not counted
  json now = read_json(now_report);
  std::map<std::string, std::string> carried;
  for (const auto& f : now["findings"])
    if (flagged(f) && (f["baseline"] == "opgelost" || f["baseline"] == "niet-meer-te-beoordelen"))
      carried[f["key"]] = f["baseline"];
  CHECK(carried == std::map<std::string, std::string>{{judged["key"], "opgelost"},
                                                      {not_judged["key"], "niet-meer-te-beoordelen"}});
  validate_report(now_report, exit_code);
}

TEST_CASE("cli baseline: a baseline of another tool or rules version is compared, with a warning naming both") {
  TempDir dir;
  std::string old_report = dir.path() + "/vorig.json";
  check_into({fixture("jaarverslagen/po2704-2022.xml")}, old_report);
  json old = read_json(old_report);
  const std::string tool_now = old["tool"]["version"];
  const std::string rules_now = old["tool"]["rules_version"];

  std::string err;
  std::string same_report = dir.path() + "/zelfde.json";
  check_into({fixture("jaarverslagen/po2704-2023.xml")}, same_report, old_report, &err);
  CHECK(err.empty());
  CHECK_FALSE(read_json(same_report)["baseline"].contains("warning"));

  old["tool"]["version"] = "0.0.1";
  old["tool"]["rules_version"] = "oudeRegels";
  std::ofstream(old_report) << old.dump();
  std::string now_report = dir.path() + "/nu.json";
  int exit_code = check_into({fixture("jaarverslagen/po2704-2023.xml")}, now_report, old_report, &err);
  CHECK_THAT(err, Catch::StartsWith("swvcheck: waarschuwing: baseline") && Catch::Contains("swvcheck 0.0.1 (regels oudeRegels)") &&
                      Catch::Contains("swvcheck " + tool_now + " (regels " + rules_now + ")"));
  CHECK(std::count(err.begin(), err.end(), '\n') == 1);
  json now = read_json(now_report);
  CHECK(now["baseline"]["warning"] == err.substr(std::string("swvcheck: waarschuwing: ").size(),
                                                 err.size() - 1 - std::string("swvcheck: waarschuwing: ").size()));
  for (const auto& f : now["findings"]) CHECK(f.contains("baseline"));  // still compared
  validate_report(now_report, exit_code);

  auto text = run_swvcheck({"check", fixture("jaarverslagen/po2704-2023.xml"), "--check-date", "2026-11-25", "--baseline",
                            old_report});
  CHECK_THAT(text.out, Catch::Contains("Let op: baseline") && Catch::Contains("0.0.1"));
  auto sarif = run_swvcheck({"check", fixture("jaarverslagen/po2704-2023.xml"), "--check-date", "2026-11-25",
                             "--baseline", old_report, "--format", "sarif"});
  json log = json::parse(sarif.out);
  auto notes = log["runs"][0]["invocations"][0]["toolConfigurationNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "warning");
  CHECK_THAT(notes[0]["message"]["text"].get<std::string>(), Catch::Contains("0.0.1"));
}
