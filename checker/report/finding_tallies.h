// What the counts of a report need of each finding (status, baseline mark, family, SWV), in a
// few bytes per finding, so a run that writes its findings out as it goes can still print
// every summary without keeping the findings (report/summary.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace swv {

class FindingTallies {
 public:
  struct Tally {
    Status status;
    std::optional<Baseline> baseline;
    std::uint32_t family;  ///< index into family_names()
    std::uint32_t swv;     ///< index into swv_codes()
  };

  FindingTallies() = default;
  explicit FindingTallies(const std::vector<Finding>& findings);

  void add(const Finding& finding);
  const std::vector<Tally>& tallies() const { return tallies_; }
  const std::string& family(const Tally& t) const { return family_names_[t.family]; }
  const std::string& swv(const Tally& t) const { return swv_codes_[t.swv]; }

 private:
  static std::uint32_t intern(const std::string& text, std::vector<std::string>* names,
                              std::map<std::string, std::uint32_t>* index);

  std::vector<Tally> tallies_;
  std::vector<std::string> family_names_, swv_codes_;
  std::map<std::string, std::uint32_t> family_index_, swv_index_;
};

/// is_carried_over for a tally.
inline bool is_carried_over(const FindingTallies::Tally& t) {
  return t.baseline == Baseline::opgelost && is_flagged(t.status);
}

}  // namespace swv
