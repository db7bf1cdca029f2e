// End-to-end for issue 18: values read whole, no document skipped, closed standard streams,
// honest positions: what a user sees from the built binary.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

std::string po2704_2023() { return read_text(fixture("jaarverslagen/po2704-2023.xml")); }

// Every finding's rule, key, status, values and evidence lines: what a reader acts on.
json decisions(const json& report) {
  json list = json::array();
  for (const auto& f : report["findings"]) {
    json lines = json::array();
    for (const auto& e : f["evidence"]) lines.push_back(e.value("line", 0));
    list.push_back({f["key"], f["status"], f["values"], lines});
  }
  return list;
}

json json_report_of(const std::string& path, int* exit_code = nullptr) {
  auto result = run_swvcheck(check_args({path, "--format", "json"}));
  if (exit_code) *exit_code = result.exit_code;
  INFO(result.err);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("issue 18.1 (cli): a comment or CDATA between the digits of an amount changes no finding") {
  TempDir dir;
  int original_exit = -1;
  json original = json_report_of(fixture("jaarverslagen/po2704-2023.xml"), &original_exit);
  REQUIRE(original_exit == 0);  // every rule voldoet on this fixture
  for (const std::string written : {"68<!-- x -->0000.00", "6<![CDATA[8]]>0000.00"}) {
    INFO(written);
    std::string text = po2704_2023();
    auto at = text.find("<totaal>680000.00</totaal>");
    REQUIRE(at != std::string::npos);
    text.replace(at, 26, "<totaal>" + written + "</totaal>");
    auto path = dir.write("po2704-2023.xml", text);
    int exit_code = -1;
    json changed = json_report_of(path, &exit_code);
    CHECK(exit_code == 0);  // no false CO-1 overtreding from reading "68" alone
    CHECK(decisions(changed) == decisions(original));
  }
}

TEST_CASE("issue 18.3 (cli): dangling links are failed documents and symlinked folders are checked") {
  TempDir dir;
  TempDir elsewhere;
  dir.write("po2704-2023.xml", po2704_2023());
  elsewhere.write("vo2801-2023.xml", read_text(fixture("jaarverslagen/vo2801-2023.xml")));
  std::filesystem::create_symlink(elsewhere.path(), dir.path() + "/vo");
  std::filesystem::create_symlink(dir.path() + "/weg.xml", dir.path() + "/vergeten.xml");
  auto text = run_swvcheck(check_args({dir.path()}));
  CHECK(text.exit_code == 2);
  CHECK_THAT(text.out, Catch::Contains("VO2801 2023  (" + dir.path() + "/vo/vo2801-2023.xml)"));
  CHECK_THAT(text.out, Catch::Contains("Niet geladen documenten:\n  " + dir.path() +
                                       "/vergeten.xml: fout: symbolische koppeling naar een bestand dat niet bestaat"));
  CHECK_THAT(text.out, Catch::Contains("Samenvatting: 3 documenten (1 niet geladen)"));
  auto json_run = run_swvcheck(check_args({dir.path(), "--format", "json"}));
  CHECK(json_run.exit_code == 2);
  json report = json::parse(json_run.out);
  REQUIRE(report["documents"].size() == 3);
  CHECK(report["documents"][0]["path"] == dir.path() + "/po2704-2023.xml");
  CHECK(report["documents"][1]["path"] == dir.path() + "/vergeten.xml");
  CHECK(report["documents"][1]["status"] == "fout");
  CHECK(report["documents"][2]["status"] == "geladen");
}

TEST_CASE("issue 18.3 (cli): a folder with nothing but an unreadable entry still runs and exits 2") {
  TempDir dir;
  std::filesystem::create_symlink(dir.path() + "/weg.csv", dir.path() + "/thuiszitters.csv");
  auto result = run_swvcheck(check_args({dir.path()}));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.out, Catch::Contains("thuiszitters.csv: fout: symbolische koppeling"));
}

TEST_CASE("issue 18.6 (cli): with standard output closed the report is refused, not written into a file") {
  auto result = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--format", "json"}), {},
                             {STDOUT_FILENO});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::StartsWith("swvcheck: de standaarduitvoer is gesloten"));
  CHECK_THAT(result.err, Catch::Contains("--output"));
  // With --output the report has a destination: the run goes on as usual.
  TempDir dir;
  auto to_file = run_swvcheck(
      check_args({fixture("jaarverslagen/po2704-2023.xml"), "--format", "json", "--output", dir.path() + "/r.json"}),
      {}, {STDOUT_FILENO});
  CHECK(to_file.exit_code == 0);
  CHECK(json::parse(dir.read("r.json"))["summary"]["documents"] == 1);
}

TEST_CASE("issue 18.6 (cli): with standard error or input closed nothing lands in the report file") {
  TempDir dir;
  for (int closed : {STDERR_FILENO, STDIN_FILENO}) {
    INFO(closed);
    auto path = dir.path() + "/r" + std::to_string(closed) + ".json";
    auto result = run_swvcheck(
        check_args({fixture("jaarverslagen/po2704-2023.xml"), "--format", "json", "--output", path, "--profile"}), {},
        {closed});
    CHECK(result.exit_code == 0);
    std::string written = read_text(path);
    CHECK_THAT(written, !Catch::Contains("Rekentijd per regel"));  // the profile went to /dev/null
    CHECK_NOTHROW(json::parse(written));
  }
}

TEST_CASE("issue 18.7 (cli): with bare CR line ends the evidence has the same lines") {
  std::string text = po2704_2023();
  std::string cr;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] != '\n') cr += text[i];
    else if (i == 0 || text[i - 1] != '\r') cr += '\r';
  REQUIRE(cr.find('\n') == std::string::npos);
  TempDir dir;
  json original = json_report_of(fixture("jaarverslagen/po2704-2023.xml"));
  json changed = json_report_of(dir.write("po2704-2023.xml", cr));
  CHECK(decisions(changed) == decisions(original));
  bool line_48 = false;  // eigen vermogen's totaal, as in the fixture
  for (const auto& f : changed["findings"])
    for (const auto& e : f["evidence"]) line_48 = line_48 || e.value("line", 0) == 48;
  CHECK(line_48);
}
