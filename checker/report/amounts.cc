#include "report/amounts.h"

#include <cctype>

namespace swv {

std::optional<std::int64_t> amount_cents(const std::string& text) {
  std::size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t point = text.find('.', start);
  if (point == std::string::npos || point == start || point - start > 15 || text.size() != point + 3) return std::nullopt;
  std::int64_t cents = 0;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (i == point) continue;
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    cents = cents * 10 + (text[i] - '0');
  }
  return start ? -cents : cents;
}

std::string with_decimal_comma(const std::string& text) {
  std::size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t point = text.find('.', start);
  if (point == std::string::npos || point == start || point + 1 == text.size()) return text;
  for (std::size_t i = start; i < text.size(); ++i)
    if (i != point && !std::isdigit(static_cast<unsigned char>(text[i]))) return text;
  std::string result = text;
  result[point] = ',';
  return result;
}

std::string dutch_amount(std::int64_t cents, bool whole_euros) {
  bool negative = cents < 0;
  // magnitude without overflow for the most negative value
  std::uint64_t magnitude = negative ? std::uint64_t(0) - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  std::uint64_t euros = magnitude / 100, rest = magnitude % 100;
  if (whole_euros && rest >= 50) ++euros;
  std::string digits = std::to_string(euros), grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  if (!whole_euros) grouped += ',' + std::string(1, char('0' + rest / 10)) + char('0' + rest % 10);
  bool zero = euros == 0 && (whole_euros || rest == 0);
  return (negative && !zero ? "-" : "") + grouped;
}

}  // namespace swv
