// Issue 15 item 1 end to end: a norm not in force on a report's peildatum gives no finding, and
// every format says per rule how many documents it did not apply to and why (JSON and SARIF: a
// not_applicable list in the summary; text and HTML: a section; CSV keeps one row per finding
// and so has no such rows). `rules explain` shows the range.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

std::vector<std::string> check(const std::string& format) {
  return {"check", fixture("jaarverslagen/vo2405-2019.xml"), fixture("jaarverslagen/po2704-2023.xml"), "--check-date",
          "2026-11-25", "--color", "never", "--format", format};
}

const json* entry_for(const json& list, const std::string& rule) {
  for (const auto& item : list)
    if (item["rule"] == rule) return &item;
  return nullptr;
}

void check_tz1_entry(const json& list) {
  const json* tz1 = entry_for(list, "toezicht.onafhankelijk-lid");
  REQUIRE(tz1);
  CHECK((*tz1)["norm"] == "TZ-1");
  CHECK((*tz1)["documents"] == 1);
  CHECK((*tz1)["reason"] == "nog-niet-van-kracht");
  CHECK((*tz1)["in_force_from"] == "2020-11-04");
  CHECK((*tz1)["message"] == "norm van kracht vanaf 2020-11-04; de peildatum ligt ervoor");
  CHECK_FALSE(entry_for(list, "consistentie.sommen"));
}

}  // namespace

TEST_CASE("cli not applicable: JSON lists the rules per reason in summary.not_applicable, no findings, contract ok") {
  TempDir dir;
  auto args = check("json");
  std::string out = dir.path() + "/rapport.json";
  args.insert(args.end(), {"--output", out});
  auto run = run_swvcheck(args);
  CHECK(run.exit_code == 1);
  json report = json::parse(read_text(out));
  for (const auto& f : report["findings"]) {
    INFO(f["key"]);
    CHECK_FALSE((f["jaar"] == 2019 && f["rule"] == "toezicht.onafhankelijk-lid"));
  }
  check_tz1_entry(report["summary"]["not_applicable"]);
  if (std::filesystem::exists(SWVCHECK_VALIDATOR)) {
    auto verdict = run_process("/usr/bin/env", {"python3", SWVCHECK_VALIDATOR, out, std::to_string(run.exit_code)});
    INFO(verdict.out << verdict.err);
    CHECK(verdict.exit_code == 0);
  } else {
    WARN("shared/tools/validate-findings not found beside the repository; contract check skipped");
  }
}

TEST_CASE("cli not applicable: SARIF lists them in the run's summary, as JSON does") {
  auto run = run_swvcheck(check("sarif"));
  CHECK(run.exit_code == 1);
  json log = json::parse(run.out);
  check_tz1_entry(log["runs"][0]["properties"]["summary"]["not_applicable"]);
}

TEST_CASE("cli not applicable: text and HTML show a section per rule, CSV has no row for it") {
  auto text = run_swvcheck(check("text"));
  CHECK_THAT(text.out, Catch::Contains("Niet van toepassing (de norm gold niet op de peildatum; geen bevindingen):"));
  CHECK_THAT(text.out, Catch::Contains("TZ-1  toezicht.onafhankelijk-lid"));
  CHECK_THAT(text.out, Catch::Contains("1 document: norm van kracht vanaf 2020-11-04; de peildatum ligt ervoor"));

  auto html = run_swvcheck(check("html"));
  CHECK_THAT(html.out, Catch::Contains("<table id=\"niet-van-toepassing\""));
  CHECK_THAT(html.out, Catch::Contains("<code>toezicht.onafhankelijk-lid</code></td><td class=\"num\">1</td>"));

  auto csv = run_swvcheck(check("csv"));
  CHECK_THAT(csv.out, Catch::Contains("swv;jaar;regel;norm;familie;status;bericht;waarden;bewijs;document;key\r\n"));
  CHECK_THAT(csv.out, !Catch::Contains("VO2405;2019;toezicht.onafhankelijk-lid"));
  CHECK_THAT(csv.out, Catch::Contains("PO2704;2023;toezicht.onafhankelijk-lid"));
}

TEST_CASE("cli not applicable: rules explain and the catalogue show the range") {
  auto tz1 = run_swvcheck({"rules", "explain", "TZ-1"});
  CHECK_THAT(tz1.out, Catch::Contains("In werking:     vanaf 2020-11-04 (peildatum van het document"));
  auto co1 = run_swvcheck({"rules", "explain", "CO-1"});
  CHECK_THAT(co1.out, Catch::Contains("In werking:     altijd"));
  auto catalog = run_swvcheck({"rules", "catalog"});
  CHECK_THAT(catalog.out, Catch::Contains("- In werking: vanaf 2016-08-01 (op de peildatum"));
}
