#include "engine/engine.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "documents/annual_report.h"
#include "documents/check_unit.h"
#include "documents/document_set.h"
#include "documents/registration.h"
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

DocumentRecord load_registration(const std::string& path, std::size_t index, RegistrationIndex* registrations) {
  DocumentRecord record;
  record.path = path;
  LoadError error;
  auto registration = Registration::load(path, &error);
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

CheckResult check_files(const RuleCatalog& catalog, const std::vector<std::string>& files,
                        const std::vector<const RuleInfo*>& rules, const SandboxLimits& limits,
                        const std::string& check_date) {
  CheckResult result;
  result.documents.resize(files.size());
  RuleRunner runner(catalog, limits, check_date);
  auto append = [&](std::vector<Finding>&& findings) {
    std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
  };

  RegistrationIndex registrations;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (is_registration_file(files[i])) result.documents[i] = load_registration(files[i], i, &registrations);

  // Annual reports one at a time: load, check with the SWV's records of that year, release.
  std::set<UnitKey> linked;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (is_registration_file(files[i])) continue;
    DocumentRecord& record = result.documents[i];
    record.path = files[i];
    record.kind = "jaarverslag";
    LoadError error;
    auto report = AnnualReport::load(files[i], &error);
    if (!report) {
      record.error = error;
      continue;
    }
    record.swv = report->swv();
    record.jaar = report->jaar();
    CheckUnit unit = unit_for(*report);
    UnitKey key{unit.swv, unit.jaar};
    if (auto found = registrations.records.find(key); found != registrations.records.end()) {
      unit.records = found->second;
      linked.insert(key);
    } else if (!registrations.files.empty()) {
      record.warnings.push_back("geen registratie van " + unit.swv + " over " + std::to_string(unit.jaar) +
                                " meegegeven: regels over registraties zijn niet te beoordelen");
    }
    append(runner.run(unit, rules));
  }

  // Registrations without an annual report still get the rules that read registrations.
  for (const auto& [key, records] : registrations.records) {
    if (linked.count(key)) continue;
    for (std::size_t index : registrations.documents[key])
      result.documents[index].warnings.push_back("geen jaarverslag van " + key.first + " over " +
                                                 std::to_string(key.second) + " meegegeven");
    CheckUnit unit;
    unit.swv = key.first;
    unit.jaar = key.second;
    unit.records = records;
    append(runner.run(unit, rules));
  }
  return result;
}

}  // namespace swv
