#include "sandbox/param_store.h"

namespace swv {

void ParamStore::put(Parameter parameter) {
  auto name = parameter.name;
  params_[name] = std::move(parameter);
}

const Parameter* ParamStore::find(const std::string& name) const {
  auto it = params_.find(name);
  return it == params_.end() ? nullptr : &it->second;
}

const DatedValue* ParamStore::in_force(const Parameter& parameter, const std::string& date) {
  const DatedValue* current = nullptr;
  for (const auto& entry : parameter.values) {
    if (entry.from > date) break;  // ISO dates order as strings
    current = &entry;
  }
  return current;
}

}  // namespace swv
