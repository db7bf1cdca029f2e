#include "cli/rules_commands.h"

#include <algorithm>

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "cli/output_file.h"
#include "engine/engine.h"
#include "rulesdev/norm_catalog.h"
#include "rulesdev/rule_test_file.h"
#include "rulesdev/rule_tests.h"

namespace swv {
namespace {

namespace po = boost::program_options;

const char* kRulesUsage =
    "Gebruik: swvcheck rules list [--rules MAP]\n"
    "         swvcheck rules explain ID [--rules MAP]   (ID: regel-id of normnummer, bijv. RS-1)\n"
    "         swvcheck rules check [--rules MAP]\n"
    "         swvcheck rules test [--rules MAP] [ID...]   (ID: regel-id, familie of normnummer)\n"
    "         swvcheck rules catalog [--rules MAP] [--output BESTAND]   (de normenpagina, docs/normen.md)\n";

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string padded(const std::string& text, std::size_t width) {
  return text.size() < width ? text + std::string(width - text.size(), ' ') : text + " ";
}

void list_rules(const RuleCatalog& catalog, std::ostream& out) {
  for (const auto& family : catalog.families()) {
    bool header = false;
    for (const auto& rule : catalog.rules()) {
      if (rule.family != family.id) continue;
      if (!header) out << family.title << " (" << family.id << ")\n";
      header = true;
      out << "  " << padded(rule.id, 38) << padded(rule.norm_id, 6) << rule.title << "\n";
    }
  }
}

const RuleInfo* find_rule(const RuleCatalog& catalog, const std::string& name) {
  if (const auto* rule = catalog.find(name)) return rule;
  auto upper = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
  };
  for (const auto& rule : catalog.rules())
    if (upper(rule.norm_id) == upper(name)) return &rule;
  return nullptr;
}

void explain_parameters(const RuleCatalog& catalog, const RuleInfo& rule, std::ostream& out);
void explain_observation(const RuleObservation& seen, std::ostream& out);

// In Dutch: what the rule checks, its norm and source, its parameters with every dated value,
// and, from running its test cases, the data it reads and the outcomes it gives.
void explain_rule(const RuleCatalog& catalog, const RuleInfo& rule, const SandboxLimits& limits, std::ostream& out) {
  auto family = std::find_if(catalog.families().begin(), catalog.families().end(),
                             [&](const Family& f) { return f.id == rule.family; });
  out << rule.id << " (" << rule.norm_id << "): " << rule.title << "\n\n";
  out << "Familie:        " << (family != catalog.families().end() ? family->title : rule.family) << "\n";
  out << "Sectoren:       " << join(rule.sectors) << "\n";
  out << "Documenten:     " << join(rule.documents) << "\n";
  out << "Norm:           " << rule.norm->title << "\n";
  out << "Bron:           " << rule.norm->source << "\n";
  out << "In werking:     " << in_force_text(rule.norm)
      << " (peildatum van het document; daarbuiten geeft de regel geen bevinding)\n";
  out << "Regelbestand:   " << rule.file << "\n\n";
  out << "Wat de regel controleert:\n  " << rule.description << "\n\n";
  if (!rule.legal_force.empty()) out << "Bij niet voldoen: " << rule.legal_force << "\n";
  if (rule.outcomes.empty()) {
    out << "Uitkomsten:     overtreding of signaal (de norm is niet gehaald), voldoet, niet-te-beoordelen\n"
           "                (gegevens of een parameterwaarde ontbreken; de bevinding noemt ze), fout (de regel faalde)\n";
  } else {
    out << "Uitkomsten:     " << join(rule.outcomes) << " (volgens de regel); fout als de regel faalt\n";
  }
  if (rule.kengetal)
    out << "Kengetal:       " << rule.kengetal->id << " (" << rule.kengetal->titel << "), uit values." << rule.kengetal->waarde
        << "; voor --reference\n";
  explain_parameters(catalog, rule, out);
  explain_observation(observe_rule(catalog, rule, limits), out);
}

void explain_parameters(const RuleCatalog& catalog, const RuleInfo& rule, std::ostream& out) {
  if (rule.params.empty()) return;
  out << "\nParameters:\n";
  for (const auto& name : rule.params) {
    const Parameter* p = catalog.params().find(name);
    if (p == nullptr) continue;
    out << "  " << name << ": " << p->description;
    if (!p->unit.empty()) out << " (" << p->unit << (p->rounding.empty() ? "" : ", afronding " + p->rounding) << ")";
    out << "\n    bron: " << p->source << "\n";
    if (p->values.empty()) out << "    nog geen waarde\n";
    for (std::size_t i = 0; i < p->values.size(); ++i) {
      const auto& v = p->values[i];
      out << "    vanaf " << v.from;
      if (i + 1 < p->values.size()) out << " tot " << p->values[i + 1].from;
      out << ": " << (v.value ? *v.value : "geen waarde") << "\n";
    }
  }
}

// What the rule's own test cases show: the data it read and the outcomes it gave.
void explain_observation(const RuleObservation& seen, std::ostream& out) {
  for (const auto& e : seen.errors) out << "\n(testbestand laadt niet: " << e.to_string() << ")\n";
  if (seen.cases == 0) {
    out << "\nGelezen gegevens: onbekend, de regel heeft geen testgevallen (zie swvcheck rules test)\n";
    return;
  }
  out << "\nGelezen gegevens (in de " << seen.cases << " testgevallen van de regel):\n";
  if (seen.read_paths.empty()) out << "  geen\n";
  for (const auto& path : seen.read_paths) out << "  " << path << "\n";
  out << "Uitkomsten in de testgevallen: ";
  for (std::size_t i = 0; i < seen.statuses.size(); ++i) out << (i ? ", " : "") << seen.statuses[i];
  out << (seen.statuses.empty() ? "geen bevinding\n" : "\n");
}

// The norm catalogue page, to stdout or written atomically to `output`.
int write_catalog(const RuleCatalog& catalog, const SandboxLimits& limits, const std::string& output, std::ostream& out,
                  std::ostream& err) {
  std::vector<RuleLoadError> errors;
  auto tests = load_rule_tests(catalog, limits, &errors);
  for (const auto& e : errors) err << "swvcheck: regelfout: " << e.to_string() << "\n";
  if (!errors.empty()) return kUsageError;
  std::string page = render_norm_catalog(catalog, tests);
  if (output.empty()) {
    out << page;
    return 0;
  }
  OutputFile file(output);
  if (!file.ok() || !file.commit(page)) {
    err << "swvcheck: kan " << output << " niet schrijven: " << file.error() << "\n";
    return kUsageError;
  }
  return 0;
}

// Loads every test file without running it, so `rules check` reports broken ones too.
int check_rules(const RuleCatalog& catalog, const SandboxLimits& limits, std::ostream& out, std::ostream& err) {
  std::vector<RuleLoadError> errors;
  auto tests = load_rule_tests(catalog, limits, &errors);
  for (const auto& e : errors) err << "swvcheck: regelfout: " << e.to_string() << "\n";
  if (!errors.empty()) return kUsageError;
  std::size_t cases = 0;
  for (const auto& file : tests) cases += file.cases.size();
  out << "regels in orde: " << catalog.rules().size() << " regels, " << catalog.params().all().size()
      << " parameters, " << catalog.families().size() << " families, " << tests.size() << " testbestanden met "
      << cases << " testgevallen\n";
  return 0;
}

}  // namespace

