#include "report/text_report.h"

#include <algorithm>
#include <map>
#include <iterator>
#include <sstream>

#include "report/profile_report.h"
#include "report/registration_fold.h"
#include "report/acceptances.h"
#include "report/summary.h"
#include "report/terminal_text.h"
#include "report/text_group.h"

namespace swv {
namespace {

std::string right(const std::string& text, std::size_t width) {
  return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

// The batch table: counts per family and status, then the SWVs with findings that weigh,
// heaviest first.
void write_batch_table(std::ostream& out, const BatchSummary& batch) {
  out << "Per familie" << std::string(29, ' ');
  for (auto status : kStatusOrder) out << "  " << to_string(status);
  out << "\n";
  for (const auto& family : batch.families) {
    out << "  " << padded(escape_controls(family.title.substr(0, 36)), 38);
    for (auto status : kStatusOrder) out << "  " << right(std::to_string(family.count(status)), to_string(status).size());
    out << "\n";
  }
  out << "\nRanglijst SWV's (gewicht: overtreding " << finding_weight(Status::overtreding) << ", signaal "
      << finding_weight(Status::signaal) << ")\n";
  int place = 0;
  for (const auto& rank : batch.ranking) {
    if (rank.weight == 0) continue;
    out << right(std::to_string(++place), 4) << ". " << padded(escape_controls(rank.swv), 8) << " gewicht " << right(std::to_string(rank.weight), 3)
        << "   overtreding " << right(std::to_string(rank.count(Status::overtreding)), 2) << "   signaal "
        << right(std::to_string(rank.count(Status::signaal)), 2) << "\n";
  }
  if (place == 0) out << "  geen SWV met een overtreding of signaal\n";
  out << "\n";
}

std::string header(const ReportContext& context) {
  return "swvcheck " + context.tool_version + " · regels " + context.rules_version + " · gecontroleerd op " +
         context.checked_on + "\n\n";
}

// The entries of the accept file that did not apply: unused ones pile up otherwise.
void write_acceptances(std::ostream& out, const AcceptanceMarker& marker) {
  std::map<AcceptState, std::size_t> counts;
  auto states = marker.states();
  for (const auto& s : states) ++counts[s.state];
  out << "Acceptaties (" << marker.path() << "): " << counts[AcceptState::gebruikt] << " gebruikt, "
      << counts[AcceptState::ongebruikt] << " ongebruikt, " << counts[AcceptState::verlopen] << " verlopen\n";
  for (const auto& s : states)
    if (s.state != AcceptState::gebruikt)
      out << "  " << to_string(s.state) << ": " << escape_controls(describe_entry(*s.entry)) << "\n";
  out << "\n";
}

// --reference: per SWV and year each key figure with its percentile and the sector median.
void write_sector_positions(std::ostream& out, const SectorReference& reference) {
  out << "Positie in de sector (referentieset " << escape_controls(reference.folder) << ": " << reference.reports
      << " jaarverslag" << (reference.reports == 1 ? "" : "en") << "; percentiel = (lager + de helft van gelijk) / n):\n";
  for (const auto& w : reference.warnings) out << "  Let op: " << escape_controls(w) << "\n";
  for (const auto& p : reference.positions) {
    out << "  " << padded(escape_controls(p.swv) + " " + std::to_string(p.jaar), 13) << padded(p.kengetal, 23);
    if (p.waarde) out << padded(*p.waarde, 10);
    else out << padded("-", 10);
    if (p.percentiel) out << "percentiel " << padded(*p.percentiel, 6);
    if (p.mediaan)
      out << "mediaan " << p.sector << " " << *p.mediaan << " (n=" << p.reference_count << ")";
    if (!p.reden.empty()) out << (p.mediaan ? "; " : "") << "niet te bepalen: " << escape_controls(p.reden);
    out << "\n";
  }
  out << "\n";
}

// After the findings: documents that did not load, notes, the batch table and the summary.
void write_footer(std::ostream& out, const std::vector<DocumentRecord>& documents, const FindingTallies& tallies,
                  const ReportContext& context, const TextOptions& options) {
  bool baseline = !context.baseline_path.empty();
  if (context.reference) write_sector_positions(out, *context.reference);
  bool any_failed =
      std::any_of(documents.begin(), documents.end(), [](const DocumentRecord& d) { return d.error.has_value(); });
  if (any_failed) {
    out << "Niet geladen documenten:\n";
    for (const auto& d : documents) {
      if (!d.error) continue;
      out << "  " << escape_controls(d.path);
      // file:line:column as compilers print it; a file-level error has no column (0), so none is shown.
      if (d.error->line > 0) out << ":" << d.error->line;
      if (d.error->line > 0 && d.error->column > 0) out << ":" << d.error->column;
      out << ": " << paint(options, Status::fout, "fout") << ": " << escape_controls(d.error->message) << "\n";
    }
    out << "\n";
  }
  bool any_notes = std::any_of(documents.begin(), documents.end(), [](const DocumentRecord& d) {
    return !d.line_errors.empty() || !d.warnings.empty();
  });
  if (any_notes) {
    out << "Opmerkingen bij documenten:\n";
    for (const auto& d : documents) {
      for (const auto& e : d.line_errors)
        out << "  " << escape_controls(d.path) << ":" << e.line << ": regel niet gebruikt: " << escape_controls(e.message) << "\n";
      for (const auto& w : d.warnings) out << "  " << escape_controls(d.path) << ": " << escape_controls(w) << "\n";
    }
    out << "\n";
  }
  if (context.switched_off && !context.switched_off->empty()) out << write_switched_off(*context.switched_off) << "\n";
  if (context.acceptances) write_acceptances(out, *context.acceptances);
  Summary s = summarize(documents, tallies);
  if (!s.not_applicable.empty()) {
    out << "Niet van toepassing (de norm gold niet op de peildatum; geen bevindingen):\n";
    for (const auto& n : s.not_applicable)
      out << "  " << padded(escape_controls(n.norm.id), 6) << padded(escape_controls(n.rule), 38) << " " << n.documents
          << " document" << (n.documents == 1 ? "" : "en") << ": " << escape_controls(n.message()) << "\n";
    out << "\n";
  }
  BatchSummary batch = summarize_batch(documents, tallies, context.catalog);
  if (batch.swvs > 1) write_batch_table(out, batch);
  out << "Samenvatting: " << s.documents << " document" << (s.documents == 1 ? "" : "en") << " (" << s.errors
      << " niet geladen); ";
  bool first = true;
  for (auto status : {Status::overtreding, Status::signaal, Status::niet_te_beoordelen, Status::fout, Status::voldoet}) {
    out << (first ? "" : ", ") << to_string(status) << " " << s.count(status);
    first = false;
  }
  if (baseline) {
    out << "; t.o.v. " << escape_controls(context.baseline_path);
    if (!context.baseline_checked_on.empty()) out << " (" << context.baseline_checked_on << ")";
    out << ":";
    for (const auto& [mark, n] : s.by_baseline) out << " " << to_string(mark) << " " << n;
  }
  if (context.acceptances) out << "; geaccepteerd " << s.accepted;
  out << "\n";
  if (!context.baseline_warning.empty()) out << "Let op: " << escape_controls(context.baseline_warning) << "\n";
  for (const auto& warning : s.warnings) out << "Let op: " << escape_controls(warning) << "\n";
}

}  // namespace

std::string write_text_report(const CheckResult& result, const ReportContext& context, const TextOptions& options) {
  std::ostringstream out;
  out << header(context);
  bool baseline = !context.baseline_path.empty();
  // Group per document (one SWV-year each), SWVs in code order; carried-over findings last.
  bool fold = no_registrations_given(result.documents);
  for (auto& group : group_by_swv_year(result)) {
    std::vector<TextFinding> findings;
    findings.reserve(group.findings.size());
    for (const Finding* f : group.findings) findings.push_back(lay_out_text_finding(*f, options, baseline));
    write_text_group(out, group.swv, group.jaar, group.document, std::move(findings), options, baseline, fold);
  }
  write_footer(out, result.documents, tallies_of(result), context, options);
  return out.str();
}

TextReportWriter::TextReportWriter(const ReportContext& context, const TextOptions& options,
                                   const std::string& spill_directory)
    : context_(context), options_(options), spill_(spill_directory) {}

void TextReportWriter::add(std::vector<Finding>&& findings) {
  std::size_t carried_before = carried_.size();
  bool baseline = !context_.baseline_path.empty();
  split_by_swv_year(std::move(findings), &carried_, [&](std::vector<Finding>&& part) {
    std::vector<TextFinding> laid_out;
    laid_out.reserve(part.size());
    for (const auto& f : part) {
      tallies_.add(f);
      laid_out.push_back(lay_out_text_finding(f, options_, baseline));
    }
    std::string record;
    encode_text_findings(laid_out, &record);
    groups_[group_key(part.front())].entries.push_back({spill_.append(record), record.size()});
  });
  for (std::size_t i = carried_before; i < carried_.size(); ++i) tallies_.add(carried_[i]);
}

bool TextReportWriter::finish(const std::vector<DocumentRecord>& documents,
                              const std::function<bool(std::string_view)>& write) {
  // As group_by_swv_year: a group per loaded annual report, named after it; carried-over
  // findings join the year they were compared with.
  for (const auto& d : documents)
    if (names_group(d)) groups_[{d.swv, d.jaar, d.path}];
  for (const auto& f : carried_) groups_[carried_over_group(groups_, f)].carried.push_back(&f);
  if (!write(header(context_))) return false;
  bool baseline = !context_.baseline_path.empty();
  bool fold = no_registrations_given(documents);
  for (const auto& [key, group] : groups_) {
    std::vector<TextFinding> findings;
    std::string record;
    for (const auto& [offset, size] : group.entries) {
      record.clear();
      spill_.read_at(offset, size, &record);
      auto part = decode_text_findings(record);
      std::move(part.begin(), part.end(), std::back_inserter(findings));
    }
    for (const Finding* f : group.carried) findings.push_back(lay_out_text_finding(*f, options_, baseline));
    std::ostringstream out;
    write_text_group(out, key.swv, key.jaar, key.document, std::move(findings), options_, baseline, fold);
    if (!write(out.str())) return false;
  }
  std::ostringstream out;
  write_footer(out, documents, tallies_, context_, options_);
  return write(out.str());
}

}  // namespace swv
