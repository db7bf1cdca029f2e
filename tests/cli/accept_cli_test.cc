// End-to-end: --accept FILE (accepted findings with a reason) in every format, expiry, unused
// entries, the exit code and malformed files.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

// po3006-2022 has three flagged findings: TZ-1 signaal, RS-1 signaal, RS-2 overtreding
// (fixtures/README.md); vo3102-2021 has CO-1 baten overtreding among its six sums.
const char* kAcceptAll = R"([[accept]]
rule = "RS-1"
swv = "PO3006"
jaar = 2022
reason = "Reserve bestemd voor nieuwbouw; bouwplan ingezien"
who = "J. de Vries"
date = 2024-06-01
expires = 2027-06-01

[[accept]]
rule = "toezicht.onafhankelijk-lid"
swv = "PO3006"
reason = "Nieuw lid per 2025 benoemd"
who = "K. Jansen"
date = 2024-07-01
expires = 2027-01-01

[[accept]]
rule = "RS-2"
swv = "PO3006"
reason = "Afbouwplan in voorbereiding"
who = "K. Jansen"
date = 2024-07-01
expires = "2027-01-01"

[[accept]]
rule = "CO-1"
swv = "VO3102"
subject = "baten"
reason = "Telfout in het jaarverslag, bevestigd door de accountant"
who = "P. Bakker"
date = 2024-03-01
expires = 2027-03-01

[[accept]]
rule = "CO-1"
swv = "VO3102"
subject = "lasten"
reason = "Komt niet meer voor"
who = "P. Bakker"
date = 2023-03-01
expires = 2027-03-01

[[accept]]
rule = "reserves.signaleringswaarde"
swv = "VO3102"
reason = "Reserve voor de fusie van 2022"
who = "P. Bakker"
date = 2024-03-01
expires = 2027-03-01
)";

// The last entry of kAcceptAll, expired on the check date.
std::string with_last_expired() {
  std::string text = kAcceptAll;
  auto at = text.rfind("expires = 2027-03-01");
  return text.replace(at, 20, "expires = 2026-11-25");
}

const std::vector<std::string> kDocuments{fixture("jaarverslagen/po3006-2022.xml"),
                                          fixture("jaarverslagen/vo3102-2021.xml")};

std::vector<std::string> check_args(const std::string& accept, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"check"};
  args.insert(args.end(), kDocuments.begin(), kDocuments.end());
  args.insert(args.end(), {"--only", "TZ-1", "--only", "reserves", "--only", "CO-1", "--accept", accept,
                           "--check-date", "2026-11-25"});
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

json finding(const json& report, const std::string& key) {
  for (const auto& f : report["findings"])
    if (f["key"] == key) return f;
  FAIL("no finding " << key);
  return {};
}

json entry_at_line(const json& report, int line) {
  for (const auto& a : report["acceptances"])
    if (a["source"]["line"] == line) return a;
  FAIL("no acceptance on line " << line);
  return {};
}

void check_contract(const std::string& report, std::optional<int> exit_code) {
  if (!std::filesystem::exists(SWVCHECK_VALIDATOR)) {
    WARN("shared/tools/validate-findings not found beside the repository; contract check skipped");
    return;
  }
  std::vector<std::string> args{"python3", SWVCHECK_VALIDATOR, report};
  if (exit_code) args.push_back(std::to_string(*exit_code));
  auto verdict = run_process("/usr/bin/env", args);
  INFO(verdict.out << verdict.err);
  CHECK(verdict.exit_code == 0);
  CHECK_THAT(verdict.out, Catch::Contains("contract ok"));
}

}  // namespace

