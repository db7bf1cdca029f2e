// swvcheck_bench: how far the full check is from the cost of parsing the XML (docs/benchmark.md).
//
// On one corpus (bench/make_corpus) it measures and prints:
//   - parse-only throughput: pugixml load_buffer of every report, files read into memory first
//     (the floor: what any tool that reads these reports pays);
//   - load throughput: swvcheck's AnnualReport::parse (parse in place + validation + line index);
//   - full-check throughput with all shipped rules (check_files, as `swvcheck check` runs it)
//     at --jobs 1 and --jobs N, on the reports alone and on reports plus registrations;
//   - the ratio full check / parse-only, the speed-up from 1 to N jobs, the slowest rules;
//   - peak memory (VmHWM) of a full check of the first 1,000 and 10,000 reports, each in a
//     child process of its own so one measurement does not inflate the other.
// This is a program to run by hand, not a timed test.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <pugixml.hpp>

#include "cli/cli_support.h"
#include "documents/annual_report.h"
#include "documents/document_set.h"
#include "documents/read_file.h"
#include "engine/engine.h"
#include "report/formats.h"
#include "report/json_report.h"
#include "report/spill_file.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kCheckDate = "2025-06-30";  // fixed, so every run judges the same

const char* kUsage =
    "usage: swvcheck_bench --corpus DIR [--jobs N] [--repeat N] [--top N] [--memory-sizes A,B,...] [--rules DIR]\n"
    "  DIR: a corpus written by make_corpus (jaarverslagen/*.xml, registraties/*.csv).\n"
    "  --jobs N: the parallel run (default: the number of cores); --repeat N: best of N timed runs\n"
    "  (default 3); --top N: slowest rules shown (default 10); --memory-sizes: reports per memory\n"
    "  measurement (default 1000,10000; sizes above the corpus are skipped).\n";

struct Options {
  std::string corpus;
  int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int repeat = 3;
  int top = 10;
  std::vector<std::size_t> memory_sizes{1000, 10000};
  std::vector<std::string> rules;
  std::size_t child_memory = 0;  // internal: run as the memory child with this many reports
  bool child_registrations = false;
  std::size_t child_chunk = 0;
  bool child_json = false;  // internal: write the JSON report while checking, as swvcheck check does
};

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU time of the whole process (all threads), to read figures taken on a busy machine.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// A timed run: wall-clock time (what the targets are about) and CPU time of all threads.
struct Timing {
  Clock::duration wall = Clock::duration::max();
  double cpu = 0;
};

// Best (shortest wall-clock) of `repeat` runs of `body`.
Timing best_of(int repeat, const std::function<void()>& body) {
  Timing best;
  for (int i = 0; i < repeat; ++i) {
    double cpu = cpu_seconds();
    auto start = Clock::now();
    body();
    auto wall = Clock::now() - start;
    if (wall < best.wall) best = {wall, cpu_seconds() - cpu};
  }
  return best;
}

struct Corpus {
  std::vector<std::string> reports;
  std::vector<std::string> registrations;
};

Corpus find_corpus(const std::string& dir) {
  std::string error;
  std::vector<swv::UnreadableEntry> unreadable;
  auto files = swv::expand_input_paths({dir}, &error, &unreadable);
  if (!error.empty()) throw std::runtime_error(error);
  if (!unreadable.empty()) throw std::runtime_error(unreadable.front().path + ": " + unreadable.front().reason);
  Corpus corpus;
  for (auto& file : files) (swv::is_registration_file(file) ? corpus.registrations : corpus.reports).push_back(file);
  if (corpus.reports.empty()) throw std::runtime_error("geen jaarverslagen in " + dir + " (maak ze met make_corpus)");
  return corpus;
}

// The SWV code in a corpus file name: "po1000-2020.xml" and "thuiszitters-po1000.csv" -> "po1000".
std::string code_of(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (swv::is_registration_file(path)) return stem.substr(stem.rfind('-') + 1);
  return stem.substr(0, stem.find('-'));
}

