#include "report/json_report.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "report/acceptances.h"
#include "report/finding_layout_cache.h"
#include "report/json_dump.h"
#include "report/json_writer.h"
#include "report/report_write_error.h"
#include "report/summary.h"

namespace swv {

using nlohmann::ordered_json;

ordered_json norm_to_json(const NormRef& norm) {
  ordered_json item{{"id", norm.id}, {"title", norm.title}, {"source", norm.source}};
  if (!norm.in_force_from.empty()) item["in_force_from"] = norm.in_force_from;  // none: always applied
  if (!norm.in_force_until.empty()) item["in_force_until"] = norm.in_force_until;
  return item;
}

ordered_json not_applicable_to_json(const std::vector<NotApplicable>& counts) {
  ordered_json list = ordered_json::array();
  for (const auto& n : counts) {
    ordered_json item{{"rule", n.rule}, {"norm", n.norm.id}, {"documents", n.documents},
                      {"reason", to_string(n.reason)}, {"message", n.message()}};
    if (!n.norm.in_force_from.empty()) item["in_force_from"] = n.norm.in_force_from;
    if (!n.norm.in_force_until.empty()) item["in_force_until"] = n.norm.in_force_until;
    list.push_back(std::move(item));
  }
  return list;
}

ordered_json finding_to_json(const Finding& f) {
  ordered_json evidence = ordered_json::array();
  for (const auto& e : f.evidence) {
    ordered_json item{{"document", e.document}, {"path", e.path}};
    if (e.line > 0) item["line"] = e.line;
    evidence.push_back(std::move(item));
  }
  ordered_json norm = norm_to_json(f.norm);
  ordered_json item{{"rule", f.rule},       {"key", f.key},         {"family", f.family},
                    {"status", to_string(f.status)},                {"swv", f.swv},
                    {"jaar", f.jaar},       {"document", f.document}, {"message", f.message},
                    {"values", f.values},   {"evidence", std::move(evidence)},
                    {"params", f.params.map()},   {"norm", std::move(norm)}};
  if (f.baseline) item["baseline"] = to_string(*f.baseline);
  if (f.accepted) {
    ordered_json accepted{{"reason", f.accepted->reason}, {"who", f.accepted->who}, {"date", f.accepted->date},
                          {"expires", f.accepted->expires}};
    // An expired acceptance no longer applies: the finding counts, and says which one lapsed.
    item[f.accepted->expired ? "acceptance_expired" : "accepted"] = std::move(accepted);
  }
  return item;
}

void write_finding_json(const Finding& f, JsonWriter& out, FindingLayoutCache* cache) {
  out.begin_object();
  out.plain_member("rule", f.rule);
  out.plain_member("key", f.key);
  out.plain_member("family", f.family);
  out.plain_member("status", to_string(f.status));
  out.plain_member("swv", f.swv);
  out.plain_key("jaar");
  out.integer(f.jaar);
  // The document path is escaped once per unit with a cache, not once per finding and evidence.
  auto document = [&](const std::string& path) {
    if (cache) {
      out.plain_key("document");
      out.raw(cache->escaped_document(path));
    } else {
      out.plain_member("document", path);
    }
  };
  document(f.document);
  out.plain_member("message", f.message);
  out.plain_key("values");
  out.begin_object();
  for (const auto& [name, value] : f.values) out.member(name, value);
  out.end_object();
  out.plain_key("evidence");
  out.begin_array();
  for (const auto& e : f.evidence) {
    out.begin_object();
    document(e.document);
    out.plain_member("path", e.path);
    if (e.line > 0) {
      out.plain_key("line");
      out.integer(e.line);
    }
    out.end_object();
  }
  out.end_array();
  out.plain_key("params");
  out.begin_object();
  for (const auto& [name, value] : f.params) out.member(name, value);
  out.end_object();
  out.plain_key("norm");
  if (cache) out.raw(cache->norm(f.norm, out.depth_indent()));  // laid out once per rule
  else write_norm_json(f.norm, out);
  if (f.baseline) out.plain_member("baseline", to_string(*f.baseline));
  if (f.accepted) {
    if (f.accepted->expired) out.plain_key("acceptance_expired");
    else out.plain_key("accepted");
    out.begin_object();
    out.plain_member("reason", f.accepted->reason);
    out.plain_member("who", f.accepted->who);
    out.plain_member("date", f.accepted->date);
    out.plain_member("expires", f.accepted->expires);
    out.end_object();
  }
  out.end_object();
}

void append_finding_item(const Finding& finding, std::size_t index, std::size_t indent, std::string* out,
                         FindingLayoutCache* cache) {
  JsonWriter writer = array_item_writer(index, indent, out);
  write_finding_json(finding, writer, cache);
}

namespace {

std::string string_field(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

std::map<std::string, std::string> string_map(const nlohmann::json& object, const char* name) {
  std::map<std::string, std::string> values;
  auto it = object.find(name);
  if (it == object.end() || !it->is_object()) return values;
  for (const auto& [key, value] : it->items()) values[key] = value.is_string() ? value.get<std::string>() : value.dump();
  return values;
}

}  // namespace

std::optional<Finding> finding_from_json(const nlohmann::json& item) {
  if (!item.is_object()) return std::nullopt;
  auto status = status_from_string(string_field(item, "status"));
  std::string key = string_field(item, "key");
  if (!status || key.empty()) return std::nullopt;
  Finding f;
  f.rule = string_field(item, "rule");
  f.key = key;
  f.family = string_field(item, "family");
  f.status = *status;
  f.swv = string_field(item, "swv");
  if (auto jaar = item.find("jaar"); jaar != item.end() && jaar->is_number_integer()) f.jaar = jaar->get<int>();
  f.document = string_field(item, "document");
  f.message = string_field(item, "message");
  f.values = string_map(item, "values");
  f.params = string_map(item, "params");
  if (auto evidence = item.find("evidence"); evidence != item.end() && evidence->is_array()) {
    for (const auto& e : *evidence) {
      if (!e.is_object()) continue;
      Evidence place{string_field(e, "document"), string_field(e, "path"), 0};
      if (auto line = e.find("line"); line != e.end() && line->is_number_integer()) place.line = line->get<int>();
      f.evidence.push_back(std::move(place));
    }
  }
  if (auto norm = item.find("norm"); norm != item.end() && norm->is_object())
    f.norm = NormRef{string_field(*norm, "id"), string_field(*norm, "title"), string_field(*norm, "source"),
              string_field(*norm, "in_force_from"), string_field(*norm, "in_force_until")};
  return f;
}

namespace {

constexpr std::size_t kFindingsIndent = 2;  // "findings" is a key of the top-level object

ordered_json acceptances_to_json(const AcceptanceMarker& marker) {
  ordered_json list = ordered_json::array();
  for (const auto& [entry, state, findings] : marker.states()) {
    ordered_json item{{"rule", entry->rule}, {"swv", entry->swv}};
    if (entry->jaar) item["jaar"] = *entry->jaar;
    if (entry->subject) item["subject"] = *entry->subject;
    item["reason"] = entry->reason;
    item["who"] = entry->who;
    item["date"] = entry->date;
    item["expires"] = entry->expires;
    item["state"] = to_string(state);
    item["findings"] = findings;
    item["source"] = {{"path", marker.path()}, {"line", entry->line}};
    list.push_back(std::move(item));
  }
  return list;
}

ordered_json document_to_json(const DocumentRecord& d) {
  ordered_json item{{"path", d.path}, {"kind", d.kind}};
  if (!d.swv.empty()) item["swv"] = d.swv;
  if (d.jaar) item["jaar"] = d.jaar;
  item["status"] = d.error ? "fout" : "geladen";
  if (d.error) {
    ordered_json error{{"message", d.error->message}};
    if (d.error->line > 0) error["line"] = d.error->line;
    if (d.error->column > 0) error["column"] = d.error->column;
    item["error"] = std::move(error);
  }
  if (!d.line_errors.empty()) {
    ordered_json errors = ordered_json::array();
    for (const auto& e : d.line_errors) errors.push_back({{"message", e.message}, {"line", e.line}});
    item["errors"] = std::move(errors);
  }
  if (!d.warnings.empty()) item["warnings"] = d.warnings;
  return item;
}

// --reference: one entry per SWV, year and key figure; an absent figure is null with a reason.
ordered_json reference_to_json(const SectorReference& reference) {
  ordered_json list = ordered_json::array();
  auto text_or_null = [](const std::optional<std::string>& s) { return s ? ordered_json(*s) : ordered_json(nullptr); };
  for (const auto& p : reference.positions) {
    ordered_json item{{"swv", p.swv},           {"jaar", p.jaar},
                      {"sector", p.sector},     {"kengetal", p.kengetal},
                      {"waarde", text_or_null(p.waarde)}, {"percentiel", text_or_null(p.percentiel)},
                      {"mediaan", text_or_null(p.mediaan)}, {"referentie_aantal", p.reference_count}};
    if (!p.reden.empty()) item["reden"] = p.reden;
    list.push_back(std::move(item));
  }
  return list;
}

// The report without its documents and findings (empty arrays in their place).
ordered_json report_skeleton(const std::vector<DocumentRecord>& document_records, const FindingTallies& tallies,
                             const ReportContext& context) {
  Summary summary = summarize(document_records, tallies);
  ordered_json counts{{"documents", summary.documents}, {"errors", summary.errors}};
  for (const auto& [status, n] : summary.by_status) counts[to_string(status)] = n;
  BatchSummary batch = summarize_batch(document_records, tallies, context.catalog);
  ordered_json families = ordered_json::object();
  for (const auto& family : batch.families) {
    ordered_json per_status = ordered_json::object();
    for (auto status : kStatusOrder) per_status[to_string(status)] = family.count(status);
    families[family.family] = std::move(per_status);
  }
  counts["families"] = std::move(families);
  ordered_json ranking = ordered_json::array();
  for (const auto& rank : batch.ranking)
    ranking.push_back({{"swv", rank.swv}, {"weight", rank.weight}, {"overtreding", rank.count(Status::overtreding)},
                       {"signaal", rank.count(Status::signaal)}});
  counts["ranking"] = std::move(ranking);
  counts["not_applicable"] = not_applicable_to_json(summary.not_applicable);
  if (!summary.warnings.empty()) counts["warnings"] = summary.warnings;  // only when there is one
  if (context.acceptances) counts["accepted"] = summary.accepted;  // flagged, yet not in the exit code
  if (!summary.by_baseline.empty()) {
    ordered_json marks = ordered_json::object();
    for (const auto& [mark, n] : summary.by_baseline) marks[to_string(mark)] = n;
    counts["baseline"] = std::move(marks);
  }
  ordered_json report{{"tool", {{"name", "swvcheck"}, {"version", context.tool_version}, {"rules_version", context.rules_version}}},
                      {"checked_on", context.checked_on}};
  if (!context.baseline_path.empty()) {
    report["baseline"] = {{"path", context.baseline_path}, {"checked_on", context.baseline_checked_on}};
    if (!context.baseline_warning.empty()) report["baseline"]["warning"] = context.baseline_warning;
  }
  if (context.run) report["run"] = run_record_skeleton(*context.run);  // inputs: streamed
  if (context.acceptances) report["acceptances"] = acceptances_to_json(*context.acceptances);
  report["documents"] = ordered_json::array();
  report["findings"] = ordered_json::array();
  report["summary"] = std::move(counts);
  if (context.reference) report["reference"] = reference_to_json(*context.reference);
  return report;
}

// The report's skeleton cut around the arrays that are written item by item: run.inputs (when
// the run is recorded), documents and findings. `documents` is the index of the documents
// array among the cuts; findings follow it.
struct ReportCut {
  DumpAroundArrays cut;
  std::size_t documents = 0;
};

ReportCut cut_report(ordered_json skeleton, const ReportContext& context) {
  std::vector<ordered_json::json_pointer> arrays;
  if (context.run) arrays.emplace_back("/run/inputs");
  arrays.emplace_back("/documents");
  arrays.emplace_back("/findings");
  return {dump_around_arrays(std::move(skeleton), arrays), context.run ? 1u : 0u};
}

// Appends the head of the report to `text`: everything up to where the documents array starts,
// with the run's inputs when recorded. `after_item` runs after each input (a writer flushes
// `text` there); when it returns false this stops and returns false.
bool append_report_head(ReportCut& report, const ReportContext& context, std::string* text,
                        const std::function<bool()>& after_item) {
  *text += report.cut.pieces[0];
  if (context.run) {
    const auto& inputs = context.run->inputs;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      append_run_input_item(inputs[i], i, report.cut.indents[0], text);
      if (!after_item()) return false;
    }
    *text += close_array(inputs.size(), report.cut.indents[0]);
    *text += report.cut.pieces[1];
  }
  return true;
}

}  // namespace

std::string write_json_report(const CheckResult& result, const ReportContext& context) {
  ReportCut report = cut_report(report_skeleton(result.documents, tallies_of(result), context), context);
  const std::size_t d = report.documents;
  const auto& cut = report.cut;
  std::string text;
  append_report_head(report, context, &text, [] { return true; });
  for (std::size_t i = 0; i < result.documents.size(); ++i)
    append_array_item(document_to_json(result.documents[i]), i, cut.indents[d], &text);
  text += close_array(result.documents.size(), cut.indents[d]);
  text += cut.pieces[d + 1];
  FindingLayoutCache cache;
  for (std::size_t i = 0; i < result.findings.size(); ++i)
    append_finding_item(result.findings[i], i, cut.indents[d + 1], &text, &cache);
  text += close_array(result.findings.size(), cut.indents[d + 1]);
  text += cut.pieces[d + 2];
  return text;
}

JsonReportWriter::JsonReportWriter(const std::string& spill_directory, FileCopier copy_spill)
    : spill_(spill_directory), copy_spill_(std::move(copy_spill)) {}

void JsonReportWriter::add(std::vector<Finding>&& findings) {
  std::string text;
  for (const auto& f : findings) {
    append_finding_item(f, count_++, kFindingsIndent, &text, &layout_);
    tallies_.add(f);
  }
  spill_.append(text);
}

bool JsonReportWriter::finish(const std::vector<DocumentRecord>& documents, const ReportContext& context,
                              const std::function<bool(std::string_view)>& write) {
  // Everything that can fail on the temporary file fails before the first byte goes out.
  spill_.rewind();
  ReportCut report = cut_report(report_skeleton(documents, tallies_, context), context);
  const std::size_t d = report.documents;
  const auto& cut = report.cut;
  if (cut.indents[d + 1] != kFindingsIndent) throw std::logic_error("JsonReportWriter: findings moved in the report");
  // Written in pieces of about 64 KiB: few system calls, little memory.
  constexpr std::size_t kPiece = 1 << 16;
  std::string text;
  auto flush_full_piece = [&] {
    if (text.size() < kPiece) return true;
    if (!write(text)) return false;
    text.clear();
    return true;
  };
  // The head with the run's inputs (every document's path and sha256), in pieces too.
  if (!append_report_head(report, context, &text, flush_full_piece)) return false;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    append_array_item(document_to_json(documents[i]), i, cut.indents[d], &text);
    if (!flush_full_piece()) return false;
  }
  text += close_array(documents.size(), cut.indents[d]);
  text += cut.pieces[d + 1];
  if (!write(text)) return false;
  if (!spill_.copy_to(write, copy_spill_)) return false;
  return write(close_array(count_, kFindingsIndent) + cut.pieces[d + 2]);
}

}  // namespace swv
