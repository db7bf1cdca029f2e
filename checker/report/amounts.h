// Amounts as the findings carry them (decimal strings with exactly two decimals, "1234.56"),
// read back and written the Dutch way for the CSV and HTML reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace swv {

/// Cents of "-?digits.dd" (at most 15 digits before the point); nullopt for anything else.
std::optional<std::int64_t> amount_cents(const std::string& text);
/// "1234.56" -> "1234,56" (what Dutch Excel reads as a number); other text unchanged.
std::string with_decimal_comma(const std::string& text);
/// 123456789 -> "1.234.567,89"; with `whole_euros` rounded half away from zero: "1.234.568".
std::string dutch_amount(std::int64_t cents, bool whole_euros = false);

}  // namespace swv
