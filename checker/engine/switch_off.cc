#include "engine/switch_off.h"

#include <iterator>

namespace swv {

RuleSwitchOff::RuleSwitchOff(std::size_t after) : after_(after), current_(std::make_shared<SwitchedOffRules>()) {}

std::shared_ptr<const SwitchedOffRules> RuleSwitchOff::current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

void RuleSwitchOff::settle(std::vector<Finding>* findings, const std::vector<RuleRunRecord>& records,
                           const std::string& swv, int jaar, const std::string& document) {
  if (after_ == 0) return;
  std::vector<Finding> settled;
  std::size_t copied = 0;  // findings before this index are in `settled` already
  bool changed = false;
  for (const auto& record : records) {
    auto& strikes = strikes_[record.rule->id];
    if (strikes.count >= after_) {  // switched off before this unit
      ++strikes.skipped;
      if (record.switched_off) continue;
      if (!changed) settled.reserve(findings->size());
      changed = true;
      std::move(findings->begin() + static_cast<std::ptrdiff_t>(copied),
                findings->begin() + static_cast<std::ptrdiff_t>(record.first), std::back_inserter(settled));
      settled.push_back(RuleRunner::switched_off_finding(*record.rule, swv, jaar, document, strikes.reason));
      copied = record.last;
      continue;
    }
    if (!record.limit_stop) continue;
    if (++strikes.count < after_) continue;
    strikes.reason = "in " + std::to_string(after_) + " eenheden gestopt door een limiet (laatst in " + document +
                     ": " + *record.limit_stop + ")";
    order_.push_back(record.rule->id);
    auto next = std::make_shared<SwitchedOffRules>(*current());
    (*next)[record.rule->id] = strikes.reason;
    std::lock_guard lock(mutex_);
    current_ = std::move(next);
  }
  if (!changed) return;
  std::move(findings->begin() + static_cast<std::ptrdiff_t>(copied), findings->end(), std::back_inserter(settled));
  *findings = std::move(settled);
}

std::vector<SwitchedOffRule> RuleSwitchOff::summary() const {
  std::vector<SwitchedOffRule> rules;
  for (const auto& id : order_) {
    const auto& strikes = strikes_.at(id);
    rules.push_back({id, strikes.reason, strikes.skipped});
  }
  return rules;
}

}  // namespace swv
