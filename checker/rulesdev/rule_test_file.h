// Test cases that rule authors write beside their rules (rules/<family>/<rule>_test.lua): the
// file format as data, found in layered rules folders and read in the sandbox (text only).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/limits.h"
#include "sandbox/param_store.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// One change a case makes to its document: set the value of every match of `path`, or
/// remove every match (value nullopt).
struct DocumentChange {
  std::string path;  ///< XPath from the root element, as in doc:text()
  std::optional<std::string> value;
};

/// What a case expects of one finding of the rule.
struct Expectation {
  std::string status;   ///< contract spelling, or "niet-van-toepassing" for no finding
  std::string subject;  ///< the finding with this subject; empty: the rule's only finding
  std::map<std::string, std::string> values;  ///< each must equal the finding's value
  std::map<std::string, std::string> params;  ///< each must equal the parameter value used
  std::string message;  ///< text the finding's message must contain
};

/// A registration a case gives: inline CSV or a file.
struct RegistrationSource {
  bool inline_text = false;
  std::string text;  ///< the CSV when inline
  std::string file;  ///< the resolved file otherwise
};

struct RuleTestCase {
  std::string name;
  int line = 0;               ///< where the case is written (its name), 0 when not found
  std::string document;       ///< inline XML (a whole jaarverslag or a fragment), or a file path
  bool inline_document = false;
  std::string document_file;  ///< the resolved file when not inline
  bool without_document = false;  ///< document = false: registrations only, no annual report
  /// Registrations by kind ("thuiszitters", "meldingen"); nullopt: removed with `false`.
  std::map<std::string, std::optional<RegistrationSource>> registrations;
  std::optional<std::string> swv, sector;  ///< for a fragment's wrapper, or to change a whole document
  std::optional<int> jaar;
  std::vector<DocumentChange> changes;     ///< applied in path order
  std::vector<Parameter> params;           ///< the case's own values of these parameters
  std::string check_date;                  ///< ctx.check_date; empty: today
  std::vector<Expectation> expected;
};

struct RuleTestFile {
  std::string file;      ///< as found (folder + relative path)
  std::string relative;  ///< path below its rules folder: a later folder's file replaces it
  std::string rule;      ///< the rule id the cases test
  int rule_line = 0;
  std::vector<RuleTestCase> cases;
};

/// The test files (*_test.lua, outside lib/ and params/) of the rules folders, in order of
/// their relative path; a file in a later folder replaces one with the same relative path.
std::vector<std::pair<std::string, std::string>> find_rule_test_files(const std::vector<std::string>& folders);

/// Runs test file `file` in the sandbox (lib modules of `folders` may be required) and reads
/// its cases. Parameter names are checked against `params`. Returns false and appends to
/// `errors` (with file and line) when the file is not a valid test file.
bool load_rule_test_file(const std::string& file, const std::string& relative, const std::vector<std::string>& folders,
                         const ParamStore& params, const SandboxLimits& limits, RuleTestFile* out,
                         std::vector<RuleLoadError>* errors);

/// Every test file of the catalog's folders, loaded; files that fail to load or name a rule
/// the catalog does not have are left out and reported in `errors`.
std::vector<RuleTestFile> load_rule_tests(const RuleCatalog& catalog, const SandboxLimits& limits,
                                          std::vector<RuleLoadError>* errors);

}  // namespace swv
