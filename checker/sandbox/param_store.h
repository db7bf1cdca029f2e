// Dated norm parameters: each value holds from its date until the next one's, as a rules
// folder's params/*.lua define them. Plain data, shared read-only by every worker.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace swv {

struct DatedValue {
  std::string from;                  ///< ISO date the value takes effect
  std::optional<std::string> value;  ///< nullopt: no value from this date on
  bool is_integer = false;           ///< written as a Lua integer rather than a string
};

struct Parameter {
  std::string name;
  std::string description;
  std::string unit;
  std::string rounding;
  std::string source;
  std::string file;
  int line = 0;
  std::vector<DatedValue> values;  ///< ascending by `from`
};

class ParamStore {
 public:
  /// Adds `parameter`, replacing one of the same name (how an overlay folder changes a norm).
  void put(Parameter parameter);
  const Parameter* find(const std::string& name) const;
  /// The entry in force on `date` (ISO), or nullptr when none is (before the first entry).
  static const DatedValue* in_force(const Parameter& parameter, const std::string& date);
  const std::map<std::string, Parameter>& all() const { return params_; }

 private:
  std::map<std::string, Parameter> params_;
};

}  // namespace swv
