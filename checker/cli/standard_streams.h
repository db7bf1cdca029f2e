// Standard streams a parent left closed (`swvcheck check ... >&-`). Descriptors 0-2 are
// reopened on /dev/null before anything else opens a file, so no file of the run (a report, a
// spill file) takes descriptor 1 or 2 and receives what was meant for the terminal.
#pragma once

namespace swv {

struct ClosedStreams {
  bool in = false;
  bool out = false;
  bool err = false;
};

/// Reopens each of the descriptors 0, 1 and 2 that is closed on /dev/null and says which were.
/// Call first thing in main().
ClosedStreams reopen_closed_standard_streams();

}  // namespace swv
