// `swvcheck rules ...`: list, explain and check the rule set.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

/// Runs `swvcheck rules ARGS...`; returns the exit code.
int rules_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
