// Reads ';'-separated CSV as Dutch users export it from Excel: UTF-8 with or without BOM,
// quoted fields (with "" inside and line breaks), CRLF or LF. Quoting rules are libcsv's
// (RFC 4180); this wrapper adds line numbers, the BOM and the UTF-8 check.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace swv {

struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;  ///< physical line (1-based) where the row starts
};

/// Calls `on_row` for every non-empty row of `text`, in order. A row that is not valid
/// UTF-8 is passed to `on_bad_line` instead (with its line); reading goes on.
void read_csv(std::string_view text, char separator, const std::function<void(CsvRow&&)>& on_row,
              const std::function<void(int line, const std::string& message)>& on_bad_line);

/// True when `text` is valid UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view text);

}  // namespace swv
