// Runs the rules of a catalog over documents in one sandboxed Lua state. One runner per
// worker thread: the rules are compiled once and reused for every document. Not thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <optional>
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

/// What happened to one rule in one run() call, for the batch's switch-off bookkeeping.
struct RuleRunRecord {
  const RuleInfo* rule = nullptr;
  std::size_t first = 0;  ///< its findings are [first, last) of the unit's findings
  std::size_t last = 0;
  std::optional<std::string> limit_stop;  ///< set when a limit stopped it: why (Dutch)
  bool switched_off = false;              ///< not run: switched off for the batch
};

/// Rules switched off for the rest of a batch: rule id -> why (Dutch).
using SwitchedOffRules = std::map<std::string, std::string>;

class RuleRunner {
 public:
  /// Compiles every rule of `catalog`; `check_date` is what ctx.check_date says (ISO).
  RuleRunner(const RuleCatalog& catalog, const SandboxLimits& limits, std::string check_date);

  /// The findings of `rules` (all applicable ones when empty) for `unit`, in rule order.
  /// A rule that errs, runs out of budget or reports nothing yields one `fout` finding.
  std::vector<Finding> run(const CheckUnit& unit, const std::vector<const RuleInfo*>& rules);
  /// The same, without running the rules in `switched_off` (each gives one `fout` saying it
  /// was switched off and why), and telling in `records` what happened to each rule.
  std::vector<Finding> run(const CheckUnit& unit, const std::vector<const RuleInfo*>& rules,
                           const SwitchedOffRules& switched_off, std::vector<RuleRunRecord>* records);

  /// The `fout` finding of a rule switched off for the batch, in a unit of `swv`, `jaar`, `document`.
  static Finding switched_off_finding(const RuleInfo& rule, const std::string& swv, int jaar,
                                      const std::string& document, const std::string& reason);
  /// The same for an annual report on its own.
  std::vector<Finding> run(const AnnualReport& report, const std::vector<const RuleInfo*>& rules);

  struct Timing {
    std::size_t calls = 0;
    std::chrono::nanoseconds total{0};
  };
  /// How many times a rule file was compiled (once per rule, again after a limit stopped it).
  std::size_t compilations() const { return compilations_; }

  /// Time spent per rule id in this runner so far.
  const std::unordered_map<std::string, Timing>& timings() const { return timings_; }
  /// Units per rule id and reason that a rule did not run on because its norm was not in force
  /// on their norm_date() (counts only: memory does not grow with the batch).
  const std::map<std::pair<std::string, NotInForce>, int>& not_in_force_counts() const { return not_in_force_; }
  /// Of that time, what went into turning the rules' outcomes into findings, and how many.
  std::chrono::nanoseconds outcome_time() const { return outcome_time_; }
  std::size_t findings_made() const { return findings_made_; }

  /// True when `rule` applies to `unit`: the unit has a document kind the rule reads, and
  /// the SWV's sector (when known) is one of the rule's. Whether its norm is in force on the
  /// unit's peildatum is decided after this (not_in_force_counts).
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
  std::vector<Finding> run_one(const CheckUnit& unit, const RuleInfo& rule, std::optional<std::string>* limit_stop);
  Finding failure(const ActiveRun& run, const std::string& reason) const;

  const RuleCatalog& catalog_;
  std::string check_date_;
  LuaState state_;
  XPathCache xpaths_;
  NodePathCache node_paths_;  // of the unit being checked; emptied for every unit
  const void* document_object_ = nullptr;  // the `doc` userdata of this state
  const void* node_metatable_ = nullptr;   // the metatable of this state's node objects
  ReadMemo read_memo_;  // the reads of the unit being checked; emptied for every unit
  ReadGenerations read_generations_;  // of the unit being checked; emptied for every unit
  std::unordered_map<std::string, int> rule_refs_;  // rule id -> registry ref of its table
  std::unordered_map<std::string, int> upvalue_records_;  // rule id -> protect_rule_state record
  std::unordered_map<std::string, std::string> compile_errors_;
  std::uint64_t generation_ = 0;
  std::size_t compilations_ = 0;
  std::unordered_map<std::string, Timing> timings_;
  std::map<std::pair<std::string, NotInForce>, int> not_in_force_;
  std::chrono::nanoseconds outcome_time_{0};
  std::size_t findings_made_ = 0;
  int document_ref_ = LUA_NOREF;
  int context_ref_ = LUA_NOREF;
  bool keep_read_paths_ = false;
  std::vector<std::string> read_paths_;
};

}  // namespace swv
