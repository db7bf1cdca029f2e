// Runs the rules of a catalog over documents in one sandboxed Lua state. One runner per
// worker thread: the rules are compiled once and reused for every document. Not thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "documents/annual_report.h"
#include "documents/check_unit.h"
#include "findings/finding.h"
#include "sandbox/active_run.h"
#include "sandbox/limits.h"
#include "sandbox/lua_state.h"
#include "sandbox/rule_catalog.h"

namespace swv {

class RuleRunner {
 public:
  /// Compiles every rule of `catalog`; `check_date` is what ctx.check_date says (ISO).
  RuleRunner(const RuleCatalog& catalog, const SandboxLimits& limits, std::string check_date);

  /// The findings of `rules` (all applicable ones when empty) for `unit`, in rule order.
  /// A rule that errs, runs out of budget or reports nothing yields one `fout` finding.
  std::vector<Finding> run(const CheckUnit& unit, const std::vector<const RuleInfo*>& rules);
  /// The same for an annual report on its own.
  std::vector<Finding> run(const AnnualReport& report, const std::vector<const RuleInfo*>& rules);

  struct Timing {
    std::size_t calls = 0;
    std::chrono::nanoseconds total{0};
  };
  /// Time spent per rule id in this runner so far.
  const std::unordered_map<std::string, Timing>& timings() const { return timings_; }

  /// True when `rule` applies to `unit`: the unit has a document kind the rule reads, and
  /// the SWV's sector (when known) is one of the rule's.
  static bool applies(const RuleInfo& rule, const CheckUnit& unit);

  /// Keeps the path of every value the rules read, present or absent (for `rules explain`),
  /// and forgets the paths kept so far.
  void keep_read_paths(bool keep) {
    keep_read_paths_ = keep;
    read_paths_.clear();
  }
  /// With keep_read_paths: the element and attribute paths the last rule call read, in order,
  /// and "<kind>-registratie" for each registration it read or asked for in vain.
  const std::vector<std::string>& read_paths() const { return read_paths_; }

 private:
  void compile(const RuleInfo& rule);
  std::vector<Finding> run_one(const CheckUnit& unit, const RuleInfo& rule);
  Finding failure(const ActiveRun& run, const std::string& reason) const;

  const RuleCatalog& catalog_;
  std::string check_date_;
  LuaState state_;
  XPathCache xpaths_;
  NodePathCache node_paths_;  // of the unit being checked; emptied for every unit
  std::unordered_map<std::string, int> rule_refs_;  // rule id -> registry ref of its table
  std::unordered_map<std::string, std::string> compile_errors_;
  std::uint64_t generation_ = 0;
  std::unordered_map<std::string, Timing> timings_;
  int document_ref_ = LUA_NOREF;
  int context_ref_ = LUA_NOREF;
  bool keep_read_paths_ = false;
  std::vector<std::string> read_paths_;
};

}  // namespace swv
