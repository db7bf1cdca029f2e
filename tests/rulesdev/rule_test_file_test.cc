// Reading the test cases authors write beside their rules (<rule>_test.lua): the format, its
// defaults, layering over folders, and every mistake reported with file and line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rulesdev/rule_test_file.h"
#include "rulesdev/rulesdev_fixtures.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

struct Loaded {
  std::vector<RuleTestFile> files;
  std::vector<RuleLoadError> errors;
};

Loaded load_tests(const std::vector<std::string>& folders, const SandboxLimits& limits = {}) {
  RuleCatalog catalog = load_catalog_or_fail(folders, limits);
  Loaded loaded;
  loaded.files = load_rule_tests(catalog, limits, &loaded.errors);
  for (const auto& e : loaded.errors) UNSCOPED_INFO(e.to_string());
  return loaded;
}

// A rules folder with test.grens and one test file with `text`; expects exactly one error.
RuleLoadError single_error(const std::string& text, std::string* file = nullptr, const SandboxLimits& limits = {}) {
  TestRules rules({{"grens.lua", grens_rule()}, {"grens_test.lua", text}});
  if (file) *file = rules.folder() + "/grens_test.lua";
  auto loaded = load_tests({rules.folder()}, limits);
  CHECK(loaded.files.empty());
  REQUIRE(loaded.errors.size() == 1);
  return loaded.errors[0];
}

// A valid test file around the cases given (lines 1-4 are the header).
std::string with_cases(const std::string& cases) {
  return "return {\n  rule = \"test.grens\",\n  jaar = 2023,\n  document = [[<financien/>]],\n  cases = {\n" + cases +
         "\n  },\n}\n";
}

}  // namespace

TEST_CASE("a test file is read with its defaults, cases, changes, params and expectations") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"grens_test.lua", R"lua(-- testgevallen
local basis = [[
  <financien><baten><totaal>50.00</totaal></baten></financien>
]]
return {
  rule = "test.grens",
  jaar = 2021,
  sector = "VO",
  document = basis,
  params = { ["test.grens"] = "75.00" },
  cases = {
    {
      name = "eerste geval",
      expected = { status = "voldoet", values = { baten = 5000, grens = "75.00", ok = true } },
    },
    {
      name = "tweede geval",
      jaar = 2022,
      swv = "PO9999",
      check_date = "2025-01-31",
      change = { ["financien/baten/totaal"] = "300.00", ["financien/@nvt"] = false, ["a/b"] = 7 },
      params = {
        ["test.grens"] = { { from = "2019-01-01", value = "100.00" }, { from = "2022-06-01", none = true } },
      },
      expected = {
        { subject = "x", status = "signaal", params = { ["test.grens"] = "100.00" }, message = "boven" },
        { status = "niet-van-toepassing" },
      },
    },
    {
      name = "derde geval",
      document = "docs/verslag.xml",
      expected = { status = "niet-te-beoordelen" },
    },
  },
}
)lua"},
                   {"docs/verslag.xml", "<jaarverslag/>"}});
  auto loaded = load_tests({rules.folder()});
  REQUIRE(loaded.errors.empty());
  REQUIRE(loaded.files.size() == 1);
  const RuleTestFile& file = loaded.files[0];
  CHECK(file.file == rules.folder() + "/grens_test.lua");
  CHECK(file.relative == "grens_test.lua");
  CHECK(file.rule == "test.grens");
  REQUIRE(file.cases.size() == 3);

  const RuleTestCase& first = file.cases[0];
  CHECK(first.name == "eerste geval");
  CHECK(first.line == 13);
  CHECK(first.inline_document);
  CHECK_THAT(first.document, Catch::Contains("<totaal>50.00</totaal>"));
  CHECK(first.jaar == 2021);
  CHECK(first.sector == "VO");
  CHECK_FALSE(first.swv);
  CHECK(first.check_date.empty());
  REQUIRE(first.params.size() == 1);
  CHECK(first.params[0].name == "test.grens");
  CHECK(first.params[0].description == "testgrens");  // kept from the parameter file
  REQUIRE(first.params[0].values.size() == 1);
  CHECK(first.params[0].values[0].value == "75.00");
  REQUIRE(first.expected.size() == 1);
  CHECK(first.expected[0].status == "voldoet");
  CHECK(first.expected[0].values == std::map<std::string, std::string>{{"baten", "5000"}, {"grens", "75.00"}, {"ok", "ja"}});

  const RuleTestCase& second = file.cases[1];
  CHECK(second.line == 17);
  CHECK(second.jaar == 2022);
  CHECK(second.swv == "PO9999");
  CHECK(second.check_date == "2025-01-31");
  REQUIRE(second.changes.size() == 3);  // in path order
  CHECK(second.changes[0].path == "a/b");
  CHECK(second.changes[0].value == "7");
  CHECK(second.changes[1].path == "financien/@nvt");
  CHECK_FALSE(second.changes[1].value);
  CHECK(second.changes[2].value == "300.00");
  REQUIRE(second.params.size() == 1);  // the case's own values replace the file's
  REQUIRE(second.params[0].values.size() == 2);
  CHECK(second.params[0].values[1].from == "2022-06-01");
  CHECK_FALSE(second.params[0].values[1].value);
  REQUIRE(second.expected.size() == 2);
  CHECK(second.expected[0].subject == "x");
  CHECK(second.expected[0].params.at("test.grens") == "100.00");
  CHECK(second.expected[0].message == "boven");
  CHECK(second.expected[1].status == "niet-van-toepassing");

  const RuleTestCase& third = file.cases[2];
  CHECK_FALSE(third.inline_document);
  CHECK(third.document_file == rules.folder() + "/docs/verslag.xml");
}

