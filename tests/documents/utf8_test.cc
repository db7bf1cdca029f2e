#include <catch2/catch.hpp>

#include <string>

#include "documents/utf8.h"

// The scans skip plain ASCII sixteen bytes at a time: a defect must be found at every offset
// of a block, after a block, and in the tail.
TEST_CASE("utf8: every control character at every offset of a 41-byte text is found, tab, LF and CR are not") {
  for (int byte = 0; byte < 0x20; ++byte) {
    for (std::size_t at = 0; at < 41; ++at) {
      std::string text(41, 'a');
      text[at] = static_cast<char>(byte);
      INFO("byte " << byte << " at " << at);
      bool allowed = byte == '\t' || byte == '\n' || byte == '\r';
      CHECK(swv::first_forbidden_control(text) == (allowed ? std::string::npos : at));
    }
  }
  CHECK(swv::first_forbidden_control(std::string(40, ' ') + "\x7f\xc3\xa9") == std::string::npos);
}

TEST_CASE("utf8: an invalid byte at every offset of a 41-byte text is found, a valid character is not") {
  for (std::size_t at = 0; at < 41; ++at) {
    std::string bad(41, 'a');
    bad[at] = '\xff';
    INFO("at " << at);
    CHECK(swv::first_invalid_utf8(bad) == at);
    if (at + 2 <= 41) {
      std::string good(41, 'a');
      good.replace(at, 2, "\xc3\xa9");  // é
      CHECK(swv::first_invalid_utf8(good) == std::string::npos);
      std::string cut = good.substr(0, at + 1);  // é cut after its first byte
      CHECK(swv::first_invalid_utf8(cut) == at);
    }
  }
}
