// Quieter screening end to end: without any registration the text and HTML reports show the
// registration rules once per SWV and year; JSON, CSV and SARIF keep every finding; with a
// registration given nothing is folded.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"

using namespace swv::test;
using nlohmann::json;

namespace {

const char* const kLine =
    "registraties niet meegegeven: ZP-1, ZP-2, ZP-3, ZP-4, ZP-5 niet te beoordelen (6 regels); voeg meldingen*.csv en "
    "thuiszitters*.csv toe om ze te beoordelen";

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::vector<std::string> check(std::vector<std::string> paths, const std::string& format) {
  std::vector<std::string> args{"check"};
  args.insert(args.end(), paths.begin(), paths.end());
  args.insert(args.end(), {"--check-date", "2026-11-25", "--color", "never", "--format", format});
  return args;
}

}  // namespace

TEST_CASE("cli registration fold: no registration given, text and HTML fold once per SWV and year") {
  std::vector<std::string> reports{fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/po2704-2022.xml"),
                                   fixture("jaarverslagen/vo2801-2023.xml")};
  auto text = run_swvcheck(check(reports, "text"));
  CHECK(occurrences(text.out, "  niet-te-beoordelen " + std::string(kLine) + "\n") == 3);
  for (const char* rule : {"zorgplicht.registratie-actueel", "zorgplicht.thuiszitters-zonder-aanbod",
                           "zorgplicht.jaarverslag-registratie", "zorgplicht.vrijstellingen-5a",
                           "zorgplicht.meldingen-per-bestuur", "zorgplicht.meldingen-onbekend-bestuur"}) {
    INFO(rule);
    CHECK(occurrences(text.out, rule) == 0);
  }
  CHECK_THAT(text.out, Catch::Contains("zorgplicht.thuiszitters-jaarverslag"));  // judged on the report itself
  // the counts still hold every finding
  auto json_run = run_swvcheck(check(reports, "json"));
  json report = json::parse(json_run.out);
  int folded_in_json = 0;
  for (const auto& f : report["findings"])
    if (f["status"] == "niet-te-beoordelen" && f["values"].contains("ontbreekt") &&
        f["values"]["ontbreekt"].get<std::string>().find("-registratie") != std::string::npos)
      ++folded_in_json;
  CHECK(folded_in_json == 3 * 6);
  CHECK_THAT(text.out, Catch::Contains("niet-te-beoordelen " + std::to_string(report["summary"]["niet-te-beoordelen"].get<int>())));

  auto verbose = run_swvcheck([&] { auto a = check(reports, "text"); a.push_back("--verbose"); return a; }());
  CHECK_THAT(verbose.out, Catch::Contains("regels: zorgplicht.jaarverslag-registratie, zorgplicht.meldingen-onbekend-bestuur, "));

  auto html = run_swvcheck(check(reports, "html"));
  CHECK(occurrences(html.out, "registraties niet meegegeven: ZP-1, ZP-2, ZP-3, ZP-4, ZP-5 niet te beoordelen (6 regels)") == 3);
  CHECK(occurrences(html.out, "<code>zorgplicht.registratie-actueel</code>") == 0);

  auto csv = run_swvcheck(check(reports, "csv"));
  CHECK(occurrences(csv.out, ";zorgplicht.registratie-actueel;") == 3);
  auto sarif = run_swvcheck(check(reports, "sarif"));
  CHECK(occurrences(sarif.out, "\"ruleId\": \"zorgplicht.registratie-actueel\"") == 3);
}

TEST_CASE("cli registration fold: with some registration given nothing is folded") {
  std::vector<std::string> paths{fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml"),
                                 fixture("registraties/thuiszitters-vo2801-2023.csv")};
  auto text = run_swvcheck(check(paths, "text"));
  CHECK_THAT(text.out, !Catch::Contains("registraties niet meegegeven"));
  CHECK(occurrences(text.out, "zorgplicht.registratie-actueel") == 2);  // PO2704 lacks it, VO2801 has it
  auto html = run_swvcheck(check(paths, "html"));
  CHECK_THAT(html.out, !Catch::Contains("registraties niet meegegeven"));
}
