#include "report/profile_report.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "report/terminal_text.h"

namespace swv {

std::string write_switched_off(const std::vector<SwitchedOffRule>& switched_off) {
  if (switched_off.empty()) return {};
  std::string out = "Uitgeschakelde regels (niet meer uitgevoerd in deze controle):\n";
  for (const auto& rule : switched_off)
    out += "  " + escape_controls(rule.rule) + ": " + escape_controls(rule.reason) + "; daarna overgeslagen in " + std::to_string(rule.units_skipped) +
           (rule.units_skipped == 1 ? " eenheid\n" : " eenheden\n");
  return out;
}

std::string write_profile(const std::map<std::string, RuleTiming>& timings,
                          const std::vector<SwitchedOffRule>& switched_off) {
  std::vector<std::pair<std::string, RuleTiming>> rows(timings.begin(), timings.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.total > b.second.total; });
  std::string out = "Rekentijd per regel (alle workers samen):\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %-40s %8s %12s %12s\n", "regel", "aanroepen", "totaal ms", "gemiddeld us");
  out += line;
  for (const auto& [id, timing] : rows) {
    double total_ms = static_cast<double>(timing.total.count()) / 1e6;
    double mean_us = timing.calls ? static_cast<double>(timing.total.count()) / 1e3 / static_cast<double>(timing.calls) : 0;
    std::snprintf(line, sizeof line, "  %-40s %8zu %12.3f %12.1f\n", id.c_str(), timing.calls, total_ms, mean_us);
    out += line;
  }
  return out + write_switched_off(switched_off);
}

}  // namespace swv
