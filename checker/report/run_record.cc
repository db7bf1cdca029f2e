#include "report/run_record.h"

#include "report/json_writer.h"

namespace swv {

nlohmann::ordered_json run_record_skeleton(const RunRecord& run) {
  return {{"options", run.options}, {"inputs", nlohmann::ordered_json::array()}};
}

void append_run_input_item(const RunInput& input, std::size_t index, std::size_t indent, std::string* out) {
  JsonWriter writer = array_item_writer(index, indent, out);
  writer.begin_object();
  writer.member("kind", input.kind);
  writer.member("path", input.path);
  writer.member("sha256", input.sha256);
  writer.end_object();
}

}  // namespace swv
