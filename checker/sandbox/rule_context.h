// The `ctx` object rules get beside `doc`: dated parameters and the outcome calls that
// become findings (voldoet, signaal, overtreding, niet_te_beoordelen, niet_van_toepassing).
#pragma once

#include <lua.hpp>

#include "sandbox/active_run.h"

namespace swv {

/// [-0, +0, e] Registers the metatable of `ctx`. Once per state.
void register_rule_context(lua_State* L);
/// [-0, +1, e] Pushes the `ctx` object; it always acts on the active run.
void push_rule_context(lua_State* L);

/// Builds a finding of `rule` about the active run's document with the run's params.
Finding make_finding(const ActiveRun& run, Status status, std::string message, const std::string& subject = {});

/// Evidence pointing at a registration record (or at the whole file when record is null).
Evidence record_evidence(const RecordRead& read);

/// Evidence for the finding: the given XPaths, or every present value the rule read.
std::vector<Evidence> default_evidence(const ActiveRun& run);

/// The absent paths the rule read, in order, without repeats.
std::vector<std::string> missing_paths(const ActiveRun& run);

}  // namespace swv
