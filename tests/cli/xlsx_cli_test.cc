// End-to-end: --format xlsx writes a workbook Excel and openpyxl read (issue 17 item 6).
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

TEST_CASE("cli: --format xlsx: findings sheet with frozen header, filter and status colours, family sheets with euros and dates") {
  TempDir dir;
  std::vector<std::string> inputs{fixture("jaarverslagen/po2704-2022.xml"), fixture("jaarverslagen/po3006-2022.xml")};
  auto workbook = dir.path() + "/rapport.xlsx";
  auto args = inputs;
  args.insert(args.end(), {"--format", "xlsx", "--output", workbook});
  auto run = run_swvcheck(check_args(args));
  INFO(run.err);
  CHECK(run.exit_code == 1);
  auto json_args = inputs;
  json_args.insert(json_args.end(), {"--format", "json"});
  auto report = nlohmann::json::parse(run_swvcheck(check_args(json_args)).out);
  auto findings = report["findings"].size();
  REQUIRE(findings > 10);
  CHECK(read_text(workbook).rfind("PK", 0) == 0);  // a zip file
  auto check = run_process("/usr/bin/python3", {source_path("tests/scripts/xlsx_check.py"), workbook, std::to_string(findings)});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.out, Catch::Contains("xlsx ok"));
}

TEST_CASE("cli: --format xlsx is refused on a terminal without --output") {
  // run_process captures standard output (no terminal): the workbook goes there, as to a file.
  auto piped = run_swvcheck(check_args({fixture("jaarverslagen/po2704-2023.xml"), "--format", "xlsx"}));
  CHECK(piped.exit_code == 0);
  CHECK(piped.out.rfind("PK", 0) == 0);
  std::ostringstream out, err;
  int code = swv::run_cli({"check", fixture("jaarverslagen/po2704-2023.xml"), "--format", "xlsx"}, out, err,
                          /*out_is_terminal=*/true);
  CHECK(code == 2);
  CHECK(out.str().empty());
  CHECK_THAT(err.str(), Catch::Contains("--output BESTAND.xlsx"));
  auto help = run_swvcheck({"check", "--help"});
  CHECK_THAT(help.out, Catch::Contains("xlsx"));
}
