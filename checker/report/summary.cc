#include "report/summary.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace swv {

int severity(Status status) {
  for (int i = 0; i < static_cast<int>(std::size(kStatusOrder)); ++i)
    if (kStatusOrder[i] == status) return i;
  return static_cast<int>(std::size(kStatusOrder));
}

int finding_weight(Status status) {
  switch (status) {
    case Status::overtreding: return 3;  // a legal requirement not met
    case Status::signaal: return 1;      // a risk signal
    default: return 0;
  }
}

namespace {
int count_in(const std::map<Status, int>& counts, Status status) {
  auto it = counts.find(status);
  return it == counts.end() ? 0 : it->second;
}
}  // namespace

int Summary::count(Status status) const { return count_in(by_status, status); }
int SwvRank::count(Status status) const { return count_in(by_status, status); }
int FamilyCount::count(Status status) const { return count_in(by_status, status); }

FindingTallies tallies_of(const CheckResult& result) {
  FindingTallies tallies(result.findings);
  tallies.set_not_applicable(result.not_applicable);
  return tallies;
}

Summary summarize(const CheckResult& result) { return summarize(result.documents, tallies_of(result)); }

Summary summarize(const std::vector<DocumentRecord>& documents, const FindingTallies& findings) {
  Summary summary;
  summary.documents = static_cast<int>(documents.size());
  for (const auto& document : documents)
    if (document.error) ++summary.errors;
  for (const auto& duplicate : duplicate_reports(documents)) {
    std::string files;
    for (const auto& path : duplicate.documents) files += (files.empty() ? "" : ", ") + path;
    summary.warnings.push_back(duplicate.swv + " " + std::to_string(duplicate.jaar) + " heeft " +
                               std::to_string(duplicate.documents.size()) +
                               " jaarverslagen (elk apart gecontroleerd en getoond): " + files);
  }
  for (auto status : kStatusOrder) summary.by_status[status] = 0;
  if (!findings.baseline_marks().empty())
    for (auto mark : kBaselineOrder) summary.by_baseline[mark] = 0;
  for (const auto& [mark, n] : findings.baseline_marks()) summary.by_baseline[mark] += static_cast<int>(n);
  summary.not_applicable = findings.not_applicable();
  findings.for_each_count([&](const std::string&, const std::string&, Status status, std::size_t n) {
    summary.by_status[status] += static_cast<int>(n);
  });
  summary.accepted = static_cast<int>(findings.accepted_flagged());
  return summary;
}

BatchSummary summarize_batch(const CheckResult& result, const RuleCatalog* catalog) {
  return summarize_batch(result.documents, tallies_of(result), catalog);
}

BatchSummary summarize_batch(const std::vector<DocumentRecord>& documents, const FindingTallies& findings,
                             const RuleCatalog* catalog) {
  BatchSummary batch;
  std::set<std::string> codes;
  for (const auto& d : documents)
    if (!d.error && !d.swv.empty()) codes.insert(d.swv);

  std::map<std::string, FamilyCount> families;
  std::map<std::string, SwvRank> ranks;
  findings.for_each_count([&](const std::string& swv, const std::string& family_id, Status status, std::size_t count) {
    int n = static_cast<int>(count);
    codes.insert(swv);
    auto& family = families[family_id];
    family.family = family_id;
    family.by_status[status] += n;
    auto& rank = ranks[swv];
    rank.swv = swv;
    rank.by_status[status] += n;
    rank.weight += n * finding_weight(status);
    if (is_flagged(status)) rank.flagged += n;
  });
  batch.swvs = static_cast<int>(codes.size());
  for (const auto& code : codes)
    if (!ranks.count(code)) ranks[code].swv = code;

  if (catalog) {
    for (const auto& family : catalog->families()) {
      bool has_rules = std::any_of(catalog->rules().begin(), catalog->rules().end(),
                                   [&](const RuleInfo& r) { return r.family == family.id; });
      auto found = families.find(family.id);
      if (!has_rules && found == families.end()) continue;
      FamilyCount count = found == families.end() ? FamilyCount{family.id, {}, {}} : found->second;
      count.title = family.title;
      batch.families.push_back(std::move(count));
      if (found != families.end()) families.erase(found);
    }
  }
  for (auto& [id, count] : families) {  // families the catalog does not know, by id
    count.title = id;
    batch.families.push_back(std::move(count));
  }

  for (auto& [code, rank] : ranks) batch.ranking.push_back(std::move(rank));
  std::stable_sort(batch.ranking.begin(), batch.ranking.end(), [](const SwvRank& a, const SwvRank& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.flagged != b.flagged) return a.flagged > b.flagged;
    return a.swv < b.swv;
  });
  return batch;
}

