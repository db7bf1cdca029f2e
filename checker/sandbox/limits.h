// The bounds every rule runs within.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace swv {

struct SandboxLimits {
  std::size_t memory_bytes = 64u << 20;         ///< ceiling for the whole Lua state
  std::int64_t instructions = 50'000'000;       ///< per call of a rule's check function
  std::chrono::milliseconds wall_time{5000};    ///< per call: backstop for the instruction count
  /// A call's instructions are counted once it has run this long (zero: from its first
  /// instruction). While a count hook is set, Lua 5.4 runs its hook check before every
  /// instruction, about 7% of a whole check; a rule call normally ends within microseconds,
  /// so only a call that runs long pays for the count. lua_state.h says how.
  std::chrono::microseconds count_after{10'000};
  std::size_t max_findings = 1000;              ///< per call (one rule, one unit); past it: fout
  /// A rule stopped by a limit in this many units of a batch is not run again in that batch.
  std::size_t switch_off_after = 3;
};

}  // namespace swv
