#include "report/sarif_report.h"

#include <cctype>
#include <map>
#include <stdexcept>
#include <vector>

#include "report/acceptances.h"
#include "report/json_dump.h"
#include "report/json_writer.h"
#include "report/report_write_error.h"
#include "report/json_report.h"
#include "report/summary.h"

namespace swv {

using nlohmann::ordered_json;

std::string sarif_uri(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += hex[c >> 4];
      uri += hex[c & 15];
    }
  }
  return uri;
}

namespace {

ordered_json message(const std::string& text) { return {{"text", text.empty() ? "-" : text}}; }

ordered_json location(const std::string& document, int line, const std::string& xpath) {
  ordered_json physical{{"artifactLocation", {{"uri", sarif_uri(document)}}}};
  if (line > 0) physical["region"] = {{"startLine", line}};
  ordered_json place{{"physicalLocation", std::move(physical)}};
  if (!xpath.empty()) place["message"] = message(xpath);
  return place;
}

const char* kind_of(Status status) {
  switch (status) {
    case Status::overtreding:
    case Status::signaal: return "fail";
    case Status::niet_te_beoordelen: return "open";
    case Status::voldoet: return "pass";
    case Status::fout: break;
  }
  return "fail";
}

const char* level_of(Status status) {
  switch (status) {
    case Status::overtreding: return "error";
    case Status::signaal: return "warning";
    default: return "none";
  }
}

// SARIF's own meaning: `absent` was in the baseline and is not in this run (a resolved result,
// and every result carried over from the baseline), `updated` is in both with a change that
// matters (flagged before, open now: niet-meer-te-beoordelen of this run).
const char* baseline_state(const Finding& f) {
  switch (*f.baseline) {
    case Baseline::nieuw: return "new";
    case Baseline::opgelost: return "absent";
    case Baseline::niet_meer_te_beoordelen: return is_carried_over(f) ? "absent" : "updated";
    case Baseline::ongewijzigd: return "unchanged";
  }
  return "unchanged";
}

ordered_json rule_descriptor(const RuleInfo& rule, const std::string& family_title) {
  ordered_json norm = norm_to_json(rule.norm);
  if (rule.norm->id.empty()) norm["id"] = rule.norm_id;
  return {{"id", rule.id},
          {"name", rule.title},
          {"shortDescription", message(rule.title)},
          {"fullDescription", message(rule.description)},
          {"help", message("Norm " + rule.norm_id + ": " + rule.norm->title + ". Bron: " + rule.norm->source)},
          {"properties",
           {{"tags", ordered_json::array({rule.family})},
            {"family", rule.family},
            {"family_title", family_title},
            {"norm_id", rule.norm_id},
            {"norm", std::move(norm)}}}};
}

}  // namespace

