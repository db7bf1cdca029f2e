// End-to-end: swvcheck impact on the fixtures, with the expected counts worked out by hand
// from the RS-1 and RS-2 tables in fixtures/README.md.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

// A rules overlay holding only params/reserves.lua, with `from` replaced by `to`.
std::string overlay_with(const TempDir& dir, const std::string& from, const std::string& to) {
  std::string text = read_text(source_path("rules/params/reserves.lua"));
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  dir.write("nieuw/params/reserves.lua", text.replace(at, from.size(), to));
  return dir.path() + "/nieuw";
}

json impact(const std::string& overlay, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"impact", "--rules", overlay, fixture("jaarverslagen"), "--check-date", "2026-11-25",
                                "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto result = run_swvcheck(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

std::vector<std::string> swv_years(const json& change) {
  std::vector<std::string> list;
  for (const auto& unit : change["units"]) list.push_back(unit["swv"].get<std::string>() + " " + std::to_string(unit["jaar"].get<int>()));
  return list;
}

}  // namespace

TEST_CASE("impact: the signaleringswaarde from 3.5% to 5% on the fixtures") {
  TempDir dir;
  json report = impact(overlay_with(dir, "value = \"0.035\"", "value = \"0.05\""));
  CHECK(report["documents"] == 17);  // every report in fixtures/jaarverslagen
  // RS-1 signaal at 3.5%: PO3006 2022 (publiek EV 520679.02), VO2405 2019 (1985000.00),
  // PO2511 2019 (2890000.00), VO3102 2021 (1340000.00), PO2902 2024 (1155001.00), VO2704 2022
  // (1610000.00). At 5% of the totale baten the values are 743827.15, 961420.00, 801290.00,
  // 821080.00, 686250.00 and 1326850.00: only PO3006 comes out below. Nothing that was voldoet
  // can become signaal with a higher value. RS-2 needs RS-1 above the value: PO3006's
  // overtreding (no afbouwplan) is gone; the others are still above, so unchanged.
  REQUIRE(report["changes"].size() == 2);
  const json& afbouwplan = report["changes"][0];
  CHECK(afbouwplan["rule"] == "reserves.afbouwplan");
  CHECK(afbouwplan["norm_id"] == "RS-2");
  CHECK(afbouwplan["from"] == "overtreding");
  CHECK(afbouwplan["to"] == "geen-bevinding");
  CHECK(afbouwplan["count"] == 1);
  const json& signaal = report["changes"][1];
  CHECK(signaal["rule"] == "reserves.signaleringswaarde");
  CHECK(signaal["norm_id"] == "RS-1");
  CHECK(signaal["from"] == "signaal");
  CHECK(signaal["to"] == "voldoet");
  CHECK(signaal["count"] == 1);
  CHECK(signaal["units"] == json::array({{{"swv", "PO3006"}, {"jaar", 2022}, {"key", "reserves.signaleringswaarde/PO3006"}}}));
}

TEST_CASE("impact: the signaleringswaarde at 10% moves four SWV's, in text and HTML too") {
  TempDir dir;
  std::string overlay = overlay_with(dir, "value = \"0.035\"", "value = \"0.10\"");
  json report = impact(overlay);
  // At 10%: VO2405 1922840.00 and PO2511 1602580.00 are still below their publiek EV (signaal);
  // VO3102 1642160.00, PO2902 1372500.00, VO2704 2653700.00 and PO3006 are above it: voldoet.
  // RS-2 then gives no finding for those four: PO3006 was overtreding, VO3102, PO2902 and
  // VO2704 voldoet (afbouwplan ja).
  REQUIRE(report["changes"].size() == 3);
  CHECK(report["changes"][0]["from"] == "overtreding");
  CHECK(swv_years(report["changes"][0]) == std::vector<std::string>{"PO3006 2022"});
  CHECK(report["changes"][1]["rule"] == "reserves.afbouwplan");
  CHECK(report["changes"][1]["from"] == "voldoet");
  CHECK(report["changes"][1]["to"] == "geen-bevinding");
  CHECK(swv_years(report["changes"][1]) == std::vector<std::string>{"PO2902 2024", "VO2704 2022", "VO3102 2021"});
  CHECK(report["changes"][2]["rule"] == "reserves.signaleringswaarde");
  CHECK(report["changes"][2]["count"] == 4);
  CHECK(swv_years(report["changes"][2]) ==
        std::vector<std::string>{"PO2902 2024", "PO3006 2022", "VO2704 2022", "VO3102 2021"});

  auto text = run_swvcheck({"impact", "--rules", overlay, fixture("jaarverslagen"), "--check-date", "2026-11-25"});
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("reserves.signaleringswaarde [RS-1]\n  4 SWV's van signaal naar voldoet (4 bevindingen)\n"
                                       "    PO2902 2024  reserves.signaleringswaarde/PO2902\n"));
  auto html = run_swvcheck({"impact", "--rules", overlay, fixture("jaarverslagen"), "--check-date", "2026-11-25",
                            "--format", "html"});
  CHECK(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::Contains("<tr><td><code>reserves.signaleringswaarde</code></td><td>RS-1</td><td>signaal</td>"
                                       "<td>voldoet</td><td>4</td><td>4</td></tr>"));
}

