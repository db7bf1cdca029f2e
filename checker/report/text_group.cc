#include "report/text_group.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "report/acceptances.h"
#include "report/record_bytes.h"
#include "report/registration_fold.h"
#include "report/summary.h"
#include "report/terminal_text.h"

namespace swv {
namespace {

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

// The width of the baseline column: its longest mark, niet-meer-te-beoordelen, and a space.
constexpr std::size_t kBaselineColumn = 24;

}  // namespace

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string paint(const TextOptions& options, Status s, const std::string& text) {
  return options.color ? std::string(colour(s)) + text + "\033[0m" : text;
}

TextFinding lay_out_text_finding(const Finding& f, const TextOptions& options, bool baseline) {
  TextFinding laid;
  laid.status = f.status;
  laid.carried = is_carried_over(f);
  if (!laid.carried) laid.fold_kind = missing_registration(f);
  if (!laid.fold_kind.empty()) {
    laid.norm_id = f.norm->id;
    laid.rule = f.rule;
  }
  std::string& out = laid.lines;
  out.reserve(256);
  // Appends `text` (escaped) and spaces up to `width` bytes, as padded(escape_controls(text)).
  auto column = [&](std::string_view text, std::size_t width, bool escape) {
    std::size_t start = out.size();
    if (escape) append_escaped_controls(text, &out);
    else out += text;
    if (out.size() - start < width) out.append(width - (out.size() - start), ' ');
  };
  out += "  ";
  if (laid.carried) {
    column("-", 19, false);
  } else {
    if (options.color) out += colour(f.status);
    column(to_string(f.status), 19, false);
    if (options.color) out += "\033[0m";
  }
  if (baseline) column(f.baseline ? to_string(*f.baseline) : "", kBaselineColumn, false);
  column(f.rule, 38, true);
  out += ' ';
  append_escaped_controls(f.message, &out);
  if (!f.norm->id.empty()) {
    out += " [";
    append_escaped_controls(f.norm->id, &out);
    out += ']';
  }
  if (laid.carried) out += " (vorig rapport, " + std::to_string(f.jaar) + ": " + to_string(f.status) + ")";
  out += '\n';
  if (f.accepted) {
    out.append(baseline ? 33 : 21, ' ');
    append_escaped_controls(describe_acceptance(*f.accepted), &out);
    out += '\n';
  }
  if (laid.carried || (!is_flagged(f.status) && !options.verbose)) return laid;
  const std::size_t indent = 21 + (baseline ? kBaselineColumn : 0);
  // A few places are enough to find the spot; --verbose shows every one.
  std::size_t shown = options.verbose ? f.evidence.size() : std::min<std::size_t>(f.evidence.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& e = f.evidence[i];
    out.append(indent, ' ');
    out += "bewijs: ";
    append_escaped_controls(e.document, &out);
    if (e.line > 0) {
      out += ':';
      out += std::to_string(e.line);
    }
    out += "  ";
    append_escaped_controls(e.path, &out);
    out += '\n';
  }
  if (shown < f.evidence.size()) {
    out.append(indent, ' ');
    out += "        (en nog " + std::to_string(f.evidence.size() - shown) + ", zie --verbose)\n";
  }
  if (f.status != Status::fout) {
    out.append(indent, ' ');
    out += "norm: ";
    append_escaped_controls(f.norm->title, &out);
    out += " (";
    append_escaped_controls(f.norm->source, &out);
    out += ")\n";
  }
  return laid;
}

void write_text_group(std::ostream& out, const std::string& swv, int jaar, const std::string& document,
                      std::vector<TextFinding> findings, const TextOptions& options, bool baseline,
                      bool fold_registrations) {
  if (findings.empty()) return;
  FoldedRegistrations folded;
  if (fold_registrations) {
    RegistrationFolder folder;
    auto kept = std::stable_partition(findings.begin(), findings.end(), [&](const TextFinding& f) {
      if (f.fold_kind.empty()) return true;
      folder.add(f.norm_id, f.rule, f.fold_kind);
      return false;
    });
    findings.erase(kept, findings.end());
    folded = folder.result();
  }
  // As sort_for_display: carried-over findings last, else by severity, in arrival order.
  std::stable_sort(findings.begin(), findings.end(), [](const TextFinding& a, const TextFinding& b) {
    return shown_before(a.status, a.carried, b.status, b.carried);
  });
  out << escape_controls(swv) << " " << jaar << "  (" << escape_controls(document) << ")\n";
  auto write_folded = [&] {
    if (folded.empty()) return;
    out << "  " << paint(options, Status::niet_te_beoordelen, padded(to_string(Status::niet_te_beoordelen), 19));
    if (baseline) out << padded("", kBaselineColumn);
    out << escape_controls(folded.line() + "; " + folded.hint()) << "\n";
    if (options.verbose)
      out << std::string(21 + (baseline ? kBaselineColumn : 0), ' ') << "regels: " << escape_controls(folded.rule_list()) << "\n";
  };
  // As folded_position: after the niet-te-beoordelen ones, before voldoet and carried-over ones.
  auto fold_at = std::find_if(findings.begin(), findings.end(),
                              [](const TextFinding& f) { return folded_line_before(f.status, f.carried); });
  for (auto it = findings.begin(); it != findings.end(); ++it) {
    if (it == fold_at) write_folded();
    out << it->lines;
  }
  if (fold_at == findings.end()) write_folded();
  out << "\n";
}

void encode_text_findings(const std::vector<TextFinding>& findings, std::string* out) {
  for (const auto& f : findings) {
    put_record_number(static_cast<std::uint64_t>(f.status) | (f.carried ? 0x100u : 0u), out);
    put_record_text(f.fold_kind, out);
    put_record_text(f.norm_id, out);
    put_record_text(f.rule, out);
    put_record_text(f.lines, out);
  }
}

std::vector<TextFinding> decode_text_findings(std::string_view data) {
  std::vector<TextFinding> findings;
  std::size_t offset = 0;
  RecordReader in(data, &offset, "text report: spilled findings");
  while (!in.done()) {
    TextFinding f;
    std::uint64_t mark = in.number();
    if ((mark & 0xffu) > static_cast<std::uint64_t>(Status::fout) || mark > 0x1ffu)
      throw std::runtime_error("text report: spilled findings are damaged");
    f.status = static_cast<Status>(mark & 0xffu);
    f.carried = (mark & 0x100u) != 0;
    f.fold_kind = in.text();
    f.norm_id = in.text();
    f.rule = in.text();
    f.lines = in.text();
    findings.push_back(std::move(f));
  }
  return findings;
}

}  // namespace swv
