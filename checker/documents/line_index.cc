#include "documents/line_index.h"

#include <algorithm>

namespace swv {

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

TextPosition LineIndex::position(std::size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int>(after - line_starts_.begin());
  return {line, static_cast<int>(offset - *(after - 1)) + 1};
}

}  // namespace swv
