// End-to-end: `swvcheck template` writes an annual report to start from (issue 17 item 7);
// checked untouched it loads, is valid under docs/jaarverslag.xsd, and every rule says what is
// missing: niet-te-beoordelen, never a load error and never voldoet.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;
using nlohmann::json;

TEST_CASE("cli: template --swv --jaar writes a skeleton whose check is niet-te-beoordelen throughout") {
  for (const auto& [swv, jaar] : std::vector<std::pair<std::string, std::string>>{{"PO2704", "2024"}, {"VO2801", "2022"}}) {
    INFO(swv << " " << jaar);
    TempDir dir;
    std::string path = dir.path() + "/" + swv + "-" + jaar + ".xml";
    auto made = run_swvcheck({"template", "--swv", swv, "--jaar", jaar, "--output", path});
    REQUIRE(made.exit_code == 0);
    std::string skeleton = read_text(path);
    CHECK_THAT(skeleton, Catch::Contains("<swv code=\"" + swv + "\" sector=\"" + swv.substr(0, 2) + "\"/>"));
    CHECK_THAT(skeleton, Catch::Contains("<verslagjaar>" + jaar + "</verslagjaar>"));
    CHECK(run_swvcheck({"template", "--swv", swv, "--jaar", jaar}).out == skeleton);  // the same on stdout

    auto check = run_swvcheck(check_args({path, "--format", "json"}));
    CHECK(check.exit_code == 0);  // loaded, nothing flagged: only niet-te-beoordelen
    json report = json::parse(check.out);
    REQUIRE(report["documents"].size() == 1);
    CHECK(report["documents"][0]["status"] == "geladen");
    std::set<std::string> rules_seen;
    for (const auto& f : report["findings"]) {
      INFO(f.dump());
      CHECK(f["status"] == "niet-te-beoordelen");
      rules_seen.insert(f["rule"].get<std::string>());
      // each names the missing part, and the skeleton has a place for it
      std::string missing = f["values"].value("ontbreekt", "");
      CHECK(!missing.empty());
      if (missing.find("registratie") != std::string::npos) continue;
      for (std::size_t start = 0; start < missing.size();) {
        auto end = missing.find(", ", start);
        std::string one = missing.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? missing.size() : end + 2;
        auto leaf = one.substr(one.rfind('/') + 1);
        CHECK_THAT(skeleton, Catch::Contains(leaf[0] == '@' ? " " + leaf.substr(1) + "=\"" : "<" + leaf));
        CHECK_THAT(skeleton, Catch::Contains(one));  // named in the comment beside it
      }
    }
    // every rule that applies in that year gives a finding (none is silent)
    json summary = report["summary"];
    auto not_applicable = summary.value("not_applicable", json::array()).size();
    auto listed = run_swvcheck({"rules", "list"});
    std::size_t rules = 0;
    for (std::size_t p = listed.out.find("\n  "); p != std::string::npos; p = listed.out.find("\n  ", p + 1)) ++rules;
    CHECK(rules_seen.size() + not_applicable >= rules);

    if (std::filesystem::exists("/usr/bin/xmllint")) {
      auto valid = run_process("/usr/bin/xmllint", {"--noout", "--schema", source_path("docs/jaarverslag.xsd"), path});
      INFO(valid.err);
      CHECK(valid.exit_code == 0);
    } else {
      WARN("/usr/bin/xmllint not installed; XSD validation of the skeleton skipped");
    }
  }
}

TEST_CASE("cli: template needs a valid SWV code and a year") {
  auto none = run_swvcheck({"template"});
  CHECK(none.exit_code == 2);
  CHECK_THAT(none.err, Catch::Contains("--swv CODE en --jaar JAAR"));
  auto bad = run_swvcheck({"template", "--swv", "PO27", "--jaar", "2024"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("PO of VO en vier cijfers"));
  CHECK_THAT(run_swvcheck({"--help"}).out, Catch::Contains("template --swv CODE --jaar JAAR"));
}
