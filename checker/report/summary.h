// Counts over a check's result, shared by every output format and the exit code.
#pragma once

#include <map>

#include "engine/engine.h"

namespace swv {

struct Summary {
  int documents = 0;
  int errors = 0;  ///< documents that failed to load
  std::map<Status, int> by_status;
  int count(Status status) const;
};

Summary summarize(const CheckResult& result);

/// The exit code of `swvcheck check` under the findings contract: 2 when a document failed
/// or a rule erred, else 1 when something is flagged, else 0.
int exit_code_for(const Summary& summary);

}  // namespace swv
