// What the counts of a report need of the findings: how many there are of each status,
// baseline mark, family and SWV. Memory grows with the SWVs and families, not with the
// findings, so a run that writes its findings out as it goes can still print every summary
// without keeping them (report/summary.h).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace swv {

class FindingTallies {
 public:
  /// The number of findings with one combination of status, mark, family and SWV.
  struct Tally {
    Status status;
    std::optional<Baseline> baseline;
    std::uint16_t family;  ///< index into the family names
    std::uint32_t swv;     ///< index into the SWV codes
    std::size_t count = 0;
  };

  FindingTallies() = default;
  explicit FindingTallies(const std::vector<Finding>& findings);

  void add(const Finding& finding);
  /// One entry per combination seen, in the order first seen.
  const std::vector<Tally>& tallies() const { return tallies_; }
  const std::string& family(const Tally& t) const { return family_names_[t.family]; }
  const std::string& swv(const Tally& t) const { return swv_codes_[t.swv]; }

 private:
  static std::uint32_t intern(const std::string& text, std::vector<std::string>* names,
                              std::map<std::string, std::uint32_t>* index);

  std::vector<Tally> tallies_;
  std::unordered_map<std::uint64_t, std::size_t> tally_index_;  ///< packed combination -> tallies_ index
  std::vector<std::string> family_names_, swv_codes_;
  std::map<std::string, std::uint32_t> family_index_, swv_index_;
};

/// is_carried_over for a tally.
inline bool is_carried_over(const FindingTallies::Tally& t) {
  return t.baseline == Baseline::opgelost && is_flagged(t.status);
}

}  // namespace swv
