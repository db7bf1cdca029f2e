#include "documents/bsn.h"

#include <string>

namespace swv {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_group_separator(char c) { return c == '.' || c == ' '; }

bool passes_elfproef(const char digits[9]) {
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (digits[i] - '0') * (9 - i);
  sum -= digits[8] - '0';
  return sum % 11 == 0;
}

}  // namespace

bool looks_like_bsn(std::string_view value) {
  if (value.size() != 9) return false;
  for (char c : value)
    if (!is_digit(c)) return false;
  return passes_elfproef(value.data());
}

std::size_t find_possible_bsn(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    // A number: digits, possibly in groups joined by one dot or space each.
    std::size_t start = i;
    char digits[9];
    std::size_t count = 0;
    while (i < text.size()) {
      if (is_digit(text[i])) {
        if (count < 9) digits[count] = text[i];
        ++count;
        ++i;
      } else if (is_group_separator(text[i]) && i + 1 < text.size() && is_digit(text[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    if (count == 9 && passes_elfproef(digits)) return start;
    // Also a plain run of nine digits inside a longer grouped number ("12 123456782").
    for (std::size_t run_start = start; run_start < i;) {
      std::size_t run_end = run_start;
      while (run_end < i && is_digit(text[run_end])) ++run_end;
      if (run_end - run_start == 9 && passes_elfproef(text.data() + run_start) && count != 9) return run_start;
      run_start = run_end + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace swv
