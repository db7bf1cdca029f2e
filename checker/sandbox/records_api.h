// Registration records for rules: doc:records(kind) gives the unit's records of a kind as
// read-only objects (fields by column name, plus line and file); doc:has(kind) tells whether
// the unit has that kind of document at all.
#pragma once

#include <lua.hpp>

#include "sandbox/active_run.h"

namespace swv {

/// [-0, +0, e] Registers the record metatable and adds `records` and `has` to the methods
/// table at `methods`. Once per state.
void register_records_api(lua_State* L, int methods);

/// The record behind the value at `index`, or nullptr when it is not a record object.
const RecordRead* to_record(lua_State* L, int index);

}  // namespace swv
