#include "documents/utf8.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace swv {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when none starts there.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  static const std::uint32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};  // shortest form per length
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return 1;
  std::size_t extra = 0;
  std::uint32_t code = 0;
  if ((c & 0xE0) == 0xC0) extra = 1, code = c & 0x1F;
  else if ((c & 0xF0) == 0xE0) extra = 2, code = c & 0x0F;
  else if ((c & 0xF8) == 0xF0) extra = 3, code = c & 0x07;
  else return 0;
  if (i + extra >= text.size()) return 0;
  for (std::size_t k = 1; k <= extra; ++k) {
    auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3F);
  }
  if (code < kMinimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return extra + 1;
}

// True when none of the 16 bytes at `at` is above ASCII (SSE2, which every x86-64 has; else
// two 8-byte words). Documents are nearly all ASCII: those stretches are skipped a block at a time.
bool ascii_block(const char* at) {
#if defined(__SSE2__)
  return _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at))) == 0;
#else
  std::uint64_t a, b;
  std::memcpy(&a, at, 8);
  std::memcpy(&b, at + 8, 8);
  return ((a | b) & 0x8080808080808080ULL) == 0;
#endif
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 16 <= text.size() && ascii_block(text.data() + i)) {
      i += 16;
      continue;
    }
    auto length = sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

std::size_t first_forbidden_control(std::string_view text) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes per step: a control character other than tab, LF and CR.
  for (; i + 16 <= text.size(); i += 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1f)), bytes);  // unsigned <= 0x1f
    __m128i allowed = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')),
                                   _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')),
                                                _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r'))));
    auto forbidden = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(allowed, control)));
    if (forbidden != 0) return i + static_cast<std::size_t>(__builtin_ctz(forbidden));
  }
#endif
  for (; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
  }
  return std::string_view::npos;
}

std::string excerpt(std::string_view text, std::size_t max_characters) {
  std::string out;
  std::size_t i = 0;
  std::size_t characters = 0;
  while (i < text.size() && characters < max_characters) {
    auto length = sequence_length(text, i);
    if (length == 0) {
      out += '?';  // not UTF-8: never copied into a message
      ++i;
    } else if (length == 1 && static_cast<unsigned char>(text[i]) < 0x20) {
      out += '?';
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
    ++characters;
  }
  if (i < text.size()) out += "...";
  return out;
}

}  // namespace swv
