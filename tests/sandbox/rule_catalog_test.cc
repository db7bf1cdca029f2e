// Loading and validating rules folders: metadata, families, parameters, overlays, and which
// files are rules. Every problem is a load error naming file, line and what is wrong.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

// The metadata of a complete rule "test.x", one field per line from line 3 on:
//   1 -- regel          2 return {        3 id          4 norm_id     5 title
//   6 family            7 sectors         8 documents   9 norm        10 description
//   11 params           12 check          13 }
Fields complete_fields(const std::string& id = "test.x") {
  return {{"id", "\"" + id + "\""},
          {"norm_id", "\"T-1\""},
          {"title", "\"Titel van x\""},
          {"family", "\"test\""},
          {"sectors", "{ \"PO\", \"VO\" }"},
          {"documents", "{ \"jaarverslag\" }"},
          {"norm", "{ title = \"Testnorm\", source = \"Staatsblad\", in_force_from = \"2019-01-01\" }"},
          {"description", "\"Wat x controleert.\""},
          {"params", "{ \"test.grens\" }"},
          {"check", "function(doc, ctx) ctx:voldoet{ message = \"x: \" .. ctx:param(\"test.grens\") } end"}};
}

std::string rule_text(const Fields& fields) {
  std::string text = "-- regel\nreturn {\n";
  for (const auto& [name, value] : fields) text += "  " + name + " = " + value + ",\n";
  return text + "}\n";
}

Fields without(Fields fields, const std::string& name) {
  fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; }), fields.end());
  return fields;
}

Fields with(Fields fields, const std::string& name, const std::string& value) {
  for (auto& f : fields)
    if (f.first == name) f.second = value;
  return fields;
}

struct LoadResult {
  bool ok = false;
  RuleCatalog catalog;
  std::vector<RuleLoadError> errors;
};

LoadResult load(const std::vector<std::string>& folders, const SandboxLimits& limits = {}) {
  LoadResult r;
  r.ok = RuleCatalog::load(folders, limits, &r.catalog, &r.errors);
  for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
  return r;
}

// Loads a test folder with the given files and expects exactly one error.
RuleLoadError single_error(const std::vector<std::pair<std::string, std::string>>& files, std::string* folder = nullptr) {
  TestRules rules(files);
  if (folder) *folder = rules.folder();
  auto r = load({rules.folder()});
  CHECK_FALSE(r.ok);
  REQUIRE(r.errors.size() == 1);
  return r.errors[0];
}

void require_error(const std::vector<std::pair<std::string, std::string>>& files, const std::string& file, int line,
                   const std::string& message) {
  std::string folder;
  auto e = single_error(files, &folder);
  CHECK(e.file == folder + "/" + file);
  CHECK(e.line == line);
  CHECK_THAT(e.message, Catch::StartsWith(message));
  std::string where = folder + "/" + file;
  if (line) where.append(":").append(std::to_string(line));
  CHECK_THAT(e.to_string(), Catch::StartsWith(where.append(": ")));
}

}  // namespace

TEST_CASE("a complete rule file loads with its metadata, families and parameters") {
  TestRules rules({{"x.lua", rule_text(complete_fields())}});
  auto r = load({rules.folder()});
  REQUIRE(r.ok);
  REQUIRE(r.catalog.rules().size() == 1);
  const RuleInfo* x = r.catalog.find("test.x");
  REQUIRE(x != nullptr);
  CHECK(x->norm_id == "T-1");
  CHECK(x->title == "Titel van x");
  CHECK(x->family == "test");
  CHECK(x->sectors == std::vector<std::string>{"PO", "VO"});
  CHECK(x->documents == std::vector<std::string>{"jaarverslag"});
  CHECK(x->norm->id == "T-1");
  CHECK(x->norm->title == "Testnorm");
  CHECK(x->norm->source == "Staatsblad");
  CHECK(x->norm->in_force_from == "2019-01-01");
  CHECK(x->description == "Wat x controleert.");
  CHECK(x->params == std::vector<std::string>{"test.grens"});
  CHECK(x->file == rules.folder() + "/x.lua");
  CHECK(x->line == 12);  // where check is
  CHECK(r.catalog.find("test.y") == nullptr);
  REQUIRE(r.catalog.families().size() == 1);
  CHECK(r.catalog.families()[0].id == "test");
  CHECK(r.catalog.families()[0].title == "Test");
  const Parameter* grens = r.catalog.params().find("test.grens");
  REQUIRE(grens != nullptr);
  CHECK(grens->file == rules.folder() + "/params/test.lua");
  REQUIRE(grens->values.size() == 3);
  CHECK(grens->values[0].from == "2019-01-01");
  CHECK(grens->values[0].value == "100.00");
  CHECK_FALSE(grens->values[2].value.has_value());
  CHECK(r.catalog.folders() == std::vector<std::string>{rules.folder()});
}

