// What the subcommands share: finding and loading the rules, the sandbox options, errors.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

inline constexpr int kUsageError = 2;

/// The shipped rules folder: SWVCHECK_RULES, else the source tree, else share/ beside the binary.
std::string shipped_rules_folder();
/// A short fingerprint of the rule and parameter files, for reports.
std::string rules_fingerprint(const RuleCatalog& catalog);
/// Loads the shipped rules with `overlays` over them; prints every problem and returns nullopt.
std::optional<RuleCatalog> load_catalog(const std::vector<std::string>& overlays, const SandboxLimits& limits,
                                        std::ostream& err);
/// Options every command that loads rules takes (--rules and the sandbox limits).
boost::program_options::options_description rules_options();
SandboxLimits limits_from(const boost::program_options::variables_map& vm);
std::vector<std::string> strings(const boost::program_options::variables_map& vm, const char* name);
/// Parses `args` with `options`; every other argument goes to the list `positional_name`.
boost::program_options::variables_map parse_command_line(const std::vector<std::string>& args,
                                                         const boost::program_options::options_description& options,
                                                         const char* positional_name);
/// Prints a one-line usage error and returns the usage exit code.
int usage_error(std::ostream& err, const std::string& message);

}  // namespace swv
