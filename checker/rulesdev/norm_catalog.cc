#include "rulesdev/norm_catalog.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>

namespace swv {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNoFinding = "niet-van-toepassing";

// Text for a Markdown table cell or list item: one line, pipes escaped.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "TZ-2" < "TZ-10": letters as text, digit runs as numbers.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      auto na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
      na.erase(0, std::min(na.find_first_not_of('0'), na.size()));
      nb.erase(0, std::min(nb.find_first_not_of('0'), nb.size()));
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = ei;
      j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

// The rule file below the rules folder it comes from ("reserves/signaleringswaarde.lua").
std::string relative_file(const RuleCatalog& catalog, const std::string& file) {
  fs::path path = fs::path(file).lexically_normal();
  std::string best = path.generic_string();
  for (const auto& folder : catalog.folders()) {
    auto relative = path.lexically_relative(fs::path(folder).lexically_normal());
    if (!relative.empty() && *relative.begin() != "..") best = relative.generic_string();
  }
  return best;
}

// The flagged statuses a rule declares ("signaal", "overtreding"), as a short text.
std::string flagged(const RuleInfo& rule) {
  std::vector<std::string> out;
  for (const auto& o : rule.outcomes)
    if (o == "signaal" || o == "overtreding") out.push_back(o);
  return out.empty() ? "—" : join(out, " of ");
}

std::string count_cell(const RuleInfo& rule, const std::map<std::string, int>& coverage, const std::string& status) {
  auto it = coverage.find(status);
  int n = it == coverage.end() ? 0 : it->second;
  bool declared = std::find(rule.outcomes.begin(), rule.outcomes.end(), status) != rule.outcomes.end();
  if (!declared && n == 0) return "—";
  if (declared && n == 0) return "**0**";
  return std::to_string(n);
}

const char* const kOutcomeLabels[][2] = {
    {"voldoet", "voldoet"},
    {"signaal", "signaal"},
    {"overtreding", "overtreding"},
    {"niet-te-beoordelen", "niet-te-beoordelen"},
    {"niet-van-toepassing", "geen bevinding (niet van toepassing)"},
};

void write_parameters(const RuleCatalog& catalog, const RuleInfo& rule, std::ostream& out) {
  if (rule.params.empty()) {
    out << "Parameters: geen (de regel heeft geen getallen of datums).\n\n";
    return;
  }
  out << "| parameter | betekenis | eenheid | periode | waarde |\n|---|---|---|---|---|\n";
  for (const auto& name : rule.params) {
    const Parameter* p = catalog.params().find(name);
    if (p == nullptr) continue;
    std::string unit = p->unit.empty() ? "—" : p->unit;
    if (!p->rounding.empty()) unit += ", afronding " + p->rounding;
    std::string first = "`" + name + "` | " + cell(p->description) + " (bron: " + cell(p->source) + ") | " + cell(unit);
    if (p->values.empty()) {
      out << "| " << first << " | — | nog geen waarde |\n";
      continue;
    }
    for (std::size_t i = 0; i < p->values.size(); ++i) {
      const auto& v = p->values[i];
      std::string period = "vanaf " + v.from;
      if (i + 1 < p->values.size()) period += " tot " + p->values[i + 1].from;
      out << (i == 0 ? "| " + first + " | " : std::string("| | | | ")) << period << " | "
          << (v.value ? "`" + cell(*v.value) + "`" : std::string("geen waarde")) << " |\n";
    }
  }
  out << "\n";
}

void write_rule(const RuleCatalog& catalog, const RuleInfo& rule, const std::vector<RuleTestFile>& tests,
                std::ostream& out) {
  out << "**Regel `" << rule.id << "`**: " << cell(rule.title) << "\n\n";
  out << "- Norm: " << cell(rule.norm->title) << "\n";
  out << "- Wettelijke basis (bron): " << cell(rule.norm->source) << "\n";
  out << "- Status bij niet voldoen: "
      << (rule.legal_force.empty() ? flagged(rule) : cell(rule.legal_force)) << "\n";
  out << "- In werking: " << in_force_text(rule.norm)
      << " (op de peildatum van het document; daarbuiten geen bevinding)\n";
  out << "- Uitkomsten: " << (rule.outcomes.empty() ? std::string("niet opgegeven") : join(rule.outcomes)) << "\n";
  out << "- Sectoren: " << join(rule.sectors) << "; documenten: " << join(rule.documents) << "\n";
  if (rule.kengetal)
    out << "- Kengetal voor --reference: `" << rule.kengetal->id << "` (" << cell(rule.kengetal->titel) << "; waarde `"
        << rule.kengetal->waarde << "`)\n";
  std::vector<std::string> test_files;
  int cases = 0;
  for (const auto& file : tests)
    if (file.rule == rule.id) {
      test_files.push_back("`" + file.relative + "`");
      cases += static_cast<int>(file.cases.size());
    }
  out << "- Bestand: `" << relative_file(catalog, rule.file) << "`; testgevallen: "
      << (test_files.empty() ? std::string("geen") : join(test_files)) << "\n\n";
  out << cell(rule.description) << "\n\n";
  write_parameters(catalog, rule, out);

  auto coverage = outcome_coverage(rule, tests);
  out << "| uitkomst | testgevallen |\n|---|--:|\n";
  for (const auto& [status, label] : kOutcomeLabels) {
    bool declared = std::find(rule.outcomes.begin(), rule.outcomes.end(), status) != rule.outcomes.end();
    if (!declared && !coverage.count(status)) continue;
    out << "| " << label << " | " << count_cell(rule, coverage, status) << " |\n";
  }
  out << "| totaal | " << cases << " |\n\n";
}

}  // namespace

