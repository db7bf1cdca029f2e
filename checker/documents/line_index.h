// Maps byte offsets in a document buffer to 1-based line and column numbers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace swv {

struct TextPosition {
  int line = 0;
  int column = 0;  ///< 1-based, counted in bytes
};

class LineIndex {
 public:
  /// Indexes the line ends of `text` once (LF, CR LF or a bare CR, as XML reads them); lookups
  /// are then a binary search.
  explicit LineIndex(std::string_view text);
  TextPosition position(std::size_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

}  // namespace swv
