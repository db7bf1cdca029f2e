#include "documents/swv_code.h"

namespace swv {

std::string normalise_swv_code(std::string_view code) {
  std::string normal(code);
  for (char& c : normal)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return normal;
}

}  // namespace swv
