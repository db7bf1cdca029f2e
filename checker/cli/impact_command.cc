#include "cli/impact_command.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "cli/output_file.h"
#include "documents/document_set.h"
#include "documents/iso_date.h"
#include "engine/engine.h"
#include "report/impact_report.h"

namespace swv {

namespace po = boost::program_options;

int impact_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("Opties van swvcheck impact");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("base", po::value<std::vector<std::string>>()->composing(),
       "regelmap van de huidige norm over de meegeleverde regels (standaard: de meegeleverde regels zelf)")
      ("format,f", po::value<std::string>()->default_value("text"), "uitvoer: text, json of html")
      ("output,o", po::value<std::string>(), "schrijf het rapport naar dit bestand")
      ("check-date", po::value<std::string>(), "controledatum JJJJ-MM-DD (standaard: vandaag)")
      ("jobs,j", po::value<int>()->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))),
       "aantal documenten tegelijk");
  options.add(rules_options());
  po::variables_map vm = parse_command_line(args, options, "paths");
  if (vm.count("help")) {
    out << "Gebruik: swvcheck impact --rules NIEUW [--base OUD] PAD... [OPTIES]\n\n" << options;
    return 0;
  }
  auto new_rules = strings(vm, "rules");
  if (new_rules.empty()) return usage_error(err, "impact heeft --rules NIEUW nodig: de regelmap met de gewijzigde norm");
  auto format = vm["format"].as<std::string>();
  if (format != "text" && format != "json" && format != "html")
    return usage_error(err, "onbekend formaat '" + format + "' voor impact (text, json of html)");
  auto paths = strings(vm, "paths");
  if (paths.empty()) return usage_error(err, "geef minstens één bestand of map om te controleren");
  std::string check_date = vm.count("check-date") ? vm["check-date"].as<std::string>() : today_iso();
  if (!parse_iso_date(check_date)) return usage_error(err, "--check-date moet een datum JJJJ-MM-DD zijn");
  std::string error;
  std::vector<UnreadableEntry> unreadable;  // failed documents, as in check
  auto files = expand_input_paths(paths, &error, &unreadable);
  if (!error.empty()) return usage_error(err, error);
  if (files.empty() && unreadable.empty()) return usage_error(err, "geen .xml-bestanden gevonden in " + paths.front());
  CheckOptions check_options;
  check_options.unreadable = std::move(unreadable);
  check_options.jobs = vm["jobs"].as<int>();
  if (check_options.jobs < 1) return usage_error(err, "--jobs moet minstens 1 zijn");
  std::optional<OutputFile> output;
  if (vm.count("output")) {
    output.emplace(vm["output"].as<std::string>());
    if (!output->ok()) return usage_error(err, output->error());
  }

  auto limits = limits_from(vm);
  auto base_rules = strings(vm, "base");
  auto base = load_catalog(base_rules, limits, err);
  if (!base) return kUsageError;
  auto changed = load_catalog(new_rules, limits, err);
  if (!changed) return kUsageError;

  // One pass over the documents: the base rules as the main set, the new ones beside them.
  // The two sinks are called from different workers at the same time: one lock for the tally.
  ImpactTally tally;
  std::mutex tally_mutex;
  check_options.on_findings = [&](std::vector<Finding>&& findings) {
    std::lock_guard lock(tally_mutex);
    tally.add_base(findings);
  };
  check_options.other_catalogs = {&*changed};
  check_options.on_other_findings = [&](std::size_t, std::vector<Finding>&& findings) {
    std::lock_guard lock(tally_mutex);
    tally.add_new(findings);
  };
  CheckResult result = check_files(*base, files, {}, limits, check_date, check_options);

  ImpactContext context{SWVCHECK_VERSION, check_date, base_rules, new_rules, std::move(result.documents)};
  auto changes = tally.changes();
  std::string report = format == "json"   ? write_impact_json(changes, tally.unchanged(), context)
                       : format == "html" ? write_impact_html(changes, tally.unchanged(), context)
                                          : write_impact_text(changes, tally.unchanged(), context);
  if (!output) {
    out << report;
    return 0;
  }
  if (!output->write(report) || !output->commit()) {
    err << "swvcheck: " << output->error() << "\n";
    return kUsageError;
  }
  return 0;
}

}  // namespace swv