TEST_CASE("a missing metadata field is an error at the rule's return") {
  struct Missing {
    const char* field;
    const char* message;
  };
  auto missing = GENERATE(values<Missing>({
      {"id", "id: ontbreekt of is geen tekst"},
      {"norm_id", "norm_id: ontbreekt of is geen tekst"},
      {"title", "title: ontbreekt of is geen tekst"},
      {"family", "family: ontbreekt of is geen tekst"},
      {"description", "description: ontbreekt of is geen tekst"},
      {"sectors", "sectors: ontbreekt"},
      {"documents", "documents: ontbreekt"},
      {"norm", "norm: ontbreekt"},
      {"check", "check: ontbreekt"},
  }));
  DYNAMIC_SECTION(missing.field) {
    require_error({{"x.lua", rule_text(without(complete_fields(), missing.field))}}, "x.lua", 2, missing.message);
  }
}

TEST_CASE("a field of the wrong kind is an error at that field's line") {
  struct Wrong {
    const char* field;
    const char* value;
    int line;
    const char* message;
  };
  auto wrong = GENERATE(values<Wrong>({
      {"id", "\"Test.X\"", 3, "id: 'Test.X' moet de vorm familie.naam hebben"},
      {"id", "\"anders.x\"", 3, "id: 'anders.x' moet beginnen met de familie 'test'"},
      {"title", "42", 5, "title: ontbreekt of is geen tekst"},
      {"title", "\"\"", 5, "title: ontbreekt of is geen tekst"},
      {"sectors", "{ \"MBO\" }", 7, "sectors: onbekende sector 'MBO'"},
      {"sectors", "{}", 7, "sectors: ontbreekt"},
      {"documents", "{ \"begroting\" }", 8, "documents: onbekende documentsoort 'begroting'"},
      {"norm", "{ title = \"Testnorm\", source = \"Staatsblad\", in_force_from = \"2019\" }", 9,
       "norm: in_force_from moet een datum JJJJ-MM-DD zijn"},
      {"norm", "{ title = \"Testnorm\", in_force_from = \"2019-01-01\" }", 9, "norm: title en source zijn verplicht"},
      {"norm", "{ title = \"Testnorm\", source = \"S\", in_force_from = 2019 }", 9,
       "norm: in_force_from moet een datum JJJJ-MM-DD zijn"},
      {"norm", "{ title = \"Testnorm\", source = \"S\", in_force_from = \"2019-01-01\", in_force_until = \"2020\" }", 9,
       "norm: in_force_until moet een datum JJJJ-MM-DD zijn (de laatste dag dat de norm geldt)"},
      {"norm", "{ title = \"Testnorm\", source = \"S\", in_force_from = \"2019-01-01\", in_force_until = \"2018-12-31\" }", 9,
       "norm: in_force_until ligt voor in_force_from"},
      {"params", "\"test.grens\"", 11, "params: moet een lijst van parameternamen zijn"},
      {"check", "\"geen functie\"", 12, "check: ontbreekt"},
  }));
  DYNAMIC_SECTION(wrong.field << " = " << wrong.value) {
    require_error({{"x.lua", rule_text(with(complete_fields(), wrong.field, wrong.value))}}, "x.lua", wrong.line,
                  wrong.message);
  }
}

