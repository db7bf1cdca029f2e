// End-to-end: the binary on the annual reports and the registrations together, as a user runs
// it: documents with their bad lines and warnings, the zorgplicht findings, exit codes, the JSON
// contract, and a BSN-like value that never reaches any output.
#include <catch2/catch.hpp>

#include <filesystem>
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

const std::string BSN = "123456782";

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

/// The documents entry whose path ends in `name`.
json document(const json& report, const std::string& name) {
  for (const auto& d : report["documents"])
    if (ends_with(d["path"].get<std::string>(), "/" + name)) return d;
  FAIL("no document " << name);
  return {};
}

/// The finding with `key` (and `jaar`).
json finding(const json& report, const std::string& key, int jaar) {
  for (const auto& f : report["findings"])
    if (f["key"] == key && f["jaar"] == jaar) return f;
  FAIL("no finding " << key << " " << jaar);
  return {};
}

}  // namespace

TEST_CASE("cli registrations: reports and registrations together in JSON, with bad lines, warnings and refused files") {
  TempDir dir;
  std::string path = dir.path() + "/report.json";
  auto result = run_swvcheck(check_args({fixture("jaarverslagen"), fixture("registraties"), "--format", "json",
                                         "--output", path}));
  CHECK(result.exit_code == 2);  // two registrations are refused
  CHECK(result.out.empty());
  const std::string text = dir.read("report.json");
  json report = json::parse(text);
  REQUIRE(report["documents"].size() == 27);  // 17 reports, 8 registrations, 2 refused
  CHECK(report["summary"]["errors"] == 2);

  SECTION("bad lines are listed on their file, which still loads") {
    json thuis = document(report, "thuiszitters-vo2801-2023.csv");
    CHECK(thuis["kind"] == "thuiszitters");
    CHECK(thuis["swv"] == "VO2801");
    CHECK(thuis["jaar"] == 2023);
    CHECK(thuis["status"] == "geladen");
    CHECK_FALSE(thuis.contains("warnings"));  // linked to vo2801-2023.xml
    REQUIRE(thuis["errors"].size() == 3);
    CHECK(thuis["errors"][0]["line"] == 21);
    CHECK_THAT(thuis["errors"][0]["message"].get<std::string>(), Catch::Contains("thuis_sinds"));
    CHECK(thuis["errors"][1]["line"] == 22);
    CHECK_THAT(thuis["errors"][1]["message"].get<std::string>(), Catch::Contains("categorie"));
    CHECK(thuis["errors"][2]["line"] == 23);
    CHECK_THAT(thuis["errors"][2]["message"].get<std::string>(), Catch::Contains("11 velden"));
    for (const auto& e : thuis["errors"]) CHECK(e.size() == 2);  // {message, line}

    json meld = document(report, "meldingen-vo2801-2023.csv");
    CHECK(meld["kind"] == "meldingen");
    CHECK(meld["status"] == "geladen");
    REQUIRE(meld["errors"].size() == 2);
    CHECK(meld["errors"][0]["line"] == 9);
    CHECK_THAT(meld["errors"][0]["message"].get<std::string>(), Catch::Contains("bevoegd_gezag"));
    CHECK(meld["errors"][1]["line"] == 10);
    CHECK_THAT(meld["errors"][1]["message"].get<std::string>(), Catch::Contains("soort"));

    for (const char* clean : {"thuiszitters-po2002-2021.csv", "thuiszitters-po3006-2022.csv", "meldingen-po2002-2021.csv"}) {
      INFO(clean);
      CHECK(document(report, clean)["status"] == "geladen");
      CHECK_FALSE(document(report, clean).contains("errors"));
    }
  }

  SECTION("a registration without report and reports without registration are noted") {
    json alone = document(report, "thuiszitters-po2704-2024.csv");
    CHECK(alone["status"] == "geladen");
    REQUIRE(alone["warnings"].size() == 1);
    CHECK_THAT(alone["warnings"][0].get<std::string>(), Catch::Contains("geen jaarverslag van PO2704 over 2024"));
    json unlinked = document(report, "po2704-2023.xml");
    REQUIRE(unlinked["warnings"].size() == 1);
    CHECK_THAT(unlinked["warnings"][0].get<std::string>(), Catch::Contains("geen registratie van PO2704 over 2023"));
    CHECK_FALSE(document(report, "vo2801-2023.xml").contains("warnings"));
    CHECK_FALSE(document(report, "vo2203-2020.xml").contains("warnings"));
    // the unit without report is checked too, about its own year and file
    json f = finding(report, "zorgplicht.registratie-actueel/PO2704", 2024);
    CHECK(f["status"] == "voldoet");
    CHECK(ends_with(f["document"].get<std::string>(), "/thuiszitters-po2704-2024.csv"));
  }

  SECTION("refused files: a missing column, and a BSN-like value that is never shown") {
    json missing = document(report, "thuiszitters-zonder-categorie.csv");
    CHECK(missing["status"] == "fout");
    CHECK_THAT(missing["error"]["message"].get<std::string>(), Catch::Contains("'categorie' ontbreekt"));
    json bsn = document(report, "thuiszitters-bsn.csv");
    CHECK(bsn["status"] == "fout");
    CHECK(bsn["error"]["line"] == 3);
    CHECK_THAT(bsn["error"]["message"].get<std::string>(), Catch::Contains("BSN"));
    CHECK_THAT(bsn["error"]["message"].get<std::string>(), Catch::Contains("dossier"));
    CHECK_FALSE(bsn.contains("errors"));
    // nothing of the refused files is used: their SWV-year (PO2105 2021) stays without registration
    CHECK(finding(report, "zorgplicht.registratie-actueel/PO2105", 2021)["status"] == "niet-te-beoordelen");
    CHECK_THAT(document(report, "po2105-2021.xml")["warnings"][0].get<std::string>(),
               Catch::Contains("geen registratie van PO2105 over 2021"));
    CHECK(text.find(BSN) == std::string::npos);
    CHECK(result.err.find(BSN) == std::string::npos);
  }

  SECTION("the zorgplicht findings of fixtures/README.md") {
    CHECK(finding(report, "zorgplicht.jaarverslag-registratie/VO2801", 2023)["status"] == "signaal");
    CHECK(finding(report, "zorgplicht.registratie-actueel/VO2203", 2020)["status"] == "overtreding");
    CHECK(finding(report, "zorgplicht.thuiszitters-zonder-aanbod/VO2203", 2020)["status"] == "signaal");
    CHECK(finding(report, "zorgplicht.vrijstellingen-5a/VO2801", 2023)["status"] == "signaal");
    CHECK(finding(report, "zorgplicht.meldingen-per-bestuur/PO2002/43501", 2021)["status"] == "signaal");
    CHECK(finding(report, "zorgplicht.meldingen-onbekend-bestuur/VO2801/40999", 2023)["status"] == "signaal");
    CHECK(finding(report, "zorgplicht.jaarverslag-registratie/PO3006", 2022)["status"] == "voldoet");
    CHECK(finding(report, "zorgplicht.thuiszitters-zonder-aanbod/PO2704", 2023)["status"] == "niet-te-beoordelen");
    json zp1 = finding(report, "zorgplicht.thuiszitters-zonder-aanbod/VO2801", 2023);
    REQUIRE(zp1["evidence"].size() == 2);
    CHECK(ends_with(zp1["evidence"][0]["document"].get<std::string>(), "/thuiszitters-vo2801-2023.csv"));
    CHECK(zp1["evidence"][0]["path"] == "thuiszitters/regel 10");
    CHECK(zp1["evidence"][0]["line"] == 10);
    for (const auto& f : report["findings"]) CHECK(f["status"] != "fout");
  }

  SECTION("the JSON contract") { validate_report(path, result.exit_code); }
}

