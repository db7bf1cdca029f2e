#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "sandbox/read_memo.h"

using swv::MemoRead;
using swv::ReadMemo;

TEST_CASE("read memo: found by the query's address and context, confirmed by its bytes") {
  ReadMemo memo;
  char query[] = "financien/baten/totaal";
  int context = 0, other_context = 0;
  CHECK(memo.find(query, std::strlen(query), &context) == nullptr);
  MemoRead* kept = memo.add(query, std::strlen(query), &context);
  REQUIRE(kept != nullptr);
  kept->value = "12.00";
  CHECK(memo.find(query, std::strlen(query), &context) == kept);
  CHECK(memo.find(query, std::strlen(query), &other_context) == nullptr);  // another node
  // Another string made at a freed string's address: not the remembered read.
  std::memcpy(query, "financien/lasten/totaal", sizeof query - 1);
  CHECK(memo.find(query, std::strlen(query), &context) == nullptr);
  MemoRead* replaced = memo.add(query, std::strlen(query), &context);
  REQUIRE(replaced != nullptr);
  CHECK(replaced != kept);
  CHECK(memo.find(query, std::strlen(query), &context) == replaced);
  memo.clear();
  CHECK(memo.find(query, std::strlen(query), &context) == nullptr);
}

TEST_CASE("read memo: entries keep their address while the table grows, up to its limit") {
  ReadMemo memo;
  std::vector<std::string> queries;
  for (std::size_t i = 0; i < ReadMemo::kMaxEntries + 10; ++i) queries.push_back("q" + std::to_string(i));
  std::vector<MemoRead*> kept;
  int context = 0;
  for (std::size_t i = 0; i < ReadMemo::kMaxEntries; ++i) {
    kept.push_back(memo.add(queries[i].data(), queries[i].size(), &context));
    REQUIRE(kept.back() != nullptr);
  }
  // Full: a rule that builds queries in a loop is answered without the memo.
  CHECK(memo.add(queries.back().data(), queries.back().size(), &context) == nullptr);
  for (std::size_t i = 0; i < ReadMemo::kMaxEntries; ++i) {
    INFO(i);
    REQUIRE(memo.find(queries[i].data(), queries[i].size(), &context) == kept[i]);
  }
  CHECK(memo.size() == ReadMemo::kMaxEntries);
}
