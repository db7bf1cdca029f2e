#include "cli/history_command.h"

#include <filesystem>

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "store/findings_store.h"

namespace swv {

namespace po = boost::program_options;

int history_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("Opties van swvcheck history");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("store", po::value<std::string>(), "de findings-store (SQLite) die swvcheck check --store vulde")
      ("rule", po::value<std::string>(), "alleen deze regel of norm (bijv. RS-1)");
  po::variables_map vm = parse_command_line(args, options, "swv");
  if (vm.count("help")) {
    out << "Gebruik: swvcheck history --store BESTAND.sqlite [SWV] [--rule ID]\n\n" << options;
    return 0;
  }
  if (!vm.count("store")) return usage_error(err, "history heeft --store BESTAND.sqlite nodig");
  auto swvs = strings(vm, "swv");
  if (swvs.size() > 1) return usage_error(err, "history neemt hoogstens één SWV");
  const std::string path = vm["store"].as<std::string>();
  if (!std::filesystem::exists(path)) return usage_error(err, "findings-store " + path + " bestaat niet");
  try {
    FindingsStore store(path);
    auto histories = store.history(swvs.empty() ? "" : swvs.front(), vm.count("rule") ? vm["rule"].as<std::string>() : "");
    if (histories.empty()) {
      out << "geen bevindingen in " << path << (swvs.empty() ? "" : " voor " + swvs.front()) << "\n";
      return 0;
    }
    out << write_history_text(histories);
    return 0;
  } catch (const StoreError& e) {
    err << "swvcheck: " << e.what() << "\n";
    return kUsageError;
  }
}

}  // namespace swv
