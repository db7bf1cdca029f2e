// Amounts as the findings carry them (decimal strings with exactly two decimals, "1234.56"),
// read back and written the Dutch way for the CSV and HTML reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace swv {

/// Cents of "-?digits.dd" (at most 15 digits before the point); nullopt for anything else.
std::optional<std::int64_t> amount_cents(const std::string& text);
/// Any decimal number "-?digits.digits" -> "-?digits,digits" (what Dutch Excel reads as a
/// number): amounts ("1234.56"), fte ("0.8"), ratios and percentages ("0.035") alike, so a
/// report has one notation for numbers. Other text (dates, names, "1.2.3") is unchanged.
std::string with_decimal_comma(const std::string& text);
/// 123456789 -> "1.234.567,89"; with `whole_euros` rounded half away from zero: "1.234.568".
std::string dutch_amount(std::int64_t cents, bool whole_euros = false);

}  // namespace swv
