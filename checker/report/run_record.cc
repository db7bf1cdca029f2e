#include "report/run_record.h"

namespace swv {

nlohmann::ordered_json run_record_to_json(const RunRecord& run) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  for (const auto& input : run.inputs)
    inputs.push_back({{"kind", input.kind}, {"path", input.path}, {"sha256", input.sha256}});
  return {{"options", run.options}, {"inputs", std::move(inputs)}};
}

}  // namespace swv
