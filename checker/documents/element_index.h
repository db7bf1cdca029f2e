// The elements of an annual report by path, built by the loader while it validates the tree
// (it walks every element in document order anyway). A rule's plain read from the root,
// "financien/baten/totaal", is then one hash lookup instead of a walk through the siblings
// of every step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace swv {

class ElementIndex {
 public:
  /// Paths longer than this are not indexed (nor are their descendants').
  static constexpr std::size_t kMaxPath = 127;
  /// Beyond this many elements or bytes of paths the document gets no index at all (every
  /// lookup says "unknown"): real reports have about a hundred elements, and a hostile one
  /// with millions must not hold a path per element.
  static constexpr std::size_t kMaxEntries = 20000;
  static constexpr std::size_t kMaxPathBytes = 1 << 20;

  /// Adds `element` at `path` ("financien/baten/totaal", relative to the root element) unless
  /// an element with that path came earlier: call in document order. Ignored above kMaxPath.
  void add(std::string_view path, pugi::xml_node element);
  /// Makes the index usable (after the last add): until then, and for ever when the document
  /// was too large to index, lookups give nullopt.
  void finish();

  /// The first element in document order at `path` (relative to the root element): an
  /// empty node when there is none. nullopt when the index cannot say (not finished, or the
  /// path is longer than kMaxPath): walk the tree instead.
  std::optional<pugi::xml_node> first(std::string_view path) const;

 private:
  struct Entry {
    std::uint32_t offset;
    std::uint32_t size;
    pugi::xml_node_struct* element;
  };
  static std::uint64_t hash(std::string_view path);
  std::string_view path_of(const Entry& entry) const { return {paths_.data() + entry.offset, entry.size}; }

  std::string paths_;               // every path, one after the other
  std::vector<Entry> entries_;      // in document order, first occurrences of a path only after finish()
  std::vector<std::uint32_t> slots_;  // open addressing: entry index + 1, 0 = empty
  bool finished_ = false;
  bool too_large_ = false;  ///< past kMaxEntries or kMaxPathBytes: no index
};

}  // namespace swv
