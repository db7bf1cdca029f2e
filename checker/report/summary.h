// Counts over a check's result, shared by every output format and the exit code: totals per
// status, counts per family and status, and the SWVs ranked by the weight of their findings.
// Findings carried over from a baseline (is_carried_over) are not outcomes of this run and are
// left out of every count here.
#pragma once

#include <compare>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "engine/engine.h"
#include "report/finding_tallies.h"

namespace swv {

/// Every status, most serious first: the order of columns and counts in every report.
inline constexpr Status kStatusOrder[] = {Status::overtreding, Status::signaal, Status::fout,
                                          Status::niet_te_beoordelen, Status::voldoet};
/// Every baseline mark, in the order counts are shown.
inline constexpr Baseline kBaselineOrder[] = {Baseline::nieuw, Baseline::opgelost, Baseline::niet_meer_te_beoordelen,
                                              Baseline::ongewijzigd};
/// 0 for overtreding up to 4 for voldoet (the position in kStatusOrder).
int severity(Status status);

/// The weight of a finding in the ranking of SWVs: the one place that says how much more an
/// overtreding counts than a signaal. Other statuses weigh 0.
int finding_weight(Status status);

struct Summary {
  int documents = 0;
  int errors = 0;  ///< documents that failed to load
  /// Dutch warnings every summary shows (text, HTML, JSON): an SWV and year with more than one
  /// annual report. Empty for an ordinary run, so such a report does not change.
  std::vector<std::string> warnings;
  std::map<Status, int> by_status;
  std::map<Baseline, int> by_baseline;  ///< empty without --baseline (carried-over findings included)
  /// Per rule and reason, the documents it did not apply to (its norm not in force), by rule id.
  std::vector<NotApplicable> not_applicable;
  int accepted = 0;  ///< flagged findings an acceptance applies to (--accept): not in the exit code
  int count(Status status) const;
};

/// The tallies of a result whose findings were kept (not written out while checking).
FindingTallies tallies_of(const CheckResult& result);

Summary summarize(const CheckResult& result);
/// The same from the documents and the tallies of findings that were written out as they came.
Summary summarize(const std::vector<DocumentRecord>& documents, const FindingTallies& findings);

/// One SWV's place in the ranking (all its documents together).
struct SwvRank {
  std::string swv;
  int weight = 0;   ///< sum of finding_weight
  int flagged = 0;  ///< overtreding + signaal
  std::map<Status, int> by_status;
  int count(Status status) const;
};

struct FamilyCount {
  std::string family;
  std::string title;  ///< from the catalog; the id when the catalog does not know it
  std::map<Status, int> by_status;
  int count(Status status) const;
};

struct BatchSummary {
  int swvs = 0;                      ///< distinct SWV codes among loaded documents and findings
  std::vector<FamilyCount> families;  ///< catalog order (families with rules), then unknown ones by id
  std::vector<SwvRank> ranking;       ///< heaviest first, then most flagged, then by code
};

/// `catalog` gives the families' order and titles; it may be null.
BatchSummary summarize_batch(const CheckResult& result, const RuleCatalog* catalog);
BatchSummary summarize_batch(const std::vector<DocumentRecord>& documents, const FindingTallies& findings,
                             const RuleCatalog* catalog);

/// Where the text and HTML reports show a finding: its SWV and year and the document it is
/// about, so two annual reports of one SWV and year (a corrected version beside the original)
/// are two groups, each named by its file.
struct GroupKey {
  std::string swv;
  int jaar = 0;
  std::string document;
  auto operator<=>(const GroupKey&) const = default;
};

/// The group of a finding of this run.
inline GroupKey group_key(const Finding& finding) { return {finding.swv, finding.jaar, finding.document}; }

/// An SWV and year with more than one loaded annual report in the run, with their paths.
struct DuplicateReports {
  std::string swv;
  int jaar = 0;
  std::vector<std::string> documents;
};
std::vector<DuplicateReports> duplicate_reports(const std::vector<DocumentRecord>& documents);

/// The findings of one SWV and year (one annual report), as the text and HTML reports list them.
struct SwvYear {
  std::string swv;
  int jaar = 0;
  std::string document;  ///< the loaded document's path (else the first finding's)
  std::vector<const Finding*> findings;  ///< in result order, carried-over ones last
};

/// Groups in (SWV, year) order: one per loaded document with an SWV code and per (SWV, year)
/// of a finding. A carried-over finding joins the year it was compared with (carried_over_group).
std::vector<SwvYear> group_by_swv_year(const CheckResult& result);

/// A loaded annual report: it names the group of its SWV and year, also when it has no findings.
bool names_group(const DocumentRecord& document);

/// The group a finding carried over from a baseline joins: the first year of its SWV among
/// `groups` from the finding's own year on (the year of this run that was compared with it,
/// report/baseline.h), else the latest year of its SWV, else its own group. Of two reports of
/// one SWV and year, the first by path.
template <class Group>
GroupKey carried_over_group(const std::map<GroupKey, Group>& groups, const Finding& finding) {
  auto compared = groups.lower_bound({finding.swv, finding.jaar, {}});
  if (compared != groups.end() && compared->first.swv == finding.swv) return compared->first;
  if (compared != groups.begin() && std::prev(compared)->first.swv == finding.swv) return std::prev(compared)->first;
  return group_key(finding);
}

/// Whether a finding with status `a` (carried over from the baseline: `a_carried`) is shown
/// before one with `b`: carried-over ones last, otherwise the most serious first. The order
/// of sort_for_display and of the text report's laid-out findings.
inline bool shown_before(Status a, bool a_carried, Status b, bool b_carried) {
  if (a_carried != b_carried) return b_carried;
  return severity(a) < severity(b);
}

/// A group's findings in the order reports show them: most serious first, carried-over ones
/// last, otherwise as they came (a stable sort by shown_before).
void sort_for_display(std::vector<const Finding*>* findings);

/// For reports that group while findings come in: hands on `findings` in runs of one group
/// (GroupKey), in order, and moves the ones carried over from a baseline (is_carried_over) to
/// `carried` instead, since those join the latest year of their SWV, known only at the end.
void split_by_swv_year(std::vector<Finding>&& findings, std::deque<Finding>* carried,
                       const std::function<void(std::vector<Finding>&&)>& run);

/// The exit code of `swvcheck check` under the findings contract: 2 when a document failed
/// or a rule erred, else 1 when something is flagged and not accepted (--accept), else 0.
int exit_code_for(const Summary& summary);

}  // namespace swv
