// UTF-8 checks and short excerpts: every loader refuses bytes that are not UTF-8, and every
// message that quotes a document quotes at most a short, whole-character excerpt of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace swv {

/// True when `text` is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// Byte offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text);

/// Byte offset of the first control character XML 1.0 forbids (U+0000-U+001F except tab,
/// line feed and carriage return), or npos.
std::size_t first_forbidden_control(std::string_view text);

/// At most `max_characters` characters of `text` (cut on a character boundary, so valid
/// UTF-8 stays valid), with "..." when something was cut. Control characters become '?'.
/// Every message that quotes a document uses this: it never carries more than an excerpt.
std::string excerpt(std::string_view text, std::size_t max_characters = 40);

}  // namespace swv
