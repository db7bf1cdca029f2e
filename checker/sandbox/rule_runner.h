// Runs the rules of a catalog over documents in one sandboxed Lua state. One runner per
// worker thread: the rules are compiled once and reused for every document. Not thread-safe.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "documents/annual_report.h"
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

  /// The findings of `rules` (all applicable ones when empty) for `document`, in rule order.
  /// A rule that errs, runs out of budget or reports nothing yields one `fout` finding.
  std::vector<Finding> run(const AnnualReport& document, const std::vector<const RuleInfo*>& rules);

  /// True when `rule` applies to `document` (its kind and sector).
  static bool applies(const RuleInfo& rule, const Document& document);

 private:
  void compile(const RuleInfo& rule);
  std::vector<Finding> run_one(const AnnualReport& document, const RuleInfo& rule);
  Finding failure(const ActiveRun& run, const std::string& reason) const;

  const RuleCatalog& catalog_;
  std::string check_date_;
  LuaState state_;
  XPathCache xpaths_;
  std::unordered_map<std::string, int> rule_refs_;  // rule id -> registry ref of its table
  std::unordered_map<std::string, std::string> compile_errors_;
  std::uint64_t generation_ = 0;
  int document_ref_ = LUA_NOREF;
  int context_ref_ = LUA_NOREF;
};

}  // namespace swv
