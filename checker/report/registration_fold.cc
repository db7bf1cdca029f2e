#include "report/registration_fold.h"

#include <algorithm>
#include <set>

namespace swv {
namespace {

constexpr std::string_view kSuffix = "-registratie";

std::string enumeration(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " en " : ", ") + items[i];
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string missing_registration(const Finding& f) {
  if (f.status != Status::niet_te_beoordelen || f.baseline == Baseline::niet_meer_te_beoordelen) return {};
  auto it = f.values.find("ontbreekt");
  if (it == f.values.end() || it->second.size() <= kSuffix.size() ||
      it->second.compare(it->second.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0)
    return {};
  return it->second.substr(0, it->second.size() - kSuffix.size());
}

void RegistrationFolder::add(const std::string& norm_id, const std::string& rule, const std::string& kind) {
  if (!norm_id.empty()) norms_.insert(norm_id);
  rules_.insert(rule);
  kinds_.insert(kind);
}

FoldedRegistrations RegistrationFolder::result() const {
  FoldedRegistrations folded;
  folded.norms.assign(norms_.begin(), norms_.end());
  folded.rules.assign(rules_.begin(), rules_.end());
  for (const auto& kind : kinds_) folded.files.push_back(kind + "*.csv");
  return folded;
}

std::string FoldedRegistrations::line() const {
  return "registraties niet meegegeven: " + joined(norms) + " niet te beoordelen (" + std::to_string(rules.size()) +
         (rules.size() == 1 ? " regel)" : " regels)");
}

std::string FoldedRegistrations::rule_list() const { return joined(rules); }

std::string FoldedRegistrations::hint() const { return "voeg " + enumeration(files) + " toe om ze te beoordelen"; }

bool no_registrations_given(const std::vector<DocumentRecord>& documents) {
  return std::all_of(documents.begin(), documents.end(), [](const DocumentRecord& d) { return d.kind == "jaarverslag"; });
}

FoldedRegistrations fold_missing_registrations(std::vector<const Finding*>* findings) {
  RegistrationFolder folder;
  auto kept = std::stable_partition(findings->begin(), findings->end(), [&](const Finding* f) {
    std::string kind = missing_registration(*f);
    if (kind.empty()) return true;
    folder.add(f->norm->id, f->rule, kind);
    return false;
  });
  findings->erase(kept, findings->end());
  return folder.result();
}

std::size_t folded_position(const std::vector<const Finding*>& findings) {
  auto at = std::find_if(findings.begin(), findings.end(),
                         [](const Finding* f) { return folded_line_before(f->status, is_carried_over(*f)); });
  return static_cast<std::size_t>(at - findings.begin());
}

}  // namespace swv