std::map<std::string, int> outcome_coverage(const RuleInfo& rule, const std::vector<RuleTestFile>& tests) {
  std::map<std::string, int> counts;
  for (const auto& file : tests) {
    if (file.rule != rule.id) continue;
    for (const auto& test_case : file.cases) {
      std::set<std::string> statuses;
      for (const auto& e : test_case.expected) statuses.insert(e.status);
      for (const auto& status : statuses) ++counts[status];
    }
  }
  return counts;
}

std::vector<std::string> untested_outcomes(const RuleInfo& rule, const std::vector<RuleTestFile>& tests) {
  auto coverage = outcome_coverage(rule, tests);
  std::vector<std::string> missing;
  for (const auto& o : rule.outcomes)
    if (!coverage.count(o)) missing.push_back(o);
  return missing;
}

std::string render_norm_catalog(const RuleCatalog& catalog, const std::vector<RuleTestFile>& tests) {
  std::ostringstream out;
  out << "<!-- Gemaakt door `" << kNormCatalogCommand << "` uit rules/; niet met de hand bewerken. -->\n";
  out << "# Normen die swvcheck controleert\n\n";
  out << "Deze pagina is gemaakt uit de regels zelf: hun beschrijving (metadata in "
         "`rules/<familie>/<regel>.lua`), de parameters met hun datums (`rules/params/`) en de "
         "testgevallen naast de regels (`<regel>_test.lua`). Verandert er iets aan een regel, een "
         "parameter of een testgeval, maak de pagina dan opnieuw:\n\n";
  out << "```sh\n" << kNormCatalogCommand << "\n```\n\n";
  out << "Een test van swvcheck faalt als deze pagina niet meer klopt met de regels, en als een "
         "regel een uitkomst kan geven (`outcomes` in de regel) waarvoor geen testgeval bestaat.\n\n";
  out << "Status bij niet voldoen, naar wettelijke kracht: een wettelijke eis die niet gehaald is, "
         "is een `overtreding`; een beleidsverwachting, afspraak of signaleringswaarde een "
         "`signaal`. Ontbreken de gegevens, dan is de uitkomst `niet-te-beoordelen`. Een parameter "
         "geldt vanaf zijn datum tot de volgende; de regel neemt de waarde op 31 december van het "
         "verslagjaar. \"Geen bevinding\" telt testgevallen waarin de regel niets zegt, bijvoorbeeld "
         "omdat de norm in dat verslagjaar nog niet gold. Een vetgedrukte **0** is een uitkomst "
         "zonder testgeval.\n\n";

  // norm id -> rules, per family in the order of families.lua
  std::vector<std::pair<const Family*, std::vector<std::pair<std::string, std::vector<const RuleInfo*>>>>> families;
  for (const auto& family : catalog.families()) {
    std::map<std::string, std::vector<const RuleInfo*>> by_norm;
    for (const auto& rule : catalog.rules())
      if (rule.family == family.id) by_norm[rule.norm_id].push_back(&rule);
    if (by_norm.empty()) continue;
    std::vector<std::pair<std::string, std::vector<const RuleInfo*>>> norms(by_norm.begin(), by_norm.end());
    std::sort(norms.begin(), norms.end(), [](const auto& a, const auto& b) { return natural_less(a.first, b.first); });
    families.emplace_back(&family, std::move(norms));
  }

  out << "## Overzicht\n\n";
  out << "| norm | regel | familie | bij niet voldoen | voldoet | signaal | overtreding | niet-te-beoordelen |\n"
         "|---|---|---|---|--:|--:|--:|--:|\n";
  std::size_t rules = 0;
  for (const auto& [family, norms] : families)
    for (const auto& [norm_id, list] : norms)
      for (const RuleInfo* rule : list) {
        ++rules;
        auto coverage = outcome_coverage(*rule, tests);
        out << "| " << cell(norm_id) << " | `" << rule->id << "` | " << cell(family->title) << " | " << flagged(*rule);
        for (const char* status : {"voldoet", "signaal", "overtreding", "niet-te-beoordelen"})
          out << " | " << count_cell(*rule, coverage, status);
        out << " |\n";
      }
  out << "\n" << rules << " regels; het aantal testgevallen per uitkomst (een testgeval telt één keer per "
      << "uitkomst die het verwacht).\n\n";

  for (const auto& [family, norms] : families) {
    out << "## " << cell(family->title) << " (`" << family->id << "`)\n\n";
    for (const auto& [norm_id, list] : norms) {
      out << "### " << cell(norm_id) << ": " << cell(list.front()->norm->title) << "\n\n";
      for (const RuleInfo* rule : list) write_rule(catalog, *rule, tests, out);
    }
  }
  std::string page = out.str();
  while (page.size() >= 2 && page[page.size() - 1] == '\n' && page[page.size() - 2] == '\n') page.pop_back();
  return page;
}

}  // namespace swv
