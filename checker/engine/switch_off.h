// A rule stopped by a limit (instructions, time, memory, findings) in a few units of a batch
// is broken, not slow on one document: it is switched off for the rest of the batch, so one
// endless loop does not cost its full budget in each of 10,000 reports. Decided in unit order
// (the order of the output), never in the order workers happen to finish: the output is the
// same for any number of jobs.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "sandbox/rule_runner.h"

namespace swv {

class RuleSwitchOff {
 public:
  /// Switches a rule off after `after` units with a limit stop (0: never).
  explicit RuleSwitchOff(std::size_t after);

  /// The rules switched off by the units settled so far: a worker starting a unit skips them
  /// (every such rule was switched off by a unit before it). Thread-safe.
  std::shared_ptr<const SwitchedOffRules> current() const;

  /// Called for every unit, in unit order, one call at a time. A rule switched off before this
  /// unit that ran anyway (the unit was checked while the deciding unit still ran) has its
  /// findings replaced by the switched-off `fout`; this unit's limit stops are then counted.
  void settle(std::vector<Finding>* findings, const std::vector<RuleRunRecord>& records, const std::string& swv,
              int jaar, const std::string& document);

  /// The rules switched off, in the order they were, with the units they did not run in.
  std::vector<SwitchedOffRule> summary() const;

 private:
  struct Strikes {
    std::size_t count = 0;
    std::size_t skipped = 0;
    std::string reason;  ///< set once switched off
  };
  std::size_t after_;
  std::map<std::string, Strikes> strikes_;  // by rule id
  std::vector<std::string> order_;          // rule ids in the order they were switched off
  mutable std::mutex mutex_;                // guards current_
  std::shared_ptr<const SwitchedOffRules> current_;
};

}  // namespace swv
