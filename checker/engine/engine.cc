#include "engine/engine.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <cctype>
#include <iterator>
#include <map>
#include <memory>
#include <set>

#include "documents/annual_report.h"
#include "documents/check_unit.h"
#include "documents/document_set.h"
#include "documents/personal_data.h"
#include "documents/registration.h"
#include "engine/switch_off.h"
#include "sandbox/rule_runner.h"

namespace swv {
namespace {

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

using UnitKey = std::pair<std::string, int>;  // SWV code, year

// The registrations of a run, loaded first (they are small) and indexed by SWV and year.
struct RegistrationIndex {
  std::vector<std::unique_ptr<Registration>> files;
  std::map<UnitKey, std::map<std::string, std::vector<RecordRef>>> records;
  std::map<UnitKey, std::set<std::size_t>> documents;  // which input documents hold the records
};

DocumentRecord load_registration(const std::string& path, std::size_t index, std::size_t max_bytes,
                                 std::string* sha256, RegistrationIndex* registrations) {
  DocumentRecord record;
  record.path = path;
  LoadError error;
  auto registration = Registration::load(path, &error, max_bytes, sha256);
  if (!registration) {
    record.kind = "registratie";
    record.error = error;
    return record;
  }
  record.kind = registration->kind();
  record.line_errors = registration->line_errors();
  std::set<std::string> codes;
  std::set<int> years;
  int year_column = registration->column_index(registration->format().year_column);
  int swv_column = registration->column_index("swv_code");
  for (const auto& row : registration->records()) {
    const std::string& swv = *row.values[static_cast<std::size_t>(swv_column)];
    int year = std::stoi(row.values[static_cast<std::size_t>(year_column)]->substr(0, 4));
    codes.insert(swv);
    years.insert(year);
    registrations->records[{swv, year}][registration->kind()].push_back({registration.get(), &row});
    registrations->documents[{swv, year}].insert(index);
  }
  if (codes.size() == 1) record.swv = *codes.begin();
  if (years.size() == 1) record.jaar = *years.begin();
  registrations->files.push_back(std::move(registration));
  return record;
}

}  // namespace

std::vector<const RuleInfo*> select_rules(const RuleCatalog& catalog, const std::vector<std::string>& filters,
                                          std::string* error) {
  std::vector<const RuleInfo*> selected;
  for (const auto& filter : filters) {
    bool matched = false;
    for (const auto& rule : catalog.rules()) {
      if (rule.id == filter || rule.family == filter || upper(rule.norm_id) == upper(filter)) {
        matched = true;
        if (std::find(selected.begin(), selected.end(), &rule) == selected.end()) selected.push_back(&rule);
      }
    }
    if (!matched) {
      *error = "geen regel, familie of norm '" + filter + "' (zie: swvcheck rules list)";
      return {};
    }
  }
  std::sort(selected.begin(), selected.end(), [](const RuleInfo* a, const RuleInfo* b) { return a->id < b->id; });
  return selected;
}

namespace {

// Runs `work(worker_runner, item)` for items 0..count-1 on `jobs` threads, each with its own
// runner; items are taken in order from a shared counter.
void run_parallel(std::size_t count, int jobs, const std::function<std::unique_ptr<RuleRunner>()>& make_runner,
                  const std::function<void(RuleRunner&, std::size_t)>& work,
                  std::vector<std::unique_ptr<RuleRunner>>* runners) {
  std::atomic<std::size_t> next{0};
  auto worker = [&](RuleRunner& runner) {
    for (std::size_t item = next++; item < count; item = next++) work(runner, item);
  };
  auto threads = static_cast<std::size_t>(std::max(1, std::min<int>(jobs, static_cast<int>(std::max<std::size_t>(count, 1)))));
  while (runners->size() < threads) runners->push_back(make_runner());
  if (threads == 1) {
    worker(*runners->front());
    return;
  }
  std::vector<std::thread> pool;
  std::vector<std::exception_ptr> failures(threads);
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      try {
        worker(*(*runners)[t]);
      } catch (...) {
        failures[t] = std::current_exception();
        next = count;  // the other workers take no new item: the run is over
      }
    });
  for (auto& thread : pool) thread.join();
  for (auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

// One unit's findings with what the runner did per rule and where they go in the report.
struct UnitOutcome {
  std::vector<Finding> findings;
  std::vector<RuleRunRecord> records;
  std::string swv;
  int jaar = 0;
  std::string document;
  std::vector<PersonalValue> personal;  ///< with the public view: what to mask in its findings
};

// The public view: the unit's personal names and dossier ids masked wherever a finding shows them.
void mask_personal_data(const std::vector<PersonalValue>& personal, std::vector<Finding>* findings) {
  if (personal.empty()) return;
  for (auto& f : *findings) {
    f.message = mask_personal(f.message, personal);
    f.key = mask_personal(f.key, personal);
    std::map<std::string, std::string> values;
    for (auto& [name, value] : f.values) values[mask_personal(name, personal)] = mask_personal(value, personal);
    f.values = std::move(values);
    for (auto& e : f.evidence) e.path = mask_personal(e.path, personal);
  }
}

// Hands each unit's findings on in unit order as soon as all units before it are done (units
// that finish early wait here: only those done while an earlier unit is still being checked):
// first the switch-off decisions are settled in that order, then the findings are marked
// (CheckOptions::mark_findings) and, with the public view, masked, then they go to the sink,
// or, without a sink, are kept for append_kept_to.
class OrderedFindings {
 public:
  OrderedFindings(std::size_t count, const CheckOptions& options, RuleSwitchOff& switch_off)
      : sink_(options.on_findings), mark_(options.mark_findings), count_(count), switch_off_(switch_off) {}

  void deliver(std::size_t item, UnitOutcome&& unit) {
    std::lock_guard lock(mutex_);
    if (failed_) return;  // the sink failed: the run is being stopped, nothing more goes out
    waiting_.emplace(item, std::move(unit));
    for (auto it = waiting_.begin(); next_ < count_ && it != waiting_.end() && it->first == next_; ++next_) {
      UnitOutcome ready = std::move(it->second);
      it = waiting_.erase(it);
      switch_off_.settle(&ready.findings, ready.records, ready.swv, ready.jaar, ready.document);
      if (mark_) mark_(ready.findings);
      mask_personal_data(ready.personal, &ready.findings);
      if (!sink_) {
        std::move(ready.findings.begin(), ready.findings.end(), std::back_inserter(kept_));
        continue;
      }
      auto start = std::chrono::steady_clock::now();
      try {
        sink_(std::move(ready.findings));
      } catch (...) {
        failed_ = true;
        throw;
      }
      sink_time_ += std::chrono::steady_clock::now() - start;
    }
  }

  /// Time spent in the sink so far.
  std::chrono::nanoseconds sink_time() const { return sink_time_; }

  /// Appends the kept findings to `findings` in unit order (nothing when there is a sink).
  void append_kept_to(std::vector<Finding>* findings) {
    std::move(kept_.begin(), kept_.end(), std::back_inserter(*findings));
    kept_.clear();
  }

 private:
  const std::function<void(std::vector<Finding>&&)>& sink_;
  const std::function<void(std::vector<Finding>&)>& mark_;
  std::size_t count_;
  RuleSwitchOff& switch_off_;
  std::mutex mutex_;
  std::map<std::size_t, UnitOutcome> waiting_;  ///< done, waiting for an earlier unit
  std::size_t next_ = 0;
  bool failed_ = false;
  std::vector<Finding> kept_;  ///< without a sink, in unit order
  std::chrono::nanoseconds sink_time_{0};
};

// Runs the rules over `unit` with the rules switched off so far left out; with the public view
// it also collects what is to be masked once the findings are marked (OrderedFindings).
UnitOutcome check_unit(RuleRunner& runner, const CheckUnit& unit, const std::vector<const RuleInfo*>& rules,
                       const RuleSwitchOff& switch_off, bool public_view) {
  UnitOutcome outcome;
  auto switched_off = switch_off.current();
  outcome.findings = runner.run(unit, rules, *switched_off, &outcome.records);
  if (public_view) outcome.personal = personal_values(unit);
  outcome.swv = unit.swv;
  outcome.jaar = unit.jaar;
  outcome.document = unit.path();
  return outcome;
}

// Runs the other catalogs of CheckOptions over a unit: one runner per catalog and worker
// (found by the worker's own runner), created on first use.
class OtherCatalogs {
 public:
  OtherCatalogs(const CheckOptions& options, const SandboxLimits& limits, const std::string& check_date)
      : options_(options), limits_(limits), check_date_(check_date) {}

  void run(const RuleRunner& worker, const CheckUnit& unit) {
    if (options_.other_catalogs.empty()) return;
    std::vector<std::unique_ptr<RuleRunner>>* runners;
    {
      std::lock_guard lock(mutex_);
      runners = &runners_[&worker];
      if (runners->empty())
        for (const RuleCatalog* catalog : options_.other_catalogs)
          runners->push_back(std::make_unique<RuleRunner>(*catalog, limits_, check_date_));
    }
    for (std::size_t i = 0; i < runners->size(); ++i) {
      auto findings = (*runners)[i]->run(unit, {});
      std::lock_guard lock(deliver_mutex_);
      if (options_.on_other_findings) options_.on_other_findings(i, std::move(findings));
    }
  }

 private:
  const CheckOptions& options_;
  const SandboxLimits& limits_;
  const std::string& check_date_;
  std::mutex mutex_, deliver_mutex_;
  std::map<const RuleRunner*, std::vector<std::unique_ptr<RuleRunner>>> runners_;
};

}  // namespace

CheckResult check_files(const RuleCatalog& catalog, const std::vector<std::string>& files,
                        const std::vector<const RuleInfo*>& rules, const SandboxLimits& limits,
                        const std::string& check_date, const CheckOptions& options) {
  CheckResult result;
  result.documents.resize(files.size());
  if (options.hash_documents) result.document_sha256.resize(files.size());
  auto sha256_of = [&](std::size_t i) { return options.hash_documents ? &result.document_sha256[i] : nullptr; };

  RegistrationIndex registrations;
  std::vector<std::size_t> reports;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (is_registration_file(files[i])) result.documents[i] = load_registration(files[i], i, options.max_document_bytes, sha256_of(i), &registrations);
    else reports.push_back(i);
  }

