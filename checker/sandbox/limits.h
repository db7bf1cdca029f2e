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
  std::size_t max_findings = 1000;              ///< per call (one rule, one unit); past it: fout
  /// A rule stopped by a limit in this many units of a batch is not run again in that batch.
  std::size_t switch_off_after = 3;
};

}  // namespace swv
