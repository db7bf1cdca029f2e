// End-to-end: check --store appends each run to the findings store; history reads it back;
// the HTML report draws the history per SWV.
#include <catch2/catch.hpp>

#include "store/findings_store.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

namespace {

// PO2704 over three years: ZP-1 (3 long-term thuiszitters) is signaal in 2022, voldoet in 2023
// (fixtures/README.md), and signaal again in a 2024 report made from the 2022 one.
struct ThreeYears {
  TempDir dir;
  std::string store = dir.path() + "/bevindingen.sqlite";
  std::string y2022 = fixture("jaarverslagen/po2704-2022.xml");
  std::string y2023 = fixture("jaarverslagen/po2704-2023.xml");
  std::string y2024;

  ThreeYears() {
    std::string text = read_text(y2022);
    for (auto at = text.find("2022"); at != std::string::npos; at = text.find("2022", at)) text.replace(at, 4, "2024");
    y2024 = dir.write("po2704-2024.xml", text);
  }
  swv::test::ProcessResult check(const std::string& document, const std::string& date,
                                 std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"check", document, "--only", "ZP-1", "--store", store, "--check-date", date};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_swvcheck(args);
  }
};

}  // namespace

TEST_CASE("store cli: three runs over three years, history shows a finding that was resolved and came back") {
  ThreeYears years;
  CHECK(years.check(years.y2022, "2023-06-01").exit_code == 1);
  CHECK(years.check(years.y2023, "2024-06-01").exit_code == 0);
  CHECK(years.check(years.y2024, "2025-06-01").exit_code == 1);
  {
    swv::FindingsStore store(years.store);
    CHECK(store.run_count() == 3);
  }
  auto history = run_swvcheck({"history", "--store", years.store, "PO2704", "--rule", "ZP-1"});
  INFO(history.err);
  CHECK(history.exit_code == 0);
  CHECK_THAT(history.out, Catch::Contains("PO2704  zorgplicht.thuiszitters-jaarverslag/PO2704  [ZP-1]\n"
                                          "  2022: signaal  (run 1, gecontroleerd op 2023-06-01)\n"
                                          "  2023: voldoet  (run 2, gecontroleerd op 2024-06-01)\n"
                                          "  2024: signaal  (run 3, gecontroleerd op 2025-06-01)\n"
                                          "  nu signaal sinds 2024; opgelost in 2023, teruggekomen in 2024\n"));
  auto other = run_swvcheck({"history", "--store", years.store, "VO2801"});
  CHECK(other.exit_code == 0);
  CHECK_THAT(other.out, Catch::StartsWith("geen bevindingen"));
}

TEST_CASE("store cli: the HTML report given --store draws the history per SWV") {
  ThreeYears years;
  years.check(years.y2022, "2023-06-01");
  years.check(years.y2023, "2024-06-01");
  auto html = years.check(years.y2024, "2025-06-01", {"--format", "html"});
  CHECK(html.exit_code == 1);
  CHECK_THAT(html.out, Catch::Contains("Geschiedenis per SWV (uit de findings-store)"));
  CHECK_THAT(html.out, Catch::Contains("<code>zorgplicht.thuiszitters-jaarverslag/PO2704</code> ZP-1</td>"
                                       "<td><span class=\"badge st-signaal\">signaal</span></td>"
                                       "<td><span class=\"badge st-voldoet\">voldoet</span></td>"
                                       "<td><span class=\"badge st-signaal\">signaal</span></td>"
                                       "<td>sinds 2024; opgelost in 2023, teruggekomen in 2024</td>"));
}

TEST_CASE("store cli: usage errors") {
  TempDir dir;
  CHECK(run_swvcheck({"history"}).exit_code == 2);
  CHECK(run_swvcheck({"history", "--store", dir.path() + "/geen.sqlite"}).exit_code == 2);
  auto bad = run_swvcheck({"check", fixture("jaarverslagen/po2704-2023.xml"), "--store", dir.write("kapot.sqlite", "geen database")});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("kapot.sqlite"));
}
