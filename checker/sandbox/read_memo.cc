#include "sandbox/read_memo.h"

#include <algorithm>
#include <cstring>

namespace swv {

std::size_t ReadMemo::hash(const char* address, const void* context) {
  auto a = reinterpret_cast<std::uintptr_t>(address);
  auto c = reinterpret_cast<std::uintptr_t>(context);
  std::uint64_t h = (a ^ (c << 1)) * 0x9E3779B97F4A7C15ull;
  return static_cast<std::size_t>(h >> 32);
}

MemoRead* ReadMemo::find(const char* query, std::size_t size, const void* context) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash(query, context) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.entry == nullptr) return nullptr;
    if (slot.address == query && slot.context == context) {
      const std::string& known = slot.entry->query;
      if (known.size() == size && std::memcmp(known.data(), query, size) == 0) return slot.entry;
      return nullptr;  // another string at a freed string's address: answered anew (add replaces it)
    }
  }
}

MemoRead* ReadMemo::add(const char* query, std::size_t size, const void* context) {
  if (entries_.size() >= kMaxEntries) return nullptr;
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  MemoRead& entry = entries_.emplace_back();
  entry.query.assign(query, size);
  entry.context = context;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash(query, context) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.entry == nullptr || (slot.address == query && slot.context == context)) {
      slot = {query, context, &entry};
      return &entry;
    }
  }
}

void ReadMemo::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.entry == nullptr) continue;
    std::size_t i = hash(slot.address, slot.context) & mask;
    while (slots_[i].entry != nullptr) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void ReadMemo::clear() {
  if (entries_.empty()) return;
  entries_.clear();
  std::fill(slots_.begin(), slots_.end(), Slot{});
}

}  // namespace swv
