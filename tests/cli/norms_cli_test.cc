// End-to-end for the norms beyond the four headline families (TZ-3, RS-2, OP-1..3, FN-1..4,
// WN-1): each fires on the bundled fixtures in the text and the JSON report, and `swvcheck rules
// catalog` writes the norm catalogue (stdout or --output) exactly as docs/normen.md holds it.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

// rule id -> the fixture SWV-year where it fires and the status it gives there
const std::map<std::string, std::pair<std::string, std::string>> kFiring{
    {"toezicht.onafhankelijk-bestuur", {"VO2203", "signaal"}},
    {"reserves.afbouwplan", {"PO3006", "overtreding"}},
    {"ondersteuningsplan.looptijd", {"VO2704", "overtreding"}},
    {"ondersteuningsplan.oogo-en-instemming", {"PO2902", "overtreding"}},
    {"ondersteuningsplan.steunpunt", {"VO2704", "signaal"}},
    {"financien.solvabiliteit", {"VO2203", "signaal"}},
    {"financien.liquiditeit", {"PO2002", "signaal"}},
    {"financien.liquide-middelen", {"PO2105", "signaal"}},
    {"financien.organisatiekosten", {"PO2318", "signaal"}},
    {"wnt.bezoldiging", {"PO2704", "overtreding"}},
};

}  // namespace

TEST_CASE("cli: every new norm fires on the fixtures, in the text and in the JSON report") {
  std::vector<std::string> args{"check", fixture("jaarverslagen"), "--check-date", "2026-11-25", "--color", "never"};
  auto text = run_swvcheck(args);
  CHECK(text.exit_code == 1);
  args.insert(args.end(), {"--format", "json"});
  auto json_run = run_swvcheck(args);
  CHECK(json_run.exit_code == 1);
  json doc = json::parse(json_run.out);

  for (const auto& [rule, where] : kFiring) {
    INFO(rule << " on " << where.first);
    const auto& [swv, status] = where;
    bool in_json = false;
    for (const auto& f : doc["findings"])
      if (f["rule"] == rule && f["swv"] == swv && f["status"] == status) in_json = true;
    CHECK(in_json);
    // text: the SWV's block has a line "  <status>  <rule>  ..."
    auto block = text.out.find("\n" + swv + " ");
    REQUIRE(block != std::string::npos);
    auto end = text.out.find("\n\n", block + 1);
    std::string lines = text.out.substr(block, end == std::string::npos ? std::string::npos : end - block);
    bool in_text = false;
    std::istringstream in(lines);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("  " + status, 0) == 0 && line.find(" " + rule + " ") != std::string::npos) in_text = true;
    CHECK(in_text);
  }
  // WN-1 gives its own signaal for a wrongly reported maximum (VO2203: 157000.00, not 0.9 × 157000.00)
  bool maximum = false;
  for (const auto& f : doc["findings"])
    if (f["key"] == "wnt.bezoldiging/VO2203/topfunctionaris-1/bezoldigingsmaximum" && f["status"] == "signaal") {
      maximum = true;
      CHECK(f["values"]["individueel_maximum"] == "141300.00");
      CHECK(f["values"]["bezoldigingsmaximum"] == "157000.00");
    }
  CHECK(maximum);
  // FN ratios: two decimals and the threshold, as decimal strings
  for (const auto& f : doc["findings"])
    if (f["key"] == "financien.liquiditeit/PO2002") {
      CHECK(f["values"]["liquiditeit"] == "0.95");
      CHECK(f["values"]["signaleringswaarde"] == "1.0");
      CHECK_THAT(f["message"].get<std::string>(), Catch::Contains("Liquiditeit is 0,95") && Catch::Contains("signaleringswaarde 1,0"));
    }
}

TEST_CASE("cli: rules catalog prints the norm catalogue, or writes it with --output") {
  auto printed = run_swvcheck({"rules", "catalog"});
  INFO(printed.err);
  CHECK(printed.exit_code == 0);
  CHECK(printed.out == read_text(source_path("docs/normen.md")));
  for (const char* norm : {"### TZ-3:", "### RS-2:", "### OP-1:", "### OP-2:", "### OP-3:", "### FN-1:", "### FN-2:",
                           "### FN-3:", "### FN-4:", "### WN-1:"})
    CHECK_THAT(printed.out, Catch::Contains(norm));

  TempDir dir;
  std::string path = dir.path() + "/normen.md";
  auto written = run_swvcheck({"rules", "catalog", "--output", path});
  CHECK(written.exit_code == 0);
  CHECK(written.out.empty());
  CHECK(read_text(path) == printed.out);

  CHECK(run_swvcheck({"rules", "catalog", "extra"}).exit_code == 2);
  CHECK_THAT(run_swvcheck({"rules", "--help"}).out, Catch::Contains("swvcheck rules catalog [--rules MAP] [--output BESTAND]"));
  CHECK_THAT(run_swvcheck({"--help"}).out, Catch::Contains("rules catalog"));
}

TEST_CASE("cli: rules catalog with an overlay shows the overlay's parameter values") {
  TempDir dir;
  dir.write("mijn/params/financien.lua",
            "return { [\"financien.liquide-middelen.minimum\"] = { description = \"anders\", unit = \"bedrag\",\n"
            "  source = \"proef\", values = { { from = \"2025-01-01\", value = \"150000.00\" } } } }\n");
  auto result = run_swvcheck({"rules", "catalog", "--rules", dir.path() + "/mijn"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("| `financien.liquide-middelen.minimum` | anders (bron: proef) | bedrag | vanaf 2025-01-01 | `150000.00` |"));
}
