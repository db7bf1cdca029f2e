// `swvcheck serve [--port N]`: a local web page for controllers who do not use a terminal.
// Listens on 127.0.0.1 only; an uploaded annual report (and optionally its registrations) is
// checked as `swvcheck check --view swv --format html` would and the SWV view is shown.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace swv
