// The code of an SWV ("PO2704", "VO2801") as reports and registrations write it. Documents
// are linked by this code, so "po2704" in a spreadsheet and "PO2704" in an annual report must
// be the same SWV.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace swv {

/// Longest code accepted: codes are short and appear on every line of a report.
constexpr std::size_t kMaxSwvCodeLength = 16;

/// `code` with ASCII letters in upper case; other bytes are left as they are.
std::string normalise_swv_code(std::string_view code);

}  // namespace swv
