// End-to-end: the run record in the JSON report and `swvcheck verify REPORT.json`.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A run over copies of two fixtures with a rules overlay (one rule, one parameter file), so
// the test can change and move them.
struct RecordedRun {
  TempDir dir;
  std::string overlay, report;
  int exit_code = -1;

  RecordedRun() {
    dir.write("docs/po3006-2022.xml", read_text(fixture("jaarverslagen/po3006-2022.xml")));
    dir.write("docs/vo3102-2021.xml", read_text(fixture("jaarverslagen/vo3102-2021.xml")));
    overlay = dir.path() + "/overlay";
    dir.write("overlay/params/reserves.lua", read_text(source_path("rules/params/reserves.lua")));
    dir.write("overlay/reserves/signaleringswaarde.lua", read_text(source_path("rules/reserves/signaleringswaarde.lua")));
    report = dir.path() + "/report.json";
    auto result = run_swvcheck({"check", dir.path() + "/docs", "--rules", overlay, "--only", "reserves",
                                "--check-date", "2026-11-25", "--format", "json", "--output", report});
    INFO(result.err);
    exit_code = result.exit_code;
  }
  void change(const std::string& relative, const std::string& from, const std::string& to) const {
    std::string text = dir.read(relative);
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    dir.write(relative, text.replace(at, from.size(), to));
  }
};

}  // namespace

TEST_CASE("verify: the JSON report records the options and the sha256 of every input") {
  RecordedRun run;
  REQUIRE(run.exit_code == 1);
  json doc = json::parse(read_text(run.report));
  CHECK(doc["tool"]["version"] == "0.1.0");
  CHECK(doc["checked_on"] == "2026-11-25");
  const json& record = doc["run"];
  CHECK_FALSE(record.contains("working_directory"));  // a report names no folder of its machine
  CHECK(record["options"]["paths"] == json::array({run.dir.path() + "/docs"}));
  CHECK(record["options"]["only"] == json::array({"reserves"}));
  CHECK(record["options"]["check-date"] == "2026-11-25");
  CHECK_FALSE(record["options"].contains("format"));  // not what decides the findings
  std::map<std::string, std::string> kinds;
  for (const auto& input : record["inputs"]) {
    CHECK(input["sha256"].get<std::string>().size() == 64);
    kinds[input["path"]] = input["kind"];
  }
  CHECK(kinds[run.dir.path() + "/docs/po3006-2022.xml"] == "document");
  CHECK(kinds[run.overlay + "/params/reserves.lua"] == "parameter");
  CHECK(kinds[run.overlay + "/reserves/signaleringswaarde.lua"] == "regel");
  CHECK(kinds[shipped_rules() + "/lib/geld.lua"] == "lib");
  CHECK(kinds[shipped_rules() + "/families.lua"] == "families");
  CHECK(kinds[shipped_rules() + "/toezicht/onafhankelijk-lid.lua"] == "regel");  // loaded, though not selected
  // the same hash as sha256sum computes
  auto sum = run_process("/usr/bin/env", {"sha256sum", run.dir.path() + "/docs/po3006-2022.xml"});
  for (const auto& input : record["inputs"])
    if (input["path"] == run.dir.path() + "/docs/po3006-2022.xml") CHECK(sum.out.substr(0, 64) == input["sha256"]);
}

TEST_CASE("verify: each document's sha256 is sha256sum's, whether loaded, broken or refused as too large") {
  // The loaded documents are hashed from the bytes their loader read, the others from disk.
  TempDir dir;
  dir.write("docs/po3006-2022.xml", read_text(fixture("jaarverslagen/po3006-2022.xml")));
  dir.write("docs/thuiszitters-po3006-2022.csv", read_text(fixture("registraties/thuiszitters-po3006-2022.csv")));
  dir.write("docs/kapot-2022.xml", "<jaarverslag>niet af");
  dir.write("docs/groot-2022.xml", "<!--" + std::string(1 << 20, 'x') + "-->");  // above --max-document-size 1
  auto report = dir.path() + "/report.json";
  auto result = run_swvcheck({"check", dir.path() + "/docs", "--only", "reserves", "--check-date", "2026-11-25",
                              "--max-document-size", "1", "--jobs", "2", "--format", "json", "--output", report});
  INFO(result.err);
  REQUIRE(result.exit_code == 2);  // documents that failed to load
  json doc = json::parse(read_text(report));
  std::size_t documents = 0;
  for (const auto& input : doc["run"]["inputs"]) {
    if (input["kind"] != "document") continue;
    ++documents;
    auto sum = run_process("/usr/bin/env", {"sha256sum", input["path"].get<std::string>()});
    INFO(input["path"]);
    CHECK(sum.out.substr(0, 64) == input["sha256"]);
  }
  CHECK(documents == 4);
}

