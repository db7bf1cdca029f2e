// End-to-end: the commands rule authors use, as they run them. `rules test` (pass/fail lines,
// the closing line, exit codes), `rules check` on each kind of broken rules folder, `rules
// explain` with the data a rule reads, and findings that carry what decided them.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const char* kFamilies = "return { { id = \"test\", title = \"Test\" } }\n";

// A complete rule file "test.NAME" with its fields one per line (id on line 3).
std::string rule_file(const std::string& name, const std::string& family = "test") {
  return "-- regel\nreturn {\n  id = \"" + family + "." + name + "\",\n  norm_id = \"T-1\",\n  title = \"T\",\n"
         "  family = \"" + family + "\",\n  sectors = { \"PO\" },\n  documents = { \"jaarverslag\" },\n"
         "  norm = { title = \"N\", source = \"S\", in_force_from = \"2019-01-01\" },\n  description = \"D\",\n"
         "  check = function(doc, ctx) ctx:voldoet{ message = \"ok\" } end,\n}\n";
}

}  // namespace

TEST_CASE("cli: rules test runs the shipped cases and ends with the closing line") {
  CHECK_THAT(run_swvcheck({"--help"}).out, Catch::Contains("rules test [ID]"));
  CHECK_THAT(run_swvcheck({"rules", "--help"}).out, Catch::Contains("swvcheck rules test [--rules MAP] [ID...]"));
  auto result = run_swvcheck({"rules", "test"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  auto lines = lines_of(result.out);
  REQUIRE(lines.size() > 70);
  CHECK(std::regex_match(lines.back(), std::regex("[0-9]+ passed, 0 failed")));
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK_THAT(lines[i], Catch::StartsWith("geslaagd  "));
  for (const char* id : {"toezicht.onafhankelijk-lid", "toezicht.scheiding-bestuur", "reserves.signaleringswaarde",
                         "doorzettingsmacht.geregeld", "doorzettingsmacht.doorbraakaanpak",
                         "doorzettingsmacht.escalatieladder", "zorgplicht.thuiszitters-jaarverslag", "consistentie.sommen"})
    CHECK_THAT(result.out, Catch::Contains("geslaagd  " + std::string(id) + ": "));
}

TEST_CASE("cli: rules test ID runs the cases of that rule, family or norm only") {
  auto by_norm = run_swvcheck({"rules", "test", "RS-1"});
  CHECK(by_norm.exit_code == 0);
  for (const auto& line : lines_of(by_norm.out))
    if (line.rfind("geslaagd", 0) == 0) CHECK_THAT(line, Catch::StartsWith("geslaagd  reserves.signaleringswaarde: "));
  auto by_family = run_swvcheck({"rules", "test", "doorzettingsmacht"});
  CHECK(by_family.exit_code == 0);
  CHECK_THAT(by_family.out, Catch::Contains("doorzettingsmacht.escalatieladder") && !Catch::Contains("reserves."));
  auto unknown = run_swvcheck({"rules", "test", "XX-9"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("XX-9"));
}

TEST_CASE("cli: a failing case prints its difference and the command exits 1") {
  TempDir overlay;
  overlay.write("families.lua", kFamilies);
  overlay.write("test/concept.lua", rule_file("concept"));
  overlay.write("test/concept_test.lua",
                "return {\n  rule = \"test.concept\",\n  jaar = 2023,\n  document = [[<financien/>]],\n  cases = {\n"
                "    { name = \"klopt\", expected = { status = \"voldoet\" } },\n"
                "    { name = \"klopt niet\", expected = { status = \"signaal\" } },\n  },\n}\n");
  auto result = run_swvcheck({"rules", "test", "--rules", overlay.path(), "test.concept"});
  CHECK(result.exit_code == 1);
  CHECK(lines_of(result.out) == std::vector<std::string>{
                                    "geslaagd  test.concept: klopt",
                                    "mislukt   test.concept: klopt niet  (" + overlay.path() + "/test/concept_test.lua:7)",
                                    "          status: verwacht signaal, kreeg voldoet",
                                    "          melding: ok",
                                    "1 passed, 1 failed",
                                });
}

TEST_CASE("cli: rules check names file and line of every kind of broken rule, before any document is read") {
  struct Broken {
    const char* what;
    std::vector<std::pair<std::string, std::string>> files;
    std::string where;  // file:line
    const char* message;
  };
  std::string without_title = rule_file("zonder");
  without_title.erase(without_title.find("  title"), std::string("  title = \"T\",\n").size());
  std::string syntax = rule_file("syntax");
  syntax.replace(syntax.find("  norm_id"), 0, "  title = = \"x\",\n");
  const std::vector<Broken> cases{
      {"missing metadata", {{"test/zonder.lua", without_title}}, "test/zonder.lua:2", "title: ontbreekt of is geen tekst"},
      {"duplicate id", {{"test/a.lua", rule_file("dubbel")}, {"test/b.lua", rule_file("dubbel")}}, "test/b.lua:3",
       "id: 'test.dubbel' is al gebruikt in "},
      {"unknown family", {{"test/x.lua", rule_file("x", "onbekend")}}, "test/x.lua:6",
       "family: onbekende familie 'onbekend' (zie families.lua)"},
      {"syntax error", {{"test/syntax.lua", syntax}}, "test/syntax.lua:4", "unexpected symbol near '='"},
      {"broken test file", {{"test/ok.lua", rule_file("ok")}, {"test/ok_test.lua", "return {\n  rule = \"test.ok\"\n  cases = {}\n}\n"}},
       "test/ok_test.lua:3", "'}' expected"},
  };
  for (const auto& broken : cases) {
    DYNAMIC_SECTION(broken.what) {
      TempDir overlay;
      overlay.write("families.lua", kFamilies);
      for (const auto& [name, text] : broken.files) overlay.write(name, text);
      auto check = run_swvcheck({"rules", "check", "--rules", overlay.path()});
      CHECK(check.exit_code == 2);
      CHECK(check.out.empty());
      CHECK_THAT(check.err, Catch::Contains("swvcheck: regelfout: " + overlay.path() + "/" + broken.where + ": " + broken.message));
      if (std::string(broken.what) != "broken test file") {
        // The same problem stops `check` before it reads a single document.
        auto run = run_swvcheck({"check", fixture("jaarverslagen"), "--rules", overlay.path()});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK_THAT(run.err, Catch::Contains(overlay.path() + "/" + broken.where + ": " + broken.message));
      }
    }
  }
}

TEST_CASE("cli: rules check counts the test files of a sound rules folder") {
  auto result = run_swvcheck({"rules", "check"});
  CHECK(result.exit_code == 0);
  std::smatch counts;
  REQUIRE(std::regex_search(result.out, counts, std::regex("regels in orde: ([0-9]+) regels, [0-9]+ parameters, [0-9]+ families, "
                                                           "([0-9]+) testbestanden met ([0-9]+) testgevallen")));
  CHECK(counts[1] == counts[2]);  // one test file per shipped rule
  CHECK(std::stoi(counts[3]) > 100);
}

TEST_CASE("cli: rules explain shows the data a rule reads and the outcomes its cases reach") {
  auto result = run_swvcheck({"rules", "explain", "RS-1"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("Gelezen gegevens (in de "));
  for (const char* path : {"/jaarverslag/financien/baten/totaal", "/jaarverslag/financien/financieleBaten",
                           "/jaarverslag/financien/balans/eigenVermogen/totaal",
                           "/jaarverslag/financien/balans/eigenVermogen/bestemmingsreservePrivaat"})
    CHECK_THAT(result.out, Catch::Contains(std::string("\n  ") + path + "\n"));
  CHECK_THAT(result.out, Catch::Contains("Uitkomsten in de testgevallen: voldoet, signaal, niet-te-beoordelen"));

  auto tz = run_swvcheck({"rules", "explain", "TZ-1"});
  CHECK_THAT(tz.out, Catch::Contains("\n  /jaarverslag/governance/internToezicht/lid/@stemhebbend\n"));
  CHECK_THAT(tz.out, Catch::Contains("\n  /jaarverslag/deelnemendeBesturen/bestuur/@bevoegdGezag\n"));

  TestRules untested({{"los.lua", TestRules::rule("los", "ctx:voldoet{ message = 'ok' }")}});
  auto none = run_swvcheck({"rules", "explain", "test.los", "--rules", untested.folder()});
  CHECK(none.exit_code == 0);
  CHECK_THAT(none.out, Catch::Contains("Gelezen gegevens: onbekend, de regel heeft geen testgevallen"));
}

TEST_CASE("cli: every JSON finding carries the values and parameters that decided it") {
  auto result = run_swvcheck({"check", fixture("jaarverslagen"), "--format", "json", "--check-date", "2026-11-25"});
  json report = json::parse(result.out);
  REQUIRE(report["findings"].size() > 100);
  auto cents = [](const json& v) {
    std::string s = v.get<std::string>();
    bool negative = s[0] == '-';
    if (negative) s.erase(0, 1);
    auto dot = s.find('.');
    long long c = std::stoll(s.substr(0, dot)) * 100 + std::stoll(s.substr(dot + 1));
    return negative ? -c : c;
  };
  int reproduced = 0;
  for (const auto& f : report["findings"]) {
    INFO(f.dump());
    REQUIRE(f["values"].is_object());
    REQUIRE(f["params"].is_object());
    CHECK_FALSE(f["values"].empty());
    std::string rule = f["rule"], status = f["status"];
    const json& v = f["values"];
    const json& p = f["params"];
    if (rule == "reserves.signaleringswaarde" && status != "niet-te-beoordelen") {
      // signaleringswaarde = max(percentage x totale baten half-up, minimum); signaal when strictly above
      std::string pct = p["reserves.signaleringswaarde.percentage"];
      long long num = std::stoll(pct.substr(pct.find('.') + 1)), den = 1;
      for (std::size_t i = pct.find('.') + 1; i < pct.size(); ++i) den *= 10;
      long long waarde = std::max((2 * cents(v["totale_baten"]) * num + den) / (2 * den), cents(p["reserves.signaleringswaarde.minimum"]));
      CHECK(cents(v["signaleringswaarde"]) == waarde);
      CHECK((status == "signaal") == (cents(v["publiek_eigen_vermogen"]) > waarde));
      ++reproduced;
    }
    if (rule == "consistentie.sommen" && status != "niet-te-beoordelen") {
      long long verschil = cents(v["totaal"]) - cents(v["som_onderdelen"]);
      CHECK(cents(v["verschil"]) == verschil);
      CHECK((status == "overtreding") == (std::llabs(verschil) > cents(p["consistentie.sommen.tolerantie"])));
      ++reproduced;
    }
    if (rule == "zorgplicht.thuiszitters-jaarverslag" && status != "niet-te-beoordelen") {
      CHECK(p["zorgplicht.thuiszitters.maximum-maanden"] == v["maximum_maanden"]);
      CHECK((status == "signaal") == (std::stoi(v["aantal"].get<std::string>()) > 0));
      ++reproduced;
    }
  }
  CHECK(reproduced > 80);
}
