#include "report/json_dump.h"

#include <atomic>
#include <stdexcept>

namespace swv {
namespace {

std::string dump(const nlohmann::ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A marker no report text can contain by accident: a control character (escaped by the dump)
// and a number unique in this process.
std::string unique_marker() {
  static std::atomic<unsigned long> counter{0};
  return "\x01swvcheck-streamed-array-" + std::to_string(++counter) + "\x01";
}

}  // namespace

std::string dump_with_streamed_array(nlohmann::ordered_json document, const nlohmann::ordered_json::json_pointer& where,
                                     std::size_t count,
                                     const std::function<nlohmann::ordered_json(std::size_t)>& item) {
  std::string marker = unique_marker();
  document.at(where) = marker;
  std::string skeleton = dump(document);
  std::string quoted = dump(nlohmann::ordered_json(marker));
  auto at = skeleton.find(quoted);
  if (at == std::string::npos) throw std::logic_error("dump_with_streamed_array: marker not found");
  // The array's items sit one level deeper than the line that names it.
  auto line_start = skeleton.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::size_t indent = skeleton.find_first_not_of(' ', line_start) - line_start;
  std::string item_break = "\n" + std::string(indent + 2, ' ');

  std::string text = skeleton.substr(0, at);
  if (count == 0) {
    text += "[]";
  } else {
    text += "[";
    for (std::size_t i = 0; i < count; ++i) {
      std::string one = dump(item(i));
      text += i == 0 ? item_break : "," + item_break;
      // A dump has no raw line breaks inside strings (they are escaped), so every '\n' is layout.
      for (char c : one) {
        if (c == '\n') text += item_break;
        else text += c;
      }
    }
    text += "\n" + std::string(indent, ' ') + "]";
  }
  text.append(skeleton, at + quoted.size(), std::string::npos);
  text += "\n";
  return text;
}

}  // namespace swv
