#include "documents/bsn.h"

#include <boost/container/small_vector.hpp>

#include <string>
#include <vector>

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
  struct Group {
    std::size_t start, length;
  };
  std::size_t i = 0;
  // Every value of a registration passes here: no allocation for the usual short numbers.
  boost::container::small_vector<Group, 8> groups;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    // A number: groups of digits, each joined to the next by one dot or space.
    groups.clear();
    while (true) {
      std::size_t start = i;
      while (i < text.size() && is_digit(text[i])) ++i;
      groups.push_back({start, i - start});
      if (i + 1 < text.size() && is_group_separator(text[i]) && is_digit(text[i + 1])) ++i;
      else break;
    }
    // Any run of whole groups with nine digits in all may be a BSN: "123 456 782" in
    // "leerling 2 123 456 782" as well as "123456782" alone.
    for (std::size_t first = 0; first < groups.size(); ++first) {
      std::size_t digits = 0;
      for (std::size_t last = first; last < groups.size() && digits < 9; ++last) {
        digits += groups[last].length;
        if (digits != 9) continue;
        char number[9];
        std::size_t n = 0;
        for (std::size_t g = first; g <= last; ++g)
          for (std::size_t k = 0; k < groups[g].length; ++k) number[n++] = text[groups[g].start + k];
        if (passes_elfproef(number)) return groups[first].start;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace swv