TEST_CASE("accept: accepted findings stay in the JSON report, marked, and do not count towards the exit code") {
  TempDir dir;
  std::string accept = dir.write("acceptaties.toml", kAcceptAll);
  std::string report = dir.path() + "/report.json";
  auto result = run_swvcheck(check_args(accept, {"--format", "json", "--output", report}));
  INFO(result.err);
  CHECK(result.exit_code == 0);  // every flagged finding is accepted
  json doc = json::parse(read_text(report));

  json rs1 = finding(doc, "reserves.signaleringswaarde/PO3006");
  CHECK(rs1["status"] == "signaal");  // still reported as it is
  CHECK(rs1["accepted"] == json{{"reason", "Reserve bestemd voor nieuwbouw; bouwplan ingezien"},
                                {"who", "J. de Vries"},
                                {"date", "2024-06-01"},
                                {"expires", "2027-06-01"}});
  CHECK(finding(doc, "reserves.afbouwplan/PO3006")["accepted"]["expires"] == "2027-01-01");  // a date as a string
  CHECK(finding(doc, "consistentie.sommen/VO3102/baten")["accepted"]["who"] == "P. Bakker");
  CHECK_FALSE(finding(doc, "consistentie.sommen/VO3102/lasten").contains("accepted"));  // voldoet: nothing to accept
  CHECK_FALSE(finding(doc, "reserves.afbouwplan/VO3102").contains("accepted"));  // voldoet
  CHECK(finding(doc, "reserves.signaleringswaarde/VO3102")["accepted"]["reason"] == "Reserve voor de fusie van 2022");

  REQUIRE(doc["acceptances"].size() == 6);
  CHECK(entry_at_line(doc, 1)["state"] == "gebruikt");
  CHECK(entry_at_line(doc, 1)["findings"] == 1);
  CHECK(entry_at_line(doc, 1)["rule"] == "RS-1");
  CHECK(entry_at_line(doc, 1)["jaar"] == 2022);
  CHECK(entry_at_line(doc, 10)["state"] == "gebruikt");
  CHECK_FALSE(entry_at_line(doc, 10).contains("jaar"));  // every year
  CHECK(entry_at_line(doc, 26)["state"] == "gebruikt");
  CHECK(entry_at_line(doc, 35)["state"] == "ongebruikt");  // the lasten sum is not flagged
  CHECK(entry_at_line(doc, 35)["subject"] == "lasten");
  CHECK(entry_at_line(doc, 44)["state"] == "gebruikt");
  CHECK(doc["summary"]["accepted"] == 5);  // PO3006: TZ-1, RS-1, RS-2; VO3102: CO-1 baten, RS-1
  CHECK(doc["summary"]["signaal"] == 3);   // still counted by status, as the contract asks
  // The validator's exit-code rule does not know --accept, so it checks the report only.
  check_contract(report, std::nullopt);
}

TEST_CASE("accept: an expired acceptance no longer applies, and the report says so") {
  TempDir dir;
  std::string accept = dir.write("acceptaties.toml", with_last_expired());
  std::string report = dir.path() + "/report.json";
  auto result = run_swvcheck(check_args(accept, {"--format", "json", "--output", report}));
  INFO(result.err);
  CHECK(result.exit_code == 1);  // VO3102's RS-1 signaal counts again
  json doc = json::parse(read_text(report));
  json rs1 = finding(doc, "reserves.signaleringswaarde/VO3102");
  CHECK_FALSE(rs1.contains("accepted"));
  CHECK(rs1["acceptance_expired"]["expires"] == "2026-11-25");
  CHECK(rs1["acceptance_expired"]["reason"] == "Reserve voor de fusie van 2022");
  CHECK(entry_at_line(doc, 44)["state"] == "verlopen");
  CHECK(doc["summary"]["accepted"] == 4);
  check_contract(report, result.exit_code);

  auto text = run_swvcheck(check_args(accept));
  CHECK(text.exit_code == 1);
  CHECK_THAT(text.out, Catch::Contains("acceptatie verlopen op 2026-11-25: Reserve voor de fusie van 2022 (P. Bakker, 2024-03-01)"));
  CHECK_THAT(text.out, Catch::Contains("verlopen: reserves.signaleringswaarde VO3102 (elk jaar) (regel 44)"));
}

