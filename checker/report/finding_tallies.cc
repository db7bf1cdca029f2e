#include "report/finding_tallies.h"

namespace swv {

FindingTallies::FindingTallies(const std::vector<Finding>& findings) {
  for (const auto& f : findings) add(f);
}

std::uint32_t FindingTallies::intern(const std::string& text, std::vector<std::string>* names,
                                     std::map<std::string, std::uint32_t>* index) {
  auto [it, added] = index->try_emplace(text, static_cast<std::uint32_t>(names->size()));
  if (added) names->push_back(text);
  return it->second;
}

void FindingTallies::add(const Finding& f) {
  if (f.baseline) ++marks_[*f.baseline];
  if (is_carried_over(f)) return;
  if (is_accepted(f) && is_flagged(f.status)) ++accepted_flagged_;
  std::uint32_t family = intern(f.family, &family_names_, &family_index_);
  std::uint32_t swv = intern(f.swv, &swv_codes_, &swv_index_);
  if (swv == counts_.size()) counts_.emplace_back();
  auto& counts = counts_[swv];
  std::size_t slot = family * kStatuses + static_cast<std::size_t>(f.status);
  if (counts.size() <= slot) counts.resize(family_names_.size() * kStatuses, 0);
  ++counts[slot];
}

void FindingTallies::for_each_count(const std::function<void(const std::string&, const std::string&, Status,
                                                             std::size_t)>& visit) const {
  for (std::size_t swv = 0; swv < counts_.size(); ++swv)
    for (std::size_t slot = 0; slot < counts_[swv].size(); ++slot)
      if (counts_[swv][slot] > 0)
        visit(swv_codes_[swv], family_names_[slot / kStatuses], static_cast<Status>(slot % kStatuses),
              counts_[swv][slot]);
}

}  // namespace swv
