// Runs a rule catalog over a set of input files: load, check and release each document in
// turn, keeping only its record and findings. One bad document never stops the others.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "documents/document_set.h"
#include "documents/read_file.h"
#include "findings/finding.h"
#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// Time spent in one rule over a run (summed over workers).
struct RuleTiming {
  std::size_t calls = 0;
  std::chrono::nanoseconds total{0};
};

/// A rule switched off for the rest of a batch (engine/switch_off.h).
struct SwitchedOffRule {
  std::string rule;
  std::string reason;        ///< Dutch: how many units it was stopped in, the last limit
  std::size_t units_skipped = 0;  ///< later units it did not run in (each has a `fout` for it)
};

/// Time the host spent on its own work beside the rules (summed over workers), for --profile
/// and the benchmark: where a microsecond goes.
struct HostTiming {
  std::chrono::nanoseconds load{0};      ///< reading, parsing and validating annual reports
  std::chrono::nanoseconds findings{0};  ///< turning outcomes into findings (within the rules' time)
  std::chrono::nanoseconds write{0};     ///< handing findings to on_findings (the report writer)
  std::size_t reports = 0;               ///< annual reports loaded
  std::size_t finding_count = 0;         ///< findings made
};

struct CheckResult {
  std::vector<DocumentRecord> documents;  ///< in input order (sorted paths), unreadable entries among them
  /// With CheckOptions::hash_documents: per input file, in the order of `files`, the sha256 of
  /// the bytes its loader read; empty for a file not read whole (too large, unreadable).
  std::vector<std::string> document_sha256;
  std::vector<Finding> findings;          ///< per document, then in rule order
  std::map<std::string, RuleTiming> timings;  ///< per rule id
  std::vector<SwitchedOffRule> switched_off;  ///< in the order they were switched off
  /// Per rule and reason, the units it did not run on because its norm was not in force on
  /// their peildatum; by rule id.
  std::vector<NotApplicable> not_applicable;
  HostTiming host;
};

struct CheckOptions {
  int jobs = 1;  ///< worker threads, each with its own Lua state; results do not depend on it
  /// Documents larger than this are refused before they are read (--max-document-size).
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
  /// Each document's bytes are hashed as they are loaded (CheckResult::document_sha256), so a
  /// run record (cli/run_inputs.h) does not read them a second time.
  bool hash_documents = false;
  /// Called from worker threads (serialised) after each unit: units done, units in total.
  std::function<void(std::size_t, std::size_t)> progress;
  /// When set, each unit's findings are handed to this as soon as every unit before it is
  /// done, in the order CheckResult::findings would have them, and CheckResult::findings
  /// stays empty: a caller that writes findings out keeps memory flat however large the
  /// batch. Called from worker threads, one call at a time. An exception it throws stops the
  /// run (no new unit is started) and comes out of check_files.
  std::function<void(std::vector<Finding>&&)> on_findings;
  /// Entries below the folders given that could not be read (expand_input_paths): each is
  /// listed among CheckResult::documents, in path order, as a document that failed to load.
  std::vector<UnreadableEntry> unreadable;
  /// Further rule sets run, with all their rules, over every unit the selected rules ran on,
  /// so each document is read once (swvcheck impact). Their findings go to
  /// `on_other_findings` with the index of the set, in any unit order, one call at a time.
  std::vector<const RuleCatalog*> other_catalogs;
  std::function<void(std::size_t, std::vector<Finding>&&)> on_other_findings;
  /// The public view (`--view public`): every finding's message, values, key and evidence have
  /// the personal names and dossier ids of its unit masked (documents/personal_data.h) once
  /// mark_findings has seen them, so every report format, on_findings and the kept findings
  /// get the masked findings.
  bool public_view = false;
  /// Called on each unit's findings in unit order, one call at a time, before the public view
  /// masks them and before on_findings: for marks that match keys and subjects as the documents
  /// give them (--accept, --baseline).
  std::function<void(std::vector<Finding>&)> mark_findings;
};

/// Selects rules by id, family or norm id ("RS-1"). Empty filters select every rule. An
/// unknown filter fills `error`.
std::vector<const RuleInfo*> select_rules(const RuleCatalog& catalog, const std::vector<std::string>& filters,
                                          std::string* error);

/// Checks every file with the selected rules (all when `rules` is empty). Registrations are
/// read first; annual reports are then loaded, checked and released one at a time per worker,
/// so memory does not grow with the batch. Output order is the same for any number of jobs.
CheckResult check_files(const RuleCatalog& catalog, const std::vector<std::string>& files,
                        const std::vector<const RuleInfo*>& rules, const SandboxLimits& limits,
                        const std::string& check_date, const CheckOptions& options = {});

}  // namespace swv
