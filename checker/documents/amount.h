// Exact money: euro amounts as integer cents, parsed strictly from the interchange notation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace swv {

/// The largest magnitude of a whole number (and of the euros of an amount) in a document: 12
/// digits. Far above any real count or budget, and far enough below 2^63 that the sums and
/// products rules make of them (in Lua's 64-bit integers, which wrap silently) cannot overflow.
inline constexpr std::int64_t kMaxDocumentInteger = 999'999'999'999;
/// The caps as messages and docs/hardening.md write them.
inline constexpr const char* kMaxDocumentIntegerText = "999999999999";
inline constexpr const char* kMaxDocumentAmountText = "999999999999.99";

/// True when `text` is written as an amount (with `whole_only`: as an integer) but lies beyond
/// the cap either way: the one defect a message about the notation would not explain.
bool exceeds_document_maximum(std::string_view text, bool whole_only);

/// Parses "-?[0-9]+(\.[0-9]{1,2})?" ("1234567.89", "-5", "0.5") into cents, at most
/// kMaxDocumentInteger euros and 99 cents either way.
/// Anything else ("1.234,56", "1e3", "NaN", " 5", "--5", too large) gives nullopt.
std::optional<std::int64_t> parse_amount_cents(std::string_view text);

/// Formats cents as the interchange notation with exactly two decimals: 123456 -> "1234.56".
std::string format_cents(std::int64_t cents);

/// Parses a plain decimal "-?[0-9]+(\.[0-9]+)?" (e.g. fte "0.8"); returns it unchanged or nullopt.
std::optional<std::string> parse_decimal(std::string_view text);

/// Parses "-?[0-9]+" into an integer (no sign '+', no spaces), at most kMaxDocumentInteger
/// either way.
std::optional<std::int64_t> parse_integer(std::string_view text);

}  // namespace swv