int rules_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args.front() == "--help" || args.front() == "-h") {
    (args.empty() ? err : out) << kRulesUsage;
    return args.empty() ? kUsageError : 0;
  }
  const std::string& action = args.front();
  if (action != "list" && action != "explain" && action != "check" && action != "test" && action != "catalog")
    return usage_error(err, "onbekende opdracht 'rules " + action + "'");
  po::options_description options("Opties van swvcheck rules");
  options.add(rules_options());
  if (action == "catalog") options.add_options()("output,o", po::value<std::string>(), "schrijf de pagina naar dit bestand");
  po::variables_map vm =
      parse_command_line(std::vector<std::string>(args.begin() + 1, args.end()), options, "names");
  auto names = strings(vm, "names");
  if (action == "explain" && names.empty()) return usage_error(err, "rules explain heeft een regel-id of normnummer nodig");
  if ((action == "list" || action == "check" || action == "catalog") && !names.empty()) return usage_error(err, "onverwacht argument '" + names.front() + "'");

  auto limits = limits_from(vm);
  auto catalog = load_catalog(strings(vm, "rules"), limits, err);
  if (!catalog) return kUsageError;
  if (action == "list") {
    list_rules(*catalog, out);
  } else if (action == "check") {
    return check_rules(*catalog, limits, out, err);
  } else if (action == "catalog") {
    return write_catalog(*catalog, limits, vm.count("output") ? vm["output"].as<std::string>() : "", out, err);
  } else if (action == "test") {
    std::string error;
    auto selected = select_rules(*catalog, names, &error);
    if (!error.empty()) return usage_error(err, error);
    return run_rule_tests(*catalog, selected, limits, out).failed > 0 ? 1 : 0;
  } else {
    for (std::size_t i = 0; i < names.size(); ++i) {
      const RuleInfo* rule = find_rule(*catalog, names[i]);
      if (rule == nullptr) return usage_error(err, "geen regel of norm '" + names[i] + "' (zie swvcheck rules list)");
      if (i > 0) out << "\n";
      explain_rule(*catalog, *rule, limits, out);
    }
  }
  return 0;
}

}  // namespace swv
