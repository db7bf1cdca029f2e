#include <catch2/catch.hpp>

#include <sstream>

#include "report/csv_report.h"
#include "report/report_write_error.h"
#include "report/report_support.h"
#include "report/summary.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

// Splits CSV text into records of fields (quotes as in csv_field), checking CRLF line ends.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        records.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        records.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ';') {
      records.back().emplace_back();
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');  // CRLF, never a lone CR
      ++i;
      if (i + 1 < text.size()) records.emplace_back(1);
    } else {
      REQUIRE(c != '\n');  // no bare LF outside quotes
      records.back().back() += c;
    }
  }
  REQUIRE_FALSE(quoted);
  return records;
}

const std::vector<std::string> kColumns{"swv",     "jaar",    "regel",  "norm",     "familie", "status",
                                        "bericht", "waarden", "bewijs", "document", "key"};

}  // namespace

TEST_CASE("csv: BOM, CRLF, semicolon separator, a header and one row per finding") {
  CheckResult result = golden_result();
  std::string csv = write_csv_report(result, golden_context());
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.size() >= 2);
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
  auto records = parse_csv(csv.substr(3));
  REQUIRE(records.size() == result.findings.size() + 1);
  CHECK(records[0] == kColumns);
  for (const auto& record : records) CHECK(record.size() == kColumns.size());
}

TEST_CASE("csv: decimal comma in values, quoting of message and values, evidence as file:line path") {
  CheckResult result = golden_result();
  auto records = parse_csv(write_csv_report(result, golden_context()).substr(3));
  const std::vector<std::string>* overtreding = nullptr;
  const std::vector<std::string>* reserves = nullptr;
  for (const auto& r : records) {
    if (r[0] == "PO3006" && r[2] == "toezicht.tekens") overtreding = &r;
    if (r[0] == "VO2405" && r[2] == "reserves.signaleringswaarde") reserves = &r;
  }
  REQUIRE(overtreding);
  REQUIRE(reserves);
  CHECK((*overtreding)[1] == "2022");
  CHECK((*overtreding)[3] == "TZ-9");
  CHECK((*overtreding)[4] == "toezicht");
  CHECK((*overtreding)[5] == "overtreding");
  CHECK_THAT((*overtreding)[6], Catch::StartsWith("Tekens <script>alert('x')</script> & \"dubbel\"; puntkomma,\nnieuwe regel"));
  CHECK_THAT((*overtreding)[7], Catch::Contains("bedrag=-1234,50 | "));
  CHECK_THAT((*overtreding)[7], Catch::Contains("ratio=1,05"));
  CHECK_THAT((*overtreding)[7], Catch::Contains("tekst=a;b \"c\" <d> & e"));
  CHECK_THAT((*overtreding)[8], Catch::EndsWith("fixtures/jaarverslagen/po3006-2022.xml:4 /jaarverslag/swv/@naam"));
  CHECK((*overtreding)[10] == "toezicht.tekens/PO3006");
  CHECK((*reserves)[5] == "signaal");
  CHECK((*reserves)[7] == "publiek_eigen_vermogen=1985000,00 | signaleringswaarde=961215,00");
  CHECK_THAT((*reserves)[8], Catch::Contains(":54 /jaarverslag/financien/balans/eigenVermogen/totaal | "));
}

TEST_CASE("csv: every decimal in waarden has a decimal comma (fte, ratios, percentages), other values unchanged") {
  Finding f;
  f.rule = "wnt.bezoldiging";
  f.status = Status::voldoet;
  f.values = {{"fte", "0.8"},           {"ratio", "0.5"},      {"percentage", "0.035"},
              {"bedrag", "223000.00"},  {"peildatum", "2023-12-31"}, {"klasse", "G"}, {"aantal", "3"}};
  CheckResult result;
  result.findings.push_back(f);
  auto records = parse_csv(write_csv_report(result, golden_context()).substr(3));
  REQUIRE(records.size() == 2);
  CHECK(records[1][7] ==
        "aantal=3 | bedrag=223000,00 | fte=0,8 | klasse=G | peildatum=2023-12-31 | percentage=0,035 | ratio=0,5");
}

TEST_CASE("csv: a baseline column only when the run had one") {
  CheckResult result = golden_result();
  ReportContext context = golden_context();
  context.baseline_path = "vorig.json";
  for (auto& f : result.findings) f.baseline = is_flagged(f.status) ? Baseline::nieuw : Baseline::ongewijzigd;
  auto records = parse_csv(write_csv_report(result, context).substr(3));
  REQUIRE(records[0].size() == kColumns.size() + 1);
  CHECK(records[0].back() == "baseline");
  int nieuw = 0;
  for (std::size_t i = 1; i < records.size(); ++i) {
    CHECK(records[i].size() == kColumns.size() + 1);
    if (records[i].back() == "nieuw") ++nieuw;
  }
  CHECK(nieuw == 2);
}

TEST_CASE("csv report writer: written while checking, the same bytes as a report written at the end") {
  using namespace swv;
  RuleCatalog catalog = test::load_catalog_or_fail({test::shipped_rules()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  std::vector<std::string> files = test::streaming_inputs();
  for (int jobs : {1, 2}) {
    INFO(jobs << " jobs");
    CheckOptions options;
    options.jobs = jobs;
    CheckResult whole = check_files(catalog, files, {}, {}, "2026-11-25", options);
    std::string streamed;
    CsvReportWriter writer([&](std::string_view piece) {
      streamed += piece;
      return true;
    });
    CHECK(streamed.rfind("\xEF\xBB\xBFswv;jaar;", 0) == 0);  // the header goes out before any check
    options.on_findings = [&](std::vector<Finding>&& findings) { writer.add(std::move(findings)); };
    check_files(catalog, files, {}, {}, "2026-11-25", options);
    CHECK(writer.ok());
    CHECK(streamed == write_csv_report(whole, context));
    CHECK(summarize(whole.documents, writer.tallies()).by_status == summarize(whole).by_status);
  }
  SECTION("a failed write throws, which stops the check, and nothing more is written") {
    int writes = 0;
    CsvReportWriter writer([&](std::string_view) { return ++writes < 2; });
    CHECK_THROWS_AS(writer.add(check_files(catalog, {files[1]}, {}, {}, "2026-11-25").findings), ReportWriteError);
    CHECK_FALSE(writer.ok());
    CHECK_THROWS_AS(writer.add(check_files(catalog, {files[2]}, {}, {}, "2026-11-25").findings), ReportWriteError);
    CHECK(writes == 2);
  }
}