TEST_CASE("accept: every format marks an accepted finding with its reason and lists unused entries") {
  TempDir dir;
  std::string accept = dir.write("acceptaties.toml", kAcceptAll);
  const std::string reason = "Reserve bestemd voor nieuwbouw; bouwplan ingezien";

  auto text = run_swvcheck(check_args(accept));
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains("geaccepteerd: " + reason + " (J. de Vries, 2024-06-01; tot 2027-06-01)"));
  CHECK_THAT(text.out, Catch::Contains("Acceptaties (" + accept + "): 5 gebruikt, 1 ongebruikt, 0 verlopen"));
  CHECK_THAT(text.out, Catch::Contains("ongebruikt: CO-1 VO3102 (elk jaar) lasten (regel 35): Komt niet meer voor"));
  CHECK_THAT(text.out, Catch::Contains("; geaccepteerd 5"));

  auto html = run_swvcheck(check_args(accept, {"--format", "html"}));
  CHECK(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::Contains("<span class=\"mark\">geaccepteerd</span> geaccepteerd: " + reason));
  CHECK_THAT(html.out, Catch::Contains("<td>ongebruikt</td><td><code>CO-1</code> lasten</td>"));

  auto csv = run_swvcheck(check_args(accept, {"--format", "csv"}));
  CHECK(csv.exit_code == 0);
  CHECK_THAT(csv.out, Catch::Contains(";key;acceptatie\r\n"));
  // the reason holds a ';', so the field is quoted
  CHECK_THAT(csv.out, Catch::Contains(";reserves.signaleringswaarde/PO3006;\"geaccepteerd: " + reason + " (J. de Vries"));

  auto sarif = run_swvcheck(check_args(accept, {"--format", "sarif"}));
  CHECK(sarif.exit_code == 0);
  json log = json::parse(sarif.out);
  int suppressed = 0;
  for (const auto& r : log["runs"][0]["results"]) {
    if (!r.contains("suppressions")) continue;
    ++suppressed;
    CHECK(r["suppressions"][0]["status"] == "accepted");
    CHECK(r["suppressions"][0]["kind"] == "external");
    if (r["partialFingerprints"]["swvcheck/key"] == "reserves.signaleringswaarde/PO3006")
      CHECK(r["suppressions"][0]["justification"] == reason);
  }
  CHECK(suppressed == 5);
  CHECK(log["runs"][0]["invocations"][0]["exitCode"] == 0);
  CHECK(log["runs"][0]["properties"]["acceptances"]["entries"][4]["state"] == "ongebruikt");
}

TEST_CASE("accept: a malformed accept file is a usage error naming line and column") {
  TempDir dir;
  struct Case {
    const char* toml;
    const char* where;
    const char* what;
  };
  for (const auto& c : std::vector<Case>{
           {"[[accept]]\nrule = \"RS-1\"\nswv = PO3006\n", ":3:7:", "geen geldige TOML"},
           {"[[accept]]\nrule = \"RS-1\"\nswv = \"PO3006\"\nreason = \"r\"\nwho = \"w\"\ndate = 2024-01-01\n", ":1:1:",
            "'expires' ontbreekt"},
           {"[[accept]]\nrule = \"RS-9\"\n", ":2:8:", "geen regel of norm 'RS-9'"},
           {"[[accept]]\nrule = \"RS-1\"\nswv = \"PO3006\"\nyear = 2023\n", ":4:8:", "onbekende sleutel 'year'"},
           {"[[accept]]\nrule = \"RS-1\"\nswv = \"PO3006\"\njaar = \"2023\"\n", ":4:8:", "'jaar' moet een jaartal zijn"},
           {"[[accept]]\nrule = \"RS-1\"\nswv = \"PO3006\"\nreason = \"r\"\nwho = \"w\"\ndate = 2024-02-30\n", ":6:",
            "geen geldige TOML"},
       }) {
    INFO(c.toml);
    std::string accept = dir.write("fout.toml", c.toml);
    auto result = run_swvcheck(check_args(accept));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("acceptatiebestand " + accept + c.where));
    CHECK_THAT(result.err, Catch::Contains(c.what));
  }
}
