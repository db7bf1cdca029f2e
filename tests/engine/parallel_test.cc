#include <catch2/catch.hpp>

#include <atomic>

#include "engine/engine.h"
#include "report/json_report.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

const char* kAllReports[] = {"po2002-2021", "po2105-2021", "po2318-2020", "po2511-2019", "po2704-2022",
                             "po2704-2023", "po2902-2024", "po3006-2022", "vo2203-2020", "vo2405-2019",
                             "vo2609-2024", "vo2704-2022", "vo2801-2023", "vo3102-2021"};

// A registration with a case of PO2704 2023 and one of an SWV without a report (PO9999 2024),
// then the given annual reports and a document that does not load.
std::vector<std::string> batch(const TempDir& dir, const std::vector<const char*>& reports) {
  std::vector<std::string> files{dir.write("thuiszitters.csv",
                                           "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;"
                                           "aanbod_sinds;opgelost\n"
                                           "PO2704;2023-12-31;D-1;2012;relatief-verzuim;2023-08-01;geen;;\n"
                                           "PO9999;2024-06-30;D-3;2011;overig;2024-02-01;geen;;\n")};
  for (const char* name : reports) files.push_back(fixture(std::string("jaarverslagen/") + name + ".xml"));
  files.push_back(fixture("broken/amount-nan.xml"));
  return files;
}

}  // namespace

TEST_CASE("parallel: any number of jobs gives the same documents and findings in the same order", "[threads]") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  TempDir dir;
  std::vector<std::string> files = batch(dir, {std::begin(kAllReports), std::end(kAllReports)});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  auto render = [&](int jobs) {
    CheckOptions options;
    options.jobs = jobs;
    return write_json_report(check_files(catalog, files, {}, {}, "2026-11-25", options), context);
  };
  std::string one = render(1);
  CHECK(one.find("PO9999") != std::string::npos);
  for (int jobs : {2, 3, 8}) {
    INFO(jobs << " jobs");
    CHECK(render(jobs) == one);
  }
}

TEST_CASE("parallel: findings handed on per unit arrive in the same order as kept ones, for any jobs", "[threads]") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  TempDir dir;
  std::vector<std::string> files =
      batch(dir, {"po2002-2021", "po2105-2021", "po2318-2020", "po2704-2023", "vo2203-2020", "vo2801-2023"});
  auto keys = [](const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.key + " " + to_string(f.status) + " " + f.message);
    return out;
  };
  auto kept = check_files(catalog, files, {}, {}, "2026-11-25");
  REQUIRE(kept.findings.size() > 100);
  for (int jobs : {1, 2, 3, 8}) {
    INFO(jobs << " jobs");
    std::vector<Finding> streamed;
    std::size_t calls = 0;
    CheckOptions options;
    options.jobs = jobs;
    options.on_findings = [&](std::vector<Finding>&& unit) {
      ++calls;
      std::move(unit.begin(), unit.end(), std::back_inserter(streamed));
    };
    auto result = check_files(catalog, files, {}, {}, "2026-11-25", options);
    CHECK(result.findings.empty());
    CHECK(calls == 8);  // 7 reports (one fails to load: no findings, still a call) + PO9999 alone
    CHECK(keys(streamed) == keys(kept.findings));
    CHECK(result.documents.size() == kept.documents.size());
  }
}

TEST_CASE("parallel: a sink that fails stops the run: no new unit is started and the error comes out", "[threads]") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::vector<std::string> files;
  for (const char* name : kAllReports) files.push_back(fixture(std::string("jaarverslagen/") + name + ".xml"));
  for (int jobs : {1, 2}) {
    INFO(jobs << " jobs");
    std::atomic<bool> failed{false};
    std::atomic<std::size_t> delivered{0}, done_after_failure{0};
    CheckOptions options;
    options.jobs = jobs;
    options.progress = [&](std::size_t, std::size_t) {
      if (failed) ++done_after_failure;
    };
    options.on_findings = [&](std::vector<Finding>&&) {
      ++delivered;
      failed = true;
      throw std::runtime_error("schijf vol");
    };
    CHECK_THROWS_WITH(check_files(catalog, files, {}, {}, "2026-11-25", options), "schijf vol");
    CHECK(delivered == 1);  // never called again after it failed
    // Only units already under way finish (at most one per other worker, and one it may have
    // taken in the moment before the stop was set); no unit is started after that.
    CHECK(done_after_failure <= static_cast<std::size_t>(2 * (jobs - 1)));
  }
}

TEST_CASE("parallel: progress is reported once per unit and timings cover every rule run", "[threads]") {
  TestRules rules({{"a.lua", TestRules::rule("a", "ctx:voldoet{ message = 'a' }")},
                   {"b.lua", TestRules::rule("b", "ctx:voldoet{ message = 'b' }")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  std::vector<std::size_t> seen;
  CheckOptions options;
  options.jobs = 2;
  options.progress = [&](std::size_t done, std::size_t total) {
    seen.push_back(done);
    CHECK(total == 3);
  };
  auto result = check_files(catalog,
                            {fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml"),
                             fixture("jaarverslagen/po3006-2022.xml")},
                            {}, {}, "2026-11-25", options);
  CHECK(seen == std::vector<std::size_t>{1, 2, 3});
  CHECK(result.timings.at("test.a").calls == 3);
  CHECK(result.timings.at("test.b").calls == 3);
  CHECK(result.timings.at("test.a").total.count() > 0);
}
