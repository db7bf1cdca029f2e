#include <catch2/catch.hpp>

#include <string>

#include "documents/element_index.h"

using swv::ElementIndex;

TEST_CASE("element index: the first element of a path in document order, empty when there is none") {
  pugi::xml_document doc;
  REQUIRE(doc.load_string("<r><a><b id='1'/><b id='2'/></a><a><b id='3'/><c/></a></r>"));
  ElementIndex index;
  // In document order, as the loader walks: later elements of the same path are ignored.
  for (auto a : doc.document_element().children("a")) {
    index.add("a", a);
    for (auto child : a.children()) index.add(std::string("a/") + child.name(), child);
  }
  CHECK_FALSE(index.first("a/b").has_value());  // not finished: the index cannot say yet
  index.finish();
  CHECK(index.first("a/b")->attribute("id").as_int() == 1);
  CHECK(*index.first("a") == doc.document_element().child("a"));
  CHECK(index.first("a/c")->name() == std::string("c"));
  auto none = index.first("a/d");
  REQUIRE(none.has_value());
  CHECK_FALSE(*none);
  CHECK_FALSE(index.first(std::string(ElementIndex::kMaxPath + 1, 'x')).has_value());
  REQUIRE(index.first(std::string(ElementIndex::kMaxPath, 'x')).has_value());
}

TEST_CASE("element index: many paths, found again after the table is built") {
  pugi::xml_document doc;
  auto root = doc.append_child("r");
  ElementIndex index;
  for (int i = 0; i < 1000; ++i) {
    auto element = root.append_child(("e" + std::to_string(i)).c_str());
    index.add(element.name(), element);
  }
  index.finish();
  for (int i = 0; i < 1000; ++i) {
    auto found = index.first("e" + std::to_string(i));
    REQUIRE(found.has_value());
    CHECK(found->name() == "e" + std::to_string(i));
  }
  CHECK_FALSE(*index.first("e1000"));
}

TEST_CASE("element index: a document with more elements than it indexes gets no index, never half of one") {
  pugi::xml_document doc;
  auto root = doc.append_child("r");
  ElementIndex index;
  for (std::size_t i = 0; i <= ElementIndex::kMaxEntries; ++i) {
    auto element = root.append_child(("e" + std::to_string(i)).c_str());
    index.add(element.name(), element);
  }
  index.finish();
  // The first elements were indexed before the limit was passed: still "unknown", so a read
  // walks the tree instead of trusting an index that lacks the rest.
  CHECK_FALSE(index.first("e0").has_value());
  CHECK_FALSE(index.first("e" + std::to_string(ElementIndex::kMaxEntries)).has_value());
  CHECK_FALSE(index.first("bestaatNiet").has_value());
}
