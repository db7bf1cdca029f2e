#include "documents/amount.h"

#include <charconv>
#include <cstdio>

namespace swv {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "-?[0-9]+(\.[0-9]{1,2})?" (without the fraction when `whole_only`), whatever its size.
bool has_number_notation(std::string_view text, bool whole_only) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  auto dot = text.find('.');
  if (dot == std::string_view::npos) return all_digits(text);
  auto fraction = text.substr(dot + 1);
  return !whole_only && all_digits(text.substr(0, dot)) && all_digits(fraction) && fraction.size() <= 2;
}

}  // namespace

bool exceeds_document_maximum(std::string_view text, bool whole_only) {
  if (!has_number_notation(text, whole_only)) return false;
  return whole_only ? !parse_integer(text) : !parse_amount_cents(text);
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  std::string_view digits = negative ? text.substr(1) : text;
  if (!all_digits(digits)) return std::nullopt;
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || value > kMaxDocumentInteger) return std::nullopt;
  return negative ? -value : value;
}

std::optional<std::int64_t> parse_amount_cents(std::string_view text) {
  std::string_view whole = text;
  std::string_view fraction;
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    if (fraction.empty() || fraction.size() > 2 || !all_digits(fraction)) return std::nullopt;
  }
  auto euros = parse_integer(whole);  // at most kMaxDocumentInteger: cents cannot overflow
  if (!euros) return std::nullopt;
  std::int64_t cents = 0;
  if (!fraction.empty()) cents = (fraction[0] - '0') * 10 + (fraction.size() == 2 ? fraction[1] - '0' : 0);
  bool negative = !whole.empty() && whole.front() == '-';
  return *euros * 100 + (negative ? -cents : cents);
}

std::string format_cents(std::int64_t cents) {
  bool negative = cents < 0;
  // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s%llu.%02llu", negative ? "-" : "",
                static_cast<unsigned long long>(magnitude / 100), static_cast<unsigned long long>(magnitude % 100));
  return buffer;
}

std::optional<std::string> parse_decimal(std::string_view text) {
  std::string_view whole = text;
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    if (!all_digits(text.substr(dot + 1))) return std::nullopt;
    whole = text.substr(0, dot);
  }
  if (!whole.empty() && whole.front() == '-') whole.remove_prefix(1);
  if (!all_digits(whole)) return std::nullopt;
  return std::string(text);
}

}  // namespace swv