TEST_CASE("a rule file that returns no table is an error at its return") {
  require_error({{"x.lua", "-- regel\n\nreturn 42\n"}}, "x.lua", 3,
                "return: een regelbestand moet een tabel met metadata en check teruggeven");
}

TEST_CASE("an unknown family is an error at the family line") {
  require_error({{"x.lua", rule_text(with(with(complete_fields(), "family", "\"onbekend\""), "id", "\"onbekend.x\""))}},
                "x.lua", 6, "family: onbekende familie 'onbekend' (zie families.lua)");
}

TEST_CASE("an unknown parameter in the params list is an error at the params line") {
  require_error({{"x.lua", rule_text(with(complete_fields(), "params", "{ \"test.grens\", \"test.onbekend\" }"))}},
                "x.lua", 11, "params: onbekende parameter 'test.onbekend'");
}

TEST_CASE("a duplicate id in one folder is an error at the second file's id") {
  TestRules rules({{"a.lua", rule_text(complete_fields("test.dubbel"))},
                   {"sub/b.lua", rule_text(with(complete_fields("test.dubbel"), "title", "\"Tweede\""))}});
  auto r = load({rules.folder()});
  CHECK_FALSE(r.ok);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].file == rules.folder() + "/sub/b.lua");
  CHECK(r.errors[0].line == 3);
  CHECK(r.errors[0].message == "id: 'test.dubbel' is al gebruikt in " + rules.folder() + "/a.lua");
  // The first file keeps the id.
  REQUIRE(r.catalog.find("test.dubbel") != nullptr);
  CHECK(r.catalog.find("test.dubbel")->title == "Titel van x");
}

TEST_CASE("a syntax error is an error at the line of the error") {
  SECTION("in a rule file") {
    auto fields = with(complete_fields(), "sectors", "{ \"PO\" \"VO\" }");
    std::string folder;
    auto e = single_error({{"x.lua", rule_text(fields)}}, &folder);
    CHECK(e.file == folder + "/x.lua");
    CHECK(e.line == 7);
    CHECK_THAT(e.message, Catch::Contains("'}' expected") && Catch::Contains("near '\"VO\"'"));
  }
  SECTION("in a rule file with a long path") {
    // Lua shortens long chunk names to "...tail"; the error must still name the whole file.
    std::string relative = "een/heel/diep/geneste/map/met/een/lange/naam/kapotte-regel.lua";
    std::string folder;
    auto e = single_error({{relative, "-- regel\nreturn {\n  id = = \"test.x\",\n}\n"}}, &folder);
    CHECK(e.file == folder + "/" + relative);
    CHECK(e.line == 3);
    CHECK_THAT(e.message, Catch::Contains("unexpected symbol near '='"));
  }
  SECTION("an error raised while the file loads") {
    require_error({{"x.lua", "-- regel\nlocal kapot = nil\nlocal waarde = kapot + 1\n" + rule_text(complete_fields())}},
                  "x.lua", 3, "attempt to perform arithmetic on a nil value (local 'kapot')");
  }
  SECTION("a file whose top level never ends") {
    SandboxLimits limits;
    limits.instructions = 100000;
    TestRules rules({{"x.lua", std::string("-- regel\n\nwhile true do end\n")}});
    auto r = load({rules.folder()}, limits);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == rules.folder() + "/x.lua");
    CHECK_THAT(r.errors[0].message, Catch::Contains("instructielimiet"));
  }
}

TEST_CASE("every broken file of a folder is reported, the good ones still load") {
  TestRules rules({{"a.lua", rule_text(without(complete_fields("test.a"), "title"))},
                   {"b.lua", rule_text(complete_fields("test.b"))},
                   {"c.lua", "return {\n  id = \n"}});
  auto r = load({rules.folder()});
  CHECK_FALSE(r.ok);
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].file == rules.folder() + "/a.lua");
  CHECK(r.errors[1].file == rules.folder() + "/c.lua");
  REQUIRE(r.catalog.rules().size() == 1);
  CHECK(r.catalog.rules()[0].id == "test.b");
}

