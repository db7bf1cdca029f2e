#include "report/terminal_text.h"

#include <cstdio>

namespace swv {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence at text[i] (lead byte >= 0x80), or 0 when it is not one.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
  unsigned char lead = at(0);
  std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (length == 0) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if (!is_continuation(at(k))) return 0;
  unsigned char second = at(1);
  if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
      (lead == 0xF4 && second > 0x8F))
    return 0;  // overlong, a surrogate, or above U+10FFFF
  return length;
}

void append_hex(std::string* out, const char* prefix, unsigned value) {
  char buffer[12];
  std::snprintf(buffer, sizeof buffer, "%s%02x", prefix, value);
  *out += buffer;
}

}  // namespace

std::string escape_controls(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {  // the common case: nothing to escape, no copy but the result
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x7F) break;
    ++i;
  }
  std::string out(text.substr(0, i));
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      append_hex(&out, "\\x", c);
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else if (std::size_t length = sequence_length(text, i); length == 0) {
      append_hex(&out, "\\x", c);
      ++i;
    } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      append_hex(&out, "\\u00", static_cast<unsigned char>(text[i + 1]));  // C1: U+0080-U+009F
      i += 2;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace swv
