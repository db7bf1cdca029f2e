// `--profile`: where the time of a run went, per rule, slowest first.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace swv {

/// A table of rule id, calls, total and mean time, slowest rule first.
/// Then the rules switched off for the rest of the batch, with why and how many units skipped them.
std::string write_profile(const std::map<std::string, RuleTiming>& timings,
                          const std::vector<SwitchedOffRule>& switched_off = {});

/// "Uitgeschakelde regels:" and one line per rule (empty when none was switched off); the
/// profile and the text report's summary both show it.
std::string write_switched_off(const std::vector<SwitchedOffRule>& switched_off);

/// The host's own time beside the rules: loading the reports, making findings (part of the
/// rules' time above) and writing the report, in total and per report or finding.
std::string write_host_profile(const HostTiming& host);

}  // namespace swv
