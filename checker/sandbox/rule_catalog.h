// The rule set as data: every rule's metadata, the families and the dated parameters, loaded
// and validated from one or more rules folders (shipped first, overlays after).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "sandbox/limits.h"
#include "sandbox/param_store.h"

namespace swv {

/// A key figure a rule computes (metadata `kengetal`), for the position in the sector
/// (`--reference`): the figure is the finding's values[waarde]; when it cannot be computed the
/// rule leaves that out and may say why in values[reden].
struct KengetalRef {
  std::string id;     ///< e.g. "solvabiliteit"
  std::string titel;  ///< Dutch, e.g. "Solvabiliteit 2"
  std::string waarde; ///< the key in the finding's values
  std::string reden;  ///< the key of the reason when absent; empty: none
};

struct RuleInfo {
  std::string id;
  std::string norm_id;
  std::string title;
  std::string family;
  std::vector<std::string> sectors;
  std::vector<std::string> documents;
  SharedNorm norm;  ///< shared with every finding the rule makes
  std::string description;
  std::vector<std::string> params;
  /// The statuses the rule can give (metadata `outcomes`, optional): voldoet, signaal,
  /// overtreding, niet-te-beoordelen. Empty when the rule does not declare them.
  std::vector<std::string> outcomes;
  /// What a breach is by legal force, in Dutch (metadata `norm.legal_force`, optional).
  std::string legal_force;
  /// The key figure the rule computes (metadata `kengetal`, optional).
  std::optional<KengetalRef> kengetal;
  /// Values that are plain numbers (ratios, percentages) though written like amounts with two
  /// decimals (metadata `getallen`, optional); the Excel workbook shows every other such value
  /// as an amount in euros.
  std::vector<std::string> getallen;
  std::string file;  ///< the rule file, for messages and for compiling it again per worker
  int line = 0;
};

struct Family {
  std::string id;
  std::string title;
};

/// A problem in a rules folder, with file and line (0 when not known).
struct RuleLoadError {
  std::string file;
  int line = 0;
  std::string message;
  std::string to_string() const;
};

class RuleCatalog {
 public:
  /// Loads the folders in order; a rule id or parameter in a later folder replaces an earlier
  /// one, a duplicate id inside one folder is an error. Returns false when `errors` got any.
  static bool load(const std::vector<std::string>& folders, const SandboxLimits& limits, RuleCatalog* catalog,
                   std::vector<RuleLoadError>* errors);

  const std::vector<RuleInfo>& rules() const { return rules_; }  ///< sorted by id
  const std::vector<Family>& families() const { return families_; }
  const ParamStore& params() const { return params_; }
  const std::vector<std::string>& folders() const { return folders_; }
  const RuleInfo* find(const std::string& id) const;
  /// Adds or replaces one parameter after loading (a rule test case's own values).
  void override_param(Parameter parameter) { params_.put(std::move(parameter)); }
  /// The document kinds the host can load; a rule naming another kind is refused.
  static const std::vector<std::string>& known_document_kinds();
  /// The statuses a rule may declare in `outcomes` (fout is never declared: it is a failure).
  static const std::vector<std::string>& declarable_outcomes();

 private:
  std::vector<RuleInfo> rules_;
  std::vector<Family> families_;
  ParamStore params_;
  std::vector<std::string> folders_;
};

/// The rule files of one folder, sorted: every .lua file but lib/, params/, families.lua
/// and test files (*_test.lua).
std::vector<std::string> find_rule_files(const std::string& folder);

}  // namespace swv