TEST_CASE("mistakes in a test file name the file and the line") {
  struct Mistake {
    const char* what;
    std::string text;
    int line;
    const char* message;
  };
  const std::vector<Mistake> mistakes{
      {"no table", "return 42\n", 0, "een testbestand moet een tabel teruggeven"},
      {"no rule", "return {\n  cases = {},\n}\n", 0, "rule: ontbreekt"},
      {"unknown field at the top", "return {\n  rule = \"test.grens\",\n  casus = {},\n}\n", 2,
       "het testbestand: onbekend veld 'casus'"},
      {"no cases", "return {\n  rule = \"test.grens\",\n}\n", 0, "cases: ontbreekt"},
      {"empty case list", "return {\n  rule = \"test.grens\",\n  cases = {},\n}\n", 3, "cases: de lijst is leeg"},
      {"a case without name", with_cases("    { expected = { status = \"voldoet\" } },"), 0,
       "cases[1]: name ontbreekt"},
      {"a misspelt field in a case", with_cases("    {\n      name = \"geval\",\n      expect = { status = \"voldoet\" },\n    },"),
       7, "testgeval 'geval': onbekend veld 'expect'"},
      {"no expectation", with_cases("    {\n      name = \"geval\",\n    },"), 7, "testgeval 'geval': expected ontbreekt"},
      {"an unknown status", with_cases("    {\n      name = \"geval\",\n      expected = { status = \"goed\" },\n    },"), 7,
       "testgeval 'geval': expected: status moet een van deze zijn"},
      {"a binary float in a change",
       with_cases("    {\n      name = \"geval\",\n      change = { [\"financien/baten/totaal\"] = 0.1 },\n"
                  "      expected = { status = \"voldoet\" },\n    },"),
       7, "testgeval 'geval': change[\"financien/baten/totaal\"]: schrijf getallen met decimalen als tekst"},
      {"a binary float in expected values",
       with_cases("    {\n      name = \"geval\",\n      expected = { status = \"voldoet\", values = { ratio = 1.5 } },\n    },"),
       7, "testgeval 'geval': expected.values.ratio: schrijf getallen met decimalen als tekst"},
      {"an unknown parameter",
       with_cases("    {\n      name = \"geval\",\n      params = { [\"test.onbekend\"] = \"1\" },\n"
                  "      expected = { status = \"voldoet\" },\n    },"),
       7, "params: onbekende parameter 'test.onbekend'"},
      {"parameter values out of order",
       with_cases("    {\n      name = \"geval\",\n      params = { [\"test.grens\"] = { { from = \"2022-01-01\", value = \"1\" },"
                  " { from = \"2020-01-01\", value = \"2\" } } },\n      expected = { status = \"voldoet\" },\n    },"),
       7, "params[\"test.grens\"]: waarden op oplopende datum"},
      {"a fragment without jaar",
       "return {\n  rule = \"test.grens\",\n  cases = {\n    {\n      name = \"geval\",\n      document = [[<financien/>]],\n"
       "      expected = { status = \"voldoet\" },\n    },\n  },\n}\n",
       5, "testgeval 'geval': een documentfragment heeft jaar = <verslagjaar> nodig"},
      {"a document file that does not exist",
       with_cases("    {\n      name = \"geval\",\n      document = \"bestaat-niet.xml\",\n"
                  "      expected = { status = \"voldoet\" },\n    },"),
       7, "document: bestand "},
      {"two cases with the same name",
       with_cases("    { name = \"geval\", expected = { status = \"voldoet\" } },\n"
                  "    { name = \"geval\", expected = { status = \"signaal\" } },"),
       7, "testgeval 'geval' staat twee keer in dit bestand"},
      {"values expected where there is no finding",
       with_cases("    {\n      name = \"geval\",\n      expected = { status = \"niet-van-toepassing\", values = { a = \"1\" } },\n    },"),
       7, "testgeval 'geval': expected: niet-van-toepassing geeft geen bevinding"},
      {"two expectations for one subject",
       with_cases("    {\n      name = \"geval\",\n      expected = { { status = \"voldoet\" }, { status = \"signaal\" } },\n    },"),
       7, "testgeval 'geval': twee verwachtingen voor dezelfde bevinding"},
      {"an unknown kind of registration",
       with_cases("    {\n      name = \"geval\",\n      registrations = { verzuim = [[a;b]] },\n"
                  "      expected = { status = \"voldoet\" },\n    },"),
       7, "registrations: onbekende soort 'verzuim' (bekend: thuiszitters, meldingen)"},
      {"a registration file that does not exist",
       with_cases("    {\n      name = \"geval\",\n      registrations = { meldingen = \"weg.csv\" },\n"
                  "      expected = { status = \"voldoet\" },\n    },"),
       7, "registrations.meldingen: bestand "},
      {"no document and no registrations",
       with_cases("    {\n      name = \"geval\",\n      document = false,\n      expected = { status = \"voldoet\" },\n    },"),
       7, "testgeval 'geval': zonder document (document = false) zijn registraties nodig"},
      {"no document and no jaar",
       "return {\n  rule = \"test.grens\",\n  cases = {\n    {\n      name = \"geval\",\n      document = false,\n"
       "      registrations = { meldingen = [[swv_code;datum]] },\n      expected = { status = \"voldoet\" },\n    },\n  },\n}\n",
       5, "testgeval 'geval': zonder document is jaar = <jaar van de registraties> nodig"},
      {"a syntax error", "return {\n  rule = \"test.grens\"\n  cases = {},\n}\n", 3, "'}' expected (to close '{' at line 1)"},
      {"an error raised while the file runs", "local x = nil\nreturn x.y\n", 2, "attempt to index a nil value"},
      {"a library the sandbox does not have", "local f = io.open('/etc/passwd')\nreturn {}\n", 1,
       "attempt to index a nil value (global 'io')"},
  };
  for (const auto& mistake : mistakes) {
    DYNAMIC_SECTION(mistake.what) {
      std::string file;
      RuleLoadError e = single_error(mistake.text, &file);
      CHECK(e.file == file);
      CHECK(e.line == mistake.line);
      CHECK_THAT(e.message, Catch::Contains(mistake.message));
      if (mistake.line > 0) CHECK_THAT(e.to_string(), Catch::StartsWith(file + ":" + std::to_string(mistake.line) + ": "));
    }
  }
}

