// The JSON report: exactly the findings contract (shared/spec/findings-json.md), version 1.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/finding_layout_cache.h"
#include "report/finding_tallies.h"
#include "report/json_writer.h"
#include "report/spill_file.h"
#include "report/report_context.h"

namespace swv {

/// A norm as the findings and SARIF rules carry it: in_force_from and in_force_until only when set.
nlohmann::ordered_json norm_to_json(const NormRef& norm);
/// summary.not_applicable: per rule and reason, the documents it did not apply to.
nlohmann::ordered_json not_applicable_to_json(const std::vector<NotApplicable>& counts);
/// A finding with the "baseline" field when it has a mark.
nlohmann::ordered_json finding_to_json(const Finding& finding);
/// The same finding written straight into text, laid out as finding_to_json(f).dump(2) would
/// be at the writer's position, without a JSON tree. With a cache, the pieces that repeat
/// (norm, document path) are laid out once and copied.
void write_finding_json(const Finding& finding, JsonWriter& out, FindingLayoutCache* cache = nullptr);
/// Appends `finding` as item `index` of an array whose line is indented by `indent`, the same
/// bytes as append_array_item(finding_to_json(finding), ...).
void append_finding_item(const Finding& finding, std::size_t index, std::size_t indent, std::string* out,
                         FindingLayoutCache* cache = nullptr);
/// The inverse, for reading an earlier report (--baseline): nullopt without a key or a known
/// status; other missing fields stay empty, non-string values are kept as their JSON text.
std::optional<Finding> finding_from_json(const nlohmann::json& item);
/// The report as text, indented, ending in a newline.
std::string write_json_report(const CheckResult& result, const ReportContext& context);

/// The JSON report written while the check runs, for batches too large to keep every finding:
/// each unit's findings are laid out at once and appended to an unnamed temporary file
/// (removed by the system even if swvcheck is killed); only their tallies stay in memory.
/// finish() writes the same bytes write_json_report would. A problem with the temporary file
/// throws ReportWriteError (report/report_write_error.h).
class JsonReportWriter {
 public:
  /// The temporary file goes in `spill_directory`: best beside the output file, which must
  /// hold as much anyway. With `copy_spill`, finish() copies it into the destination that way.
  explicit JsonReportWriter(const std::string& spill_directory, FileCopier copy_spill = {});

  /// Takes the next findings, in report order (CheckOptions::on_findings).
  void add(std::vector<Finding>&& findings);
  /// The tallies of every finding added, for the summary and the exit code.
  const FindingTallies& tallies() const { return tallies_; }
  /// For what only the end of the run knows (FindingTallies::set_not_applicable).
  FindingTallies& tallies() { return tallies_; }
  /// Writes the report through `write` in pieces of about 64 KiB; false as soon as `write`
  /// fails. Problems with the temporary file show before the first piece is written.
  bool finish(const std::vector<DocumentRecord>& documents, const ReportContext& context,
              const std::function<bool(std::string_view)>& write);

 private:
  SpillFile spill_;
  FileCopier copy_spill_;
  FindingLayoutCache layout_;  ///< add() is called one unit at a time (on_findings)
  std::size_t count_ = 0;
  FindingTallies tallies_;
};

}  // namespace swv
