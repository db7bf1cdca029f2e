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

DumpAroundArray dump_around_array(nlohmann::ordered_json document, const nlohmann::ordered_json::json_pointer& where) {
  std::string marker = unique_marker();
  document.at(where) = marker;
  std::string skeleton = dump(document);
  std::string quoted = dump(nlohmann::ordered_json(marker));
  auto at = skeleton.find(quoted);
  if (at == std::string::npos) throw std::logic_error("dump_around_array: marker not found");
  auto line_start = skeleton.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  DumpAroundArray cut;
  cut.indent = skeleton.find_first_not_of(' ', line_start) - line_start;
  cut.before = skeleton.substr(0, at);
  cut.after = skeleton.substr(at + quoted.size()) + "\n";
  return cut;
}

void append_array_item(const nlohmann::ordered_json& item, std::size_t index, std::size_t indent, std::string* out) {
  // Items sit one level deeper than the line that names the array.
  std::string item_break = "\n" + std::string(indent + 2, ' ');
  *out += index == 0 ? "[" + item_break : "," + item_break;
  // A dump has no raw line breaks inside strings (they are escaped), so every '\n' is layout.
  for (char c : dump(item)) {
    if (c == '\n') *out += item_break;
    else *out += c;
  }
}

std::string close_array(std::size_t count, std::size_t indent) {
  return count == 0 ? "[]" : "\n" + std::string(indent, ' ') + "]";
}

std::string dump_with_streamed_array(nlohmann::ordered_json document, const nlohmann::ordered_json::json_pointer& where,
                                     std::size_t count,
                                     const std::function<nlohmann::ordered_json(std::size_t)>& item) {
  DumpAroundArray cut = dump_around_array(std::move(document), where);
  std::string text = std::move(cut.before);
  for (std::size_t i = 0; i < count; ++i) append_array_item(item(i), i, cut.indent, &text);
  text += close_array(count, cut.indent);
  text += cut.after;
  return text;
}

}  // namespace swv