TEST_CASE("a rule table with metamethods is read without running them") {
  // Metadata is read after the budgeted call has ended: an __index must not run there.
  require_error({{"x.lua", "-- regel\nreturn setmetatable({}, { __index = function() while true do end end })\n"}},
                "x.lua", 2, "id: ontbreekt of is geen tekst");
}

TEST_CASE("parameter files are validated") {
  auto params = [](const std::string& values) {
    return "return { [\"test.p\"] = { description = \"p\", source = \"test\", unit = \"fractie\",\n  values = " + values +
           " } }\n";
  };
  SECTION("a binary float value") {
    std::string folder;
    auto e = single_error({{"params/p.lua", params("{ { from = \"2019-01-01\", value = 0.035 } }")}}, &folder);
    CHECK(e.file == folder + "/params/p.lua");
    CHECK_THAT(e.message, Catch::Contains("parameter 'test.p'") && Catch::Contains("nooit als kommagetal"));
  }
  SECTION("dates out of order") {
    std::string folder;
    auto e = single_error(
        {{"params/p.lua", params("{ { from = \"2022-01-01\", value = \"1\" }, { from = \"2019-01-01\", value = \"2\" } }")}},
        &folder);
    CHECK(e.file == folder + "/params/p.lua");
    CHECK_THAT(e.message, Catch::Contains("parameter 'test.p'") && Catch::Contains("oplopende datum"));
  }
  SECTION("a value that is neither given nor none") {
    auto e = single_error({{"params/p.lua", params("{ { from = \"2019-01-01\" } }")}});
    CHECK_THAT(e.message, Catch::Contains("value ontbreekt"));
  }
  SECTION("the same parameter twice in one folder") {
    std::string folder;
    // params/test.lua of the test folder has it already and comes first.
    auto e = single_error({{"params/zz.lua", "-- dubbel\nreturn {\n  [\"test.grens\"] = { description = \"d\", source = \"s\","
                                             " values = { { from = \"2019-01-01\", value = \"1\" } } },\n}\n"}},
                          &folder);
    CHECK(e.file == folder + "/params/zz.lua");
    CHECK(e.line == 3);
    CHECK(e.message == "parameter 'test.grens' staat twee keer in deze map");
  }
}

TEST_CASE("a folder without families.lua, or no folder at all, is refused") {
  SECTION("no families.lua") {
    TempDir dir;
    dir.write("x.lua", "return 1\n");
    auto r = load({dir.path()});
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.errors.empty());
    CHECK(r.errors.back().file == dir.path());
    CHECK(r.errors.back().message == "families.lua ontbreekt");
  }
  SECTION("a folder that does not exist") {
    TempDir dir;
    auto r = load({dir.path() + "/bestaat-niet"});
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == dir.path() + "/bestaat-niet");
    CHECK(r.errors[0].message == "regelmap bestaat niet");
  }
}

