#include "documents/read_file.h"

#include <fstream>
#include <sstream>

namespace swv {

bool read_file(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  *contents = std::move(buffer).str();
  return true;
}

}  // namespace swv