TEST_CASE("verify: a clean rerun is identical and exits 0") {
  RecordedRun run;
  auto result = run_swvcheck({"verify", run.report});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("identiek: "));
  CHECK_THAT(result.out, Catch::Contains("gecontroleerd op 2026-11-25"));
}

TEST_CASE("verify: a changed parameter file is refused, naming it") {
  RecordedRun run;
  run.change("overlay/params/reserves.lua", "value = \"0.035\"", "value = \"0.05\"");
  auto result = run_swvcheck({"verify", run.report});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("invoer gewijzigd: " + run.overlay + "/params/reserves.lua (parameter"));
}

TEST_CASE("verify: a changed rule is refused, naming it") {
  RecordedRun run;
  run.change("overlay/reserves/signaleringswaarde.lua", "local", "-- een wijziging\nlocal");
  auto result = run_swvcheck({"verify", run.report});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("invoer gewijzigd: " + run.overlay + "/reserves/signaleringswaarde.lua (regel"));
}

TEST_CASE("verify: a moved document is refused, naming it") {
  RecordedRun run;
  fs::rename(run.dir.path() + "/docs/vo3102-2021.xml", run.dir.path() + "/vo3102-2021.xml");
  auto result = run_swvcheck({"verify", run.report});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("invoer ontbreekt: " + run.dir.path() + "/docs/vo3102-2021.xml (document)"));
}

TEST_CASE("verify: relative paths are found from the folder the check ran in, and the refusal elsewhere says so") {
  RecordedRun run;
  auto in = [&](const std::string& folder, const std::string& command) {
    return run_process("/bin/sh", {"-c", "cd '" + folder + "' && " + command});
  };
  std::string swvcheck = "'" + binary() + "'";
  auto check = in(run.dir.path(), swvcheck + " check docs --only reserves --check-date 2026-11-25 --format json "
                                  "--output relatief.json");
  REQUIRE(check.exit_code == 1);
  CHECK(in(run.dir.path(), swvcheck + " verify relatief.json").exit_code == 0);
  auto elsewhere = in(run.dir.path() + "/overlay", swvcheck + " verify ../relatief.json");
  CHECK(elsewhere.exit_code == 2);
  CHECK_THAT(elsewhere.err, Catch::Contains("invoer ontbreekt: docs/"));
  CHECK_THAT(elsewhere.err, Catch::Contains("start verify daar"));
}

TEST_CASE("verify: a document added to a checked folder is refused as new input") {
  RecordedRun run;
  run.dir.write("docs/po2704-2023.xml", read_text(fixture("jaarverslagen/po2704-2023.xml")));
  auto result = run_swvcheck({"verify", run.report});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("nieuwe invoer: " + run.dir.path() + "/docs/po2704-2023.xml (document)"));
}

TEST_CASE("verify: a report whose findings differ from the rerun exits 1 and lists the difference") {
  RecordedRun run;
  json doc = json::parse(read_text(run.report));
  for (auto& f : doc["findings"])
    if (f["key"] == "reserves.signaleringswaarde/PO3006") f["status"] = "voldoet";
  run.dir.write("edited.json", doc.dump(2));
  auto result = run_swvcheck({"verify", run.dir.path() + "/edited.json"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::Contains("verschillend: 1 verschil"));
  CHECK_THAT(result.out, Catch::Contains("anders: reserves.signaleringswaarde/PO3006 (2022): voldoet -> signaal"));
}

TEST_CASE("verify: usage errors and reports without a run record exit 2") {
  TempDir dir;
  CHECK(run_swvcheck({"verify"}).exit_code == 2);
  CHECK(run_swvcheck({"verify", dir.path() + "/geen.json"}).exit_code == 2);
  auto old = run_swvcheck({"verify", dir.write("oud.json", R"({"tool": {"name": "swvcheck"}, "findings": []})")});
  CHECK(old.exit_code == 2);
  CHECK_THAT(old.err, Catch::Contains("heeft geen run-gegevens"));
}