std::vector<DuplicateReports> duplicate_reports(const std::vector<DocumentRecord>& documents) {
  std::map<std::pair<std::string, int>, std::vector<std::string>> reports;
  for (const auto& d : documents)
    if (names_group(d)) reports[{d.swv, d.jaar}].push_back(d.path);
  std::vector<DuplicateReports> duplicates;
  for (auto& [key, paths] : reports)
    if (paths.size() > 1) duplicates.push_back({key.first, key.second, std::move(paths)});
  return duplicates;
}

std::vector<SwvYear> group_by_swv_year(const CheckResult& result) {
  std::map<GroupKey, SwvYear> groups;
  auto group = [&](const GroupKey& key) -> SwvYear& {
    auto& g = groups[key];
    g.swv = key.swv;
    g.jaar = key.jaar;
    g.document = key.document;
    return g;
  };
  for (const auto& d : result.documents)
    if (names_group(d)) group({d.swv, d.jaar, d.path});
  for (const auto& f : result.findings)
    if (!is_carried_over(f)) group(group_key(f)).findings.push_back(&f);
  for (const auto& f : result.findings)
    if (is_carried_over(f)) group(carried_over_group(groups, f)).findings.push_back(&f);
  std::vector<SwvYear> list;
  for (auto& [key, g] : groups) list.push_back(std::move(g));
  return list;
}

bool names_group(const DocumentRecord& d) { return !d.error && !d.swv.empty() && d.kind == "jaarverslag"; }

void sort_for_display(std::vector<const Finding*>* findings) {
  std::stable_sort(findings->begin(), findings->end(), [](const Finding* a, const Finding* b) {
    return shown_before(a->status, is_carried_over(*a), b->status, is_carried_over(*b));
  });
}

void split_by_swv_year(std::vector<Finding>&& findings, std::deque<Finding>* carried,
                       const std::function<void(std::vector<Finding>&&)>& run) {
  auto other_group = [](const Finding& a, const Finding& b) {
    return a.swv != b.swv || a.jaar != b.jaar || a.document != b.document;
  };
  // The usual case, one unit of one report: handed on as it is, without moving each finding.
  auto same_group = [&](const Finding& f) { return !other_group(f, findings.front()); };
  if (!findings.empty() && std::none_of(findings.begin(), findings.end(), is_carried_over) &&
      std::all_of(findings.begin() + 1, findings.end(), same_group)) {
    run(std::move(findings));
    return;
  }
  auto first_carried =
      std::stable_partition(findings.begin(), findings.end(), [](const Finding& f) { return !is_carried_over(f); });
  std::move(first_carried, findings.end(), std::back_inserter(*carried));
  findings.erase(first_carried, findings.end());
  // A unit's findings share its SWV, year and document; split anyway, so grouping never
  // depends on it.
  for (auto begin = findings.begin(); begin != findings.end();) {
    auto end = std::find_if(begin, findings.end(), [&](const Finding& f) { return other_group(f, *begin); });
    run(std::vector<Finding>(std::make_move_iterator(begin), std::make_move_iterator(end)));
    begin = end;
  }
}

int exit_code_for(const Summary& summary) {
  if (summary.errors > 0 || summary.count(Status::fout) > 0) return 2;
  if (summary.count(Status::overtreding) + summary.count(Status::signaal) - summary.accepted > 0) return 1;
  return 0;
}

}  // namespace swv
