// What makes a run repeatable (`swvcheck verify`): the options that decide the findings and
// every input file with its sha256. Recorded in the JSON report ("run") and in the store.
#pragma once

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

nlohmann::ordered_json run_record_to_json(const RunRecord& run);

}  // namespace swv
