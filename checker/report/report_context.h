// What every report format needs besides the findings: tool and rule-set identity, date.
#pragma once

#include <string>

#include "engine/engine.h"
#include "report/run_record.h"
#include "store/history.h"
#include "report/sector_position.h"
#include "sandbox/rule_catalog.h"

namespace swv {

class AcceptanceMarker;

struct ReportContext {
  std::string tool_version;
  std::string rules_version;  ///< fingerprint of the rule files and parameters used
  std::string checked_on;     ///< ISO date
  const RuleCatalog* catalog = nullptr;
  std::string baseline_path{};        ///< the --baseline report, empty without one
  std::string baseline_checked_on{};  ///< its checked_on date
  /// Rules switched off for the rest of the batch; filled once the check is done, before the
  /// report's summary is written (nullptr: none).
  const std::vector<SwitchedOffRule>* switched_off = nullptr;
  /// Made by another tool or rules version: the warning naming both (baseline_version_warning).
  std::string baseline_warning{};
  /// --accept: the entries and their use, read when the report is finished; null without one.
  const AcceptanceMarker* acceptances = nullptr;
  /// The options and hashed inputs of this run (the JSON report's "run"); null: not recorded.
  const RunRecord* run = nullptr;
  /// --store: the history of every finding key of the SWVs checked, this run included (the
  /// HTML report draws it); filled before the report is finished; null without a store.
  const std::vector<KeyHistory>* history = nullptr;
  /// With --reference: each SWV's position in its sector (report/sector_position.h); filled once
  /// the check is done, before the report's end is written (nullptr: no reference set).
  const SectorReference* reference = nullptr;
};

}  // namespace swv