// The first `count` reports and the registrations of their SWVs.
std::vector<std::string> first_reports(const Corpus& corpus, std::size_t count, bool registrations) {
  std::vector<std::string> files(corpus.reports.begin(), corpus.reports.begin() + static_cast<std::ptrdiff_t>(std::min(count, corpus.reports.size())));
  if (registrations) {
    std::set<std::string> codes;
    for (const auto& file : files) codes.insert(code_of(file));
    for (const auto& file : corpus.registrations)
      if (codes.count(code_of(file))) files.push_back(file);
    std::sort(files.begin(), files.end());
  }
  return files;
}

std::size_t bytes_of(const std::vector<std::string>& files) {
  std::size_t total = 0;
  for (const auto& file : files) total += static_cast<std::size_t>(std::filesystem::file_size(file));
  return total;
}

long status_kb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  std::size_t length = std::strlen(field);
  while (std::getline(status, line))
    if (line.compare(0, length, field) == 0 && line.size() > length && line[length] == ':')
      return std::strtol(line.c_str() + length + 1, nullptr, 10);
  return -1;
}

swv::RuleCatalog load_rules(const Options& options) {
  std::ostringstream errors;
  auto catalog = swv::load_catalog(options.rules, swv::SandboxLimits{}, errors);
  if (!catalog) throw std::runtime_error("regels laden niet:\n" + errors.str());
  return std::move(*catalog);
}

struct CheckRun {
  Timing time;
  swv::CheckResult result;
};

CheckRun timed_check(const swv::RuleCatalog& catalog, const std::vector<std::string>& files, int jobs, int repeat) {
  CheckRun run;
  for (int i = 0; i < repeat; ++i) {
    swv::CheckOptions options;
    options.jobs = jobs;
    double cpu = cpu_seconds();
    auto start = Clock::now();
    swv::CheckResult result = swv::check_files(catalog, files, {}, swv::SandboxLimits{}, kCheckDate, options);
    auto wall = Clock::now() - start;
    if (wall < run.time.wall) {
      run.time = {wall, cpu_seconds() - cpu};
      run.result = std::move(result);
    }
  }
  return run;
}

struct Tally {
  std::size_t load_errors = 0, failures = 0, findings = 0;
};

Tally tally(const swv::CheckResult& result) {
  Tally t;
  for (const auto& doc : result.documents) t.load_errors += doc.error.has_value();
  for (const auto& f : result.findings) t.failures += f.status == swv::Status::fout;
  t.findings = result.findings.size();
  return t;
}

void print_rate(const std::string& what, std::size_t docs, std::size_t bytes, const Timing& time) {
  double s = seconds(time.wall);
  std::printf("  %-46s %8.3f s %9.0f docs/s %8.1f MB/s %8.1f us/doc %8.1f CPU us/doc\n", what.c_str(), s,
              static_cast<double>(docs) / s, static_cast<double>(bytes) / 1e6 / s, s * 1e6 / static_cast<double>(docs),
              time.cpu * 1e6 / static_cast<double>(docs));
}

