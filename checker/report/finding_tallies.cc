#include "report/finding_tallies.h"

namespace swv {

FindingTallies::FindingTallies(const std::vector<Finding>& findings) {
  tallies_.reserve(findings.size());
  for (const auto& f : findings) add(f);
}

std::uint32_t FindingTallies::intern(const std::string& text, std::vector<std::string>* names,
                                     std::map<std::string, std::uint32_t>* index) {
  auto [it, added] = index->try_emplace(text, static_cast<std::uint32_t>(names->size()));
  if (added) names->push_back(text);
  return it->second;
}

void FindingTallies::add(const Finding& f) {
  tallies_.push_back({f.status, f.baseline, intern(f.family, &family_names_, &family_index_),
                      intern(f.swv, &swv_codes_, &swv_index_)});
}

}  // namespace swv
