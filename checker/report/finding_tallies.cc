#include "report/finding_tallies.h"

#include <cstdint>
#include <stdexcept>

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
  std::uint32_t family = intern(f.family, &family_names_, &family_index_);
  if (family > UINT16_MAX) throw std::length_error("FindingTallies: more than 65,535 families");
  std::uint32_t swv = intern(f.swv, &swv_codes_, &swv_index_);
  std::uint64_t key = (std::uint64_t{swv} << 24) | (std::uint64_t{family} << 8) |
                      (static_cast<std::uint64_t>(f.status) << 3) |
                      (f.baseline ? 1 + static_cast<std::uint64_t>(*f.baseline) : 0);
  auto [it, added] = tally_index_.try_emplace(key, tallies_.size());
  if (added) tallies_.push_back({f.status, f.baseline, static_cast<std::uint16_t>(family), swv, 0});
  ++tallies_[it->second].count;
}

}  // namespace swv
