#include "documents/line_index.h"

#include <algorithm>
#include <cstring>

namespace swv {

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end;) {
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (newline == nullptr) break;
    line_starts_.push_back(static_cast<std::size_t>(newline - begin) + 1);
    p = newline + 1;
  }
}

TextPosition LineIndex::position(std::size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int>(after - line_starts_.begin());
  return {line, static_cast<int>(offset - *(after - 1)) + 1};
}

}  // namespace swv
