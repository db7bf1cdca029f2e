// End-to-end: the report formats, --baseline and the progress line, through the real binary.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

TEST_CASE("cli: --format html, csv and sarif write their format, help names them all") {
  auto html = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--format", "html"}));
  CHECK(html.exit_code == 1);
  CHECK_THAT(html.out, Catch::StartsWith("<!DOCTYPE html>") && Catch::Contains("PO3006"));
  auto csv = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--format", "csv"}));
  CHECK(csv.exit_code == 1);
  CHECK_THAT(csv.out, Catch::StartsWith("\xEF\xBB\xBFswv;jaar;regel;norm;familie;status;bericht;waarden;bewijs;document;key\r\n"));
  auto sarif = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"), "--format", "sarif"}));
  CHECK(sarif.exit_code == 1);
  CHECK(json::parse(sarif.out)["version"] == "2.1.0");
  auto help = run_swvcheck({"check", "--help"});
  CHECK_THAT(help.out, Catch::Contains("text, json, html, csv, sarif of xlsx") && Catch::Contains("--baseline"));
}

TEST_CASE("cli: --baseline marks findings against an earlier JSON report, in a year-over-year run") {
  TempDir dir;
  std::string old_report = dir.path() + "/2022.json";
  auto first = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2022.xml"), "--format", "json", "--output", old_report}));
  REQUIRE(first.exit_code == 1);
  auto second = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--format", "json", "--baseline", old_report}));
  CHECK(second.exit_code == 0);  // PO2704 2023 has nothing flagged; its solved finding does not count
  json doc = json::parse(second.out);
  CHECK(doc["baseline"]["path"] == old_report);
  int changed = 0;
  for (const auto& f : doc["findings"]) {
    INFO(f.dump());
    REQUIRE(f.contains("baseline"));
    if (f["rule"] == "zorgplicht.thuiszitters-jaarverslag") {
      CHECK(f["baseline"] == "opgelost");  // the ZP-1 signaal of 2022 is voldoet in 2023
      ++changed;
    } else if (f["rule"] == "wnt.bezoldiging") {
      // The WN-1 overtreding of 2022: opgelost only when 2023 is judged voldoet; when it cannot
      // be judged it is niet-meer-te-beoordelen, never opgelost.
      CHECK(f["baseline"] == (f["status"] == "voldoet"                ? "opgelost"
                              : f["status"] == "niet-te-beoordelen"   ? "niet-meer-te-beoordelen"
                                                                      : "ongewijzigd"));
      ++changed;
    } else {
      CHECK(f["baseline"] == "ongewijzigd");
    }
  }
  CHECK(changed >= 2);
  CHECK(doc["summary"]["baseline"]["opgelost"] >= 1);
}

TEST_CASE("cli: an unreadable baseline is a one-line error and exit 2 before any work") {
  TempDir dir;
  std::string output = dir.path() + "/rapport.json";
  for (const std::string& baseline : {dir.path() + "/bestaat-niet.json", dir.write("kapot.json", "{ niet json")}) {
    auto result = run_swvcheck(check_args({fixture("jaarverslagen"), "--baseline", baseline, "--output", output}));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("swvcheck: ") && Catch::Contains("baseline"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK_FALSE(std::filesystem::exists(output));  // not even the output file was begun
  }
}

TEST_CASE("cli: a progress line on stderr only when stderr is a terminal and the batch is long") {
  TempDir dir;
  // Not a terminal: nothing on stderr.
  auto quiet = run_swvcheck(check_args({fixture("jaarverslagen"), "--output", dir.path() + "/a.txt"}));
  CHECK(quiet.exit_code == 1);
  CHECK(quiet.err.empty());
  if (!std::filesystem::exists("/usr/bin/script")) {
    WARN("/usr/bin/script (util-linux) not found; progress on a terminal not tested");
    return;
  }
  // On a terminal (script gives the command a pseudo-terminal): a line rewritten with \r.
  auto in_terminal = [&](const std::string& input) {
    std::string command = "'";  // built by appending: GCC 12 -O2 warns (-Wrestrict) on "literal" + std::string&&
    command.append(binary()).append("' check '").append(input).append("' --check-date 2026-11-25 --output '");
    command.append(dir.path()).append("/b.txt'");
    return run_process("/usr/bin/script", {"-qec", command, "/dev/null"});
  };
  auto long_batch = in_terminal(fixture("jaarverslagen"));  // 17 documents
  CHECK(long_batch.exit_code == 1);
  CHECK_THAT(long_batch.out, Catch::Contains("\rswvcheck: 17/17 gecontroleerd"));
  CHECK_THAT(long_batch.out, Catch::Contains("\rswvcheck: 1/17 gecontroleerd"));
  auto short_batch = in_terminal(fixture("jaarverslagen/po2704-2023.xml"));
  CHECK(short_batch.exit_code == 0);
  CHECK(short_batch.out.find("gecontroleerd") == std::string::npos);
}

TEST_CASE("cli: a report that cannot be written stops with a clear error, for every format") {
  // /dev/full takes no bytes: as a full disk. JSON and CSV are written while checking.
  for (std::string format : {"json", "csv", "text", "sarif"}) {
    INFO(format);
    auto result = run_process("/bin/sh", {"-c", "\"$0\" check \"$1\" --check-date 2026-11-25 --format \"$2\" > /dev/full",
                                          binary(), fixture("jaarverslagen"), format});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("schrijven naar de standaarduitvoer mislukt"));
  }
}

TEST_CASE("cli: a JSON report written while checking leaves nothing but the report behind") {
  TempDir dir;
  std::string report = dir.path() + "/rapport.json";
  auto result = run_swvcheck({"check", fixture("jaarverslagen"), "--check-date", "2026-11-25", "--format", "json",
                              "--output", report});
  CHECK(result.exit_code == 1);
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) names.push_back(entry.path().filename());
  CHECK(names == std::vector<std::string>{"rapport.json"});
  CHECK(json::parse(std::ifstream(report))["findings"].size() > 100);
}

TEST_CASE("cli: JSON and SARIF reports written to a file (their findings copied in the kernel) equal those on standard output") {
  TempDir dir;
  for (std::string format : {"json", "sarif"}) {
    INFO(format);
    std::string report = dir.path() + "/rapport." + format;
    auto to_file = run_swvcheck(check_args({fixture("jaarverslagen"), "--format", format, "--output", report}));
    auto to_stdout = run_swvcheck(check_args({fixture("jaarverslagen"), "--format", format}));
    CHECK(to_file.exit_code == 1);
    CHECK(to_stdout.exit_code == 1);
    std::string written = read_text(report);
    CHECK(written.size() > 500'000);  // findings well beyond one 64 KiB piece
    CHECK(written == to_stdout.out);
  }
}
