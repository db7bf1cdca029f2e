#include "report/text_report.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "report/summary.h"

namespace swv {
namespace {

int severity(Status s) {
  switch (s) {
    case Status::overtreding: return 0;
    case Status::signaal: return 1;
    case Status::fout: return 2;
    case Status::niet_te_beoordelen: return 3;
    case Status::voldoet: return 4;
  }
  return 5;
}

const char* colour(Status s) {
  switch (s) {
    case Status::overtreding: return "\033[1;31m";
    case Status::signaal: return "\033[33m";
    case Status::fout: return "\033[1;35m";
    case Status::niet_te_beoordelen: return "\033[36m";
    case Status::voldoet: return "\033[32m";
  }
  return "";
}

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

}  // namespace

std::string write_text_report(const CheckResult& result, const ReportContext& context, const TextOptions& options) {
  std::ostringstream out;
  out << "swvcheck " << context.tool_version << " · regels " << context.rules_version << " · gecontroleerd op "
      << context.checked_on << "\n\n";
  auto paint = [&](Status s, const std::string& text) {
    return options.color ? std::string(colour(s)) + text + "\033[0m" : text;
  };
  // Group per document (one SWV-year each), SWVs in code order.
  std::map<std::pair<std::string, int>, std::vector<const Finding*>> groups;
  std::map<std::pair<std::string, int>, std::string> group_document;
  for (const auto& f : result.findings) {
    groups[{f.swv, f.jaar}].push_back(&f);
    group_document[{f.swv, f.jaar}] = f.document;
  }
  for (auto& [swv_year, findings] : groups) {
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding* a, const Finding* b) { return severity(a->status) < severity(b->status); });
    out << swv_year.first << " " << swv_year.second << "  (" << group_document[swv_year] << ")\n";
    for (const auto* f : findings) {
      out << "  " << paint(f->status, padded(to_string(f->status), 19)) << padded(f->rule, 38) << " "
          << f->message;
      if (!f->norm.id.empty()) out << " [" << f->norm.id << "]";
      out << "\n";
      bool flagged = is_flagged(f->status);
      if (!flagged && !options.verbose) continue;
      std::string indent(21, ' ');
      // A few places are enough to find the spot; --verbose shows every one.
      std::size_t shown = options.verbose ? f->evidence.size() : std::min<std::size_t>(f->evidence.size(), 3);
      for (std::size_t i = 0; i < shown; ++i) {
        const auto& e = f->evidence[i];
        out << indent << "bewijs: " << e.document;
        if (e.line > 0) out << ":" << e.line;
        out << "  " << e.path << "\n";
      }
      if (shown < f->evidence.size()) out << indent << "        (en nog " << f->evidence.size() - shown << ", zie --verbose)\n";
      if (f->status != Status::fout)
        out << indent << "norm: " << f->norm.title << " (" << f->norm.source << ")\n";
    }
    out << "\n";
  }
  bool any_failed = std::any_of(result.documents.begin(), result.documents.end(),
                                [](const DocumentRecord& d) { return d.error.has_value(); });
  if (any_failed) {
    out << "Niet geladen documenten:\n";
    for (const auto& d : result.documents) {
      if (!d.error) continue;
      out << "  " << d.path;
      if (d.error->line > 0) out << ":" << d.error->line << ":" << d.error->column;
      out << ": " << paint(Status::fout, "fout") << ": " << d.error->message << "\n";
    }
    out << "\n";
  }
  bool any_notes = std::any_of(result.documents.begin(), result.documents.end(), [](const DocumentRecord& d) {
    return !d.line_errors.empty() || !d.warnings.empty();
  });
  if (any_notes) {
    out << "Opmerkingen bij documenten:\n";
    for (const auto& d : result.documents) {
      for (const auto& e : d.line_errors)
        out << "  " << d.path << ":" << e.line << ": regel niet gebruikt: " << e.message << "\n";
      for (const auto& w : d.warnings) out << "  " << d.path << ": " << w << "\n";
    }
    out << "\n";
  }
  Summary s = summarize(result);
  out << "Samenvatting: " << s.documents << " document" << (s.documents == 1 ? "" : "en") << " (" << s.errors
      << " niet geladen); ";
  bool first = true;
  for (auto status : {Status::overtreding, Status::signaal, Status::niet_te_beoordelen, Status::fout, Status::voldoet}) {
    out << (first ? "" : ", ") << to_string(status) << " " << s.count(status);
    first = false;
  }
  out << "\n";
  return out.str();
}

}  // namespace swv
