#include "report/json_writer.h"

#include <charconv>
#include <cstdint>
#include <cstring>

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

// Eight bytes at a time (SWAR): true when any byte needs a look of its own: a control
// character, a quote or a backslash, and (until the text's UTF-8 was checked) any byte above
// ASCII. The borrow of the subtractions only spreads above a byte that matches, so "any" is
// exact. Most text in a report is plain and goes through here eight bytes per step.
bool chunk_needs_attention(const char* at, bool non_ascii_checked) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint64_t w;
  std::memcpy(&w, at, sizeof w);
  std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  std::uint64_t quote = w ^ (kOnes * '"');
  std::uint64_t backslash = w ^ (kOnes * '\\');
  std::uint64_t special = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
  std::uint64_t hits = control | (special & kHigh);
  if (!non_ascii_checked) hits |= w & kHigh;
  return hits != 0;
}

}  // namespace

void append_json_string(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t start = out->size();
  out->push_back('"');
  std::size_t plain_from = 0;
  bool utf8_checked = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i + 8 <= text.size() && !chunk_needs_attention(text.data() + i, utf8_checked)) i += 8;
    if (i == text.size()) break;
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 && !utf8_checked) {
      // Most text is ASCII: only text with other characters needs the UTF-8 check, once.
      // Invalid UTF-8 (a rule built the bytes itself) gets nlohmann's own replacement, exactly.
      if (!is_valid_utf8(text.substr(i))) {
        out->resize(start);
        *out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      utf8_checked = true;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(text.data() + plain_from, i - plain_from);
    plain_from = i + 1;
    append_escape(c, kHex, out);
  }
  out->append(text.data() + plain_from, text.size() - plain_from);
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

void JsonWriter::key(std::string_view name) {
  auto& level = levels_.back();
  if (level.items++ > 0) out_->push_back(',');
  newline(depth_indent());
  append_json_string(name, out_);
  out_->append(": ");
  after_key_ = true;
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
