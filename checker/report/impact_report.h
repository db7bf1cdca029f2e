// swvcheck impact: what a norm change does before it is published. The same documents are
// checked with the base rules and the new rules (engine: CheckOptions::other_catalogs), and
// every finding (key and year) whose status differs is counted per rule and status pair,
// with the SWVs per change. A finding one rule set gives and the other does not has status
// `geen-bevinding` on the other side.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "findings/finding.h"

namespace swv {

inline constexpr const char* kNoFinding = "geen-bevinding";

struct ImpactUnit {
  std::string swv;
  int jaar = 0;
  std::string key;
};

/// One rule and status pair: how many findings went from `from` to `to`, and which.
struct ImpactChange {
  std::string rule, norm_id, from, to;
  std::vector<ImpactUnit> units;  ///< by SWV, year and key
};

/// What the report says besides the changes.
struct ImpactContext {
  std::string tool_version, checked_on;
  std::vector<std::string> base_rules, new_rules;  ///< the overlay folders (none: the shipped rules)
  std::vector<DocumentRecord> documents;
};

/// Keeps the status of each finding under both rule sets (a few dozen bytes per finding).
class ImpactTally {
 public:
  void add_base(const std::vector<Finding>& findings) { add(findings, 0); }
  void add_new(const std::vector<Finding>& findings) { add(findings, 1); }
  /// Every change, by rule, then from and to status.
  std::vector<ImpactChange> changes() const;
  /// Findings whose status is the same under both.
  std::size_t unchanged() const;

 private:
  struct Seen {
    std::string rule, norm_id, swv;
    std::string status[2] = {kNoFinding, kNoFinding};
  };
  void add(const std::vector<Finding>& findings, int side);
  std::map<std::pair<std::string, int>, Seen> seen_;  ///< by key and year
};

std::string write_impact_text(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context);
std::string write_impact_json(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context);
std::string write_impact_html(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context);

}  // namespace swv
