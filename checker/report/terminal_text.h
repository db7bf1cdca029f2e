// Text that reaches a terminal: what rules and documents wrote (messages, values, subjects,
// paths, load errors) may hold control characters. An escape sequence in a message could
// clear the screen, retitle the window or fake other output, so the text report and the
// progress line show them escaped; the layout's own newlines and colours are the tool's.
#pragma once

#include <string>
#include <string_view>

namespace swv {

/// `text` with C0 control characters (tab and newline too), DEL and C1 control characters
/// (U+0080-U+009F) written as \xNN (C1 as \u00NN), and bytes that are not UTF-8 as \xNN.
/// Other text, UTF-8 included, is unchanged.
std::string escape_controls(std::string_view text);
/// escape_controls(text) appended to `out`.
void append_escaped_controls(std::string_view text, std::string* out);

}  // namespace swv
