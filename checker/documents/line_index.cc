#include "documents/line_index.h"

#include <algorithm>
#include <cstring>

namespace swv {

LineIndex::LineIndex(std::string_view text) {
  line_starts_.reserve(text.size() / 32 + 1);
  line_starts_.push_back(0);
  if (text.empty()) return;  // its data() may be null, which memchr must not get
  // Nearly every document has LF line ends only: found with memchr.
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) {
    const char* at = text.data();
    const char* end = at + text.size();
    while (const void* lf = std::memchr(at, '\n', static_cast<std::size_t>(end - at))) {
      at = static_cast<const char*>(lf) + 1;
      line_starts_.push_back(static_cast<std::size_t>(at - text.data()));
    }
    return;
  }
  // A line ends at LF, CR LF or a bare CR (old Mac files): XML reads all three as one line end.
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) line_starts_.push_back(i + 1);
  }
}

TextPosition LineIndex::position(std::size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int>(after - line_starts_.begin());
  return {line, static_cast<int>(offset - *(after - 1)) + 1};
}

}  // namespace swv