// The memory child: a full check of the first `count` reports, then its own VmHWM. With
// `chunk`, check_files runs on chunks of that many reports and each chunk's findings are
// counted and dropped, as a caller that streams findings out would do.
int run_memory_child(const Options& options) {
  Corpus corpus = find_corpus(options.corpus);
  auto files = first_reports(corpus, options.child_memory, options.child_registrations);
  swv::RuleCatalog catalog = load_rules(options);
  long before = status_kb("VmHWM");
  swv::CheckOptions check;
  check.jobs = options.jobs;
  Tally total;
  if (options.child_json) {
    // As `swvcheck check --format json -o FILE`: findings are laid out and spilled per unit,
    // only their tallies stay; the report goes to /dev/null.
    swv::JsonReportWriter writer(swv::spill_directory_for(""));
    check.on_findings = [&](std::vector<swv::Finding>&& findings) {
      total.findings += findings.size();
      for (const auto& f : findings) total.failures += f.status == swv::Status::fout;
      writer.add(std::move(findings));
    };
    swv::CheckResult result = swv::check_files(catalog, files, {}, swv::SandboxLimits{}, kCheckDate, check);
    for (const auto& doc : result.documents) total.load_errors += doc.error.has_value();
    std::FILE* sink = std::fopen("/dev/null", "w");
    swv::ReportContext context{"bench", "bench", kCheckDate, &catalog};
    bool written = sink && writer.finish(result.documents, context, [&](std::string_view piece) {
      return std::fwrite(piece.data(), 1, piece.size(), sink) == piece.size();
    });
    if (sink) std::fclose(sink);
    if (!written) throw std::runtime_error("cannot write the JSON report to /dev/null");
    std::printf("%zu %ld %ld %zu %zu\n", files.size(), before, status_kb("VmHWM"), total.findings,
                total.load_errors + total.failures);
    return 0;
  }
  std::size_t chunk = options.child_chunk ? options.child_chunk : files.size();
  for (std::size_t first = 0; first < files.size(); first += chunk) {
    std::vector<std::string> part(files.begin() + static_cast<std::ptrdiff_t>(first),
                                  files.begin() + static_cast<std::ptrdiff_t>(std::min(files.size(), first + chunk)));
    Tally t = tally(swv::check_files(catalog, part, {}, swv::SandboxLimits{}, kCheckDate, check));
    total.findings += t.findings;
    total.load_errors += t.load_errors;
    total.failures += t.failures;
  }
  std::printf("%zu %ld %ld %zu %zu\n", files.size(), before, status_kb("VmHWM"), total.findings,
              total.load_errors + total.failures);
  return 0;
}

struct MemoryFigure {
  std::size_t files = 0;
  long before_kb = -1, peak_kb = -1;
  std::size_t findings = 0, problems = 0;
};

// Runs this program again as a memory child and reads its one line of figures.
MemoryFigure measure_memory(const Options& options, std::size_t reports, bool registrations, std::size_t chunk,
                            bool json) {
  std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  std::vector<std::string> args{self, "--corpus", options.corpus, "--jobs", std::to_string(options.jobs),
                                "--child-memory", std::to_string(reports)};
  if (registrations) args.push_back("--child-registrations");
  if (json) args.push_back("--child-json");
  if (chunk) {
    args.push_back("--child-chunk");
    args.push_back(std::to_string(chunk));
  }
  for (const auto& rules : options.rules) {
    args.push_back("--rules");
    args.push_back(rules);
  }
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  pid_t pid;
  int spawned = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawned != 0) {
    close(pipe_fds[0]);
    throw std::runtime_error("cannot start the memory child");
  }
  std::string output;
  char buffer[256];
  for (ssize_t n; (n = read(pipe_fds[0], buffer, sizeof buffer)) > 0;) output.append(buffer, static_cast<std::size_t>(n));
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  MemoryFigure figure;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
      std::sscanf(output.c_str(), "%zu %ld %ld %zu %zu", &figure.files, &figure.before_kb, &figure.peak_kb,
                  &figure.findings, &figure.problems) != 5)
    throw std::runtime_error("the memory child failed: " + output);
  return figure;
}

