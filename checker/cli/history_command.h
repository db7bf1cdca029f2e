// `swvcheck history --store FILE.sqlite [SWV] [--rule ID]`: each finding key's status over the
// years and runs in the store: since when it holds, and whether it was resolved and came back.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

int history_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
