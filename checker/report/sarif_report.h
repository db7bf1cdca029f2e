// The SARIF 2.1.0 report, for code-scanning tools and editors: one run whose tool.driver.rules
// carry every rule's metadata (id, title, description, family, norm), and one result per
// finding located at the XML file and line of its first evidence (the others as related
// locations). Status maps as in shared/spec/findings-json.md:
//   overtreding -> kind fail, level error      signaal -> kind fail, level warning
//   niet-te-beoordelen -> kind open, level none  voldoet -> kind pass, level none
//   fout -> no result: a toolExecutionNotification (level error) in run.invocations[0],
//   as is every document that failed to load.
// With --baseline each result has baselineState, in SARIF's own meaning: nieuw -> new,
// opgelost -> absent, ongewijzigd -> unchanged, niet-meer-te-beoordelen -> updated (in both
// runs, changed from fail to open), and every result carried over from the baseline -> absent
// (not in this run); properties.baseline holds the mark itself. A baseline made by another
// version gives a toolConfigurationNotification (level warning). The finding's key is
// partialFingerprints["swvcheck/key"].
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/spill_file.h"

namespace swv {

/// A file path as a SARIF artifact URI: relative paths stay relative, absolute ones become
/// file:// URIs; every byte outside [A-Za-z0-9-._~/] is percent-encoded.
std::string sarif_uri(const std::string& path);

nlohmann::ordered_json report_to_sarif(const CheckResult& result, const ReportContext& context);
std::string write_sarif_report(const CheckResult& result, const ReportContext& context);

/// The SARIF log written while the check runs (without --baseline), as JsonReportWriter does
/// for JSON: results are laid out per unit into a spill file, findings with status fout (which
/// SARIF lists as notifications before the results) and the tallies stay in memory.
class SarifReportWriter {
 public:
  /// With `copy_spill`, finish() copies the spilled results into the destination that way.
  SarifReportWriter(const ReportContext& context, const std::string& spill_directory, FileCopier copy_spill = {});
  /// Takes the next findings, in report order (CheckOptions::on_findings). Throws
  /// ReportWriteError when the spill file cannot be written.
  void add(std::vector<Finding>&& findings);
  const FindingTallies& tallies() const { return tallies_; }
  /// For what only the end of the run knows (FindingTallies::set_not_applicable).
  FindingTallies& tallies() { return tallies_; }
  /// Writes the log through `write`; false as soon as `write` fails.
  bool finish(const std::vector<DocumentRecord>& documents, const std::function<bool(std::string_view)>& write);

 private:
  void append_sarif_result(const Finding& f, std::size_t index, std::string* text) const;

  ReportContext context_;
  std::map<std::string, int> rule_index_;
  SpillFile spill_;
  FileCopier copy_spill_;
  std::size_t count_ = 0;
  std::vector<Finding> failed_;
  FindingTallies tallies_;
};

}  // namespace swv
