// `swvcheck verify REPORT.json`: runs the check of a JSON report again with the same inputs,
// found by path (relative paths from the current folder, as for the check) and checked by
// sha256, and says whether the findings are identical.
// Exit codes: 0 identical, 1 different (each difference listed), 2 refused (an input changed,
// is missing or is new, naming the file) or a usage error.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

namespace swv {

/// The options of `swvcheck check` that decide its findings, as the run record keeps them:
/// paths, --only, --rules, --baseline, --accept, the limits and the check date in force.
nlohmann::ordered_json decisive_options(const boost::program_options::variables_map& vm, const std::string& check_date);
/// The arguments of `swvcheck check` (without "check") that repeat those options.
std::vector<std::string> check_arguments(const nlohmann::json& options);

int verify_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
