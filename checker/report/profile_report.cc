#include "report/profile_report.h"

#include <algorithm>
#include <chrono>
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

std::string write_host_profile(const HostTiming& host) {
  auto ms = [](std::chrono::nanoseconds t) { return static_cast<double>(t.count()) / 1e6; };
  auto us_per = [](std::chrono::nanoseconds t, std::size_t n) {
    return n ? static_cast<double>(t.count()) / 1e3 / static_cast<double>(n) : 0.0;
  };
  std::string out = "Rekentijd van swvcheck zelf (alle workers samen):\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %-40s %12.3f ms %10.1f us per jaarverslag (%zu)\n", "jaarverslagen laden",
                ms(host.load), us_per(host.load, host.reports), host.reports);
  out += line;
  std::snprintf(line, sizeof line, "  %-40s %12.3f ms %10.1f us per bevinding (%zu; binnen de tijd van de regels)\n",
                "bevindingen maken", ms(host.findings), us_per(host.findings, host.finding_count), host.finding_count);
  out += line;
  std::snprintf(line, sizeof line, "  %-40s %12.3f ms %10.1f us per bevinding\n", "rapport schrijven", ms(host.write),
                us_per(host.write, host.finding_count));
  out += line;
  return out;
}

}  // namespace swv
