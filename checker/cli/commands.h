// The command line: parses arguments, wires catalog, engine and reports, owns the exit code.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace swv {

/// Runs `swvcheck ARGS...` (without the program name). Reports go to `out` unless --output
/// names a file; errors and progress to `err`. `out_is_terminal` enables colour in text output,
/// `err_is_terminal` the progress line of long batches. `out_closed`: standard output was
/// closed when swvcheck started (reopened on /dev/null), so `check` refuses to write its report
/// there.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool out_is_terminal = false,
            bool err_is_terminal = false, bool out_closed = false);

}  // namespace swv
