// Reading a whole input file, the one way every loader does it.
#pragma once

#include <string>

namespace swv {

/// Reads `path` into `contents`; false when it cannot be opened or read.
bool read_file(const std::string& path, std::string* contents);

}  // namespace swv
