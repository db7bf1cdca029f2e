#include "cli/cli_support.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "sandbox/module_loader.h"

namespace swv {

namespace po = boost::program_options;

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
      ("max-memory", po::value<std::size_t>(), "geheugenlimiet per regel per document in MiB (Lua en wat de regel de host laat bewaren)")
      ("timeout-ms", po::value<long>(), "tijdslimiet per regel per document in milliseconden")
      ("max-findings", po::value<std::size_t>(),
       "hoogstens zoveel bevindingen per regel per document (standaard 1000); daarboven: fout");
  return options;
}

SandboxLimits limits_from(const po::variables_map& vm) {
  SandboxLimits limits;
  if (vm.count("max-instructions")) {
    limits.instructions = vm["max-instructions"].as<std::int64_t>();
    limits.count_after = {};  // a budget asked for is counted exactly, from the first instruction
  }
  if (vm.count("max-memory")) limits.memory_bytes = vm["max-memory"].as<std::size_t>() << 20;
  if (vm.count("timeout-ms")) limits.wall_time = std::chrono::milliseconds(vm["timeout-ms"].as<long>());
  if (vm.count("max-findings")) limits.max_findings = vm["max-findings"].as<std::size_t>();
  return limits;
}

po::variables_map parse_command_line(const std::vector<std::string>& args, const po::options_description& options,
                                     const char* positional_name) {
  po::options_description hidden;
  hidden.add_options()(positional_name, po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add(positional_name, -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  po::notify(vm);
  return vm;
}

std::vector<std::string> strings(const po::variables_map& vm, const char* name) {
  return vm.count(name) ? vm[name].as<std::vector<std::string>>() : std::vector<std::string>{};
}

}  // namespace swv
