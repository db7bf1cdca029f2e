#include "report/impact_report.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "report/html_template.h"

namespace swv {

using nlohmann::ordered_json;

void ImpactTally::add(const std::vector<Finding>& findings, int side) {
  for (const auto& f : findings) {
    Seen& seen = seen_[{f.key, f.jaar}];
    if (seen.rule.empty()) seen = Seen{f.rule, f.norm->id, f.swv};
    seen.status[side] = to_string(f.status);
  }
}

std::vector<ImpactChange> ImpactTally::changes() const {
  std::map<std::tuple<std::string, std::string, std::string>, ImpactChange> by_pair;
  for (const auto& [id, seen] : seen_) {
    if (seen.status[0] == seen.status[1]) continue;
    ImpactChange& change = by_pair[{seen.rule, seen.status[0], seen.status[1]}];
    if (change.rule.empty()) change = ImpactChange{seen.rule, seen.norm_id, seen.status[0], seen.status[1], {}};
    change.units.push_back({seen.swv, id.second, id.first});
  }
  std::vector<ImpactChange> changes;
  for (auto& [pair, change] : by_pair) {
    std::sort(change.units.begin(), change.units.end(), [](const ImpactUnit& a, const ImpactUnit& b) {
      return std::tie(a.swv, a.jaar, a.key) < std::tie(b.swv, b.jaar, b.key);
    });
    changes.push_back(std::move(change));
  }
  return changes;
}

std::size_t ImpactTally::unchanged() const {
  return static_cast<std::size_t>(
      std::count_if(seen_.begin(), seen_.end(), [](const auto& item) { return item.second.status[0] == item.second.status[1]; }));
}

namespace {

std::string folders(const std::vector<std::string>& overlays) {
  std::string text = "meegeleverde regels";
  for (const auto& folder : overlays) text += " + " + folder;
  return text;
}

std::size_t swv_count(const ImpactChange& change) {
  std::set<std::string> swvs;
  for (const auto& unit : change.units) swvs.insert(unit.swv);
  return swvs.size();
}

std::string headline(const ImpactChange& change) {
  std::size_t swvs = swv_count(change);
  return std::to_string(swvs) + (swvs == 1 ? " SWV" : " SWV's") + " van " + change.from + " naar " + change.to +
         " (" + std::to_string(change.units.size()) + (change.units.size() == 1 ? " bevinding)" : " bevindingen)");
}

std::size_t failed_documents(const ImpactContext& context) {
  return static_cast<std::size_t>(std::count_if(context.documents.begin(), context.documents.end(),
                                                [](const DocumentRecord& d) { return d.error.has_value(); }));
}

}  // namespace

std::string write_impact_text(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context) {
  std::ostringstream out;
  out << "swvcheck " << context.tool_version << " · impact van een normwijziging · gecontroleerd op " << context.checked_on
      << "\n";
  out << "basis: " << folders(context.base_rules) << "\nnieuw: " << folders(context.new_rules) << "\n";
  out << context.documents.size() << " documenten, eenmaal gelezen\n\n";
  if (changes.empty()) out << "Geen bevinding verandert van status.\n";
  std::string rule;
  for (const auto& change : changes) {
    if (change.rule != rule) {
      rule = change.rule;
      out << change.rule << (change.norm_id.empty() ? "" : " [" + change.norm_id + "]") << "\n";
    }
    out << "  " << headline(change) << "\n";
    for (const auto& unit : change.units) out << "    " << unit.swv << " " << unit.jaar << "  " << unit.key << "\n";
  }
  out << "\nOngewijzigd: " << unchanged << " bevindingen\n";
  if (std::size_t failed = failed_documents(context)) {
    out << "\nNiet geladen (" << failed << "), dus niet in de vergelijking:\n";
    for (const auto& d : context.documents)
      if (d.error) out << "  " << d.path << ": " << d.error->message << "\n";
  }
  return out.str();
}

std::string write_impact_json(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context) {
  ordered_json list = ordered_json::array();
  for (const auto& change : changes) {
    ordered_json units = ordered_json::array();
    for (const auto& unit : change.units) units.push_back({{"swv", unit.swv}, {"jaar", unit.jaar}, {"key", unit.key}});
    list.push_back({{"rule", change.rule},
                    {"norm_id", change.norm_id},
                    {"from", change.from},
                    {"to", change.to},
                    {"count", change.units.size()},
                    {"swvs", swv_count(change)},
                    {"units", std::move(units)}});
  }
  ordered_json failed = ordered_json::array();
  for (const auto& d : context.documents)
    if (d.error) failed.push_back({{"path", d.path}, {"message", d.error->message}});
  ordered_json report{{"tool", {{"name", "swvcheck"}, {"version", context.tool_version}}},
                      {"checked_on", context.checked_on},
                      {"base_rules", context.base_rules},
                      {"new_rules", context.new_rules},
                      {"documents", context.documents.size()},
                      {"not_loaded", std::move(failed)},
                      {"changes", std::move(list)},
                      {"unchanged", unchanged}};
  return report.dump(2) + "\n";
}

std::string write_impact_html(const std::vector<ImpactChange>& changes, std::size_t unchanged, const ImpactContext& context) {
  const auto esc = html_escape;
  std::string s =
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>swvcheck: impact van een "
      "normwijziging (" + esc(context.checked_on) + ")</title>\n<style>\nbody { font-family: sans-serif; margin: 2em; }\n"
      "table { border-collapse: collapse; margin-bottom: 1.5em; }\nth, td { border: 1px solid #bbb; padding: 0.2em 0.6em; "
      "text-align: left; vertical-align: top; }\n</style>\n</head>\n<body>\n<h1>Impact van een normwijziging</h1>\n";
  s += "<p>swvcheck " + esc(context.tool_version) + " · gecontroleerd op " + esc(context.checked_on) + " · " +
       std::to_string(context.documents.size()) + " documenten</p>\n";
  s += "<p>Basis: " + esc(folders(context.base_rules)) + "<br/>Nieuw: " + esc(folders(context.new_rules)) + "</p>\n";
  s += "<h2>Totalen per regel en statuspaar</h2>\n";
  if (changes.empty()) {
    s += "<p>Geen bevinding verandert van status.</p>\n";
  } else {
    s += "<table><thead><tr><th>Regel</th><th>Norm</th><th>Van</th><th>Naar</th><th>SWV's</th><th>Bevindingen</th>"
         "</tr></thead><tbody>\n";
    for (const auto& change : changes)
      s += "<tr><td><code>" + esc(change.rule) + "</code></td><td>" + esc(change.norm_id) + "</td><td>" +
           esc(change.from) + "</td><td>" + esc(change.to) + "</td><td>" + std::to_string(swv_count(change)) +
           "</td><td>" + std::to_string(change.units.size()) + "</td></tr>\n";
    s += "</tbody></table>\n<h2>SWV's per wijziging</h2>\n";
    for (const auto& change : changes) {
      s += "<h3><code>" + esc(change.rule) + "</code>: " + esc(headline(change)) + "</h3>\n<table><thead><tr><th>SWV"
           "</th><th>Jaar</th><th>Key</th></tr></thead><tbody>\n";
      for (const auto& unit : change.units)
        s += "<tr><td>" + esc(unit.swv) + "</td><td>" + std::to_string(unit.jaar) + "</td><td><code>" + esc(unit.key) +
             "</code></td></tr>\n";
      s += "</tbody></table>\n";
    }
  }
  s += "<p>Ongewijzigd: " + std::to_string(unchanged) + " bevindingen.</p>\n";
  if (failed_documents(context) > 0) {
    s += "<h2>Niet geladen</h2>\n<ul>\n";
    for (const auto& d : context.documents)
      if (d.error) s += "<li><code>" + esc(d.path) + "</code>: " + esc(d.error->message) + "</li>\n";
    s += "</ul>\n";
  }
  return s + "</body>\n</html>\n";
}

}  // namespace swv