TEST_CASE("impact: a changed parameter date") {
  TempDir dir;
  // The signaleringswaarde becomes 10% from 2022 on: a new dated value beside the 3.5% of 2019.
  // A report is judged with the value in force on its peildatum (31 December), so 2022 and 2024
  // move as in the 10% case above (PO3006 2022, VO2704 2022, PO2902 2024 voldoet; RS-2 then gives
  // no finding), while VO3102 2021 keeps 3.5% and stays signaal with its RS-2 voldoet.
  json report = impact(overlay_with(dir, "{ from = \"2019-01-01\", value = \"0.035\" },",
                                    "{ from = \"2019-01-01\", value = \"0.035\" },\n"
                                    "      { from = \"2022-01-01\", value = \"0.10\" },"));
  REQUIRE(report["changes"].size() == 3);
  CHECK(report["changes"][0]["rule"] == "reserves.afbouwplan");
  CHECK(report["changes"][0]["from"] == "overtreding");
  CHECK(swv_years(report["changes"][0]) == std::vector<std::string>{"PO3006 2022"});
  CHECK(report["changes"][1]["from"] == "voldoet");
  CHECK(report["changes"][1]["to"] == "geen-bevinding");
  CHECK(swv_years(report["changes"][1]) == std::vector<std::string>{"PO2902 2024", "VO2704 2022"});
  CHECK(report["changes"][2]["rule"] == "reserves.signaleringswaarde");
  CHECK(report["changes"][2]["from"] == "signaal");
  CHECK(report["changes"][2]["to"] == "voldoet");
  CHECK(swv_years(report["changes"][2]) == std::vector<std::string>{"PO2902 2024", "PO3006 2022", "VO2704 2022"});
}

TEST_CASE("impact: the same rules change nothing, --base compares two overlays, usage errors exit 2") {
  TempDir dir;
  std::string same = overlay_with(dir, "value = \"0.035\"", "value = \"0.035\"");
  json nothing = impact(same);
  CHECK(nothing["changes"].empty());
  CHECK(nothing["unchanged"].get<int>() > 100);
  // --base layers the old rules too: from 5% back to 3.5% is the first case reversed.
  TempDir old;
  std::string five = overlay_with(old, "value = \"0.035\"", "value = \"0.05\"");
  json back = impact(same, {"--base", five});
  REQUIRE(back["changes"].size() == 2);
  CHECK(back["changes"][0]["from"] == "geen-bevinding");
  CHECK(back["changes"][0]["to"] == "overtreding");
  CHECK(back["changes"][1]["from"] == "voldoet");
  CHECK(back["changes"][1]["to"] == "signaal");

  CHECK(run_swvcheck({"impact", fixture("jaarverslagen")}).exit_code == 2);  // no --rules
  CHECK(run_swvcheck({"impact", "--rules", same}).exit_code == 2);           // no documents
  CHECK(run_swvcheck({"impact", "--rules", same, fixture("jaarverslagen"), "--format", "csv"}).exit_code == 2);
}
