// The one error a report writer throws while the check runs: the report cannot be written
// (disk full, the temporary file gone). The check stops at once instead of finishing a batch
// whose report is lost; the message is for the user, in Dutch.
#pragma once

#include <stdexcept>

namespace swv {

struct ReportWriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace swv