void print_top_rules(const swv::CheckResult& result, const Timing& check_time, int top) {
  std::vector<std::pair<std::string, swv::RuleTiming>> rows(result.timings.begin(), result.timings.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.total > b.second.total; });
  std::chrono::nanoseconds rules_total{0};
  for (const auto& [id, timing] : rows) rules_total += timing.total;
  double check_ns = static_cast<double>(std::chrono::nanoseconds(check_time.wall).count());
  std::printf("\nSlowest rules (--jobs 1, reports only; the %zu rules took %.3f s of the %.3f s check):\n", rows.size(),
              static_cast<double>(rules_total.count()) / 1e9, check_ns / 1e9);
  std::printf("  %-40s %8s %10s %9s %7s\n", "rule", "calls", "total ms", "us/call", "share");
  int shown = 0;
  for (const auto& [id, timing] : rows) {
    if (shown++ == top) break;
    double ms = static_cast<double>(timing.total.count()) / 1e6;
    std::printf("  %-40s %8zu %10.1f %9.2f %6.1f%%\n", id.c_str(), timing.calls, ms,
                timing.calls ? ms * 1e3 / static_cast<double>(timing.calls) : 0.0,
                100.0 * static_cast<double>(timing.total.count()) / check_ns);
  }
}

// One check at --jobs 1 writing `format` while it runs, as `swvcheck check --format F -o
// /dev/null` does, with the host's own timings (CheckResult::host) and the writer's finish.
struct FormatRun {
  Timing time;
  swv::HostTiming host;
  double finish_seconds = 0;
  std::size_t findings = 0;
};

FormatRun run_format(const swv::RuleCatalog& catalog, const std::vector<std::string>& files,
                     const std::vector<const swv::RuleInfo*>& rules, const std::string& format) {
  FormatRun run;
  std::FILE* sink = std::fopen("/dev/null", "w");
  if (!sink) throw std::runtime_error("cannot open /dev/null");
  auto write = [&](std::string_view piece) { return std::fwrite(piece.data(), 1, piece.size(), sink) == piece.size(); };
  swv::ReportContext context{"bench", "bench", kCheckDate, &catalog};
  auto writer = swv::make_report_writer(format, context, swv::TextOptions{}, swv::spill_directory_for(""), write);
  swv::CheckOptions options;
  options.jobs = 1;
  options.on_findings = [&](std::vector<swv::Finding>&& findings) {
    run.findings += findings.size();
    writer->add(std::move(findings));
  };
  double cpu = cpu_seconds();
  auto start = Clock::now();
  swv::CheckResult result = swv::check_files(catalog, files, rules, swv::SandboxLimits{}, kCheckDate, options);
  auto finish_start = Clock::now();
  bool written = writer->finish(result.documents, write);
  auto end = Clock::now();
  std::fclose(sink);
  if (!written) throw std::runtime_error("cannot write the " + format + " report to /dev/null");
  run.time = {end - start, cpu_seconds() - cpu};
  run.host = result.host;
  run.finish_seconds = seconds(end - finish_start);
  return run;
}

// Where each microsecond of a run goes, per report and per finding (issue 13): loading,
// the rules' own work, turning outcomes into findings, and writing each format.
void print_breakdown(const swv::RuleCatalog& catalog, const std::vector<std::string>& reports) {
  std::printf("\nWhere the time goes (--jobs 1, every shipped rule, report to /dev/null; wall-clock us):\n");
  std::printf("  %-6s %8s %8s | %7s %7s %8s %7s | %8s %7s | %8s\n", "format", "docs/s", "CPU us", "load", "rules",
              "findings", "write", "findings", "write", "findings");
  std::printf("  %-6s %8s %8s | %33s | %16s | %8s\n", "", "", "per doc", "us per report", "us per finding",
              "per doc");
  for (const char* format : {"json", "text", "csv", "sarif", "html"}) {
    FormatRun run = run_format(catalog, reports, {}, format);
    double docs = static_cast<double>(reports.size());
    double n = static_cast<double>(std::max<std::size_t>(run.findings, 1));
    auto us = [](std::chrono::nanoseconds t) { return static_cast<double>(t.count()) / 1e3; };
    double total = seconds(run.time.wall) * 1e6;
    double load = us(run.host.load), made = us(run.host.findings);
    double write = us(run.host.write) + run.finish_seconds * 1e6;
    // What is neither loading nor writing is the rules' calls; making findings is part of
    // them and is shown on its own, so "rules" is the rules' own work (Lua and reads).
    double rules = total - load - write - made;
    std::printf("  %-6s %8.0f %8.1f | %7.1f %7.1f %8.1f %7.1f | %8.2f %7.2f | %8.1f\n", format,
                docs / seconds(run.time.wall), run.time.cpu * 1e6 / docs, load / docs, rules / docs, made / docs,
                write / docs, made / n, write / n, n / docs);
    std::fflush(stdout);
  }
}

