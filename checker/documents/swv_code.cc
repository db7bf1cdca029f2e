#include "documents/swv_code.h"

#include <array>

namespace swv {
namespace {

// The Unicode white space a spreadsheet or word processor puts around a value, in UTF-8: the
// space separators (Zs) that are not ASCII, line and paragraph separators, and the
// zero-width space and byte order mark.
constexpr std::array<std::string_view, 23> kUnicodeSpaces{
    "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
    "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u200B", "\u2028", "\u2029",
    "\u202F", "\u205F", "\u3000", "\uFEFF", "\u0085", "\u180E", "\u2060"};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// The length of the white space `text` starts with (front) or ends with (back), 0 when none.
std::size_t space_at(std::string_view text, bool front) {
  if (text.empty()) return 0;
  if (is_ascii_space(front ? text.front() : text.back())) return 1;
  for (auto space : kUnicodeSpaces)
    if (front ? text.substr(0, space.size()) == space
              : text.size() >= space.size() && text.substr(text.size() - space.size()) == space)
      return space.size();
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::string> parse_swv_code(std::string_view text) {
  while (auto n = space_at(text, true)) text.remove_prefix(n);
  while (auto n = space_at(text, false)) text.remove_suffix(n);
  if (text.size() != 6) return std::nullopt;
  std::string code = normalise_swv_code(text);
  if ((code.compare(0, 2, "PO") != 0 && code.compare(0, 2, "VO") != 0) || !is_digit(code[2]) || !is_digit(code[3]) ||
      !is_digit(code[4]) || !is_digit(code[5]))
    return std::nullopt;
  return code;
}

std::string normalise_swv_code(std::string_view code) {
  std::string normal(code);
  for (char& c : normal)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return normal;
}

}  // namespace swv
