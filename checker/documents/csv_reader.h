// Reads ';'-separated CSV as Dutch users export it from Excel: UTF-8 with or without BOM,
// quoted fields (with "" inside and line breaks), CRLF or LF. Quoting rules are libcsv's
// (RFC 4180); this wrapper adds line numbers, the BOM, the UTF-8 and control character
// checks, and notices a quote that is never closed.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/utf8.h"

namespace swv {

struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;  ///< physical line (1-based) where the row starts
};

struct CsvStatus {
  /// The line where a row starts whose quoted field is never closed (0: none). Everything
  /// from that line to the end would be one field: that row is not passed on at all.
  int unclosed_quote_line = 0;
  int last_line = 0;  ///< the number of physical lines read
};

/// Calls `on_row` for every non-empty row of `text`, in order. A row that is not valid
/// UTF-8 or holds a control character (a NUL byte, ...) is passed to `on_bad_line` instead
/// (with its line); reading goes on.
CsvStatus read_csv(std::string_view text, char separator, const std::function<void(CsvRow&&)>& on_row,
                   const std::function<void(int line, const std::string& message)>& on_bad_line);

}  // namespace swv