// The run a script would be compared with: the decisions of toezicht, reserves,
// doorzettingsmacht, consistentie and the report's own thuiszitters summary (ZP-1), as text.
void print_same_decisions(const swv::RuleCatalog& catalog, const std::vector<std::string>& reports, int repeat) {
  std::string error;
  auto rules = swv::select_rules(catalog, {"toezicht", "reserves", "doorzettingsmacht", "consistentie", "ZP-1"}, &error);
  if (!error.empty()) throw std::runtime_error(error);
  FormatRun best;
  best.time.wall = Clock::duration::max();
  for (int i = 0; i < std::max(repeat, 1); ++i) {
    FormatRun run = run_format(catalog, reports, rules, "text");
    if (run.time.wall < best.time.wall) best = run;
  }
  double docs = static_cast<double>(reports.size());
  std::printf("\nSame decisions (--only toezicht, reserves, doorzettingsmacht, consistentie, ZP-1; text; --jobs 1):\n");
  std::printf("  %zu rules: %.3f s, %.0f docs/s, %.1f CPU us/doc, %zu findings\n", rules.size(), seconds(best.time.wall),
              docs / seconds(best.time.wall), best.time.cpu * 1e6 / docs, best.findings);
  std::fflush(stdout);
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one.empty() ? "?" : one;
}

