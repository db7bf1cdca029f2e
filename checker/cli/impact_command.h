// `swvcheck impact --rules NEW [--base OLD] PATH...`: the findings that change status when
// the rules in NEW are layered over the shipped rules, compared with OLD (default: the shipped
// rules as they are). Each document is read once. Exit 0 whatever changed, 2 on a usage error.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

int impact_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
