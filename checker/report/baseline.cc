#include "report/baseline.h"

#include <iterator>
#include <map>

#include <nlohmann/json.hpp>

#include "documents/read_file.h"
#include "report/json_report.h"

namespace swv {
namespace {

// A string member of a JSON object; empty when absent or not a string.
std::string text_of(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The SWV and year of a document entry that is a loaded annual report.
std::optional<std::pair<std::string, int>> loaded_report(const nlohmann::json& document) {
  if (!document.is_object() || text_of(document, "kind") != "jaarverslag" || text_of(document, "status") != "geladen")
    return std::nullopt;
  auto jaar = document.find("jaar");
  if (text_of(document, "swv").empty() || jaar == document.end() || !jaar->is_number_integer()) return std::nullopt;
  return std::pair{text_of(document, "swv"), jaar->get<int>()};
}

}  // namespace

std::optional<BaselineReport> load_baseline(const std::string& path, std::string* error) {
  std::string text;
  if (!read_file(path, &text)) {
    *error = "kan baseline '" + path + "' niet lezen";
    return std::nullopt;
  }
  BaselineReport baseline;
  baseline.path = path;
  bool bad_finding = false;
  // Each finding and document is taken out of the JSON as soon as it is parsed, so the tree of
  // a large report is never built. Only a flagged finding can be carried over: the others keep
  // what comparing needs (key, year, status, SWV, rule) and drop their text. Of a document only
  // the SWV and year of a loaded annual report count: they tell which years the report holds.
  std::string top_level_key;
  auto take_findings = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (depth == 1 && event == Event::key) top_level_key = parsed.is_string() ? parsed.get<std::string>() : "";
    if (depth != 2 || event != Event::object_end) return true;
    if (top_level_key == "documents") {
      if (auto loaded = loaded_report(parsed)) baseline.reports.push_back(std::move(*loaded));
      return false;
    }
    if (top_level_key != "findings") return true;
    auto finding = finding_from_json(parsed);
    if (!finding) {
      bad_finding = true;
      return false;
    }
    finding->baseline.reset();
    if (!is_flagged(finding->status)) {
      Finding key_only;
      key_only.key = std::move(finding->key);
      key_only.jaar = finding->jaar;
      key_only.status = finding->status;
      key_only.swv = std::move(finding->swv);
      key_only.rule = std::move(finding->rule);
      finding = std::move(key_only);
    }
    baseline.findings.push_back(std::move(*finding));
    return false;  // not kept in the tree
  };
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text, take_findings);
  } catch (const nlohmann::json::parse_error& e) {
    *error = "baseline '" + path + "' is geen JSON (byte " + std::to_string(e.byte) + ")";
    return std::nullopt;
  }
  auto findings = document.is_object() ? document.find("findings") : document.end();
  if (!document.is_object() || findings == document.end() || !findings->is_array()) {
    *error = "baseline '" + path + "' is geen swvcheck-rapport in JSON (geen lijst 'findings')";
    return std::nullopt;
  }
  if (bad_finding || !findings->empty()) {  // anything left in the list was no finding object
    *error = "baseline '" + path + "': een bevinding zonder key of met een onbekende status";
    return std::nullopt;
  }
  if (auto date = document.find("checked_on"); date != document.end() && date->is_string())
    baseline.checked_on = date->get<std::string>();
  if (auto tool = document.find("tool"); tool != document.end() && tool->is_object()) {
    baseline.tool_version = text_of(*tool, "version");
    baseline.rules_version = text_of(*tool, "rules_version");
  }
  return baseline;
}

std::string baseline_version_warning(const BaselineReport& baseline, const std::string& tool_version,
                                     const std::string& rules_version) {
  if (baseline.tool_version == tool_version && baseline.rules_version == rules_version) return "";
  auto named = [](const std::string& version) { return version.empty() ? std::string("onbekend") : version; };
  return "baseline '" + baseline.path + "' is gemaakt met swvcheck " + named(baseline.tool_version) + " (regels " +
         named(baseline.rules_version) + "), deze controle met swvcheck " + tool_version + " (regels " +
         rules_version + "): een verschil kan ook door de andere versie komen";
}

BaselineMarker::BaselineMarker(const BaselineReport& baseline) {
  for (const auto& [swv, jaar] : baseline.reports) years_[swv].insert(jaar);
  for (const auto& f : baseline.findings) {
    years_[f.swv].insert(f.jaar);
    if (!is_flagged(f.status)) continue;
    // A key may be flagged twice in one year (two reports of one SWV and year): the first is
    // carried over.
    flagged_.try_emplace({f.key, f.jaar}, Flagged{&f});
    rule_runs_.try_emplace({f.rule, f.swv, f.jaar});
  }
}

std::optional<int> BaselineMarker::compared_year(const std::string& swv, int jaar) const {
  auto years = years_.find(swv);
  if (years == years_.end()) return std::nullopt;
  auto after = years->second.upper_bound(jaar);  // the first year after `jaar`
  if (after == years->second.begin()) return std::nullopt;
  return *std::prev(after);  // `jaar` itself when held, else the latest before it
}

void BaselineMarker::mark(std::vector<Finding>& findings) {
  for (auto& f : findings) {
    bool before = false;
    if (auto year = compared_year(f.swv, f.jaar)) {
      if (auto flagged = flagged_.find({f.key, *year}); flagged != flagged_.end()) {
        before = true;
        flagged->second.yielded = true;
      }
      if (auto run = rule_runs_.find({f.rule, f.swv, *year}); run != rule_runs_.end()) {
        run->second.ran = true;
        if (f.status == Status::niet_te_beoordelen || f.status == Status::fout) run->second.could_not_judge = true;
      }
    }
    if (is_flagged(f.status)) f.baseline = before ? Baseline::ongewijzigd : Baseline::nieuw;
    else if (!before) f.baseline = Baseline::ongewijzigd;
    else f.baseline = f.status == Status::voldoet ? Baseline::opgelost : Baseline::niet_meer_te_beoordelen;
  }
}

std::vector<Finding> BaselineMarker::carried_over() const {
  std::vector<Finding> carried;
  for (const auto& [key_year, flagged] : flagged_) {
    if (flagged.yielded) continue;
    const Finding& earlier = *flagged.finding;
    auto run = rule_runs_.find({earlier.rule, earlier.swv, key_year.second});
    if (run == rule_runs_.end() || !run->second.ran) continue;  // this run could not have yielded it
    Finding f = earlier;
    f.baseline = run->second.could_not_judge ? Baseline::niet_meer_te_beoordelen : Baseline::opgelost;
    carried.push_back(std::move(f));
  }
  return carried;
}

void apply_baseline(CheckResult& result, const BaselineReport& baseline) {
  BaselineMarker marker(baseline);
  marker.mark(result.findings);
  for (auto& f : marker.carried_over()) result.findings.push_back(std::move(f));
}

}  // namespace swv
