#include "cli/commands.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <thread>

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "cli/output_file.h"
#include "cli/progress_line.h"
#include "cli/reference_set.h"
#include "cli/rules_commands.h"
#include "cli/run_inputs.h"
#include "cli/history_command.h"
#include "cli/impact_command.h"
#include "cli/template_command.h"
#include "cli/verify_command.h"
#include "serve/serve_command.h"
#include "documents/document_set.h"
#include "documents/iso_date.h"
#include "engine/engine.h"
#include "report/acceptances.h"
#include "report/baseline.h"
#include "report/terminal_text.h"
#include "report/formats.h"
#include "report/spill_file.h"
#include "report/summary.h"
#include "report/profile_report.h"
#include "report/report_write_error.h"
#include "report/text_report.h"
#include "sandbox/module_loader.h"
#include "store/findings_store.h"
#include "store/run_recorder.h"

namespace swv {
namespace {

namespace po = boost::program_options;

// Far above any real document; keeps --max-document-size from overflowing when shifted.
constexpr std::int64_t kMaxDocumentMiB = 4096;

const char* kUsage =
    "Gebruik: swvcheck OPDRACHT [OPTIES]\n"
    "\n"
    "Opdrachten:\n"
    "  check PAD...     controleer jaarverslagen (bestanden of mappen met .xml)\n"
    "  impact --rules NIEUW PAD...  welke bevindingen van status veranderen door een normwijziging\n"
    "  history          toon de geschiedenis van bevindingen uit een findings-store (--store)\n"
    "  template --swv CODE --jaar JAAR  een leeg jaarverslag om mee te beginnen, met alles wat de regels lezen\n"
    "  serve [--port N] een webpagina op deze computer: upload een jaarverslag en zie de SWV-weergave\n"
    "  verify RAPPORT   herhaal de controle van een JSON-rapport met dezelfde invoer en vergelijk\n"
    "  rules list       toon de regels met hun norm en familie\n"
    "  rules explain ID leg een regel uit: norm, bron, parameters met hun data, gelezen gegevens\n"
    "  rules check      controleer de regelbestanden en testbestanden (metadata, parameters, syntaxis)\n"
    "  rules test [ID]  draai de testgevallen naast de regels (<regel>_test.lua)\n"
    "  rules catalog    maak de normenpagina (docs/normen.md) uit de regels, parameters en testgevallen\n"
    "\n"
    "Algemene opties:\n"
    "  -h [ --help ]    deze hulptekst (ook: swvcheck check --help)\n"
    "  --version        versie van swvcheck\n";

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool out_is_terminal,
                  bool err_is_terminal, bool out_closed) {
  po::options_description options("Opties van swvcheck check");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("format,f", po::value<std::string>()->default_value("text"),
       ("uitvoer: " + report_formats_list()).c_str())
      ("output,o", po::value<std::string>(), "schrijf het rapport naar dit bestand in plaats van naar het scherm")
      ("view", po::value<std::vector<std::string>>()->composing(),
       "weergave: swv (één pagina per samenwerkingsverband en jaar, alleen text en html) of public (namen "
       "en dossiernummers gemaskeerd, voor publicatie; elk formaat); mag vaker")
      ("only", po::value<std::vector<std::string>>()->composing(),
       "alleen deze regel, familie of norm (bijv. reserves of RS-1); mag vaker")
      ("check-date", po::value<std::string>(), "controledatum JJJJ-MM-DD (standaard: vandaag)")
      ("max-document-size", po::value<std::int64_t>()->default_value(std::int64_t{kDefaultMaxDocumentBytes >> 20}),
       "grootste document dat wordt gelezen, in MiB; een groter bestand wordt geweigerd zonder het te lezen")
      ("baseline", po::value<std::string>(),
       "vergelijk met een eerder JSON-rapport: elke bevinding nieuw, opgelost of ongewijzigd")
      ("accept", po::value<std::string>(),
       "geaccepteerde bevindingen met reden (TOML, docs/acceptaties-formaat.md): getoond, maar niet in de exitcode")
      ("store", po::value<std::string>(),
       "voeg deze run toe aan een findings-store (SQLite, docs/store-schema.md); HTML toont dan de geschiedenis")
      ("reference", po::value<std::string>(),
       "referentieset (map met jaarverslagen, bijv. alle SWV's van vorig jaar): toon per kengetal het "
       "percentiel en de mediaan van de sector")
      ("verbose,v", "toon ook bewijs en norm bij bevindingen die voldoen")
      ("jobs,j", po::value<int>()->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))),
       "aantal documenten tegelijk (standaard: aantal processorkernen)")
      ("profile", "toon na afloop de rekentijd per regel (op stderr)")
      ("color", po::value<std::string>()->default_value("auto"), "kleur in tekstuitvoer: auto, always of never");
  options.add(rules_options());
  po::variables_map vm = parse_command_line(args, options, "paths");
  if (vm.count("help")) {
    out << "Gebruik: swvcheck check PAD... [OPTIES]\n\n" << options;
    return 0;
  }
  if (out_closed && !vm.count("output"))
    return usage_error(err, "de standaarduitvoer is gesloten, dus het rapport kan nergens heen; "
                            "geef --output BESTAND of laat de uitvoer open");
  auto format = vm["format"].as<std::string>();
  if (!is_report_format(format))
    return usage_error(err, "onbekend formaat '" + format + "' (" + report_formats_list() + ")");
  bool swv_view = false, public_view = false;
  for (const auto& view : strings(vm, "view")) {
    if (view == "swv") swv_view = true;
    else if (view == "public") public_view = true;
    else return usage_error(err, "onbekende weergave '" + view + "' (swv of public)");
  }
  if (public_view && (vm.count("baseline") || vm.count("store")))
    return usage_error(err, "--view public is voor publicatie: vergelijk (--baseline) en bewaar (--store) met het "
                            "volledige rapport, niet met de gemaskeerde weergave");
  if (swv_view && !has_swv_view(format))
    return usage_error(err, "--view swv is er alleen voor text en html; " + format +
                                " geeft al één regel per bevinding, voor verdere verwerking");
  // A workbook is binary: on a terminal it would only garble the screen.
  if (format == "xlsx" && !vm.count("output") && out_is_terminal)
    return usage_error(err, "--format xlsx schrijft een binair bestand: geef --output BESTAND.xlsx (of stuur de uitvoer naar een bestand)");
  auto color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never")
    return usage_error(err, "--color is auto, always of never");
  auto paths = strings(vm, "paths");
  if (paths.empty()) return usage_error(err, "geef minstens één bestand of map om te controleren");
  std::string check_date = vm.count("check-date") ? vm["check-date"].as<std::string>() : today_iso();
  if (!parse_iso_date(check_date)) return usage_error(err, "--check-date moet een datum JJJJ-MM-DD zijn");
  std::optional<BaselineReport> baseline;
  if (vm.count("baseline")) {
    std::string problem;
    baseline = load_baseline(vm["baseline"].as<std::string>(), &problem);
    if (!baseline) return usage_error(err, problem);
  }

  std::string error;
  std::vector<UnreadableEntry> unreadable;
  auto files = expand_input_paths(paths, &error, &unreadable);
  if (!error.empty()) return usage_error(err, error);
  if (files.empty() && unreadable.empty()) return usage_error(err, "geen .xml-bestanden gevonden in " + paths.front());

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
  std::optional<AcceptanceMarker> acceptances;
  if (vm.count("accept")) {
    auto entries = load_acceptances(vm["accept"].as<std::string>(), *catalog, &error);
    if (!entries) return usage_error(err, error);
    acceptances.emplace(vm["accept"].as<std::string>(), std::move(*entries), check_date);
  }

  CheckOptions check_options;
  check_options.unreadable = std::move(unreadable);
  check_options.public_view = public_view;
  check_options.jobs = vm["jobs"].as<int>();
  if (check_options.jobs < 1) return usage_error(err, "--jobs moet minstens 1 zijn");
  auto max_document_mib = vm["max-document-size"].as<std::int64_t>();
  if (max_document_mib < 1 || max_document_mib > kMaxDocumentMiB)
    return usage_error(err, "--max-document-size moet tussen 1 en " + std::to_string(kMaxDocumentMiB) + " (MiB) liggen");
  check_options.max_document_bytes = static_cast<std::size_t>(max_document_mib) << 20;
  // --reference: the reference set is checked first, only with the rules that compute a key figure.
  std::optional<KengetalCollector> reference_figures, checked_figures;
  SectorReference sector_reference;
  if (vm.count("reference")) {
    reference_figures.emplace(*catalog);
    checked_figures.emplace(*catalog);
    if (!check_reference_set(*catalog, vm["reference"].as<std::string>(), limits, check_date, check_options,
                             &*reference_figures, &sector_reference, &error))
      return usage_error(err, error);
    for (const auto& warning : sector_reference.warnings) err << "swvcheck: waarschuwing: " << escape_controls(warning) << "\n";
  }
  std::optional<ProgressLine> progress;
  if (progress_wanted(err_is_terminal, files.size())) {
    progress.emplace(err);
    check_options.progress = [&](std::size_t done, std::size_t total) { progress->update(done, total); };
  }
  ReportContext context{SWVCHECK_VERSION, rules_fingerprint(*catalog), check_date, &*catalog};
  std::vector<SwitchedOffRule> switched_off;  // filled when the check is done
  context.switched_off = &switched_off;
  if (acceptances) context.acceptances = &*acceptances;
  // The store is opened (and migrated) before any work, so a bad store fails at once.
  std::optional<FindingsStore> store;
  std::optional<RunRecorder> recorder;
  if (vm.count("store")) {
    try {
      store.emplace(vm["store"].as<std::string>());
    } catch (const StoreError& e) {
      return usage_error(err, e.what());
    }
    recorder.emplace(spill_directory_for(vm["store"].as<std::string>()));
  }
  // A JSON report records what makes it repeatable (swvcheck verify): options and hashed
  // inputs; the store keeps the same for each run. The inputs are hashed when the check is
  // done, the documents from the bytes their loader read (check_options.hash_documents).
  std::optional<RunRecord> run;
  if (format == "json" || store) {
    run.emplace();
    run->options = decisive_options(vm, check_date);
    check_options.hash_documents = true;
    if (format == "json") context.run = &*run;
  }
  std::vector<KeyHistory> history;
  if (store) context.history = &history;
  if (reference_figures) context.reference = &sector_reference;  // positions filled when the check is done
  auto write_out = [&](std::string_view piece) {
    if (!output) {
      out << piece;
      return static_cast<bool>(out);
    }
    return output->write(piece);
  };
  // Into an output file, a spill file is copied in the kernel (copy_file_range) rather than
  // read and written again; standard output (a terminal, a pipe) takes it through write_out.
  FileCopier copy_into_output;
  if (output) copy_into_output = [&](int fd, std::uint64_t* offset) { return output->copy_from(fd, offset); };
  auto write_failed = [&](const std::string& why) {
    if (progress) progress->finish();
    if (output && !output->error().empty()) err << "swvcheck: " << output->error() << "\n";
    else if (!output && !out) err << "swvcheck: schrijven naar de standaarduitvoer mislukt\n";
    else err << "swvcheck: " << (why.empty() ? "het rapport kon niet worden geschreven" : why) << "\n";
    return kUsageError;
  };
  auto commit_output = [&] {
    if (output && !output->commit()) {
      err << "swvcheck: " << output->error() << "\n";
      return false;
    }
    return true;
  };

  TextOptions text;
  text.verbose = vm.count("verbose") > 0;
  text.color = color == "always" || (color == "auto" && !output && out_is_terminal && !std::getenv("NO_COLOR"));

  // Every format is written while the check runs: memory stays flat however large the batch
  // (docs/benchmark.md). A baseline marks each unit's findings as they come; the findings it
  // carries over come last. A failing write stops the check at once.
  std::optional<BaselineMarker> marker;
  if (baseline) {
    marker.emplace(*baseline);
    context.baseline_path = baseline->path;
    context.baseline_checked_on = baseline->checked_on;
    context.baseline_warning = baseline_version_warning(*baseline, context.tool_version, context.rules_version);
    if (!context.baseline_warning.empty()) err << "swvcheck: waarschuwing: " << escape_controls(context.baseline_warning) << "\n";
  }
  try {
    std::string spill_directory = spill_directory_for(output ? vm["output"].as<std::string>() : "");
    auto writer = swv_view ? make_swv_view_writer(format, context, spill_directory)
                           : make_report_writer(format, context, text, spill_directory, write_out, copy_into_output);
    // Marks match keys as the documents give them, so they come before the public view masks.
    check_options.mark_findings = [&](std::vector<Finding>& findings) {
      if (marker) marker->mark(findings);
      if (acceptances) acceptances->mark(findings);
      if (public_view)  // the analyst who accepted a finding is a person too
        for (auto& f : findings)
          if (f.accepted) f.accepted->who = "[beoordelaar]";
    };
    check_options.on_findings = [&](std::vector<Finding>&& findings) {
      if (recorder) recorder->add(findings);
      if (checked_figures) checked_figures->add(findings);
      writer->add(std::move(findings));
    };
    CheckResult result = check_files(*catalog, files, selected, limits, check_date, check_options);
    if (progress) progress->finish();
    switched_off = std::move(result.switched_off);  // for the text report's summary
    if (run)
      run->inputs = collect_run_inputs(files, std::move(result.document_sha256), *catalog,
                                       vm.count("accept") ? vm["accept"].as<std::string>() : "",
                                       vm.count("baseline") ? vm["baseline"].as<std::string>() : "");
    auto finish_start = std::chrono::steady_clock::now();
    if (marker) writer->add(marker->carried_over());  // already marked
    writer->set_not_applicable(result.not_applicable);
    // The run goes into the store in one transaction before the report is finished, so the
    // HTML report's history includes it.
    if (store) {
      try {
        recorder->commit(*store, {check_date, SWVCHECK_VERSION, context.rules_version, &*run});
        history = recorder->history_of_checked(*store, result.documents);
      } catch (const StoreError& e) {
        if (progress) progress->finish();
        err << "swvcheck: " << e.what() << "\n";
        return kUsageError;
      }
    }
    if (reference_figures)
      sector_reference.positions = sector_positions(*catalog, result.documents, *checked_figures, *reference_figures);
    if (!writer->finish(result.documents, write_out)) return write_failed("");
    result.host.write += std::chrono::steady_clock::now() - finish_start;
    if (vm.count("profile")) err << write_profile(result.timings, switched_off) << write_host_profile(result.host);
    if (!commit_output()) return kUsageError;
    return exit_code_for(summarize(result.documents, writer->tallies()));
  } catch (const ReportWriteError& e) {
    return write_failed(e.what());
  }
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool out_is_terminal,
            bool err_is_terminal, bool out_closed) {
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
    if (command == "check") return check_command(rest, out, err, out_is_terminal, err_is_terminal, out_closed);
    if (command == "rules") return rules_command(rest, out, err);
    if (command == "verify") return verify_command(rest, out, err);
    if (command == "history") return history_command(rest, out, err);
    if (command == "impact") return impact_command(rest, out, err);
    if (command == "template") return template_command(rest, out, err);
    if (command == "serve") return serve_command(rest, out, err);
    return usage_error(err, "onbekende opdracht of optie '" + command + "'");
  } catch (const po::error& e) {
    return usage_error(err, e.what());
  } catch (const std::exception& e) {
    err << "swvcheck: interne fout: " << e.what() << "\n";
    return kUsageError;
  }
}

}  // namespace swv
