// What the counts of a report need of the findings: how many of each status there are per SWV
// and family, and how many carry each baseline mark; and, given at the end of the run, per rule
// how many documents it did not apply to (its norm not in force). Memory grows with the SWVs,
// families and rules, not with the findings, so a run that writes its findings out as it goes
// can still print every summary without keeping them (report/summary.h).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace swv {

class FindingTallies {
 public:
  FindingTallies() = default;
  explicit FindingTallies(const std::vector<Finding>& findings);

  void add(const Finding& finding);

  /// Calls `visit` for every SWV, family and status with at least one finding that is an
  /// outcome of this run (findings carried over from a baseline are left out, see
  /// is_carried_over), SWVs and families in the order first seen.
  void for_each_count(const std::function<void(const std::string& swv, const std::string& family, Status status,
                                               std::size_t count)>& visit) const;
  /// Findings per baseline mark, carried-over ones included; empty when no finding has a mark.
  const std::map<Baseline, std::size_t>& baseline_marks() const { return marks_; }
  /// Flagged findings of this run that an acceptance applies to (is_accepted).
  std::size_t accepted_flagged() const { return accepted_flagged_; }

  /// The rules that did not apply to some documents (CheckResult::not_applicable).
  void set_not_applicable(std::vector<NotApplicable> counts) { not_applicable_ = std::move(counts); }
  const std::vector<NotApplicable>& not_applicable() const { return not_applicable_; }

 private:
  static constexpr std::size_t kStatuses = 5;
  static std::uint32_t intern(const std::string& text, std::vector<std::string>* names,
                              std::map<std::string, std::uint32_t>* index);

  std::vector<std::string> family_names_, swv_codes_;
  std::map<std::string, std::uint32_t> family_index_, swv_index_;
  /// Per SWV: a count per (family, status), family-major; grown when a new family appears.
  std::vector<std::vector<std::uint32_t>> counts_;
  std::map<Baseline, std::size_t> marks_;
  std::vector<NotApplicable> not_applicable_;
  std::size_t accepted_flagged_ = 0;
};

}  // namespace swv
