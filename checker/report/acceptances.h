// --accept FILE: findings an analyst accepted, with a reason (docs/acceptaties-formaat.md).
// The file is TOML (toml++), one [[accept]] table per entry. An entry names a rule id or norm
// id, an SWV, optionally a year and a subject, and says why, by whom, since when and until
// when. It applies to flagged findings only (overtreding, signaal): such a finding is still
// reported, marked `geaccepteerd`, but does not count towards the exit code. From its expiry
// date on (compared with the check date) an entry no longer applies; findings it matches say
// so. Every entry ends up `gebruikt`, `ongebruikt` or `verlopen`, so stale entries show.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "sandbox/rule_catalog.h"

namespace swv {

struct AcceptEntry {
  std::string rule;  ///< as written: a rule id or a norm id
  bool by_norm = false;  ///< `rule` is a norm id (matched on the finding's norm.id)
  std::string swv;
  std::optional<int> jaar;  ///< every year when absent
  std::optional<std::string> subject;  ///< the part of the key after rule/SWV/
  std::string reason, who, date, expires;
  int line = 0, column = 0;  ///< where the entry starts in the file
};

enum class AcceptState { gebruikt, ongebruikt, verlopen };
std::string to_string(AcceptState state);

/// Reads an accept file. On any problem returns nullopt with a Dutch `error` naming the file,
/// line and column: bad TOML, a missing or mistyped key, an unknown key, an impossible date,
/// or a rule or norm id the catalog does not know.
std::optional<std::vector<AcceptEntry>> load_acceptances(const std::string& path, const RuleCatalog& catalog,
                                                         std::string* error);

/// Marks findings as they stream past (CheckOptions::on_findings, one call at a time) and
/// keeps, per entry, how many findings it matched.
class AcceptanceMarker {
 public:
  AcceptanceMarker(std::string path, std::vector<AcceptEntry> entries, const std::string& check_date);
  /// Sets `accepted` on each flagged finding an entry matches: the first entry that still
  /// applies, else the first expired one (marked expired).
  void mark(std::vector<Finding>& findings);

  struct EntryState {
    const AcceptEntry* entry;
    AcceptState state;
    std::size_t findings;  ///< flagged findings it matched (expired entries included)
  };
  /// Every entry in file order with its state; call after the last mark().
  std::vector<EntryState> states() const;
  const std::string& path() const { return path_; }

 private:
  bool matches(const AcceptEntry& entry, const Finding& finding) const;
  std::string path_;
  std::vector<AcceptEntry> entries_;
  std::vector<bool> expired_;
  std::vector<std::size_t> matched_;
};

/// One line of Dutch for an accepted or formerly accepted finding:
/// "geaccepteerd: REASON (WHO, DATE; tot EXPIRES)" or "acceptatie verlopen op EXPIRES: REASON (WHO, DATE)".
std::string describe_acceptance(const Acceptance& acceptance);
/// One line of Dutch for an entry that is not `gebruikt`, e.g. in the text report's footer.
std::string describe_entry(const AcceptEntry& entry);

}  // namespace swv
