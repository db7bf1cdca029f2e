#include "documents/csv_reader.h"

#include <csv.h>

#include <cstdint>
#include <stdexcept>

namespace swv {
namespace {

struct ParseState {
  CsvRow row;
  int current_line = 0;
  bool in_row = false;
  const std::function<void(CsvRow&&)>* on_row;
  const std::function<void(int, const std::string&)>* on_bad_line;
};

void on_field(void* data, std::size_t length, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  state->row.fields.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_row_end(int, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  CsvRow row = std::move(state->row);
  state->row = CsvRow{};
  state->in_row = false;
  bool valid = true;
  for (const auto& field : row.fields) valid = valid && is_valid_utf8(field);
  if (!valid) {
    (*state->on_bad_line)(row.line, "regel is geen geldige UTF-8 (sla het bestand op als \"CSV UTF-8\")");
    return;
  }
  (*state->on_row)(std::move(row));
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

bool is_valid_utf8(std::string_view text) {
  static const std::uint32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};  // shortest form per length
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    std::uint32_t code = 0;
    if ((c & 0xE0) == 0xC0) extra = 1, code = c & 0x1F;
    else if ((c & 0xF0) == 0xE0) extra = 2, code = c & 0x0F;
    else if ((c & 0xF8) == 0xF0) extra = 3, code = c & 0x07;
    else return false;
    if (i + static_cast<std::size_t>(extra) >= text.size()) return false;
    for (int k = 1; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < kMinimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

void read_csv(std::string_view text, char separator, const std::function<void(CsvRow&&)>& on_row,
              const std::function<void(int line, const std::string& message)>& on_bad_line) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  csv_parser parser;
  if (csv_init(&parser, 0) != 0) throw std::runtime_error("csv_init mislukt");
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  ParseState state;
  state.on_row = &on_row;
  state.on_bad_line = &on_bad_line;
  // Feed one physical line at a time, so every row knows the line it starts on; libcsv keeps
  // its quoting state between calls, so a quoted field may span lines.
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    std::string_view line = text.substr(start, end - start);
    ++state.current_line;
    if (!state.in_row && !is_blank(line)) {
      state.in_row = true;
      state.row.line = state.current_line;
    }
    if (state.in_row || !is_blank(line)) csv_parse(&parser, line.data(), line.size(), on_field, on_row_end, &state);
    start = end;
  }
  csv_fini(&parser, on_field, on_row_end, &state);
  csv_free(&parser);
}

}  // namespace swv
