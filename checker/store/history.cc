#include "store/history.h"

#include <sstream>

namespace swv {

std::vector<StoredStatus> KeyHistory::by_year() const {
  std::vector<StoredStatus> years;
  for (const auto& s : seen) {
    if (!years.empty() && years.back().jaar == s.jaar) years.back() = s;  // a later run of that year
    else years.push_back(s);
  }
  return years;
}

int KeyHistory::since() const {
  auto years = by_year();
  if (years.empty()) return 0;
  std::size_t first = years.size() - 1;
  while (first > 0 && years[first - 1].status == years.back().status) --first;
  return years[first].jaar;
}

std::vector<std::pair<int, int>> KeyHistory::came_back() const {
  std::vector<std::pair<int, int>> returns;
  bool was_flagged = false;
  int resolved = 0;
  for (const auto& year : by_year()) {
    if (is_flagged(year.status)) {
      if (resolved) returns.emplace_back(resolved, year.jaar);
      was_flagged = true;
      resolved = 0;
    } else if (year.status == Status::voldoet && was_flagged && !resolved) {
      resolved = year.jaar;
    }
  }
  return returns;
}

std::vector<KeyHistory> group_history(const std::vector<StoredRow>& rows) {
  std::vector<KeyHistory> histories;
  for (const auto& row : rows) {
    if (histories.empty() || histories.back().swv != row.swv || histories.back().key != row.key)
      histories.push_back({row.swv, row.key, row.rule, row.norm_id, {}});
    histories.back().seen.push_back(row.status);
  }
  return histories;
}

std::string write_history_text(const std::vector<KeyHistory>& histories) {
  std::ostringstream out;
  for (const auto& h : histories) {
    out << h.swv << "  " << h.key;
    if (!h.norm_id.empty()) out << "  [" << h.norm_id << "]";
    out << "\n";
    for (std::size_t i = 0; i < h.seen.size(); ++i) {
      const auto& s = h.seen[i];
      bool first_of_year = i == 0 || h.seen[i - 1].jaar != s.jaar;
      out << (first_of_year ? "  " + std::to_string(s.jaar) + ": " : std::string("        ")) << to_string(s.status)
          << (s.accepted ? " (geaccepteerd)" : "") << "  (run " << s.run << ", gecontroleerd op " << s.checked_on
          << ")\n";
    }
    auto years = h.by_year();
    out << "  nu " << to_string(years.back().status) << " sinds " << h.since();
    for (const auto& [resolved, back] : h.came_back())
      out << "; opgelost in " << resolved << ", teruggekomen in " << back;
    out << "\n\n";
  }
  return out.str();
}

}  // namespace swv
