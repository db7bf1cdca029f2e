#include "cli/template_command.h"

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "cli/output_file.h"
#include "documents/swv_code.h"
#include "rulesdev/report_skeleton.h"

namespace swv {

namespace po = boost::program_options;

int template_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("Opties van swvcheck template");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("swv", po::value<std::string>(), "de code van het samenwerkingsverband, bijv. PO2704")
      ("jaar", po::value<int>(), "het verslagjaar, bijv. 2024")
      ("output,o", po::value<std::string>(), "schrijf het jaarverslag naar dit bestand in plaats van naar het scherm");
  options.add(rules_options());
  po::variables_map vm = parse_command_line(args, options, "rest");
  if (vm.count("help")) {
    out << "Gebruik: swvcheck template --swv CODE --jaar JAAR [--output BESTAND]\n\n" << options;
    return 0;
  }
  if (!strings(vm, "rest").empty()) return usage_error(err, "template neemt geen bestanden; geef --swv en --jaar");
  if (!vm.count("swv") || !vm.count("jaar")) return usage_error(err, "template heeft --swv CODE en --jaar JAAR nodig");
  auto swv = parse_swv_code(vm["swv"].as<std::string>());
  if (!swv) return usage_error(err, std::string("--swv: verwacht ") + kSwvCodeForm);
  int jaar = vm["jaar"].as<int>();
  if (jaar < 2000 || jaar > 2999) return usage_error(err, "--jaar: verwacht een verslagjaar zoals 2024");

  auto limits = limits_from(vm);
  auto catalog = load_catalog(strings(vm, "rules"), limits, err);
  if (!catalog) return kUsageError;
  std::vector<std::string> problems;
  std::string skeleton = write_report_skeleton(*catalog, limits, *swv, jaar, &problems);
  for (const auto& problem : problems)
    err << "swvcheck: waarschuwing: testbestand niet geladen, het sjabloon mist wat die regel leest: " << problem << "\n";
  if (vm.count("output")) {
    OutputFile file(vm["output"].as<std::string>());
    if (!file.ok() || !file.commit(skeleton)) return usage_error(err, file.error());
    return 0;
  }
  out << skeleton;
  return out ? 0 : kUsageError;
}

}  // namespace swv
