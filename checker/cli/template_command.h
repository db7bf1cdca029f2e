// `swvcheck template --swv PO2704 --jaar 2024 [--output FILE]`: an annual report to start from
// (rulesdev/report_skeleton.h), with every element the rules read for that sector and year.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

int template_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
