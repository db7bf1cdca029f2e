// End-to-end: --reference places each checked SWV in its sector (issue 17 item 3).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/contract.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

// po2704-2023.xml as another SWV with its own thuiszitters and pupils (thuiszitters per 1,000
// is then totaal / leerlingen × 1000); leerlingen < 0 leaves the pupils out.
std::string report_for(const std::string& code, int thuiszitters, int leerlingen) {
  std::string xml = read_text(fixture("jaarverslagen/po2704-2023.xml"));
  auto replace = [&](const std::string& from, const std::string& to) {
    auto at = xml.find(from);
    REQUIRE(at != std::string::npos);
    xml.replace(at, from.size(), to);
  };
  replace("code=\"PO2704\" sector=\"PO\"", "code=\"" + code + "\" sector=\"" + code.substr(0, 2) + "\"");
  replace("<totaal>14</totaal>", "<totaal>" + std::to_string(thuiszitters) + "</totaal>");
  replace("<totaal>18500</totaal>", leerlingen < 0 ? "" : "<totaal>" + std::to_string(leerlingen) + "</totaal>");
  return xml;
}

const json& position(const json& report, const std::string& swv, const std::string& kengetal) {
  for (const auto& p : report["reference"])
    if (p["swv"] == swv && p["kengetal"] == kengetal) return p;
  FAIL("no reference entry for " << swv << " " << kengetal);
  static json none;
  return none;
}

}  // namespace

TEST_CASE("cli: --reference gives each key figure's percentile and sector median, as computed by hand") {
  TempDir dir;
  // Reference PO: thuiszitters per 1,000 = 2.00, 4.00, 4.00, 10.00; VO: 50.00 (another sector).
  dir.write("ref/a.xml", report_for("PO1001", 2, 1000));
  dir.write("ref/b.xml", report_for("PO1002", 4, 1000));
  dir.write("ref/c.xml", report_for("PO1003", 8, 2000));
  dir.write("ref/d.xml", report_for("PO1004", 10, 1000));
  dir.write("ref/e.xml", report_for("VO1005", 50, 1000));
  auto checked = dir.write("in/po.xml", report_for("PO2001", 4, 1000));
  auto low = dir.write("in/laag.xml", report_for("PO2002", 3, 1000));
  auto vo = dir.write("in/vo.xml", report_for("VO2003", 50, 1000));
  auto without = dir.write("in/zonder.xml", report_for("PO2004", 4, -1));
  auto json_path = dir.path() + "/report.json";
  auto run = run_swvcheck(check_args({dir.path() + "/in", "--reference", dir.path() + "/ref", "--format", "json",
                                      "--output", json_path}));
  INFO(run.err);
  REQUIRE(run.exit_code <= 1);
  validate_report(json_path, run.exit_code);
  json report = json::parse(read_text(json_path));
  REQUIRE(report["reference"].is_array());
  CHECK(report["reference"].size() == 4 * 5);  // every checked report × the five key figures

  // Hand computation: percentile = (below + equal / 2) / n × 100; PO median (4.00 + 4.00) / 2.
  const auto& po = position(report, "PO2001", "thuiszitters-per-1000");
  CHECK(po["jaar"] == 2023);
  CHECK(po["sector"] == "PO");
  CHECK(po["waarde"] == "4.00");
  CHECK(po["percentiel"] == "50.0");  // (1 + 2/2) / 4
  CHECK(po["mediaan"] == "4.00");
  CHECK(po["referentie_aantal"] == 4);
  const auto& laag = position(report, "PO2002", "thuiszitters-per-1000");
  CHECK(laag["waarde"] == "3.00");
  CHECK(laag["percentiel"] == "25.0");  // (1 + 0) / 4
  const auto& v = position(report, "VO2003", "thuiszitters-per-1000");
  CHECK(v["sector"] == "VO");
  CHECK(v["percentiel"] == "50.0");  // the one VO value is equal: (0 + 1/2) / 1
  CHECK(v["mediaan"] == "50.00");
  CHECK(v["referentie_aantal"] == 1);
  // Without pupils the figure is absent with the reason, never 0.
  const auto& zonder = position(report, "PO2004", "thuiszitters-per-1000");
  CHECK(zonder["waarde"].is_null());
  CHECK(zonder["percentiel"].is_null());
  CHECK(zonder["reden"] == "leerlingen/totaal ontbreekt");
  // The other figures come from the rules' own values; every reference report has the same ones.
  const auto& reserve = position(report, "PO2001", "reserve-ratio");
  CHECK(reserve["waarde"] == reserve["mediaan"]);
  CHECK(reserve["percentiel"] == "50.0");
  for (const char* id : {"solvabiliteit", "liquiditeit", "organisatiekosten"}) {
    INFO(id);
    CHECK(position(report, "PO2001", id)["waarde"].is_string());
  }

  auto text = run_swvcheck(check_args({checked, "--reference", dir.path() + "/ref"}));
  CHECK_THAT(text.out, Catch::Contains("Positie in de sector (referentieset") &&
                           Catch::Contains("thuiszitters-per-1000  4.00      percentiel 50.0  mediaan PO 4.00 (n=4)"));
  auto html = run_swvcheck(check_args({checked, "--reference", dir.path() + "/ref", "--format", "html"}));
  CHECK_THAT(html.out, Catch::Contains("<section id=\"sector\">") && Catch::Contains("<svg class=\"strip\""));
  (void)low, (void)vo, (void)without;
}

TEST_CASE("cli: --reference with only --only reserves says why the other figures are absent, bad input") {
  TempDir dir;
  dir.write("ref/a.xml", report_for("PO1001", 2, 1000));
  dir.write("ref/kapot.xml", "<jaarverslag>\n  <niet af");
  auto run = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--reference", dir.path() + "/ref",
                                      "--only", "reserves", "--format", "json"}));
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.err, Catch::Contains("referentiedocument") && Catch::Contains("kapot.xml, regel 2"));
  json report = json::parse(run.out);
  CHECK(position(report, "PO2704", "reserve-ratio")["percentiel"] == "50.0");
  const auto& absent = position(report, "PO2704", "solvabiliteit");
  CHECK(absent["waarde"].is_null());
  CHECK_THAT(absent["reden"].get<std::string>(), Catch::Contains("--only"));
  auto empty = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--reference", dir.path() + "/leeg"}));
  CHECK(empty.exit_code == 2);
  CHECK_THAT(empty.err, Catch::Contains("--reference"));
}
