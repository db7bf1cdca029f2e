// The position of each checked SWV in its sector (`--reference DIR`): for every key figure a
// rule declares (RuleInfo::kengetal), the SWV's percentile rank among the reference set's
// values of the same sector (PO/VO) and that sector's median. The figures themselves are the
// rules' (Lua); the host only collects them from the findings and does the arithmetic, exactly,
// on decimal strings.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "findings/finding.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// One key figure of one annual report: its value, or why there is none.
struct KengetalValue {
  std::string swv;
  int jaar = 0;
  std::string kengetal;           ///< KengetalRef::id
  std::optional<std::string> waarde;  ///< decimal string as the rule gave it ("0.46")
  std::string reden;              ///< Dutch, when waarde is absent
};

/// Collects the key figures from findings as they come (CheckOptions::on_findings).
class KengetalCollector {
 public:
  explicit KengetalCollector(const RuleCatalog& catalog);
  void add(const std::vector<Finding>& findings);
  /// Per (swv, jaar, kengetal id) the first figure seen.
  const std::map<std::tuple<std::string, int, std::string>, KengetalValue>& values() const { return values_; }

 private:
  std::map<std::string, const KengetalRef*> by_rule_;  ///< rule id -> its key figure
  std::map<std::tuple<std::string, int, std::string>, KengetalValue> values_;
};

/// A checked SWV's key figure against the reference set of its sector.
struct SectorPosition {
  std::string swv;
  int jaar = 0;
  std::string sector;  ///< "PO" or "VO", from the SWV code
  std::string kengetal;
  std::string titel;
  std::optional<std::string> waarde;
  std::optional<std::string> percentiel;  ///< one decimal, half-up ("62.5")
  std::optional<std::string> mediaan;     ///< exact ("0.455")
  std::size_t reference_count = 0;        ///< reference values in the sector
  std::vector<std::string> reference;     ///< those values, ascending (for the strip chart)
  std::string reden;  ///< Dutch: why waarde or percentiel is absent; empty when both are there
};

/// What --reference adds to a report: the folder and the positions, in SWV, year and
/// key-figure order (the catalog's rule order), one per loaded annual report and key figure.
struct SectorReference {
  std::string folder;
  std::size_t reports = 0;             ///< annual reports of the reference set that loaded
  std::vector<std::string> warnings;   ///< Dutch: reference documents that failed to load
  std::vector<SectorPosition> positions;
};

/// The percentile rank of `value` among `reference` (decimal strings), in percent with one
/// decimal, half-up: (number below + half the number equal) / n × 100 (the mid-rank method).
/// nullopt when `reference` is empty or a string is no decimal number.
std::optional<std::string> percentile_rank(const std::string& value, const std::vector<std::string>& reference);
/// The median of `values` (decimal strings), exact: the middle value, or the mean of the two
/// middle values (one decimal more when that ends in 5). nullopt when empty or not decimal.
std::optional<std::string> median(std::vector<std::string> values);

/// The positions of every loaded annual report in `documents` for every key figure of
/// `catalog`, from the figures `checked` and the reference set's `reference`.
std::vector<SectorPosition> sector_positions(const RuleCatalog& catalog, const std::vector<DocumentRecord>& documents,
                                             const KengetalCollector& checked, const KengetalCollector& reference);

}  // namespace swv
