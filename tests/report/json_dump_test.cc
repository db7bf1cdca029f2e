#include <catch2/catch.hpp>

#include "report/json_dump.h"
#include "report/report_support.h"
#include "report/summary.h"

using nlohmann::ordered_json;
using swv::dump_with_streamed_array;

namespace {

std::string whole_dump(const ordered_json& document) {
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

ordered_json item(std::size_t i) {
  return {{"n", i}, {"text", "regel 1\nregel 2 \"quoted\" \x01"}, {"list", {1, 2, {{"deep", "x"}}}}, {"empty", ordered_json::object()}};
}

}  // namespace

TEST_CASE("json dump: an array made item by item gives the same text as the whole tree") {
  for (std::size_t count : {0u, 1u, 3u}) {
    INFO(count);
    ordered_json whole{{"head", "a"}, {"findings", ordered_json::array()}, {"tail", {{"n", 1}}}};
    for (std::size_t i = 0; i < count; ++i) whole["findings"].push_back(item(i));
    ordered_json skeleton{{"head", "a"}, {"findings", ordered_json::array()}, {"tail", {{"n", 1}}}};
    CHECK(dump_with_streamed_array(skeleton, ordered_json::json_pointer("/findings"), count, item) == whole_dump(whole));
  }
}

TEST_CASE("json dump: a nested array, as SARIF's results, keeps its indentation") {
  ordered_json whole{{"runs", ordered_json::array({{{"tool", "x"}, {"results", ordered_json::array()}, {"p", 1}}})}};
  ordered_json skeleton = whole;
  for (std::size_t i = 0; i < 2; ++i) whole["runs"][0]["results"].push_back(item(i));
  CHECK(dump_with_streamed_array(skeleton, ordered_json::json_pointer("/runs/0/results"), 2, item) == whole_dump(whole));
}

TEST_CASE("json dump: invalid UTF-8 in an item is replaced as in a whole dump, and the marker never shows") {
  auto bad = [](std::size_t) { return ordered_json{{"text", std::string("caf\xe9")}}; };
  ordered_json whole{{"findings", ordered_json::array({bad(0)})}, {"note", "swvcheck-streamed-array"}};
  ordered_json skeleton{{"findings", ordered_json::array()}, {"note", "swvcheck-streamed-array"}};
  std::string text = dump_with_streamed_array(skeleton, ordered_json::json_pointer("/findings"), 1, bad);
  CHECK(text == whole_dump(whole));
  CHECK(text.find("\\u0001") == std::string::npos);
}

#include <algorithm>

#include "engine/engine.h"
#include "report/json_report.h"
#include "report/run_record.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

namespace {

// The same run's JSON report written at the end and written while checking (JsonReportWriter),
// with the sizes of the pieces the second went out in.
struct BothReports {
  std::string whole, streamed;
  std::vector<std::size_t> pieces;
  std::size_t voldoet = 0;  ///< in the streaming writer's tallies
};

BothReports both_reports(const swv::RuleCatalog& catalog, const std::vector<std::string>& files,
                         const swv::ReportContext& context, int jobs, const std::string& spill_directory) {
  using namespace swv;
  BothReports out;
  CheckOptions options;
  options.jobs = jobs;
  out.whole = write_json_report(check_files(catalog, files, {}, {}, "2026-11-25", options), context);
  JsonReportWriter writer(spill_directory);
  options.on_findings = [&](std::vector<Finding>&& findings) { writer.add(std::move(findings)); };
  CheckResult result = check_files(catalog, files, {}, {}, "2026-11-25", options);
  REQUIRE(writer.finish(result.documents, context, [&](std::string_view piece) {
    out.pieces.push_back(piece.size());
    out.streamed += piece;
    return true;
  }));
  out.voldoet = summarize(result.documents, writer.tallies()).count(Status::voldoet);
  return out;
}

}  // namespace

TEST_CASE("json report writer: written while checking, the same bytes as a report written at the end") {
  using namespace swv;
  RuleCatalog catalog = test::load_catalog_or_fail({test::shipped_rules()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  test::TempDir dir;
  std::vector<std::string> files = test::streaming_inputs();
  for (int jobs : {1, 2}) {
    INFO(jobs << " jobs");
    BothReports reports = both_reports(catalog, files, context, jobs, dir.path());
    CHECK(reports.pieces.size() >= 4);  // before, findings, close, after: never one string of everything
    CHECK(reports.streamed == reports.whole);
    CHECK(reports.voldoet > 0);
  }
  SECTION("a run record with thousands of inputs goes out in pieces of about 64 KiB, the same bytes") {
    RunRecord run;
    run.options["paths"] = nlohmann::ordered_json::array({"jaarverslagen"});
    for (int i = 0; i < 3000; ++i)
      run.inputs.push_back({"document", "jaarverslagen/po" + std::to_string(1000 + i) + "-2023.xml", std::string(64, 'a')});
    ReportContext recorded = context;
    recorded.run = &run;
    BothReports reports = both_reports(catalog, files, recorded, 1, dir.path());
    CHECK(reports.streamed == reports.whole);
    CHECK(reports.whole.size() > 300'000);  // the inputs alone are several pieces
    CHECK(*std::max_element(reports.pieces.begin(), reports.pieces.end()) < 70'000);  // never the whole head at once
  }
  SECTION("no findings at all") {
    JsonReportWriter writer(dir.path());
    std::string streamed;
    REQUIRE(writer.finish({}, context, [&](std::string_view piece) { streamed += piece; return true; }));
    CHECK(streamed == write_json_report(CheckResult{}, context));
  }
  SECTION("a failing write stops the report") {
    JsonReportWriter writer(dir.path());
    CHECK_FALSE(writer.finish({}, context, [](std::string_view) { return false; }));
  }
}
