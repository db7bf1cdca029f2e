#include "rulesdev/rule_tests.h"

#include <algorithm>
#include <set>

#include "documents/iso_date.h"
#include "report/terminal_text.h"
#include "rulesdev/test_document.h"
#include "sandbox/rule_runner.h"

namespace swv {
namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The subject part of a finding's key (rule/SWV/subject), empty when it has none.
std::string subject_of(const Finding& f) {
  std::string prefix = f.rule + "/" + f.swv;
  return f.key.size() > prefix.size() + 1 ? f.key.substr(prefix.size() + 1) : std::string();
}

std::string describe_findings(const std::vector<Finding>& findings) {
  if (findings.empty()) return "geen bevinding";
  std::string out;
  for (const auto& f : findings) {
    auto subject = subject_of(f);
    out += (out.empty() ? "" : ", ") + to_string(f.status) + (subject.empty() ? "" : " (" + subject + ")");
  }
  return out;
}

// "/jaarverslag/governance/internToezicht/lid[2]/@naam" -> ".../lid/@naam"
std::string without_positions(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '[') {
      auto close = path.find(']', i);
      if (close != std::string::npos &&
          std::all_of(path.begin() + static_cast<long>(i) + 1, path.begin() + static_cast<long>(close), ::isdigit) &&
          close > i + 1) {
        i = close;
        continue;
      }
    }
    out += path[i];
  }
  return out;
}

void compare_map(const char* what, const std::map<std::string, std::string>& expected,
                 const std::map<std::string, std::string>& actual, const std::string& label,
                 std::vector<std::string>* differences) {
  for (const auto& [name, value] : expected) {
    auto it = actual.find(name);
    if (it == actual.end())
      differences->push_back(label + what + " " + name + ": verwacht " + quoted(value) + ", maar de bevinding heeft geen " + name);
    else if (it->second != value)
      differences->push_back(label + what + " " + name + ": verwacht " + quoted(value) + ", kreeg " + quoted(it->second));
  }
}

}  // namespace

struct RuleTestRunner::Variant {
  std::unique_ptr<RuleCatalog> catalog;  // set when the case has its own parameter values
  std::unique_ptr<RuleRunner> runner;
};

RuleTestRunner::RuleTestRunner(const RuleCatalog& catalog, const SandboxLimits& limits)
    : catalog_(catalog), limits_(limits), today_(today_iso()) {}

RuleTestRunner::~RuleTestRunner() = default;

RuleTestRunner::Variant& RuleTestRunner::variant_for(const RuleTestCase& test_case) {
  std::string date = test_case.check_date.empty() ? today_ : test_case.check_date;
  std::string key = date;
  for (const auto& p : test_case.params) {
    key += "|" + p.name;
    for (const auto& v : p.values) key += ";" + v.from + "=" + (v.value ? *v.value : "<geen>");
  }
  auto& slot = variants_[key];
  if (!slot) {
    slot = std::make_unique<Variant>();
    const RuleCatalog* catalog = &catalog_;
    if (!test_case.params.empty()) {
      slot->catalog = std::make_unique<RuleCatalog>(catalog_);
      for (const auto& p : test_case.params) slot->catalog->override_param(p);
      catalog = slot->catalog.get();
    }
    slot->runner = std::make_unique<RuleRunner>(*catalog, limits_, date);
  }
  return *slot;
}

CaseOutcome RuleTestRunner::run(const RuleTestFile& file, const RuleTestCase& test_case) {
  CaseOutcome outcome;
  std::string error, display = file.file + " [" + test_case.name + "]";
  std::unique_ptr<AnnualReport> document;
  if (!test_case.without_document) {
    document = build_test_document(test_case, display, &error);
    if (!document) {
      outcome.differences.push_back(error);
      return outcome;
    }
  }
  std::vector<std::unique_ptr<Registration>> registrations;
  for (const auto& [kind, source] : test_case.registrations) {
    if (!source) continue;
    registrations.push_back(build_test_registration(kind, *source, display + " " + kind, &error));
    if (!registrations.back()) {
      outcome.differences.push_back(error);
      return outcome;
    }
  }
  CheckUnit unit = test_unit(test_case, document.get(), registrations);
  Variant& variant = variant_for(test_case);
  const RuleCatalog& catalog = variant.catalog ? *variant.catalog : catalog_;
  const RuleInfo* rule = catalog.find(file.rule);
  if (rule == nullptr) {
    outcome.differences.push_back("onbekende regel '" + file.rule + "'");
    return outcome;
  }
  variant.runner->keep_read_paths(true);
  outcome.findings = variant.runner->run(unit, {rule});
  outcome.read_paths = variant.runner->read_paths();
  outcome.differences = compare_with_expected(file.rule, test_case.expected, outcome.findings);
  auto undeclared = undeclared_outcomes(*rule, outcome.findings);
  outcome.differences.insert(outcome.differences.end(), undeclared.begin(), undeclared.end());
  outcome.passed = outcome.differences.empty();
  return outcome;
}