int run_benchmark(const Options& options) {
  Corpus corpus = find_corpus(options.corpus);
  swv::RuleCatalog catalog = load_rules(options);
  std::size_t docs = corpus.reports.size();
  std::size_t report_bytes = bytes_of(corpus.reports);
  std::size_t registration_bytes = bytes_of(corpus.registrations);
  unsigned cores = std::thread::hardware_concurrency();
  std::printf("swvcheck benchmark: %s\n", options.corpus.c_str());
  std::printf("  %zu annual reports (%.1f MB, %.1f KB each on average), %zu registrations (%.1f MB)\n", docs,
              static_cast<double>(report_bytes) / 1e6, static_cast<double>(report_bytes) / 1e3 / static_cast<double>(docs),
              corpus.registrations.size(), static_cast<double>(registration_bytes) / 1e6);
  std::printf("  %zu rules from %s; check date %s\n", catalog.rules().size(), swv::shipped_rules_folder().c_str(),
              kCheckDate);
  std::printf("  %u cores, load average %s at the start; best of %d runs\n", cores, load_average().c_str(),
              options.repeat);
  if (std::stod(load_average() == "?" ? "0" : load_average()) > 0.5)
    std::printf("  NOTE: the machine is busy; wall-clock figures are pessimistic (see the CPU column)\n");
  std::printf("\n");
  std::fflush(stdout);

  // The floor: parse each report with pugixml from memory, nothing else.
  std::vector<std::string> texts(docs);
  for (std::size_t i = 0; i < docs; ++i)
    if (!swv::read_file(corpus.reports[i], &texts[i])) throw std::runtime_error("cannot read " + corpus.reports[i]);
  std::size_t parse_failures = 0;
  Timing parse_time = best_of(options.repeat, [&] {
    parse_failures = 0;
    for (const auto& text : texts) {
      pugi::xml_document doc;
      parse_failures += !doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    }
  });
  // swvcheck's own loading from memory: in-place parse, checks of every typed value, line index.
  std::size_t load_failures = 0;
  Timing load_time = best_of(options.repeat, [&] {
    load_failures = 0;
    for (std::size_t i = 0; i < docs; ++i) {
      swv::LoadError error;
      load_failures += !swv::AnnualReport::parse(texts[i], corpus.reports[i], &error);
    }
  });
  texts = {};
  if (parse_failures || load_failures)
    std::printf("WARNING: %zu reports do not parse, %zu do not load\n", parse_failures, load_failures);

  // Full checks as `swvcheck check` runs them (files read from disk, i.e. the page cache).
  std::vector<std::string> everything = corpus.reports;
  everything.insert(everything.end(), corpus.registrations.begin(), corpus.registrations.end());
  std::sort(everything.begin(), everything.end());
  timed_check(catalog, corpus.reports, 1, 1);  // warm-up: page cache, allocator
  CheckRun one = timed_check(catalog, corpus.reports, 1, options.repeat);
  CheckRun many = timed_check(catalog, corpus.reports, options.jobs, options.repeat);
  CheckRun one_all, many_all;
  if (!corpus.registrations.empty()) {
    one_all = timed_check(catalog, everything, 1, options.repeat);
    many_all = timed_check(catalog, everything, options.jobs, options.repeat);
  }

  std::printf("Throughput (documents = annual reports; MB = the bytes of the files read):\n");
  std::printf("  %-46s %10s %16s %13s %15s %15s\n", "", "wall", "", "", "", "");
  print_rate("parse only (pugixml load_buffer, in memory)", docs, report_bytes, parse_time);
  print_rate("load (swvcheck parse + validate, in memory)", docs, report_bytes, load_time);
  print_rate("full check, reports, --jobs 1", docs, report_bytes, one.time);
  print_rate("full check, reports, --jobs " + std::to_string(options.jobs), docs, report_bytes, many.time);
  if (!corpus.registrations.empty()) {
    print_rate("full check, + registrations, --jobs 1", docs, report_bytes + registration_bytes, one_all.time);
    print_rate("full check, + registrations, --jobs " + std::to_string(options.jobs), docs,
               report_bytes + registration_bytes, many_all.time);
  }

  double ratio = seconds(parse_time.wall) / seconds(one.time.wall);
  double cpu_ratio = parse_time.cpu / one.time.cpu;
  double speedup = seconds(one.time.wall) / seconds(many.time.wall);
  std::printf("\nTargets:\n");
  std::printf("  full check / parse-only throughput, 1 job:   %6.2f%% (CPU time: %.2f%%)  target >= 25%%   %s\n",
              100 * ratio, 100 * cpu_ratio, ratio >= 0.25 ? "met" : "MISSED");
  std::printf("  speed-up from 1 to %d jobs, reports:          %6.2fx                    target >= 1.7x  %s\n",
              options.jobs, speedup, speedup >= 1.7 ? "met" : "MISSED");
  if (!corpus.registrations.empty())
    std::printf("  speed-up from 1 to %d jobs, + registrations:  %6.2fx\n", options.jobs,
                seconds(one_all.time.wall) / seconds(many_all.time.wall));

  for (const auto* run : {&one, &many, &one_all, &many_all}) {
    if (run->result.documents.empty()) continue;
    Tally t = tally(run->result);
    if (t.load_errors || t.failures)
      std::printf("WARNING: %zu load errors and %zu rule failures (fout) in a run\n", t.load_errors, t.failures);
  }
  std::printf("  findings: %zu on the reports alone, %zu with registrations\n", one.result.findings.size(),
              one_all.result.findings.size());
  print_top_rules(one.result, one.time, options.top);
  std::fflush(stdout);
  print_breakdown(catalog, corpus.reports);
  print_same_decisions(catalog, corpus.reports, options.repeat);

  std::printf("\nPeak memory (VmHWM of a child process per run, --jobs %d; \"before\" = rules loaded):\n",
              options.jobs);
  struct Variant {
    const char* label;
    bool registrations;
    std::size_t chunk;
    bool json;
    bool target;  // the variant the memory target is read from
  };
  const Variant variants[] = {
      {"written out, as check --format json", false, 0, true, true},
      {"written out, + registrations", true, 0, true, false},
      {"kept, as text/html/sarif need", false, 0, false, false},
      {"kept, + registrations", true, 0, false, false},
      {"dropped per 100 reports", false, 100, false, false},
  };
  for (const auto& variant : variants) {
    if (variant.registrations && corpus.registrations.empty()) continue;
    std::vector<std::pair<std::size_t, long>> peaks;
    for (std::size_t size : options.memory_sizes) {
      if (size > docs) {
        std::printf("  %6zu reports: skipped (the corpus has %zu)\n", size, docs);
        continue;
      }
      MemoryFigure m = measure_memory(options, size, variant.registrations, variant.chunk, variant.json);
      std::printf("  %6zu reports, findings %-38s %8.1f MB peak (%.1f MB before), %zu findings%s\n", size,
                  variant.label, static_cast<double>(m.peak_kb) / 1024, static_cast<double>(m.before_kb) / 1024,
                  m.findings, m.problems ? ", WITH ERRORS" : "");
      std::fflush(stdout);
      peaks.emplace_back(size, m.peak_kb);
    }
    if (peaks.size() >= 2) {
      double growth = static_cast<double>(peaks.back().second) / static_cast<double>(peaks.front().second);
      std::printf("         peak for %zu / peak for %zu reports: %.2fx%s\n", peaks.back().first, peaks.front().first,
                  growth,
                  variant.target ? (growth <= 1.5 ? "  (target <= 1.5x: met)" : "  (target <= 1.5x: MISSED)") : "");
    }
  }
  return 0;
}

