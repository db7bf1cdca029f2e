// swvcheck: checks SWV annual reports against norms written as Lua rules.
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/standard_streams.h"

int main(int argc, char** argv) {
  auto closed = swv::reopen_closed_standard_streams();  // before anything opens a file
  std::vector<std::string> args(argv + 1, argv + argc);
  return swv::run_cli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1,
                      closed.out);
}