TEST_CASE("cli registrations: text output lists bad lines and refused files, never a BSN or row contents") {
  auto result = run_swvcheck(check_args({fixture("jaarverslagen"), fixture("registraties")}));
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.out, Catch::Contains("thuiszitters-vo2801-2023.csv:21:"));
  CHECK_THAT(result.out, Catch::Contains("meldingen-vo2801-2023.csv:10:"));
  CHECK_THAT(result.out, Catch::Contains("thuiszitters-bsn.csv:3"));
  CHECK_THAT(result.out, Catch::Contains("geen jaarverslag van PO2704 over 2024"));
  CHECK_THAT(result.out, Catch::Contains("V-23-102 (7 maanden en 16 dagen)"));
  for (const std::string& never : {BSN, std::string("maatwerk"), std::string("wachtlijst"), std::string("OOGO\"-overleg"),
                                   std::string("leerplicht ingeschakeld")}) {
    INFO(never);
    CHECK(result.out.find(never) == std::string::npos);
    CHECK(result.err.find(never) == std::string::npos);
  }
}

TEST_CASE("cli registrations: exit codes without refused files") {
  TempDir dir;
  SECTION("a stale registration is an overtreding: exit 1") {
    std::string path = dir.path() + "/zp2.json";
    auto result = run_swvcheck(check_args({fixture("jaarverslagen/vo2203-2020.xml"),
                                           fixture("registraties/thuiszitters-vo2203-2020.csv"), "--only", "ZP-2",
                                           "--format", "json", "--output", path}));
    CHECK(result.exit_code == 1);
    json report = json::parse(dir.read("zp2.json"));
    REQUIRE(report["findings"].size() == 1);
    CHECK(report["findings"][0]["status"] == "overtreding");
    validate_report(path, result.exit_code);
  }
  SECTION("all zorgplicht rules voldoet for PO3006 2022: exit 0") {
    auto result = run_swvcheck(check_args({fixture("jaarverslagen/po3006-2022.xml"),
                                           fixture("registraties/thuiszitters-po3006-2022.csv"),
                                           fixture("registraties/meldingen-po3006-2022.csv"), "--only", "zorgplicht"}));
    INFO(result.out);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("voldoet 7"));
  }
  SECTION("every valid file together: exit 1 and the contract holds") {
    std::vector<std::string> args{fixture("jaarverslagen")};
    for (const auto& entry : std::filesystem::directory_iterator(fixture("registraties")))
      if (entry.path().extension() == ".csv") args.push_back(entry.path().string());
    std::string path = dir.path() + "/valid.json";
    args.insert(args.end(), {"--format", "json", "--output", path});
    auto result = run_swvcheck(check_args(args));
    CHECK(result.exit_code == 1);
    json report = json::parse(dir.read("valid.json"));
    CHECK(report["documents"].size() == 25);
    CHECK(report["summary"]["errors"] == 0);
    validate_report(path, result.exit_code);
  }
}

TEST_CASE("cli registrations: a file with a BSN-like value alone is refused with exit 2 and no findings") {
  TempDir dir;
  std::string path = dir.path() + "/bsn.json";
  auto result = run_swvcheck(check_args({fixture("registraties/broken/thuiszitters-bsn.csv"), "--format", "json",
                                         "--output", path}));
  CHECK(result.exit_code == 2);
  const std::string text = dir.read("bsn.json");
  json report = json::parse(text);
  REQUIRE(report["documents"].size() == 1);
  CHECK(report["documents"][0]["status"] == "fout");
  CHECK(report["findings"].empty());
  CHECK(text.find(BSN) == std::string::npos);
  CHECK(result.out.find(BSN) == std::string::npos);
  CHECK(result.err.find(BSN) == std::string::npos);
  validate_report(path, result.exit_code);
  auto plain = run_swvcheck(check_args({fixture("registraties/broken/thuiszitters-bsn.csv")}));
  CHECK(plain.exit_code == 2);
  CHECK(plain.out.find(BSN) == std::string::npos);
  CHECK(plain.err.find(BSN) == std::string::npos);
}
