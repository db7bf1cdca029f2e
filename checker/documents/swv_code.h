// The code of an SWV ("PO2704", "VO2801") as reports and registrations write it. Documents
// are linked by this code, so "po2704" in a spreadsheet and "PO2704" in an annual report must
// be the same SWV, and "PO2704 " (a no-break space pasted along) must not become a new one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace swv {

/// Longest text looked at as a code: a code is short and appears on every line of a report.
constexpr std::size_t kMaxSwvCodeLength = 16;

/// What a valid code looks like, for messages.
inline constexpr const char* kSwvCodeForm = "PO of VO en vier cijfers, bijv. PO2704";

/// The code in `text`: white space around it removed (ASCII and Unicode spaces such as a
/// no-break space, U+00A0, or a byte order mark), ASCII letters upper case, and then exactly
/// "PO" or "VO" and four digits. nullopt for anything else ("PO2704-OOST", "PO 2704", "").
std::optional<std::string> parse_swv_code(std::string_view text);

/// `code` with ASCII letters in upper case; other bytes are left as they are.
std::string normalise_swv_code(std::string_view code);

}  // namespace swv
