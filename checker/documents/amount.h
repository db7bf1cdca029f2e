// Exact money: euro amounts as integer cents, parsed strictly from the interchange notation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace swv {

/// Parses "-?[0-9]+(\.[0-9]{1,2})?" ("1234567.89", "-5", "0.5") into cents.
/// Anything else ("1.234,56", "1e3", "NaN", " 5", "--5", overflow) gives nullopt.
std::optional<std::int64_t> parse_amount_cents(std::string_view text);

/// Formats cents as the interchange notation with exactly two decimals: 123456 -> "1234.56".
std::string format_cents(std::int64_t cents);

/// Parses a plain decimal "-?[0-9]+(\.[0-9]+)?" (e.g. fte "0.8"); returns it unchanged or nullopt.
std::optional<std::string> parse_decimal(std::string_view text);

/// Parses "-?[0-9]+" into an integer (no sign '+', no spaces, no overflow).
std::optional<std::int64_t> parse_integer(std::string_view text);

}  // namespace swv
