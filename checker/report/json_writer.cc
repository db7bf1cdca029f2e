#include "report/json_writer.h"

#include <charconv>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>

#include "documents/utf8.h"

namespace swv {
namespace {

// The escape nlohmann writes for a quote, a backslash or a control character.
void append_escape(unsigned char c, const char* hex, std::string* out) {
  switch (c) {
    case '"': *out += "\\\""; break;
    case '\\': *out += "\\\\"; break;
    case '\b': *out += "\\b"; break;
    case '\f': *out += "\\f"; break;
    case '\n': *out += "\\n"; break;
    case '\r': *out += "\\r"; break;
    case '\t': *out += "\\t"; break;
    default: {
      char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out->append(escaped, sizeof escaped);
    }
  }
}

// True when byte `c` needs a look of its own: a control character, a quote or a backslash,
// and (until the text's UTF-8 was checked) any byte above ASCII.
bool needs_attention(unsigned char c, bool non_ascii_checked) {
  return c < 0x20 || c == '"' || c == '\\' || (c >= 0x80 && !non_ascii_checked);
}

// The first byte in [at, end) that needs attention, or `end`. Sixteen bytes per step (SSE2,
// which every x86-64 has), else eight (SWAR: the borrow of the subtractions only spreads above
// a byte that matches, so "any" is exact). Most text in a report is plain and goes through
// here a step at a time.
const char* next_attention(const char* at, const char* end, bool non_ascii_checked) {
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x1f);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (end - at >= 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, below_space), bytes);  // unsigned <= 0x1f
    __m128i hits = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (!non_ascii_checked) mask |= static_cast<unsigned>(_mm_movemask_epi8(bytes));  // the high bit
    if (mask != 0) return at + __builtin_ctz(mask);
    at += 16;
  }
#endif
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (end - at >= 8) {
    std::uint64_t w;
    std::memcpy(&w, at, sizeof w);
    std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
    std::uint64_t quote_bytes = w ^ (kOnes * '"');
    std::uint64_t backslash_bytes = w ^ (kOnes * '\\');
    std::uint64_t special = ((quote_bytes - kOnes) & ~quote_bytes) | ((backslash_bytes - kOnes) & ~backslash_bytes);
    std::uint64_t hits = control | (special & kHigh);
    if (!non_ascii_checked) hits |= w & kHigh;
    if (hits != 0) break;  // found below, byte by byte
    at += 8;
  }
  while (at < end && !needs_attention(static_cast<unsigned char>(*at), non_ascii_checked)) ++at;
  return at;
}

}  // namespace

void append_json_string(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t start = out->size();
  out->reserve(start + text.size() + 2);
  out->push_back('"');
  const char* const end = text.data() + text.size();
  const char* plain_from = text.data();
  bool utf8_checked = false;
  for (const char* at = next_attention(plain_from, end, false); at != end; at = next_attention(at, end, utf8_checked)) {
    auto c = static_cast<unsigned char>(*at);
    if (c >= 0x80) {
      // Most text is ASCII: only text with other characters needs the UTF-8 check, once.
      // Invalid UTF-8 (a rule built the bytes itself) gets nlohmann's own replacement, exactly.
      if (!is_valid_utf8(std::string_view(at, static_cast<std::size_t>(end - at)))) {
        out->resize(start);
        *out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      utf8_checked = true;
      continue;
    }
    out->append(plain_from, static_cast<std::size_t>(at - plain_from));
    plain_from = ++at;
    append_escape(c, kHex, out);
  }
  out->append(plain_from, static_cast<std::size_t>(end - plain_from));
  out->push_back('"');
}

JsonWriter array_item_writer(std::size_t index, std::size_t indent, std::string* out) {
  // Items sit one level deeper than the line that names the array.
  *out += index == 0 ? '[' : ',';
  out->push_back('\n');
  out->append(indent + 2, ' ');
  return JsonWriter(out, indent + 2);
}

void JsonWriter::newline(std::size_t indent) {
  // One append of a line break and its indentation (append(n, ' ') is a memset per line).
  static constexpr char kBreak[] = "\n                                                                ";
  constexpr std::size_t kMaxIndent = sizeof kBreak - 2;
  if (indent <= kMaxIndent) return static_cast<void>(out_->append(kBreak, indent + 1));
  out_->push_back('\n');
  out_->append(indent, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;  // the top-level value
  auto& level = levels_.back();
  if (level.items++ > 0) out_->push_back(',');
  newline(depth_indent());
}

namespace {
constexpr std::size_t kMaxPlain = 64;
}  // namespace

bool JsonWriter::write_plain_key(std::string_view name) {
  const std::size_t indent = depth_indent();
  if (name.size() > kMaxPlain || indent > kMaxPlain) return false;
  auto& level = levels_.back();
  char line[2 + kMaxPlain + 1 + kMaxPlain + 3];
  std::size_t size = 0;
  if (level.items++ > 0) line[size++] = ',';
  line[size++] = '\n';
  static constexpr char kSpaces[kMaxPlain + 1] = "                                                                ";
  std::memcpy(line + size, kSpaces, kMaxPlain);  // a fixed size: a few moves, no call
  size += indent;
  line[size++] = '"';
  if (!name.empty()) std::memcpy(line + size, name.data(), name.size());  // data() may be null
  size += name.size();
  line[size++] = '"';
  line[size++] = ':';
  line[size++] = ' ';
  out_->append(line, size);
  after_key_ = true;
  return true;
}

void JsonWriter::key(std::string_view name) {
  // Names are short and nearly always plain ASCII (the report's own field names, value and
  // parameter names): the separator, line break, indentation and quoted name are put
  // together on the stack and appended at once.
  bool plain = name.size() <= kMaxPlain &&
               next_attention(name.data(), name.data() + name.size(), false) == name.data() + name.size();
  if (plain && write_plain_key(name)) return;
  auto& level = levels_.back();
  if (level.items++ > 0) out_->push_back(',');
  newline(depth_indent());
  append_json_string(name, out_);
  out_->append(": ", 2);
  after_key_ = true;
}

void JsonWriter::plain_key(PlainName name) {
  if (write_plain_key(name.view())) return;
  key(name.view());
}

void JsonWriter::open(char bracket) {
  before_value();
  out_->push_back(bracket);
  levels_.push_back({});
}

void JsonWriter::close(char bracket) {
  bool empty = levels_.back().items == 0;
  levels_.pop_back();
  if (!empty) newline(depth_indent());
  out_->push_back(bracket);
}

void JsonWriter::string(std::string_view text) {
  before_value();
  append_json_string(text, out_);
}

void JsonWriter::integer(std::int64_t number) {
  before_value();
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  out_->append(digits, end);
}

void JsonWriter::boolean(bool value) {
  before_value();
  *out_ += value ? "true" : "false";
}

void JsonWriter::raw(std::string_view text) {
  before_value();
  out_->append(text);
}

}  // namespace swv