TEST_CASE("a test file that never finishes is stopped by the instruction budget") {
  SandboxLimits limits;
  limits.instructions = 100000;
  RuleLoadError e = single_error("while true do end\n", nullptr, limits);
  CHECK_THAT(e.message, Catch::Contains("instructielimiet"));
}

TEST_CASE("a test file for a rule the folders do not have is an error at its rule line") {
  std::string file;
  RuleLoadError e = single_error("-- test\nreturn {\n  rule = \"test.bestaat-niet\",\n  cases = {\n"
                                 "    { name = \"a\", jaar = 2023, document = [[<a/>]], expected = { status = \"voldoet\" } },\n  },\n}\n",
                                 &file);
  CHECK(e.file == file);
  CHECK(e.line == 3);
  CHECK(e.message == "rule: onbekende regel 'test.bestaat-niet' (zie swvcheck rules list)");
}

TEST_CASE("test files are found beside the rules, a later folder's file replaces one at the same place") {
  std::string one_case = with_cases("    { name = \"basis\", expected = { status = \"voldoet\" } },");
  std::string other_case = with_cases("    { name = \"overlay\", expected = { status = \"signaal\" } },");
  TestRules shipped({{"grens.lua", grens_rule()},
                     {"fam/grens_test.lua", one_case},
                     {"fam/ander_test.lua", one_case},
                     {"lib/hulp_test.lua", "error('lib wordt niet als test gelezen')"}});
  TempDir overlay;
  overlay.write("fam/grens_test.lua", other_case);
  overlay.write("fam/nieuw_test.lua", one_case);

  auto found = find_rule_test_files({shipped.folder(), overlay.path()});
  REQUIRE(found.size() == 3);
  CHECK(found[0] == std::pair{shipped.folder() + "/fam/ander_test.lua", std::string("fam/ander_test.lua")});
  CHECK(found[1] == std::pair{overlay.path() + "/fam/grens_test.lua", std::string("fam/grens_test.lua")});
  CHECK(found[2] == std::pair{overlay.path() + "/fam/nieuw_test.lua", std::string("fam/nieuw_test.lua")});

  auto loaded = load_tests({shipped.folder(), overlay.path()});
  REQUIRE(loaded.errors.empty());
  REQUIRE(loaded.files.size() == 3);
  CHECK(loaded.files[1].cases.at(0).name == "overlay");
}
