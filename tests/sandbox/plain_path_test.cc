#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "documents/annual_report.h"
#include "sandbox/plain_path.h"
#include "support/paths.h"

using swv::is_plain_path;
using swv::plain_path_first_match;

namespace {

// A tree with repeated names, comments and processing instructions, and a real annual report.
void load_trees(pugi::xml_document* tricky, pugi::xml_document* report) {
  REQUIRE(tricky->load_string(
      "<r x='1'><a><b/><b><c id='1'>eerste</c></b></a><a><b><c id='2'/><c id='3'/></b></a>"
      "<d><!-- c --><?pi x?><e>t</e><e y='2'/><e y='3'/></d></r>"));
  REQUIRE(report->load_file(swv::test::fixture("jaarverslagen/po2704-2023.xml").c_str()));
}

}  // namespace

TEST_CASE("plain path: which queries are walked by name and which are left to XPath") {
  for (const char* plain : {"a", "financien/baten/totaal", "swv/@code", "/jaarverslag/swv/@code", "@versie",
                            "governance/internToezicht/lid/@stemhebbend", "a.b/c-d/_e1"})
    CHECK(is_plain_path(plain));
  for (const char* other : {"", "/", "//lid", "a//b", "a/", "a/@b/c", "lid[1]", "lid[@naam='x']", "count(lid)",
                            "text()", ".", "..", "a/../b", "child::a", "a | b", " a", "a /b", "p:a", "1a", "@", "a/@"})
    CHECK_FALSE(is_plain_path(other));
}

TEST_CASE("plain path: the same first match as XPath in document order, on a report and on tricky trees") {
  pugi::xml_document tricky, report;
  load_trees(&tricky, &report);
  std::vector<std::pair<pugi::xml_node, std::vector<std::string>>> cases{
      {tricky.document_element(),
       {"a", "a/b", "a/b/c", "a/b/c/@id", "d/e", "d/e/@y", "@x", "@y", "zz", "a/zz", "a/b/@id", "/r/a/b/c", "/r/@x",
        "/a", "/r/d/e/@y"}},
      {tricky.document_element().child("d"), {"e", "e/@y", "/r/a/b/c/@id", "a"}},
      {report.document_element(),
       {"swv/@code", "verslagjaar", "financien/baten/totaal", "financien/balans/eigenVermogen/totaal",
        "governance/internToezicht/lid", "governance/internToezicht/lid/@stemhebbend",
        "governance/internToezicht/lid/nevenfunctie/@bevoegdGezag", "ondersteuningsplan/@vanaf", "wnt/topfunctionaris/@fte",
        "financien/bestaatNiet", "/jaarverslag/verslagjaar"}},
      {pugi::xml_node(), {"a", "/a"}},
  };
  for (const auto& [context, queries] : cases) {
    for (const auto& query : queries) {
      INFO(query);
      auto mine = plain_path_first_match(query, context);
      REQUIRE(mine.has_value());
      pugi::xpath_node expected = context ? pugi::xpath_query(query.c_str()).evaluate_node(context) : pugi::xpath_node();
      CHECK(mine->node() == expected.node());
      CHECK(mine->attribute() == expected.attribute());
      CHECK(mine->parent() == expected.parent());
    }
  }
  CHECK_FALSE(plain_path_first_match("a[1]", tricky.document_element()).has_value());
}

TEST_CASE("plain path: every match in document order as XPath's node set, on a report and on tricky trees") {
  pugi::xml_document tricky, report;
  load_trees(&tricky, &report);
  std::vector<std::pair<pugi::xml_node, std::vector<std::string>>> cases{
      {tricky.document_element(),
       {"a", "a/b", "a/b/c", "a/b/c/@id", "d/e", "d/e/@y", "@x", "zz", "a/b/@id", "/r/a/b/c", "/r/@x", "/a"}},
      {tricky.document_element().child("d"), {"e", "e/@y", "/r/a/b/c/@id"}},
      {report.document_element(),
       {"deelnemendeBesturen/bestuur", "deelnemendeBesturen/bestuur/@bevoegdGezag", "governance/internToezicht/lid",
        "governance/internToezicht/lid/nevenfunctie", "governance/bestuur/lid/@naam", "financien/bestaatNiet"}},
      {pugi::xml_node(), {"a", "/a"}},
  };
  for (const auto& [context, queries] : cases) {
    for (const auto& query : queries) {
      INFO(query);
      std::vector<pugi::xpath_node> mine;
      REQUIRE(swv::plain_path_all_matches(query, context, &mine));
      pugi::xpath_node_set expected;
      if (context) expected = pugi::xpath_query(query.c_str()).evaluate_node_set(context);
      REQUIRE(mine.size() == expected.size());
      for (std::size_t i = 0; i < mine.size(); ++i) CHECK(mine[i] == expected[i]);
    }
  }
  std::vector<pugi::xpath_node> untouched;
  CHECK_FALSE(swv::plain_path_all_matches("a[1]", tricky.document_element(), &untouched));
  CHECK(untouched.empty());
}

TEST_CASE("plain path: answered from the loader's element index, the same first match as XPath") {
  // The first <b> has no @id and the first <e> no @y: the index names the first element of a
  // path, so an attribute it lacks must still be found on a later element.
  std::string text =
      "<?xml version='1.0' encoding='UTF-8'?>\n"
      "<jaarverslag xmlns='urn:swvcheck:jaarverslag:1' versie='1'>\n"
      "  <swv code='PO2704' sector='PO'/>\n  <verslagjaar>2023</verslagjaar>\n"
      "  <governance><internToezicht><lid naam='A'/><lid naam='B' stemhebbend='ja'/></internToezicht></governance>\n"
      "  <deelnemendeBesturen><bestuur naam='x'/><bestuur naam='y' bevoegdGezag='12345'/></deelnemendeBesturen>\n"
      "</jaarverslag>\n";
  swv::LoadError error;
  auto report = swv::AnnualReport::parse(text, "index.xml", &error);
  REQUIRE(report);
  auto root = report->root();
  for (const char* query : {"governance/internToezicht/lid", "governance/internToezicht/lid/@naam",
                            "governance/internToezicht/lid/@stemhebbend", "deelnemendeBesturen/bestuur/@bevoegdGezag",
                            "deelnemendeBesturen/bestuur/@bestaatNiet", "bestaatNiet/lid/@naam", "verslagjaar",
                            "/jaarverslag/verslagjaar", "/jaarverslag/swv/@code", "/anders/verslagjaar", "/jaarverslag",
                            "@versie", "swv/@code", "governance/bestaatNiet"}) {
    INFO(query);
    auto mine = swv::indexed_first_match(query, root, report->elements());
    REQUIRE(mine.has_value());
    pugi::xpath_node expected = pugi::xpath_query(query).evaluate_node(root);
    CHECK(*mine == expected);
    CHECK(mine->parent() == expected.parent());
  }
  CHECK_FALSE(swv::indexed_first_match("lid[1]", root, report->elements()).has_value());
}
