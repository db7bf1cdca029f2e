#include "report/baseline.h"

#include <map>

#include <nlohmann/json.hpp>

#include "documents/read_file.h"
#include "report/json_report.h"

namespace swv {

std::optional<BaselineReport> load_baseline(const std::string& path, std::string* error) {
  std::string text;
  if (!read_file(path, &text)) {
    *error = "kan baseline '" + path + "' niet lezen";
    return std::nullopt;
  }
  BaselineReport baseline;
  baseline.path = path;
  bool bad_finding = false;
  // Each finding is taken out of the JSON as soon as it is parsed, so the tree of a large
  // report is never built. Only a flagged finding can be carried over: the others keep what
  // comparing needs (key, year, status, SWV, rule) and drop their text.
  std::string top_level_key;
  auto take_findings = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (depth == 1 && event == Event::key) top_level_key = parsed.is_string() ? parsed.get<std::string>() : "";
    if (depth != 2 || event != Event::object_end || top_level_key != "findings") return true;
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
  return baseline;
}

BaselineMarker::BaselineMarker(const BaselineReport& baseline, std::set<std::string> rules_run)
    : rules_run_(std::move(rules_run)) {
  // An earlier report may hold a key more than once (several years of one SWV): the latest
  // year counts, and within it the key was flagged when any of its findings was.
  for (const auto& f : baseline.findings) {
    auto [it, inserted] = earlier_.try_emplace(f.key, &f);
    if (!inserted && f.jaar > it->second->jaar) {
      it->second = &f;
      flagged_before_[f.key] = false;
    }
    if (it->second->jaar == f.jaar && is_flagged(f.status)) {
      if (!is_flagged(it->second->status)) it->second = &f;  // carry the flagged one over
      flagged_before_[f.key] = true;
    }
  }
}

void BaselineMarker::mark(std::vector<Finding>& findings) {
  for (auto& f : findings) {
    auto before_it = flagged_before_.find(f.key);
    bool before = before_it != flagged_before_.end() && before_it->second;
    if (before) keys_now_.insert(f.key);  // only keys that could be carried over need remembering
    bool now = is_flagged(f.status);
    f.baseline = now && !before ? Baseline::nieuw : before && !now ? Baseline::opgelost : Baseline::ongewijzigd;
  }
}

std::vector<Finding> BaselineMarker::carried_over(const std::vector<DocumentRecord>& documents) const {
  std::set<std::string> swvs_loaded;
  for (const auto& d : documents)
    if (!d.error && !d.swv.empty()) swvs_loaded.insert(d.swv);
  std::vector<Finding> carried;
  for (const auto& [key, finding] : earlier_) {
    auto before = flagged_before_.find(key);
    if (before == flagged_before_.end() || !before->second || keys_now_.count(key)) continue;
    if (!swvs_loaded.count(finding->swv) || !rules_run_.count(finding->rule)) continue;
    Finding f = *finding;
    f.baseline = Baseline::opgelost;
    carried.push_back(std::move(f));
  }
  return carried;
}

void apply_baseline(CheckResult& result, const BaselineReport& baseline, const std::set<std::string>& rules_run) {
  BaselineMarker marker(baseline, rules_run);
  marker.mark(result.findings);
  for (auto& f : marker.carried_over(result.documents)) result.findings.push_back(std::move(f));
}

}  // namespace swv
