#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "report/terminal_text.h"

using swv::escape_controls;

TEST_CASE("terminal text: control characters, DEL, C1 and invalid UTF-8 are shown as escapes, other text stays") {
  CHECK(escape_controls("gewoon") == "gewoon");
  CHECK(escape_controls("rood \x1b[31m!") == "rood \\x1b[31m!");
  CHECK(escape_controls("regel\nnieuw\ttab") == "regel\\x0anieuw\\x09tab");
  CHECK(escape_controls("del \x7f") == "del \\x7f");
  CHECK(escape_controls("\xe2\x82\xac 1.000,00 en caf\xc3\xa9") == "\xe2\x82\xac 1.000,00 en caf\xc3\xa9");
  CHECK(escape_controls("c1 \xc2\x85 en \xc2\x9b") == "c1 \\u0085 en \\u009b");
  CHECK(escape_controls("kapot \xff en \xe2\x82") == "kapot \\xff en \\xe2\\x82");
  CHECK(escape_controls("") == "");
}

TEST_CASE("terminal text: every byte at every offset of a 41-byte text is escaped as byte by byte") {
  // The plain runs are found sixteen bytes at a time: each byte value, at each place of two
  // sixteen-byte steps and a tail, after plain text and after a character of more bytes.
  auto by_byte = [](const std::string& text) {
    std::string expected;
    for (std::size_t i = 0; i < text.size(); ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c < 0x7F) {
        expected += static_cast<char>(c);
      } else if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA9) {
        expected += "\xc3\xa9";
        ++i;
      } else {
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02x", c);
        expected += hex;
      }
    }
    return expected;
  };
  for (const std::string prefix : {"", "\xc3\xa9"}) {  // "é"
    for (int byte = 0; byte < 256; ++byte) {
      if (byte >= 0x80 && byte != 0xFF) continue;  // lone lead and continuation bytes: 0xFF stands for them
      for (std::size_t at = 0; at < 41; ++at) {
        std::string text = prefix + std::string(41, 'a');
        text[prefix.size() + at] = static_cast<char>(byte);
        INFO("byte " << byte << " at " << at << " after '" << prefix << "'");
        REQUIRE(escape_controls(text) == by_byte(text));
      }
    }
  }
}
