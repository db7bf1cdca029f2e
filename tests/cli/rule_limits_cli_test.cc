// Issue 14 through the command line: the terminal never gets a rule's control characters, a
// broken rule is switched off for the batch (--profile and the summary say so), and a rule
// that emits findings in a loop does not raise the run's peak memory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

// `count` copies of one fixture report in a folder, named 00.xml, 01.xml, ...
std::string copies(const TempDir& dir, int count) {
  std::string report = read_text(fixture("jaarverslagen/po2704-2023.xml"));
  for (int i = 0; i < count; ++i) dir.write("docs/" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".xml", report);
  return dir.path() + "/docs";
}

}  // namespace

TEST_CASE("cli limits: control characters from rules and documents reach the text report escaped") {
  TestRules rules({{"a-stuur.lua", TestRules::rule("a-stuur", R"(
    ctx:overtreding{ message = "wis\27[2J\27]0;titel\7 klaar\194\155x \255 é", subject = "s\27[31m" })")}});
  TempDir dir;
  std::string report = read_text(fixture("jaarverslagen/po2704-2023.xml"));
  dir.write("rapport\x1b[1m.xml", report);
  dir.write("kapot\x07.xml", "<jaarverslag>");
  auto result = run_swvcheck({"check", dir.path(), "--rules", rules.folder(), "--only", "test", "--color", "always",
                              "--check-date", "2026-11-25"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.out, Catch::Contains("wis\\x1b[2J\\x1b]0;titel\\x07 klaar\\u009bx \\xff é"));
  CHECK_THAT(result.out, Catch::Contains("rapport\\x1b[1m.xml"));
  CHECK_THAT(result.out, Catch::Contains("kapot\\x07.xml"));
  // The only escape sequences left are the report's own colours.
  std::string without_colours = std::regex_replace(result.out, std::regex("\x1b\\[[0-9;]*m"), "");
  for (char c : without_colours) {
    auto byte = static_cast<unsigned char>(c);
    CHECK((byte >= 0x20 || byte == '\n'));
  }
  CHECK(without_colours.find("\xc2\x9b") == std::string::npos);
}

TEST_CASE("cli limits: a rule stopped in 3 units is switched off, --profile and the summary show it") {
  TestRules rules({{"a-lus.lua", TestRules::rule("a-lus", "while true do end")},
                   {"b-goed.lua", TestRules::rule("b-goed", "ctx:voldoet{ message = \"in orde\" }")}});
  TempDir dir;
  std::string folder = copies(dir, 8);
  std::vector<std::string> args{"check", folder, "--rules", rules.folder(), "--only", "test", "--max-instructions",
                                "100000", "--check-date", "2026-11-25", "--profile"};
  auto one = run_swvcheck([&] { auto a = args; a.insert(a.end(), {"--jobs", "1"}); return a; }());
  auto two = run_swvcheck([&] { auto a = args; a.insert(a.end(), {"--jobs", "2"}); return a; }());
  INFO(one.out << one.err);
  CHECK(one.exit_code == 2);
  CHECK(one.out == two.out);
  CHECK_THAT(one.out, Catch::Contains("Uitgeschakelde regels (niet meer uitgevoerd in deze controle):\n"
                                      "  test.a-lus: in 3 eenheden gestopt door een limiet (laatst in " + folder +
                                      "/02.xml: instructielimiet van 100000 overschreden (oneindige lus?)); "
                                      "daarna overgeslagen in 5 eenheden\n"));
  CHECK_THAT(one.err, Catch::Contains("Uitgeschakelde regels"));
  CHECK_THAT(one.err, Catch::Contains("daarna overgeslagen in 5 eenheden"));
  std::size_t switched = 0;
  for (auto at = one.out.find("uitgeschakeld voor de rest van deze controle"); at != std::string::npos;
       at = one.out.find("uitgeschakeld voor de rest van deze controle", at + 1))
    ++switched;
  CHECK(switched == 5);
}

TEST_CASE("cli limits: a rule emitting findings in a loop raises peak memory by less than 100 MB at any jobs") {
  TestRules rules({{"a-veel.lua", TestRules::rule("a-veel", R"(
                      local m = ("x"):rep(1024)
                      for i = 1, 1e9 do ctx:voldoet{ message = m, values = { v = m }, subject = tostring(i) } end)")},
                   {"b-goed.lua", TestRules::rule("b-goed", "ctx:voldoet{ message = \"in orde\" }")}});
  TempDir dir;
  std::string folder = copies(dir, 3);
  for (const char* jobs : {"1", "2", "8"}) {
    INFO("jobs " << jobs);
    std::vector<std::string> args{"check", folder, "--rules", rules.folder(), "--check-date", "2026-11-25",
                                  "--jobs", jobs, "--format", "json", "--only"};
    auto clean = run_swvcheck([&] { auto a = args; a.push_back("test.b-goed"); return a; }());
    auto flooded = run_swvcheck([&] { auto a = args; a.push_back("test"); return a; }());
    CHECK(flooded.exit_code == 2);
    CHECK_THAT(flooded.out, Catch::Contains("meer dan 1000 bevindingen voor"));
    CHECK(flooded.max_rss_kb - clean.max_rss_kb < 100 * 1024);
  }
}

TEST_CASE("cli limits: a backtracking pattern ends in rules test too, in a rule and in a test file") {
  const std::string pattern = "(\"a\"):rep(40):match(\"^\" .. (\"a?\"):rep(40) .. (\"a\"):rep(40) .. \"b\")";
  TestRules rules({{"a-patroon.lua", TestRules::rule("a-patroon", "local r = " + pattern + "\nctx:voldoet{ message = \"klaar\" }")},
                   {"a-patroon_test.lua", "return { rule = \"test.a-patroon\", jaar = 2023, document = [[ <financien/> ]],\n"
                                          "  cases = { { name = \"eindigt\", expected = { status = \"voldoet\" } } } }\n"},
                   {"b-goed.lua", TestRules::rule("b-goed", "ctx:voldoet{ message = \"in orde\" }")},
                   {"b-goed_test.lua", "local r = " + pattern + "\nreturn { rule = \"test.b-goed\", jaar = 2023,\n"
                                       "  document = [[ <financien/> ]], cases = { { name = \"x\", expected = { status = \"voldoet\" } } } }\n"}});
  auto result = run_swvcheck({"rules", "test", "--rules", rules.folder(), "--max-instructions", "2000000", "test"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::Contains("instructielimiet van 2000000 overschreden"));
  CHECK_THAT(result.out, Catch::Contains("b-goed_test.lua:1: instructielimiet overschreden"));
  CHECK_THAT(result.out, Catch::Contains("0 passed, 2 failed"));
}
