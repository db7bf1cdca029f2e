// What the reads of a unit found, remembered while the unit is checked. Every rule reads the
// same totals again and again (the sums, the reserves, the ratios), and the document does not
// change while its unit runs, so a repeated read needs neither the tree walk nor a parse.
//
// An entry is found by the address of the Lua string that holds the query and the context
// node: Lua interns short strings, so the literal "financien/baten/totaal" in a rule is the
// same address on every call, and no hash of the query's bytes is needed. A hit is confirmed
// against the query's bytes, so a string freed and another one made at its address is a miss.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace swv {

/// One query from one context node, as the host first answered it in this unit.
struct MemoRead {
  std::string query;                     ///< the query's bytes, to confirm a hit
  const void* context = nullptr;         ///< the context node's internal object
  pugi::xpath_node match;                ///< first match (empty: absent)
  std::string_view value;                ///< its trimmed text; points into the document or `joined`
  std::string joined;                    ///< only when the element's text is in several pieces
  std::string missing_path;              ///< for an absent value: the path cited as missing
  std::uint64_t recorded_in = 0;         ///< the rule call (ActiveRun::generation) that last recorded it
  /// Parsed forms of `value`, filled on first use: bit (1 << kind) set when known, and
  /// `valid` bit (1 << kind) set when the value parsed as that kind.
  std::uint8_t known = 0;
  std::uint8_t valid = 0;
  std::int64_t cents = 0;    ///< as an amount
  std::int64_t integer = 0;  ///< as an integer
  /// How evidence cites the match (its element path and line), filled on first use.
  std::string cited_path;
  int cited_line = 0;
  bool cited = false;
};

class ReadMemo {
 public:
  /// The entry for `query` (the Lua string's bytes at that address) from `context`, or nullptr.
  MemoRead* find(const char* query, std::size_t size, const void* context) const;
  /// A new entry for that key, or nullptr when the unit already has kMaxEntries (a rule that
  /// builds queries in a loop): such reads are answered without the memo.
  MemoRead* add(const char* query, std::size_t size, const void* context);
  /// Forgets every entry: the next unit has another document.
  void clear();
  std::size_t size() const { return entries_.size(); }

  static constexpr std::size_t kMaxEntries = 4096;

 private:
  struct Slot {
    const char* address = nullptr;
    const void* context = nullptr;
    MemoRead* entry = nullptr;
  };
  static std::size_t hash(const char* address, const void* context);
  void grow();

  std::deque<MemoRead> entries_;  // a deque: entries keep their address (views into `joined`)
  std::vector<Slot> slots_ = std::vector<Slot>(256);  // open addressing, at most half full
};

}  // namespace swv
