#include "documents/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <new>
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
  if (!state->in_row) {  // a row that starts mid-line (after a bare carriage return)
    state->in_row = true;
    state->row.line = state->current_line;
  }
  state->row.fields.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_row_end(int, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  CsvRow row = std::move(state->row);
  state->row = CsvRow{};
  state->in_row = false;
  bool valid = true;
  bool control = false;
  for (const auto& field : row.fields) {
    valid = valid && is_valid_utf8(field);
    control = control || first_forbidden_control(field) != std::string::npos;
  }
  if (!valid) {
    (*state->on_bad_line)(row.line, "regel is geen geldige UTF-8 (sla het bestand op als \"CSV UTF-8\")");
    return;
  }
  if (control) {
    (*state->on_bad_line)(row.line, "regel bevat een stuurteken (zoals een NUL-byte); is het wel een CSV-bestand?");
    return;
  }
  (*state->on_row)(std::move(row));
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

CsvStatus read_csv(std::string_view text, char separator, const std::function<void(CsvRow&&)>& on_row,
                   const std::function<void(int line, const std::string& message)>& on_bad_line) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  ParseState state;
  state.on_row = &on_row;
  state.on_bad_line = &on_bad_line;
  csv_parser parser;
  if (csv_init(&parser, 0) != 0) throw std::runtime_error("csv_init mislukt");
  struct Release {  // also when a callback throws (std::bad_alloc) through libcsv
    csv_parser* p;
    ~Release() { csv_free(p); }
  } release{&parser};
  // libcsv grows its field buffer by a fixed block at a time (128 bytes unless told), which
  // copies a long field over and over: quadratic wherever realloc cannot grow in place (it took
  // minutes for a 10 MiB field under ASan). Feed long lines in pieces and let the block grow
  // with the buffer, so growth is geometric.
  constexpr std::size_t kPiece = std::size_t{64} << 10;
  auto parse = [&](std::string_view line) {
    for (std::size_t at = 0; at < line.size(); at += kPiece) {
      auto piece = line.substr(at, kPiece);
      csv_set_blk_size(&parser, std::max(kPiece, parser.entry_size));
      if (csv_parse(&parser, piece.data(), piece.size(), on_field, on_row_end, &state) != piece.size())
        throw std::bad_alloc();  // libcsv could not grow its field buffer
    }
  };
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  constexpr int kRowNotBegun = 0;  // libcsv's parser states (libcsv.c)
  constexpr int kFieldBegun = 2;
  // Feed one physical line at a time, so every row knows the line it starts on; libcsv keeps
  // its quoting state between calls, so a quoted field may span lines.
  std::size_t start = 0;
  while (start < text.size()) {
    // A line ends at LF, CRLF or a bare CR (old Mac files), as editors number them.
    auto end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    else if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') end += 2;
    else end += 1;
    std::string_view line = text.substr(start, end - start);
    ++state.current_line;
    if (!state.in_row && !is_blank(line)) {
      state.in_row = true;
      state.row.line = state.current_line;
    }
    if (state.in_row || parser.pstate != kRowNotBegun) parse(line);
    start = end;
  }
  CsvStatus status;
  status.last_line = state.current_line;
  // A quoted field still open at the end is never closed: passing it on would silently make
  // the rest of the file one field, so the row is dropped and reported. This is the test
  // libcsv's own CSV_STRICT_FINI makes (state FIELD_BEGUN, 2 in libcsv.c, inside quotes),
  // without the rest of strict mode.
  if (parser.pstate == kFieldBegun && parser.quoted) {
    status.unclosed_quote_line = state.in_row && state.row.line > 0 ? state.row.line : state.current_line;
  } else {
    csv_fini(&parser, on_field, on_row_end, &state);
  }
  return status;
}

}  // namespace swv
