#include "documents/element_index.h"

#include <bit>
#include <cstring>

namespace swv {

std::uint64_t ElementIndex::hash(std::string_view path) {
  std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a: paths are short
  for (unsigned char c : path) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

void ElementIndex::add(std::string_view path, pugi::xml_node element) {
  if (path.size() > kMaxPath || too_large_) return;
  if (entries_.size() >= kMaxEntries || paths_.size() + path.size() > kMaxPathBytes) {
    too_large_ = true;  // an index of part of the document would answer "absent" wrongly
    entries_ = {};
    paths_ = {};
    return;
  }
  entries_.push_back({static_cast<std::uint32_t>(paths_.size()), static_cast<std::uint32_t>(path.size()),
                      element.internal_object()});
  paths_.append(path);
}

void ElementIndex::finish() {
  if (too_large_) return;
  slots_.assign(std::bit_ceil(entries_.size() * 2 + 2), 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::string_view path = path_of(entries_[i]);
    for (std::size_t slot = hash(path) & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot] == 0) {
        slots_[slot] = static_cast<std::uint32_t>(i + 1);
        break;
      }
      if (path_of(entries_[slots_[slot] - 1]) == path) break;  // an earlier element has this path
    }
  }
  finished_ = true;
}

std::optional<pugi::xml_node> ElementIndex::first(std::string_view path) const {
  if (!finished_ || path.size() > kMaxPath) return std::nullopt;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash(path) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0) return pugi::xml_node();
    const Entry& entry = entries_[slots_[slot] - 1];
    if (entry.size == path.size() && (path.empty() || std::memcmp(paths_.data() + entry.offset, path.data(), path.size()) == 0))
      return pugi::xml_node(entry.element);
  }
}

}  // namespace swv
