#include "cli/commands.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>

#include <boost/program_options.hpp>

#include "cli/output_file.h"
#include "documents/document_set.h"
#include "documents/iso_date.h"
#include "engine/engine.h"
#include "report/json_report.h"
#include "report/summary.h"
#include "report/text_report.h"
#include "sandbox/module_loader.h"

namespace swv {
namespace {

namespace po = boost::program_options;

constexpr int kUsageError = 2;

const char* kUsage =
    "Gebruik: swvcheck OPDRACHT [OPTIES]\n"
    "\n"
    "Opdrachten:\n"
    "  check PAD...     controleer jaarverslagen (bestanden of mappen met .xml)\n"
    "  rules list       toon de regels met hun norm en familie\n"
    "\n"
    "Algemene opties:\n"
    "  -h [ --help ]    deze hulptekst (ook: swvcheck check --help)\n"
    "  --version        versie van swvcheck\n";

// The shipped rules: SWVCHECK_RULES, else the source tree this binary was built from, else
// an installed share folder beside the binary.
std::string shipped_rules_folder() {
  if (const char* env = std::getenv("SWVCHECK_RULES"); env && *env) return env;
  if (std::filesystem::is_directory(SWVCHECK_SHIPPED_RULES_DIR)) return SWVCHECK_SHIPPED_RULES_DIR;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (exe.parent_path().parent_path() / "share/swvcheck/rules").string();
}

// A short fingerprint of every file the rule set was loaded from, so a report says which
// rules and norms produced it.
std::string rules_fingerprint(const RuleCatalog& catalog) {
  std::vector<std::string> files;
  for (const auto& rule : catalog.rules()) files.push_back(rule.file);
  for (const auto& [name, parameter] : catalog.params().all()) files.push_back(parameter.file);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (const auto& file : files) {
    std::string text;
    read_file(file, &text);
    for (unsigned char c : std::filesystem::path(file).filename().string() + text) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
  }
  std::ostringstream out;
  out << std::hex << hash;
  return out.str();
}

std::optional<RuleCatalog> load_catalog(const std::vector<std::string>& overlays, const SandboxLimits& limits,
                                        std::ostream& err) {
  std::vector<std::string> folders{shipped_rules_folder()};
  folders.insert(folders.end(), overlays.begin(), overlays.end());
  RuleCatalog catalog;
  std::vector<RuleLoadError> errors;
  if (RuleCatalog::load(folders, limits, &catalog, &errors)) return catalog;
  for (const auto& e : errors) err << "swvcheck: regelfout: " << e.to_string() << "\n";
  return std::nullopt;
}

int usage_error(std::ostream& err, const std::string& message) {
  err << "swvcheck: " << message << " (zie swvcheck --help)\n";
  return kUsageError;
}

po::options_description rules_options() {
  po::options_description options("Regels");
  options.add_options()
      ("rules", po::value<std::vector<std::string>>()->composing(),
       "extra regelmap over de meegeleverde regels (regels en parameters met dezelfde naam vervangen die)")
      ("max-instructions", po::value<std::int64_t>(), "instructielimiet per regel per document")
      ("max-memory", po::value<std::size_t>(), "geheugenlimiet van de Lua-omgeving in MiB")
      ("timeout-ms", po::value<long>(), "tijdslimiet per regel per document in milliseconden");
  return options;
}

SandboxLimits limits_from(const po::variables_map& vm) {
  SandboxLimits limits;
  if (vm.count("max-instructions")) limits.instructions = vm["max-instructions"].as<std::int64_t>();
  if (vm.count("max-memory")) limits.memory_bytes = vm["max-memory"].as<std::size_t>() << 20;
  if (vm.count("timeout-ms")) limits.wall_time = std::chrono::milliseconds(vm["timeout-ms"].as<long>());
  return limits;
}

std::vector<std::string> strings(const po::variables_map& vm, const char* name) {
  return vm.count(name) ? vm[name].as<std::vector<std::string>>() : std::vector<std::string>{};
}

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool out_is_terminal) {
  po::options_description options("Opties van swvcheck check");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("format,f", po::value<std::string>()->default_value("text"), "uitvoer: text of json")
      ("output,o", po::value<std::string>(), "schrijf het rapport naar dit bestand in plaats van naar het scherm")
      ("only", po::value<std::vector<std::string>>()->composing(),
       "alleen deze regel, familie of norm (bijv. reserves of RS-1); mag vaker")
      ("check-date", po::value<std::string>(), "controledatum JJJJ-MM-DD (standaard: vandaag)")
      ("verbose,v", "toon ook bewijs en norm bij bevindingen die voldoen")
      ("color", po::value<std::string>()->default_value("auto"), "kleur in tekstuitvoer: auto, always of never");
  options.add(rules_options());
  po::options_description hidden;
  hidden.add_options()("paths", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("paths", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    out << "Gebruik: swvcheck check PAD... [OPTIES]\n\n" << options;
    return 0;
  }
  auto format = vm["format"].as<std::string>();
  if (format != "text" && format != "json") return usage_error(err, "onbekend formaat '" + format + "' (text of json)");
  auto color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never")
    return usage_error(err, "--color is auto, always of never");
  auto paths = strings(vm, "paths");
  if (paths.empty()) return usage_error(err, "geef minstens één bestand of map om te controleren");
  std::string check_date = vm.count("check-date") ? vm["check-date"].as<std::string>() : today_iso();
  if (!parse_iso_date(check_date)) return usage_error(err, "--check-date moet een datum JJJJ-MM-DD zijn");

  std::string error;
  auto files = expand_input_paths(paths, &error);
  if (!error.empty()) return usage_error(err, error);
  if (files.empty()) return usage_error(err, "geen .xml-bestanden gevonden in " + paths.front());

  std::optional<OutputFile> output;
  if (vm.count("output")) {
    output.emplace(vm["output"].as<std::string>());
    if (!output->ok()) return usage_error(err, output->error());
  }
  auto limits = limits_from(vm);
  auto catalog = load_catalog(strings(vm, "rules"), limits, err);
  if (!catalog) return kUsageError;
  auto selected = select_rules(*catalog, strings(vm, "only"), &error);
  if (!error.empty()) return usage_error(err, error);

  CheckResult result = check_files(*catalog, files, selected, limits, check_date);
  ReportContext context{SWVCHECK_VERSION, rules_fingerprint(*catalog), check_date, &*catalog};
  std::string report;
  if (format == "json") {
    report = write_json_report(result, context);
  } else {
    TextOptions text;
    text.verbose = vm.count("verbose") > 0;
    text.color = color == "always" || (color == "auto" && !output && out_is_terminal && !std::getenv("NO_COLOR"));
    report = write_text_report(result, context, text);
  }
  if (output) {
    if (!output->commit(report)) {
      err << "swvcheck: " << output->error() << "\n";
      return kUsageError;
    }
  } else {
    out << report;
  }
  return exit_code_for(summarize(result));
}

int rules_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args.front() == "--help" || args.front() == "-h") {
    out << "Gebruik: swvcheck rules list [--rules MAP]\n";
    return args.empty() ? kUsageError : 0;
  }
  if (args.front() != "list") return usage_error(err, "onbekende opdracht 'rules " + args.front() + "'");
  po::options_description options("Opties van swvcheck rules list");
  options.add(rules_options());
  po::variables_map vm;
  po::store(po::command_line_parser(std::vector<std::string>(args.begin() + 1, args.end())).options(options).run(), vm);
  po::notify(vm);
  auto catalog = load_catalog(strings(vm, "rules"), limits_from(vm), err);
  if (!catalog) return kUsageError;
  for (const auto& family : catalog->families()) {
    bool header = false;
    for (const auto& rule : catalog->rules()) {
      if (rule.family != family.id) continue;
      if (!header) out << family.title << " (" << family.id << ")\n";
      header = true;
      out << "  " << rule.id << std::string(rule.id.size() < 38 ? 38 - rule.id.size() : 1, ' ') << rule.norm_id
          << std::string(rule.norm_id.size() < 6 ? 6 - rule.norm_id.size() : 1, ' ') << rule.title << "\n";
    }
  }
  return 0;
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool out_is_terminal) {
  try {
    if (args.empty()) {
      err << kUsage;
      return kUsageError;
    }
    const std::string& command = args.front();
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
      out << kUsage;
      return 0;
    }
    if (command == "--version") {
      out << "swvcheck " << SWVCHECK_VERSION << "\n";
      return 0;
    }
    if (command == "check") return check_command(rest, out, err, out_is_terminal);
    if (command == "rules") return rules_command(rest, out, err);
    return usage_error(err, "onbekende opdracht of optie '" + command + "'");
  } catch (const po::error& e) {
    return usage_error(err, e.what());
  } catch (const std::exception& e) {
    err << "swvcheck: interne fout: " << e.what() << "\n";
    return kUsageError;
  }
}

}  // namespace swv
