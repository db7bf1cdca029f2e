// Two annual reports of one SWV and year (a corrected version beside the original): both are
// checked, shown as separate blocks named by file, and every summary warns (issue 18.4).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/engine.h"
#include "report/html_report.h"
#include "report/report_support.h"
#include "report/summary.h"
#include "report/text_report.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
using nlohmann::json;

namespace {

// PO2704 2023 twice (an original and a "corrected" copy) and VO2801 2023 once.
std::vector<std::string> twice_po2704_2023(const TempDir& dir) {
  std::string text = read_text(fixture("jaarverslagen/po2704-2023.xml"));
  // The two copies in sorted order, as the command line passes files ("-" sorts before ".").
  return {dir.write("po2704-2023-gecorrigeerd.xml", text), dir.write("po2704-2023.xml", text),
          fixture("jaarverslagen/vo2801-2023.xml")};
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("issue 18.4: two reports of one SWV and year are two blocks named by file, in text and HTML") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  TempDir dir;
  auto files = twice_po2704_2023(dir);
  CheckResult result = check_files(catalog, files, {}, {}, "2026-11-25");
  std::string original = dir.path() + "/po2704-2023.xml", corrected = dir.path() + "/po2704-2023-gecorrigeerd.xml";

  std::string text = write_text_report(result, context, {});
  CHECK(occurrences(text, "PO2704 2023  (" + original + ")\n") == 1);
  CHECK(occurrences(text, "PO2704 2023  (" + corrected + ")\n") == 1);
  CHECK_THAT(text, Catch::Contains("Let op: PO2704 2023 heeft 2 jaarverslagen (elk apart gecontroleerd en getoond): " +
                                   corrected + ", " + original + "\n"));
  TextReportWriter text_writer(context, {}, dir.path());
  CHECK(written_while_checking(text_writer, catalog, files, {}) == text);

  std::string html = write_html_report(result, context);
  CHECK(occurrences(html, "id=\"swv-PO2704-2023\"") == 1);
  CHECK(occurrences(html, "id=\"swv-PO2704-2023-2\"") == 1);
  CHECK(occurrences(html, "<code>" + corrected + "</code>") >= 2);  // overview row and details
  CHECK_THAT(html, Catch::Contains("<strong>Let op:</strong> PO2704 2023 heeft 2 jaarverslagen"));
  HtmlReportWriter html_writer(context, dir.path());
  CHECK(written_while_checking(html_writer, catalog, files, {}) == html);

  // Both were checked: each has every finding the other has.
  std::size_t of_original = 0, of_corrected = 0;
  for (const auto& f : result.findings) {
    of_original += f.document == original;
    of_corrected += f.document == corrected;
  }
  CHECK(of_original > 0);
  CHECK(of_original == of_corrected);
}

TEST_CASE("issue 18.4: without two reports of one SWV and year there is no warning") {
  CheckResult result = golden_result();
  CHECK(summarize(result).warnings.empty());
  CHECK(duplicate_reports(result.documents).empty());
}

TEST_CASE("issue 18.4 (cli): the JSON summary and SARIF warn, and the text report of the CLI shows both files") {
  TempDir dir;
  auto files = twice_po2704_2023(dir);
  std::vector<std::string> args{"check", files[0], files[1], "--check-date", "2026-11-25", "--format", "json"};
  auto run = run_swvcheck(args);
  INFO(run.err);
  json report = json::parse(run.out);
  REQUIRE(report["summary"]["warnings"].size() == 1);
  CHECK_THAT(report["summary"]["warnings"][0].get<std::string>(), Catch::StartsWith("PO2704 2023 heeft 2 jaarverslagen"));
  args.back() = "sarif";
  json sarif = json::parse(run_swvcheck(args).out);
  bool warned = false;
  for (const auto& note : sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"])
    warned = warned || (note["level"] == "warning" &&
                        note["message"]["text"].get<std::string>().rfind("PO2704 2023 heeft 2 jaarverslagen", 0) == 0);
  CHECK(warned);
  args.resize(5);
  auto text = run_swvcheck(args);
  CHECK(occurrences(text.out, "PO2704 2023  (") == 2);
  CHECK_THAT(text.out, Catch::Contains("Let op: PO2704 2023 heeft 2 jaarverslagen"));
}
