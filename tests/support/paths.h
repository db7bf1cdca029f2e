// Where tests find the source tree's fixtures and rules, and the built binary.
#pragma once

#include <string>

#include "documents/read_file.h"

namespace swv::test {

inline std::string source_path(const std::string& relative) { return std::string(SWVCHECK_SOURCE_DIR) + "/" + relative; }
inline std::string fixture(const std::string& relative) { return source_path("fixtures/" + relative); }
inline std::string shipped_rules() { return source_path("rules"); }
inline std::string binary() { return SWVCHECK_BINARY; }
/// The bytes of a file; empty when it cannot be read.
inline std::string read_text(const std::string& path) {
  std::string text;
  return swv::read_file(path, &text) ? text : std::string();
}

}  // namespace swv::test
