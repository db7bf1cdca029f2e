// Plain data shared by every part of swvcheck: what a rule concluded about a document.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/shared_fields.h"

namespace swv {

/// The outcome of one rule for one subject, in the vocabulary of the findings contract.
enum class Status : std::uint8_t { overtreding, signaal, voldoet, niet_te_beoordelen, fout };

/// The contract's spelling ("niet-te-beoordelen").
std::string to_string(Status status);
/// Parses the contract's spelling; nullopt for anything else.
std::optional<Status> status_from_string(const std::string& text);
/// True for the statuses that make `swvcheck check` exit 1.
bool is_flagged(Status status);

/// A finding compared with an earlier report (`--baseline`), matched on its key and year
/// (report/baseline.h). `niet_meer_te_beoordelen`: flagged before, and now the rule could not
/// judge it (niet-te-beoordelen or fout): missing data never resolves a finding.
enum class Baseline : std::uint8_t { nieuw, opgelost, niet_meer_te_beoordelen, ongewijzigd };
/// The contract's spelling ("niet-meer-te-beoordelen").
std::string to_string(Baseline baseline);

/// A place in a document that a finding rests on.
struct Evidence {
  std::string document;  ///< file path as given on the command line
  std::string path;      ///< XPath of the element or attribute
  int line = 0;          ///< 1-based; 0 when unknown
};

/// Why a norm does not apply on a date: it was not yet or no longer in force.
enum class NotInForce : std::uint8_t { not_yet, no_longer };
/// nullopt when `norm` is in force on `date` (ISO): from in_force_from up to and including
/// in_force_until, either end open when empty.
std::optional<NotInForce> not_in_force(const NormRef& norm, const std::string& date);
/// The range in Dutch: "vanaf 2020-11-04", "van 2014-08-01 tot en met 2024-07-31", "altijd".
std::string in_force_text(const NormRef& norm);
/// "nog-niet-van-kracht" / "niet-meer-van-kracht", as the reports name the reason.
std::string to_string(NotInForce reason);

/// How many documents a rule did not run on because its norm was not in force on their
/// peildatum: no findings for them, only this count in the summary of every report.
struct NotApplicable {
  std::string rule;
  NormRef norm;
  NotInForce reason = NotInForce::not_yet;
  int documents = 0;
  /// Dutch: "norm van kracht vanaf 2020-11-04; de peildatum ligt ervoor".
  std::string message() const;
};

/// An analyst's acceptance of a flagged finding (--accept, report/acceptances.h): the finding is
/// still reported, marked `geaccepteerd`, but does not count towards the exit code. An expired
/// acceptance no longer applies; it stays on the finding so the report can say so.
struct Acceptance {
  std::string reason;
  std::string who;
  std::string date;     ///< ISO date the finding was accepted
  std::string expires;  ///< ISO date from which the acceptance no longer applies
  bool expired = false;
};

struct Finding {
  std::string rule;
  std::string key;  ///< rule/SWV[/subject]: stable across runs and years
  std::string family;
  Status status = Status::fout;
  std::string swv;
  int jaar = 0;
  std::string document;  ///< path of the document the finding is about
  std::string message;   ///< Dutch, with the numbers that decided it
  std::map<std::string, std::string> values;
  std::vector<Evidence> evidence;
  SharedParams params;  ///< norm parameters used, as in force (shared by the findings of a rule call)
  SharedNorm norm;      ///< the rule's norm, shared by all its findings
  /// Set with --baseline. A finding that is `opgelost` or `niet-meer-te-beoordelen` yet flagged
  /// was carried over from the earlier report: this run no longer yields its key (see
  /// is_carried_over).
  std::optional<Baseline> baseline;
  /// Set with --accept when an entry matches this flagged finding (expired ones included).
  std::optional<Acceptance> accepted;
};

/// True for a finding an acceptance applies to (not expired): shown, but not in the exit code.
inline bool is_accepted(const Finding& f) { return f.accepted && !f.accepted->expired; }

/// True for a finding taken over from the baseline report: not an outcome of this run, so
/// summaries and the exit code leave it out. (A finding of this run with either mark is not
/// flagged: it is voldoet, niet-te-beoordelen or fout now.)
inline bool is_carried_over(const Finding& f) {
  return (f.baseline == Baseline::opgelost || f.baseline == Baseline::niet_meer_te_beoordelen) && is_flagged(f.status);
}

/// A load error with its position; line/column are 0 when not known.
struct LoadError {
  std::string message;
  int line = 0;
  int column = 0;
};

/// One input document as the reports list it.
struct DocumentRecord {
  std::string path;
  std::string kind;  ///< "jaarverslag"; empty when the kind could not be determined
  std::string swv;
  int jaar = 0;
  std::optional<LoadError> error;  ///< set when the document failed to load
  std::vector<LoadError> line_errors;  ///< registration lines that could not be used
  std::vector<std::string> warnings;   ///< e.g. a registration without an annual report
};

}  // namespace swv