namespace {

using RuleIndex = std::map<std::string, int>;

std::string document_of(const Finding& f) {
  return f.document.empty() && !f.evidence.empty() ? f.evidence.front().document : f.document;
}

// A SARIF result for a finding that is not `fout` (those are notifications).
ordered_json sarif_result(const Finding& f, const RuleIndex& rule_index) {
  std::string document = document_of(f);
  auto index = rule_index.find(f.rule);
  ordered_json item{{"ruleId", f.rule}};
  if (index != rule_index.end()) item["ruleIndex"] = index->second;
  item["kind"] = kind_of(f.status);
  item["level"] = level_of(f.status);
  item["message"] = message(f.message);
  ordered_json locations = ordered_json::array();
  ordered_json related = ordered_json::array();
  if (f.evidence.empty()) {
    if (!document.empty()) locations.push_back(location(document, 0, ""));
  } else {
    locations.push_back(location(f.evidence.front().document, f.evidence.front().line, f.evidence.front().path));
    for (std::size_t i = 1; i < f.evidence.size(); ++i) {
      auto place = location(f.evidence[i].document, f.evidence[i].line, f.evidence[i].path);
      place["id"] = static_cast<int>(i);
      related.push_back(std::move(place));
    }
  }
  item["locations"] = std::move(locations);
  if (!related.empty()) item["relatedLocations"] = std::move(related);
  item["partialFingerprints"] = {{"swvcheck/key", f.key}};
  if (f.baseline) item["baselineState"] = baseline_state(f);
  ordered_json properties{{"key", f.key}, {"swv", f.swv}, {"jaar", f.jaar}, {"status", to_string(f.status)},
                          {"family", f.family}, {"norm_id", f.norm->id}, {"values", f.values}, {"params", f.params.map()}};
  if (f.baseline) properties["baseline"] = to_string(*f.baseline);
  if (f.accepted) properties["acceptance"] = describe_acceptance(*f.accepted);
  item["properties"] = std::move(properties);
  // An accepted finding is suppressed (SARIF 3.35): still listed, with the reason.
  if (is_accepted(f))
    item["suppressions"] = ordered_json::array({{{"kind", "external"},
                                                 {"status", "accepted"},
                                                 {"justification", f.accepted->reason},
                                                 {"properties",
                                                  {{"who", f.accepted->who},
                                                   {"date", f.accepted->date},
                                                   {"expires", f.accepted->expires}}}}});
  return item;
}

void write_message(JsonWriter& out, const std::string& text) {
  out.begin_object();
  out.member("text", text.empty() ? "-" : text);
  out.end_object();
}

void write_location(JsonWriter& out, const std::string& document, int line, const std::string& xpath, int id) {
  out.begin_object();
  out.key("physicalLocation");
  out.begin_object();
  out.key("artifactLocation");
  out.begin_object();
  out.member("uri", sarif_uri(document));
  out.end_object();
  if (line > 0) {
    out.key("region");
    out.begin_object();
    out.key("startLine");
    out.integer(line);
    out.end_object();
  }
  out.end_object();
  if (!xpath.empty()) {
    out.key("message");
    write_message(out, xpath);
  }
  if (id > 0) {
    out.key("id");
    out.integer(id);
  }
  out.end_object();
}

void write_string_map(JsonWriter& out, const std::map<std::string, std::string>& map) {
  out.begin_object();
  for (const auto& [name, value] : map) out.member(name, value);
  out.end_object();
}

// sarif_result(f, ...) written straight into text: the same bytes as its tree's dump.
void write_sarif_result(const Finding& f, const RuleIndex& rule_index, JsonWriter& out) {
  std::string document = document_of(f);
  out.begin_object();
  out.member("ruleId", f.rule);
  if (auto index = rule_index.find(f.rule); index != rule_index.end()) {
    out.key("ruleIndex");
    out.integer(index->second);
  }
  out.member("kind", kind_of(f.status));
  out.member("level", level_of(f.status));
  out.key("message");
  write_message(out, f.message);
  out.key("locations");
  out.begin_array();
  if (f.evidence.empty()) {
    if (!document.empty()) write_location(out, document, 0, "", 0);
  } else {
    write_location(out, f.evidence.front().document, f.evidence.front().line, f.evidence.front().path, 0);
  }
  out.end_array();
  if (f.evidence.size() > 1) {
    out.key("relatedLocations");
    out.begin_array();
    for (std::size_t i = 1; i < f.evidence.size(); ++i)
      write_location(out, f.evidence[i].document, f.evidence[i].line, f.evidence[i].path, static_cast<int>(i));
    out.end_array();
  }
  out.key("partialFingerprints");
  out.begin_object();
  out.member("swvcheck/key", f.key);
  out.end_object();
  if (f.baseline) out.member("baselineState", baseline_state(f));
  out.key("properties");
  out.begin_object();
  out.member("key", f.key);
  out.member("swv", f.swv);
  out.key("jaar");
  out.integer(f.jaar);
  out.member("status", to_string(f.status));
  out.member("family", f.family);
  out.member("norm_id", f.norm->id);
  out.key("values");
  write_string_map(out, f.values);
  out.key("params");
  write_string_map(out, f.params.map());
  if (f.baseline) out.member("baseline", to_string(*f.baseline));
  if (f.accepted) out.member("acceptance", describe_acceptance(*f.accepted));
  out.end_object();
  if (is_accepted(f)) {  // as sarif_result: suppressed, with the reason
    out.key("suppressions");
    out.begin_array();
    out.begin_object();
    out.member("kind", "external");
    out.member("status", "accepted");
    out.member("justification", f.accepted->reason);
    out.key("properties");
    out.begin_object();
    out.member("who", f.accepted->who);
    out.member("date", f.accepted->date);
    out.member("expires", f.accepted->expires);
    out.end_object();
    out.end_object();
    out.end_array();
  }
  out.end_object();
}

// Rule ids to their place in the log's rules array (the catalog's order).
RuleIndex rule_index_for(const ReportContext& context) {
  RuleIndex rule_index;
  if (context.catalog)
    for (const auto& rule : context.catalog->rules()) rule_index.emplace(rule.id, static_cast<int>(rule_index.size()));
  return rule_index;
}

constexpr std::size_t kResultsIndent = 6;  // "results" is a key of the run, in "runs"

// The SARIF log with an empty results array. `failed` are the findings with status fout: they
// are notifications, not results.
ordered_json sarif_skeleton(const std::vector<DocumentRecord>& documents, const std::vector<const Finding*>& failed,
                            const FindingTallies& tallies, const ReportContext& context) {
  ordered_json rules = ordered_json::array();
  RuleIndex rule_index = rule_index_for(context);
  if (context.catalog) {
    for (const auto& rule : context.catalog->rules()) {
      std::string family_title = rule.family;
      for (const auto& family : context.catalog->families())
        if (family.id == rule.family) family_title = family.title;
      rules.push_back(rule_descriptor(rule, family_title));
    }
  }

  ordered_json notifications = ordered_json::array();
  for (const auto& d : documents) {
    if (!d.error) continue;
    ordered_json note{{"level", "error"},
                      {"message", message("Document niet geladen: " + d.error->message)},
                      {"locations", ordered_json::array({location(d.path, d.error->line, "")})}};
    if (d.error->column > 0) note["properties"] = {{"column", d.error->column}};
    notifications.push_back(std::move(note));
  }
  for (const Finding* failure : failed) {
    const Finding& f = *failure;
    auto index = rule_index.find(f.rule);
    ordered_json note{{"level", "error"},
                      {"message", message(f.message)},
                      {"locations", ordered_json::array({location(document_of(f), 0, "")})}};
    ordered_json rule{{"id", f.rule}};
    if (index != rule_index.end()) rule["index"] = index->second;
    note["associatedRule"] = std::move(rule);
    note["properties"] = {{"key", f.key}, {"swv", f.swv}, {"jaar", f.jaar}, {"status", "fout"}};
    if (f.baseline) note["properties"]["baseline"] = to_string(*f.baseline);
    notifications.push_back(std::move(note));
  }
  Summary summary = summarize(documents, tallies);
  for (const auto& warning : summary.warnings)  // e.g. two annual reports of one SWV and year
    notifications.push_back({{"level", "warning"}, {"message", message(warning)}});
  int exit_code = exit_code_for(summary);
  ordered_json invocation{{"executionSuccessful", exit_code != 2}, {"exitCode", exit_code}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  if (!context.baseline_warning.empty())
    invocation["toolConfigurationNotifications"] =
        ordered_json::array({{{"level", "warning"}, {"message", message(context.baseline_warning)}}});
  ordered_json counts = ordered_json::object();
  for (auto status : kStatusOrder) counts[to_string(status)] = summary.count(status);
  counts["not_applicable"] = not_applicable_to_json(summary.not_applicable);  // as in the JSON report
  ordered_json run_properties{{"checked_on", context.checked_on}, {"rules_version", context.rules_version},
                              {"summary", std::move(counts)}};
  if (!context.baseline_path.empty()) {
    run_properties["baseline"] = {{"path", context.baseline_path}, {"checked_on", context.baseline_checked_on}};
    if (!context.baseline_warning.empty()) run_properties["baseline"]["warning"] = context.baseline_warning;
  }
  if (context.acceptances) {
    ordered_json entries = ordered_json::array();
    for (const auto& [entry, state, findings] : context.acceptances->states())
      entries.push_back({{"rule", entry->rule}, {"swv", entry->swv}, {"state", to_string(state)},
                         {"findings", findings}, {"line", entry->line}, {"description", describe_entry(*entry)}});
    run_properties["acceptances"] = {{"path", context.acceptances->path()}, {"entries", std::move(entries)}};
  }

  ordered_json driver{{"name", "swvcheck"},
                      {"version", context.tool_version},
                      {"semanticVersion", context.tool_version},
                      {"rules", std::move(rules)}};
  ordered_json run{{"tool", {{"driver", std::move(driver)}}},
                   {"invocations", ordered_json::array({std::move(invocation)})},
                   {"results", ordered_json::array()},
                   {"properties", std::move(run_properties)}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", ordered_json::array({std::move(run)})}};
}

}  // namespace

namespace {

std::vector<const Finding*> failed_findings(const std::vector<Finding>& findings) {
  std::vector<const Finding*> failed;
  for (const auto& f : findings)
    if (f.status == Status::fout) failed.push_back(&f);
  return failed;
}

}  // namespace

ordered_json report_to_sarif(const CheckResult& result, const ReportContext& context) {
  RuleIndex rule_index = rule_index_for(context);
  ordered_json log = sarif_skeleton(result.documents, failed_findings(result.findings), tallies_of(result),
                                    context);
  auto& results = log["runs"][0]["results"];
  for (const auto& f : result.findings)
    if (f.status != Status::fout) results.push_back(sarif_result(f, rule_index));
  return log;
}

std::string write_sarif_report(const CheckResult& result, const ReportContext& context) {
  RuleIndex rule_index = rule_index_for(context);
  ordered_json log = sarif_skeleton(result.documents, failed_findings(result.findings), tallies_of(result),
                                    context);
  std::vector<const Finding*> results;
  for (const auto& f : result.findings)
    if (f.status != Status::fout) results.push_back(&f);
  return dump_with_streamed_array(std::move(log), ordered_json::json_pointer("/runs/0/results"), results.size(),
                                  [&](std::size_t i) { return sarif_result(*results[i], rule_index); });
}

SarifReportWriter::SarifReportWriter(const ReportContext& context, const std::string& spill_directory,
                                     FileCopier copy_spill)
    : context_(context), rule_index_(rule_index_for(context)), spill_(spill_directory), copy_spill_(std::move(copy_spill)) {}

void SarifReportWriter::add(std::vector<Finding>&& findings) {
  std::string text;
  for (auto& f : findings) {
    tallies_.add(f);
    if (f.status == Status::fout) failed_.push_back(std::move(f));
    else append_sarif_result(f, count_++, &text);
  }
  spill_.append(text);
}

void SarifReportWriter::append_sarif_result(const Finding& f, std::size_t index, std::string* text) const {
  JsonWriter writer = array_item_writer(index, kResultsIndent, text);
  write_sarif_result(f, rule_index_, writer);
}

bool SarifReportWriter::finish(const std::vector<DocumentRecord>& documents,
                               const std::function<bool(std::string_view)>& write) {
  spill_.rewind();
  std::vector<const Finding*> failed;
  for (const auto& f : failed_) failed.push_back(&f);
  DumpAroundArrays cut = dump_around_arrays(sarif_skeleton(documents, failed, tallies_, context_),
                                            {ordered_json::json_pointer("/runs/0/results")});
  if (cut.indents[0] != kResultsIndent) throw std::logic_error("SarifReportWriter: results moved in the log");
  return write(cut.pieces[0]) && spill_.copy_to(write, copy_spill_) && write(close_array(count_, kResultsIndent) + cut.pieces[1]);
}

}  // namespace swv
