#include <catch2/catch.hpp>

#include "engine/engine.h"
#include "report/report_support.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

// Out of SWV order on purpose, with a registration of an SWV without a report (PO9999) and
// two years of PO2704, so the batch table, the grouping per SWV and year and the charts over
// the years are all exercised.
std::vector<std::string> grouped_batch(const TempDir& dir) {
  std::vector<std::string> files = streaming_inputs();
  files.push_back(dir.write("thuiszitters.csv",
                            "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
                            "PO2704;2023-12-31;D-1;2012;relatief-verzuim;2023-08-01;geen;;\n"
                            "PO9999;2024-06-30;D-3;2011;overig;2024-02-01;geen;;\n"));
  files.push_back(fixture("jaarverslagen/po2704-2022.xml"));
  return files;
}

}  // namespace

TEST_CASE("text report writer: written while checking, the same text as a report written at the end") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  TempDir dir;
  std::vector<std::string> files = grouped_batch(dir);
  for (int jobs : {1, 2}) {
    for (bool verbose : {false, true}) {
      INFO(jobs << " jobs, verbose " << verbose);
      TextOptions options;
      options.verbose = verbose;
      options.color = verbose;  // colours on one of the two
      CheckOptions check;
      check.jobs = jobs;
      std::string whole = write_text_report(check_files(catalog, files, {}, {}, "2026-11-25", check), context, options);
      TextReportWriter writer(context, options, dir.path());
      std::string streamed = written_while_checking(writer, catalog, files, check);
      CHECK(streamed == whole);
      CHECK(streamed.find("PO9999 2024") != std::string::npos);
      CHECK(streamed.find("PO2704 2022") < streamed.find("PO2704 2023"));
    }
  }
}

TEST_CASE("html report writer: written while checking, the same page as one written at the end") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  ReportContext context{"t", "t", "2026-11-25", &catalog};
  TempDir dir;
  std::vector<std::string> files = grouped_batch(dir);
  for (int jobs : {1, 2}) {
    INFO(jobs << " jobs");
    CheckOptions check;
    check.jobs = jobs;
    std::string whole = write_html_report(check_files(catalog, files, {}, {}, "2026-11-25", check), context);
    HtmlReportWriter writer(context, dir.path());
    std::string streamed = written_while_checking(writer, catalog, files, check);
    CHECK(streamed == whole);
    CHECK(streamed.find("<figure class=\"grafiek jaren\"") != std::string::npos);  // PO2704 over two years
  }
  SECTION("a batch where no rule applies and nothing loads") {
    HtmlReportWriter writer(context, dir.path());
    CheckResult result = check_files(catalog, {fixture("broken/amount-nan.xml")}, {}, {}, "2026-11-25");
    std::string streamed;
    REQUIRE(writer.finish(result.documents, [&](std::string_view piece) {
      streamed += piece;
      return true;
    }));
    CHECK(streamed == write_html_report(result, context));
  }
}