// Reads the command line into `options`; false (after printing why) on a usage error. The
// --child-* options are internal: the benchmark passes them to its memory children.
bool parse_options(int argc, char** argv, Options* options) {
  namespace po = boost::program_options;
  std::string memory_sizes;
  po::options_description described("options");
  described.add_options()("help,h", "")("corpus", po::value(&options->corpus)->required(), "")(
      "rules", po::value(&options->rules), "")("jobs", po::value(&options->jobs), "")(
      "repeat", po::value(&options->repeat), "")("top", po::value(&options->top), "")(
      "memory-sizes", po::value(&memory_sizes), "")("child-memory", po::value(&options->child_memory), "")(
      "child-chunk", po::value(&options->child_chunk), "")("child-registrations",
                                                          po::bool_switch(&options->child_registrations), "")(
      "child-json", po::bool_switch(&options->child_json), "");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, described), vm);
    if (vm.count("help")) {
      std::cout << kUsage;
      std::exit(0);
    }
    po::notify(vm);
    for (const char* name : {"jobs", "repeat", "top"})
      if (vm.count(name) && vm[name].as<int>() < 1) throw po::error(std::string("--") + name + " needs a positive number");
    for (const char* name : {"child-memory", "child-chunk"})
      if (vm.count(name) && vm[name].as<std::size_t>() < 1)
        throw po::error(std::string("--") + name + " needs a positive number");
    if (vm.count("memory-sizes")) {
      options->memory_sizes.clear();
      std::stringstream list(memory_sizes);
      for (std::string item; std::getline(list, item, ',');) options->memory_sizes.push_back(std::stoul(item));
    }
  } catch (const po::error& e) {
    std::cerr << "swvcheck_bench: " << e.what() << "\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Options options;
    if (!parse_options(argc, argv, &options)) {
      std::cerr << kUsage;
      return 2;
    }
    return options.child_memory ? run_memory_child(options) : run_benchmark(options);
  } catch (const std::exception& e) {
    std::cerr << "swvcheck_bench: " << e.what() << "\n";
    return 1;
  }
}