std::vector<std::string> undeclared_outcomes(const RuleInfo& rule, const std::vector<Finding>& findings) {
  std::vector<std::string> differences;
  if (rule.outcomes.empty()) return differences;
  const auto& declarable = RuleCatalog::declarable_outcomes();
  std::set<std::string> reported;
  for (const auto& f : findings) {
    std::string status = to_string(f.status);
    if (f.rule != rule.id || std::find(declarable.begin(), declarable.end(), status) == declarable.end()) continue;
    if (std::find(rule.outcomes.begin(), rule.outcomes.end(), status) == rule.outcomes.end() && reported.insert(status).second)
      differences.push_back("uitkomst " + status + " staat niet in outcomes van de regel (" + join(rule.outcomes) + ")");
  }
  return differences;
}

std::vector<std::string> compare_with_expected(const std::string& rule, const std::vector<Expectation>& expected,
                                               const std::vector<Finding>& findings) {
  std::vector<std::string> differences;
  for (const auto& e : expected) {
    std::string label = e.subject.empty() ? "" : "[" + e.subject + "] ";
    const Finding* found = nullptr;
    for (const auto& f : findings)
      if (f.rule == rule && subject_of(f) == e.subject) found = &f;
    if (!found && e.subject.empty() && findings.size() == 1) found = &findings.front();

    if (e.status == "niet-van-toepassing") {
      if (found || (e.subject.empty() && !findings.empty()))
        differences.push_back(label + "status: verwacht niet-van-toepassing (geen bevinding), kreeg " +
                              describe_findings(found ? std::vector<Finding>{*found} : findings));
      continue;
    }
    if (!found) {
      differences.push_back(label + "status: verwacht " + e.status + ", kreeg " +
                            (findings.empty() ? std::string("geen bevinding (niet van toepassing)")
                                              : describe_findings(findings) +
                                                    (e.subject.empty() ? " (geef subject = ... in expected)" : "")));
      continue;
    }
    std::size_t before = differences.size();
    if (to_string(found->status) != e.status)
      differences.push_back(label + "status: verwacht " + e.status + ", kreeg " + to_string(found->status));
    compare_map("waarde", e.values, found->values, label, &differences);
    compare_map("parameter", e.params, found->params.map(), label, &differences);
    if (!e.message.empty() && found->message.find(e.message) == std::string::npos)
      differences.push_back(label + "melding bevat niet " + quoted(e.message));
    if (differences.size() > before) differences.push_back(label + "melding: " + found->message);
  }
  return differences;
}

RuleTestSummary run_rule_tests(const RuleCatalog& catalog, const std::vector<const RuleInfo*>& rules,
                               const SandboxLimits& limits, std::ostream& out) {
  RuleTestSummary summary;
  std::vector<RuleLoadError> errors;
  auto files = load_rule_tests(catalog, limits, &errors);
  // What a rule or its test file says (messages, values, names) is shown with its control
  // characters escaped: a message with an escape sequence must not drive the terminal.
  for (const auto& e : errors) {
    out << "mislukt   " << escape_controls(e.to_string()) << "\n";
    ++summary.failed;
  }
  auto selected = [&](const std::string& id) {
    return rules.empty() || std::any_of(rules.begin(), rules.end(), [&](const RuleInfo* r) { return r->id == id; });
  };
  std::set<std::string> tested;
  RuleTestRunner runner(catalog, limits);
  for (const auto& file : files) {
    if (!selected(file.rule)) continue;
    tested.insert(file.rule);
    for (const auto& test_case : file.cases) {
      CaseOutcome outcome = runner.run(file, test_case);
      if (outcome.passed) {
        out << "geslaagd  " << escape_controls(file.rule) << ": " << escape_controls(test_case.name) << "\n";
        ++summary.passed;
        continue;
      }
      ++summary.failed;
      out << "mislukt   " << escape_controls(file.rule) << ": " << escape_controls(test_case.name) << "  ("
          << escape_controls(file.file);
      if (test_case.line > 0) out << ":" << test_case.line;
      out << ")\n";
      for (const auto& difference : outcome.differences) out << "          " << escape_controls(difference) << "\n";
    }
  }
  std::vector<std::string> untested;
  for (const auto& rule : catalog.rules())
    if (selected(rule.id) && !tested.count(rule.id)) untested.push_back(rule.id);
  if (!untested.empty()) {
    out << "let op: geen testgevallen voor ";
    for (std::size_t i = 0; i < untested.size(); ++i) out << (i ? ", " : "") << untested[i];
    out << "\n";
  }
  out << summary.passed << " passed, " << summary.failed << " failed\n";
  return summary;
}

RuleObservation observe_rule(const RuleCatalog& catalog, const RuleInfo& rule, const SandboxLimits& limits) {
  RuleObservation observation;
  auto files = load_rule_tests(catalog, limits, &observation.errors);
  RuleTestRunner runner(catalog, limits);
  auto add = [](std::vector<std::string>* list, const std::string& item) {
    if (std::find(list->begin(), list->end(), item) == list->end()) list->push_back(item);
  };
  for (const auto& file : files) {
    if (file.rule != rule.id) continue;
    for (const auto& test_case : file.cases) {
      ++observation.cases;
      CaseOutcome outcome = runner.run(file, test_case);
      for (const auto& path : outcome.read_paths) add(&observation.read_paths, without_positions(path));
      for (const auto& f : outcome.findings) add(&observation.statuses, to_string(f.status));
    }
  }
  return observation;
}

}  // namespace swv
