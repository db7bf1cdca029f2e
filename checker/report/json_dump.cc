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

DumpAroundArrays dump_around_arrays(nlohmann::ordered_json document,
                                    const std::vector<nlohmann::ordered_json::json_pointer>& arrays) {
  std::vector<std::string> quoted;
  for (const auto& where : arrays) {
    std::string marker = unique_marker();
    document.at(where) = marker;
    quoted.push_back(dump(nlohmann::ordered_json(marker)));
  }
  std::string text = dump(document);
  DumpAroundArrays cut;
  std::size_t from = 0;
  for (const auto& marker : quoted) {
    auto at = text.find(marker, from);
    if (at == std::string::npos) throw std::logic_error("dump_around_arrays: arrays not found in this order");
    auto line_start = text.rfind('\n', at);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    cut.indents.push_back(text.find_first_not_of(' ', line_start) - line_start);
    cut.pieces.push_back(text.substr(from, at - from));
    from = at + marker.size();
  }
  cut.pieces.push_back(text.substr(from) + "\n");
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
  DumpAroundArrays cut = dump_around_arrays(std::move(document), {where});
  std::string text = std::move(cut.pieces[0]);
  for (std::size_t i = 0; i < count; ++i) append_array_item(item(i), i, cut.indents[0], &text);
  text += close_array(count, cut.indents[0]);
  text += cut.pieces[1];
  return text;
}

}  // namespace swv
