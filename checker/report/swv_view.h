// The SWV view (`check --view swv`): one page per SWV and year for the SWV's own controller or
// director, in the order they act on it: overtredingen (must be fixed), signalen (to explain in
// the jaarverslag), niet te beoordelen (with the element or registration to add), voldoet. Each
// item is the finding's message and one line naming its norm and source. Text and HTML; the HTML
// page is self-contained (no network, fonts or scripts) and well-formed XML, and `swvcheck serve`
// shows it too (write_swv_view_html). Findings carried over from a baseline are no outcome of
// this run and are left out; documents that failed to load come first.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.h"
#include "findings/finding.h"
#include "report/finding_log.h"
#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/summary.h"

namespace swv {

/// The sections of a page, in the order they are shown.
enum class SwvSection { overtredingen, signalen, niet_te_beoordelen, voldoet };
/// Where a finding of `status` goes (fout joins niet te beoordelen: nothing was judged).
SwvSection swv_section_of(Status status);
/// The section's heading, Dutch ("Overtredingen: moeten worden hersteld").
std::string swv_section_title(SwvSection section);

/// What to add to make a niet-te-beoordelen finding assessable, from its values (`ontbreekt`,
/// `noemer`) or evidence; empty when the finding does not say.
std::string swv_what_to_add(const Finding& finding);

/// The SWV view of a result whose findings were kept (check_files without on_findings).
void write_swv_view_text(const CheckResult& result, const ReportContext& context, std::ostream& out);
void write_swv_view_html(const CheckResult& result, const ReportContext& context, std::ostream& out);

/// The SWV view written while the check runs, as the text report is: findings go to a
/// FindingLog on disk, per SWV and year only an index stays in memory; finish() writes the same
/// bytes as write_swv_view_text / write_swv_view_html.
class SwvViewWriter {
 public:
  SwvViewWriter(bool html, const ReportContext& context, const std::string& spill_directory);
  /// Takes the next findings, in report order. Throws ReportWriteError when the spill file
  /// cannot be written.
  void add(std::vector<Finding>&& findings);
  const FindingTallies& tallies() const { return tallies_; }
  FindingTallies& tallies() { return tallies_; }
  bool finish(const std::vector<DocumentRecord>& documents, const std::function<bool(std::string_view)>& write);

 private:
  bool html_;
  ReportContext context_;
  FindingLog log_;
  std::map<GroupKey, std::vector<FindingLog::Entry>> groups_;
  std::deque<Finding> carried_;  ///< carried over from a baseline: counted, not shown
  FindingTallies tallies_;
};

}  // namespace swv
