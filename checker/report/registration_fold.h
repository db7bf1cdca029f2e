// Quieter screening (text and HTML only): in a run where no registration at all was given, the
// registration rules' findings that only say the registration is missing are shown as one line
// per SWV and year instead of one line per rule. JSON, CSV and SARIF keep every finding.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace swv {

/// What was folded in one SWV and year.
struct FoldedRegistrations {
  std::vector<std::string> norms;  ///< distinct norm ids, sorted ("ZP-1", ...)
  std::vector<std::string> rules;  ///< distinct rule ids, sorted
  std::vector<std::string> files;  ///< the registrations to add, as file patterns ("thuiszitters*.csv")
  bool empty() const { return rules.empty(); }
  /// "registraties niet meegegeven: ZP-1, ZP-2 niet te beoordelen (2 regels)"
  std::string line() const;
  /// "voeg thuiszitters*.csv en meldingen*.csv toe om ze te beoordelen"
  std::string hint() const;
  /// The rule ids, joined by ", ".
  std::string rule_list() const;
};

/// Gathers the folded findings of one SWV and year, in any order.
class RegistrationFolder {
 public:
  /// Takes a finding that says `kind` ("thuiszitters") is missing (missing_registration).
  void add(const std::string& norm_id, const std::string& rule, const std::string& kind);
  FoldedRegistrations result() const;

 private:
  std::set<std::string> norms_, rules_, kinds_;
};

/// "thuiszitters" for a finding that only says the thuiszitters registration is missing
/// (niet-te-beoordelen with values.ontbreekt "thuiszitters-registratie"); empty for any other
/// finding, and for one that was flagged in the baseline: that change stays in sight.
std::string missing_registration(const Finding& f);

/// True when no document of the run is a registration (none was given, loaded or not).
bool no_registrations_given(const std::vector<DocumentRecord>& documents);

/// Takes out of `findings` the ones that only say a registration is missing (niet-te-beoordelen
/// with values.ontbreekt "<kind>-registratie") and sums them up. A finding marked
/// niet-meer-te-beoordelen (flagged in the baseline) is never folded: it is a change to see.
FoldedRegistrations fold_missing_registrations(std::vector<const Finding*>* findings);

/// Where the folded line goes among findings in display order (sort_for_display): after the
/// niet-te-beoordelen ones, before voldoet and carried-over findings.
std::size_t folded_position(const std::vector<const Finding*>& findings);
/// True for the first finding (in display order) the folded line goes before.
inline bool folded_line_before(Status status, bool carried) { return status == Status::voldoet || carried; }

}  // namespace swv