  std::vector<std::unique_ptr<RuleRunner>> runners;
  OtherCatalogs others(options, limits, check_date);
  auto make_runner = [&] { return std::make_unique<RuleRunner>(catalog, limits, check_date); };
  std::mutex progress_mutex;
  std::size_t done = 0;
  std::size_t total = reports.size();  // grows by the registration-only units below
  auto report_progress = [&] {
    if (!options.progress) return;
    std::lock_guard lock(progress_mutex);
    options.progress(++done, total);
  };

  // Phase 1: annual reports, each loaded, checked with its SWV's records of that year, released.
  std::set<UnitKey> linked;  // units of a report that have registrations
  std::mutex linked_mutex;
  // Units in output order: the reports, then the registration-only units.
  RuleSwitchOff switch_off(limits.switch_off_after);
  std::atomic<std::int64_t> load_ns{0};
  OrderedFindings report_order(reports.size(), options, switch_off);
  run_parallel(
      reports.size(), options.jobs, make_runner,
      [&](RuleRunner& runner, std::size_t item) {
        std::size_t i = reports[item];
        DocumentRecord& record = result.documents[i];
        record.path = files[i];
        record.kind = "jaarverslag";
        LoadError error;
        auto load_start = std::chrono::steady_clock::now();
        auto report = AnnualReport::load(files[i], &error, options.max_document_bytes, sha256_of(i));
        load_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - load_start).count();
        if (!report) {
          record.error = error;
          report_order.deliver(item, UnitOutcome{});
          report_progress();
          return;
        }
        record.swv = report->swv();
        record.jaar = report->jaar();
        CheckUnit unit = unit_for(*report);
        UnitKey key{unit.swv, unit.jaar};
        if (auto found = registrations.records.find(key); found != registrations.records.end()) {
          unit.records = found->second;
          std::lock_guard lock(linked_mutex);
          linked.insert(key);
        } else if (!registrations.files.empty()) {
          record.warnings.push_back("geen registratie van " + unit.swv + " over " + std::to_string(unit.jaar) +
                                    " meegegeven: regels over registraties zijn niet te beoordelen");
        }
        report_order.deliver(item, check_unit(runner, unit, rules, switch_off, options.public_view));
        others.run(runner, unit);
        report_progress();
      },
      &runners);

  // Phase 2: registrations without an annual report still get the rules that read registrations.
  std::vector<UnitKey> unlinked;
  for (const auto& [key, records] : registrations.records) {
    if (linked.count(key)) continue;
    unlinked.push_back(key);
    for (std::size_t index : registrations.documents[key])
      result.documents[index].warnings.push_back("geen jaarverslag van " + key.first + " over " +
                                                 std::to_string(key.second) + " meegegeven");
  }
  total += unlinked.size();
  OrderedFindings unlinked_order(unlinked.size(), options, switch_off);
  run_parallel(
      unlinked.size(), options.jobs, make_runner,
      [&](RuleRunner& runner, std::size_t item) {
        CheckUnit unit;
        unit.swv = unlinked[item].first;
        unit.jaar = unlinked[item].second;
        unit.records = registrations.records.at(unlinked[item]);
        unlinked_order.deliver(item, check_unit(runner, unit, rules, switch_off, options.public_view));
        others.run(runner, unit);
        report_progress();
      },
      &runners);

  result.switched_off = switch_off.summary();

  // Entries that could not be read join the documents that failed to load, in path order (the
  // command line's files are sorted). Without such entries the documents keep the order of
  // `files`, as callers that index them by input position expect.
  if (!options.unreadable.empty()) {
    for (const auto& entry : options.unreadable) {
      DocumentRecord record;
      record.path = entry.path;
      record.kind = is_annual_report_file(entry.path) ? "jaarverslag" : is_registration_file(entry.path) ? "registratie" : "";
      record.error = LoadError{entry.reason, 0, 0};
      result.documents.push_back(std::move(record));
    }
    std::stable_sort(result.documents.begin(), result.documents.end(),
                     [](const DocumentRecord& a, const DocumentRecord& b) { return a.path < b.path; });
  }

  report_order.append_kept_to(&result.findings);
  unlinked_order.append_kept_to(&result.findings);
  std::map<std::pair<std::string, NotInForce>, int> not_in_force;
  for (const auto& runner : runners) {
    for (const auto& [id, timing] : runner->timings()) {
      result.timings[id].calls += timing.calls;
      result.timings[id].total += timing.total;
    }
    for (const auto& [key, count] : runner->not_in_force_counts()) not_in_force[key] += count;
    result.host.findings += runner->outcome_time();
    result.host.finding_count += runner->findings_made();
  }
  for (const auto& [key, count] : not_in_force) {
    const RuleInfo* rule = catalog.find(key.first);
    result.not_applicable.push_back({key.first, rule ? *rule->norm : NormRef{}, key.second, count});
  }
  result.host.load = std::chrono::nanoseconds(load_ns.load());
  result.host.write = report_order.sink_time() + unlinked_order.sink_time();
  for (const auto& d : result.documents)
    if (d.kind == "jaarverslag" && !d.error) ++result.host.reports;
  return result;
}

}  // namespace swv
