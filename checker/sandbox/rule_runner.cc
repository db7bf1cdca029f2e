#include "sandbox/rule_runner.h"

#include <algorithm>

#include "sandbox/document_api.h"
#include "sandbox/rule_context.h"
#include "sandbox/rule_loading.h"
#include "sandbox/rule_state_guard.h"
#include "sandbox/safe_stdlib.h"

namespace swv {
namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

RuleRunner::RuleRunner(const RuleCatalog& catalog, const SandboxLimits& limits, std::string check_date)
    : catalog_(catalog), check_date_(std::move(check_date)), state_(limits) {
  std::string failure;
  bool ok = state_.protect(
      [&](lua_State* L) {
        prepare_sandbox(L, catalog.folders());
        register_document_api(L);
        node_metatable_ = node_metatable(L);
        register_rule_context(L);
        push_document(L);
        document_object_ = lua_touserdata(L, -1);
        document_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
        push_rule_context(L);
        context_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
      },
      &failure);
  if (!ok) throw std::runtime_error("kan de Lua-sandbox niet opzetten: " + failure);
  for (const auto& rule : catalog.rules()) compile(rule);
}

// Runs the rule file in a fresh environment, freezes that environment and keeps the table.
void RuleRunner::compile(const RuleInfo& rule) {
  ++compilations_;
  if (auto old = rule_refs_.find(rule.id); old != rule_refs_.end()) {
    luaL_unref(state_.get(), LUA_REGISTRYINDEX, old->second);
    rule_refs_.erase(old);
  }
  if (auto old = upvalue_records_.find(rule.id); old != upvalue_records_.end()) {
    luaL_unref(state_.get(), LUA_REGISTRYINDEX, old->second);
    upvalue_records_.erase(old);
  }
  std::string failure;
  bool ok = state_.protect(
      [&](lua_State* L) {
        push_rule_chunk(L, rule.file);
        lua_getupvalue(L, -1, 1);
        lua_insert(L, -2);  // env below the chunk
        if (state_.call_budgeted(0, 1) != LUA_OK) lua_error(L);
        if (!lua_istable(L, -1)) luaL_error(L, "regelbestand geeft geen tabel terug");
        freeze_environment(L, -2);
        upvalue_records_[rule.id] = protect_rule_state(L, -1, -2);
        rule_refs_[rule.id] = luaL_ref(L, LUA_REGISTRYINDEX);
        lua_pop(L, 1);
      },
      &failure);
  if (ok) compile_errors_.erase(rule.id);
  else compile_errors_[rule.id] = first_line(failure);
}

bool RuleRunner::applies(const RuleInfo& rule, const CheckUnit& unit) {
  if (std::none_of(rule.documents.begin(), rule.documents.end(), [&](const std::string& kind) { return unit.has(kind); }))
    return false;
  if (unit.sector.empty()) return true;  // unknown sector: every rule, rather than none
  return std::find(rule.sectors.begin(), rule.sectors.end(), unit.sector) != rule.sectors.end();
}

std::vector<Finding> RuleRunner::run(const AnnualReport& report, const std::vector<const RuleInfo*>& rules) {
  CheckUnit unit = unit_for(report);
  return run(unit, rules);
}

std::vector<Finding> RuleRunner::run(const CheckUnit& unit, const std::vector<const RuleInfo*>& rules) {
  return run(unit, rules, {}, nullptr);
}

std::vector<Finding> RuleRunner::run(const CheckUnit& unit, const std::vector<const RuleInfo*>& rules,
                                     const SwitchedOffRules& switched_off, std::vector<RuleRunRecord>* records) {
  node_paths_.clear();  // the elements of the previous unit's document (its memory may be reused)
  read_memo_.clear();
  read_generations_.clear();
  std::vector<Finding> findings;
  const std::string norm_date = unit.norm_date();
  auto run_rule = [&](const RuleInfo& rule) {
    if (!applies(rule, unit)) return;
    // The host decides whether a norm applies on the unit's peildatum: no finding, only a count.
    if (auto reason = not_in_force(rule.norm, norm_date)) {
      ++not_in_force_[{rule.id, *reason}];
      return;
    }
    RuleRunRecord record{&rule, findings.size(), findings.size(), std::nullopt, false};
    if (auto off = switched_off.find(rule.id); off != switched_off.end()) {
      findings.push_back(switched_off_finding(rule, unit.swv, unit.jaar, unit.path(), off->second));
      record.switched_off = true;
    } else {
      auto start = std::chrono::steady_clock::now();
      auto found = run_one(unit, rule, &record.limit_stop);
      auto& timing = timings_[rule.id];
      ++timing.calls;
      timing.total += std::chrono::steady_clock::now() - start;
      std::move(found.begin(), found.end(), std::back_inserter(findings));
    }
    record.last = findings.size();
    if (records) records->push_back(std::move(record));
  };
  if (rules.empty()) {
    for (const auto& rule : catalog_.rules()) run_rule(rule);
  } else {
    for (const auto* rule : rules) run_rule(*rule);
  }
  return findings;
}

Finding RuleRunner::switched_off_finding(const RuleInfo& rule, const std::string& swv, int jaar,
                                         const std::string& document, const std::string& reason) {
  Finding f;
  f.rule = rule.id;
  f.key = rule.id + "/" + swv;
  f.family = rule.family;
  f.status = Status::fout;
  f.swv = swv;
  f.jaar = jaar;
  f.document = document;
  f.message = "Regel niet uitgevoerd: uitgeschakeld voor de rest van deze controle: " + reason;
  f.values["fout"] = "uitgeschakeld: " + reason;
  f.norm = rule.norm;
  return f;
}

Finding RuleRunner::failure(const ActiveRun& run, const std::string& reason) const {
  Finding f = make_finding(run, Status::fout, "Regel kon niet worden uitgevoerd: " + reason);
  f.values["fout"] = reason;
  return f;
}

std::vector<Finding> RuleRunner::run_one(const CheckUnit& unit, const RuleInfo& rule,
                                         std::optional<std::string>* limit_stop) {
  ActiveRun run;
  run.unit = &unit;
  run.report = unit.report;
  run.generation = ++generation_;
  run.rule = &rule;
  run.params = &catalog_.params();
  run.check_date = check_date_;
  run.xpaths = &xpaths_;
  run.node_paths = &node_paths_;
  run.read_memo = &read_memo_;
  run.read_generations = &read_generations_;
  run.document_object = document_object_;
  run.node_metatable = node_metatable_;

  if (auto error = compile_errors_.find(rule.id); error != compile_errors_.end())
    return {failure(run, "regelbestand laadt niet: " + error->second)};

  set_active_run(state_.get(), &run);
  int status = LUA_OK;
  std::string error_text;
  std::optional<std::string> not_assessable;
  std::string setup_failure;
  bool ok = state_.protect(
      [&](lua_State* L) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule_refs_.at(rule.id));
        lua_pushliteral(L, "check");
        lua_rawget(L, -2);
        lua_remove(L, -2);
        lua_rawgeti(L, LUA_REGISTRYINDEX, document_ref_);
        lua_rawgeti(L, LUA_REGISTRYINDEX, context_ref_);
        status = state_.call_budgeted(2, 0);
        restore_rule_state(L, upvalue_records_.at(rule.id));  // nothing carries over to the next unit
        if (status == LUA_OK) return;
        if (lua_istable(L, -1)) {
          // Raw access: the budget has ended, so no metamethod of the rule may run now.
          lua_pushstring(L, kNotAssessableField);
          if (lua_rawget(L, -2) == LUA_TSTRING) not_assessable = lua_tostring(L, -1);
          lua_pop(L, 1);
        }
        if (not_assessable) return;
        if (const char* text = lua_tostring(L, -1)) {
          error_text = text;
        } else {
          error_text = std::string("fout-object van type ") + luaL_typename(L, -1);
        }
      },
      &setup_failure);
  set_active_run(state_.get(), nullptr);
  outcome_time_ += run.outcome_time;
  findings_made_ += run.findings.size();
  if (keep_read_paths_) {
    read_paths_.clear();
    for (const auto& read : run.reads)
      read_paths_.push_back(read.node ? node_path(read.node, read.attribute) : read.missing_path);
    for (const auto& read : run.record_reads) read_paths_.push_back(read.file->kind() + "-registratie");
  }

  if (!ok) return {failure(run, first_line(setup_failure))};
  if (not_assessable) return {make_finding(run, Status::niet_te_beoordelen, *not_assessable)};
  if (status != LUA_OK) {
    const auto& limits = state_.limits();
    std::string reason;
    switch (state_.last_stop()) {
      case StopReason::memory:
        reason = "geheugenlimiet van " + std::to_string(limits.memory_bytes >> 20) + " MiB overschreden";
        break;
      case StopReason::instructions:
        reason = "instructielimiet van " + std::to_string(limits.instructions) + " overschreden (oneindige lus?)";
        break;
      case StopReason::wall_time:
        reason = "tijdslimiet van " + std::to_string(limits.wall_time.count()) + " ms overschreden";
        break;
      case StopReason::findings:
        reason = "meer dan " + std::to_string(limits.max_findings) + " bevindingen voor één eenheid (limiet)";
        break;
      case StopReason::none:
        reason = first_line(error_text);
        break;
    }
    if (state_.last_stop() != StopReason::none) *limit_stop = reason;
    // Whatever the rule left behind (upvalues, half-built tables) goes: start it afresh.
    lua_gc(state_.get(), LUA_GCCOLLECT);
    compile(rule);
    return {failure(run, reason)};
  }
  if (run.not_applicable) {
    if (!run.findings.empty()) return {failure(run, "regel meldde een uitkomst én niet_van_toepassing")};
    return {};
  }
  if (run.findings.empty()) return {failure(run, "regel gaf geen uitkomst (roep ctx:voldoet, ctx:signaal, ... aan)")};
  return std::move(run.findings);
}

}  // namespace swv
