#include "report/acceptances.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <toml++/toml.h>

#include "documents/iso_date.h"
#include "documents/read_file.h"

namespace swv {

std::string to_string(AcceptState state) {
  switch (state) {
    case AcceptState::gebruikt: return "gebruikt";
    case AcceptState::ongebruikt: return "ongebruikt";
    case AcceptState::verlopen: return "verlopen";
  }
  return "ongebruikt";
}

namespace {

// A problem in the file, with the position of the node it is about.
struct AcceptFileError {
  std::string message;
  toml::source_position where;
};

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

const std::set<std::string>& known_keys() {
  static const std::set<std::string> keys{"rule", "swv", "jaar", "subject", "reason", "who", "date", "expires"};
  return keys;
}

std::string required_text(const toml::table& table, const char* key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) throw AcceptFileError{std::string("'") + key + "' ontbreekt", table.source().begin};
  auto text = node->value<std::string>();
  if (!node->is_string() || !text || text->empty())
    throw AcceptFileError{std::string("'") + key + "' moet een niet-lege tekst zijn", node->source().begin};
  return *text;
}

// A TOML date (2024-06-01) or the same as a string ("2024-06-01").
std::string required_date(const toml::table& table, const char* key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) throw AcceptFileError{std::string("'") + key + "' ontbreekt", table.source().begin};
  std::string text;
  if (const auto* date = node->as_date()) {
    const toml::date& d = date->get();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(d.year), static_cast<int>(d.month),
                  static_cast<int>(d.day));
    text = buffer;
  } else if (node->is_string()) {
    text = *node->value<std::string>();
  }
  if (!parse_iso_date(text))
    throw AcceptFileError{std::string("'") + key + "' moet een datum JJJJ-MM-DD zijn", node->source().begin};
  return text;
}

AcceptEntry read_entry(const toml::table& table, const RuleCatalog& catalog) {
  for (const auto& [key, node] : table)
    if (!known_keys().count(std::string(key.str())))
      throw AcceptFileError{"onbekende sleutel '" + std::string(key.str()) +
                                "' (bekend: rule, swv, jaar, subject, reason, who, date, expires)",
                            node.source().begin};
  AcceptEntry entry;
  entry.line = static_cast<int>(table.source().begin.line);
  entry.column = static_cast<int>(table.source().begin.column);
  entry.rule = required_text(table, "rule");
  if (catalog.find(entry.rule) == nullptr) {
    bool norm = std::any_of(catalog.rules().begin(), catalog.rules().end(),
                            [&](const RuleInfo& r) { return upper(r.norm_id) == upper(entry.rule); });
    if (!norm)
      throw AcceptFileError{"geen regel of norm '" + entry.rule + "' (zie swvcheck rules list)",
                            table.get("rule")->source().begin};
    entry.by_norm = true;
  }
  entry.swv = required_text(table, "swv");
  if (const toml::node* jaar = table.get("jaar")) {
    auto year = jaar->value<std::int64_t>();
    if (!jaar->is_integer() || !year || *year < 1900 || *year > 2999)
      throw AcceptFileError{"'jaar' moet een jaartal zijn (of weglaten voor elk jaar)", jaar->source().begin};
    entry.jaar = static_cast<int>(*year);
  }
  if (table.get("subject")) entry.subject = required_text(table, "subject");
  entry.reason = required_text(table, "reason");
  entry.who = required_text(table, "who");
  entry.date = required_date(table, "date");
  entry.expires = required_date(table, "expires");
  return entry;
}

std::string position(const std::string& path, const toml::source_position& where) {
  return path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

std::optional<std::vector<AcceptEntry>> load_acceptances(const std::string& path, const RuleCatalog& catalog,
                                                         std::string* error) {
  std::string text;
  if (!read_file(path, &text)) {
    *error = "kan acceptatiebestand '" + path + "' niet lezen";
    return std::nullopt;
  }
  std::vector<AcceptEntry> entries;
  try {
    toml::table file = toml::parse(text, path);
    for (const auto& [key, node] : file)
      if (key.str() != "accept")
        throw AcceptFileError{"onbekende sleutel '" + std::string(key.str()) + "' (alleen [[accept]]-tabellen)",
                              node.source().begin};
    if (const toml::node* list = file.get("accept")) {
      const toml::array* array = list->as_array();
      if (array == nullptr || !array->is_array_of_tables())
        throw AcceptFileError{"'accept' moet een lijst van tabellen zijn: schrijf [[accept]]", list->source().begin};
      for (const auto& item : *array) entries.push_back(read_entry(*item.as_table(), catalog));
    }
  } catch (const toml::parse_error& e) {
    *error = "acceptatiebestand " + position(path, e.source().begin) + ": geen geldige TOML: " +
             std::string(e.description());
    return std::nullopt;
  } catch (const AcceptFileError& e) {
    *error = "acceptatiebestand " + position(path, e.where) + ": " + e.message;
    return std::nullopt;
  }
  return entries;
}

AcceptanceMarker::AcceptanceMarker(std::string path, std::vector<AcceptEntry> entries, const std::string& check_date)
    : path_(std::move(path)), entries_(std::move(entries)), matched_(entries_.size(), 0) {
  // ISO dates compare as text; from its expiry date on an entry no longer applies.
  for (const auto& entry : entries_) expired_.push_back(entry.expires <= check_date);
}

bool AcceptanceMarker::matches(const AcceptEntry& entry, const Finding& f) const {
  if (entry.by_norm ? upper(f.norm->id) != upper(entry.rule) : f.rule != entry.rule) return false;
  if (f.swv != entry.swv || (entry.jaar && *entry.jaar != f.jaar)) return false;
  if (!entry.subject) return true;
  std::string prefix = f.rule + "/" + f.swv + "/";
  return f.key.size() > prefix.size() && f.key.compare(0, prefix.size(), prefix) == 0 &&
         f.key.substr(prefix.size()) == *entry.subject;
}

void AcceptanceMarker::mark(std::vector<Finding>& findings) {
  for (auto& f : findings) {
    if (!is_flagged(f.status) || is_carried_over(f)) continue;
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      if (!matches(entries_[i], f)) continue;
      ++matched_[i];
      if (!chosen || (expired_[*chosen] && !expired_[i])) chosen = i;
    }
    if (!chosen) continue;
    const AcceptEntry& entry = entries_[*chosen];
    f.accepted = Acceptance{entry.reason, entry.who, entry.date, entry.expires, expired_[*chosen]};
  }
}

std::vector<AcceptanceMarker::EntryState> AcceptanceMarker::states() const {
  std::vector<EntryState> states;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    AcceptState state = expired_[i] ? AcceptState::verlopen
                        : matched_[i] > 0 ? AcceptState::gebruikt
                                          : AcceptState::ongebruikt;
    states.push_back({&entries_[i], state, matched_[i]});
  }
  return states;
}

std::string describe_acceptance(const Acceptance& a) {
  if (a.expired) return "acceptatie verlopen op " + a.expires + ": " + a.reason + " (" + a.who + ", " + a.date + ")";
  return "geaccepteerd: " + a.reason + " (" + a.who + ", " + a.date + "; tot " + a.expires + ")";
}

std::string describe_entry(const AcceptEntry& entry) {
  std::string text = entry.rule + " " + entry.swv;
  text += entry.jaar ? " " + std::to_string(*entry.jaar) : " (elk jaar)";
  if (entry.subject) text += " " + *entry.subject;
  return text + " (regel " + std::to_string(entry.line) + "): " + entry.reason;
}

}  // namespace swv