TEST_CASE("an overlay folder replaces rules, parameters and lib modules of the folders before it") {
  auto shipped_x = with(complete_fields("test.x"), "check",
                        "function(doc, ctx) ctx:voldoet{ message = \"verzonden\" } end");
  TestRules shipped({{"x.lua", rule_text(shipped_x)},
                     {"y.lua", rule_text(with(complete_fields("test.y"), "check", R"(function(doc, ctx)
    ctx:voldoet{ message = "y", values = { grens = ctx:param("test.grens"), bron = require("lib.hulp").bron } } end)"))},
                     {"lib/hulp.lua", "return { bron = \"verzonden\" }\n"}});
  TempDir overlay;
  overlay.write("families.lua", "return { { id = \"test\", title = \"Test (eigen)\" }, { id = \"eigen\", title = \"Eigen\" } }\n");
  overlay.write("andere-naam.lua", rule_text(with(with(complete_fields("test.x"), "title", "\"Eigen x\""), "check",
                                                  "function(doc, ctx) ctx:signaal{ message = \"eigen\" } end")));
  overlay.write("eigen/z.lua", rule_text(with(with(complete_fields("eigen.z"), "family", "\"eigen\""), "check",
                                              "function(doc, ctx) ctx:voldoet{ message = \"z\" } end")));
  overlay.write("params/test.lua", "return { [\"test.grens\"] = { description = \"eigen grens\", source = \"eigen\",\n"
                                   "  values = { { from = \"2019-01-01\", value = \"999.00\" } } } }\n");
  overlay.write("lib/hulp.lua", "return { bron = \"eigen\" }\n");

  auto r = load({shipped.folder(), overlay.path()});
  REQUIRE(r.ok);
  REQUIRE(r.catalog.rules().size() == 3);
  const RuleInfo* x = r.catalog.find("test.x");
  REQUIRE(x != nullptr);
  CHECK(x->title == "Eigen x");
  CHECK(x->file == overlay.path() + "/andere-naam.lua");
  CHECK(r.catalog.find("test.y")->file == shipped.folder() + "/y.lua");
  CHECK(r.catalog.find("eigen.z") != nullptr);
  REQUIRE(r.catalog.families().size() == 2);
  CHECK(r.catalog.families()[0].title == "Test (eigen)");
  CHECK(r.catalog.families()[1].id == "eigen");
  const Parameter* grens = r.catalog.params().find("test.grens");
  REQUIRE(grens != nullptr);
  CHECK(grens->file == overlay.path() + "/params/test.lua");
  REQUIRE(grens->values.size() == 1);
  CHECK(grens->values[0].value == "999.00");

  auto findings = run_rules({shipped.folder(), overlay.path()}, fixture("jaarverslagen/po2704-2023.xml"));
  CHECK(finding_of(findings, "test.x").status == Status::signaal);
  CHECK(finding_of(findings, "test.x").message == "eigen");
  const auto& y = finding_of(findings, "test.y");
  CHECK(y.values.at("grens") == "999.00");
  CHECK(y.values.at("bron") == "eigen");
  CHECK(finding_of(findings, "eigen.z").status == Status::voldoet);

  SECTION("the shipped folder alone is unchanged") {
    auto alone = run_rules({shipped.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
    CHECK(finding_of(alone, "test.x").message == "verzonden");
    CHECK(finding_of(alone, "test.y").values.at("grens") == "200.00");
    CHECK(finding_of(alone, "test.y").values.at("bron") == "verzonden");
  }
  SECTION("a duplicate id across folders is no error, inside the overlay it is") {
    overlay.write("nog-een-x.lua", rule_text(complete_fields("test.x")));
    auto again = load({shipped.folder(), overlay.path()});
    CHECK_FALSE(again.ok);
    REQUIRE(again.errors.size() == 1);
    CHECK(again.errors[0].file == overlay.path() + "/nog-een-x.lua");
  }
}

TEST_CASE("files in lib/ and params/, families.lua and test files are not rules") {
  TestRules rules({{"x.lua", rule_text(complete_fields())},
                   {"lib/hulp.lua", "return { niet = \"een regel\" }\n"},
                   {"lib/kapot.lua", "dit is geen lua\n"},
                   {"params/extra.lua", "return {}\n"},
                   {"x_test.lua", "dit is geen lua\n"},
                   {"toezicht/y_test.lua", "return { id = 1 }\n"},
                   {"tests/z.lua", "dit is geen lua\n"},
                   {"LEESMIJ.md", "geen regel\n"}});
  auto r = load({rules.folder()});
  REQUIRE(r.ok);
  REQUIRE(r.catalog.rules().size() == 1);
  CHECK(r.catalog.rules()[0].id == "test.x");
  CHECK(find_rule_files(rules.folder()) == std::vector<std::string>{rules.folder() + "/x.lua"});
}

TEST_CASE("rules are listed by id, whatever their file names") {
  TestRules rules({{"z.lua", rule_text(complete_fields("test.a"))},
                   {"a/b.lua", rule_text(complete_fields("test.c"))},
                   {"m.lua", rule_text(complete_fields("test.b"))}});
  auto r = load({rules.folder()});
  REQUIRE(r.ok);
  std::vector<std::string> ids;
  for (const auto& rule : r.catalog.rules()) ids.push_back(rule.id);
  CHECK(ids == std::vector<std::string>{"test.a", "test.b", "test.c"});
  CHECK(r.catalog.find("test.b")->file == rules.folder() + "/m.lua");
}
