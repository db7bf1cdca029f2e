// `--profile`: where the time of a run went, per rule, slowest first.
#pragma once

#include <map>
#include <string>

#include "engine/engine.h"

namespace swv {

/// A table of rule id, calls, total and mean time, slowest rule first.
std::string write_profile(const std::map<std::string, RuleTiming>& timings);

}  // namespace swv
