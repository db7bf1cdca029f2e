// What makes a run repeatable (`swvcheck verify`): the options that decide the findings and
// every input file with its sha256. Recorded in the JSON report ("run") and in the store.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace swv {

struct RunInput {
  std::string kind;  ///< document, regel, parameter, lib, families, acceptatie, baseline
  std::string path;  ///< as the run used it (a relative path: from the folder swvcheck ran in)
  std::string sha256;  ///< lower-case hex
};

/// Paths are kept as given, so a report names no folder of the machine it was made on;
/// `swvcheck verify` runs from the same folder as the check did.
struct RunRecord {
  /// The options of `swvcheck check` that decide the findings, by name ("paths" holds the
  /// paths given); values are strings or lists of strings.
  nlohmann::ordered_json options = nlohmann::ordered_json::object();
  std::vector<RunInput> inputs;
};

/// The JSON report's "run" with an empty "inputs" array: the inputs, one per document, rule and
/// parameter file, are written item by item (append_run_input_item), so a batch of 10,000
/// documents does not hold them as a JSON tree as well.
nlohmann::ordered_json run_record_skeleton(const RunRecord& run);
/// Appends `input` as item `index` of the "inputs" array whose line is indented by `indent`,
/// the same bytes as append_array_item of {"kind", "path", "sha256"}.
void append_run_input_item(const RunInput& input, std::size_t index, std::size_t indent, std::string* out);

}  // namespace swv
