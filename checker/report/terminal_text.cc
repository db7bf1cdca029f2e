#include "report/terminal_text.h"

#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The end of the run of printable ASCII (0x20 to 0x7E) that starts at `i`.
std::size_t plain_run_end(std::string_view text, std::size_t i) {
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x20);
  const __m128i del = _mm_set1_epi8(0x7F);
  while (i + 16 <= text.size()) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Signed: bytes from 0x80 up are negative, so "0x20 <= c < 0x7F" is two compares.
    __m128i plain = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_sub_epi8(below_space, _mm_set1_epi8(1))),
                                  _mm_cmplt_epi8(bytes, del));
    auto other = static_cast<unsigned>(~_mm_movemask_epi8(plain)) & 0xFFFFu;
    if (other != 0) return i + static_cast<std::size_t>(__builtin_ctz(other));
    i += 16;
  }
#endif
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x7F) break;
    ++i;
  }
  return i;
}

}  // namespace

void append_escaped_controls(std::string_view text, std::string* out) {
  // Plain printable ASCII goes out in runs (found sixteen bytes at a time); only what is
  // around it (control characters, UTF-8 sequences) is looked at byte by byte.
  std::size_t i = plain_run_end(text, 0);
  out->reserve(out->size() + text.size());
  out->append(text.substr(0, i));
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      append_hex(out, "\\x", c);
      ++i;
    } else if (c < 0x80) {
      std::size_t end = plain_run_end(text, i);
      out->append(text.substr(i, end - i));
      i = end;
    } else if (std::size_t length = sequence_length(text, i); length == 0) {
      append_hex(out, "\\x", c);
      ++i;
    } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      append_hex(out, "\\u00", static_cast<unsigned char>(text[i + 1]));  // C1: U+0080-U+009F
      i += 2;
    } else {
      out->append(text.substr(i, length));
      i += length;
    }
  }
}

std::string escape_controls(std::string_view text) {
  std::string out;
  append_escaped_controls(text, &out);
  return out;
}

}  // namespace swv
