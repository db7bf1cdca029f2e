// What one run of the rules looks at: one SWV in one year, with its annual report (when
// given) and the records of its registrations for that year.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "documents/annual_report.h"
#include "documents/registration.h"

namespace swv {

struct RecordRef {
  const Registration* file;
  const Record* record;
};

struct CheckUnit {
  std::string swv;
  int jaar = 0;
  std::string sector;                    ///< from the annual report; empty without one
  const AnnualReport* report = nullptr;  ///< nullptr when only registrations were given
  std::map<std::string, std::vector<RecordRef>> records;  ///< by registration kind

  bool has(const std::string& kind) const {
    return kind == "jaarverslag" ? report != nullptr : records.count(kind) > 0;
  }
  /// The file findings are about: the annual report, else the first registration.
  std::string path() const {
    if (report) return report->path();
    for (const auto& [kind, list] : records)
      if (!list.empty()) return list.front().file->path();
    return {};
  }
  /// The date norms are taken on: the end of the year.
  std::string reference_date() const { return std::to_string(jaar) + "-12-31"; }
  /// The peildatum on which a norm must be in force for its rule to run on this unit: the end
  /// of the verslagjaar for an annual report; for registrations alone the latest date they
  /// describe (a registration of 31 July 2016 predates the Thuiszitterspact of 1 August 2016).
  std::string norm_date() const {
    std::string latest;
    if (!report)
      for (const auto& [kind, list] : records)
        for (const auto& ref : list) {
          int column = ref.file->column_index(ref.file->format().year_column);
          const auto& value = ref.record->values.at(static_cast<std::size_t>(column));
          if (value && *value > latest) latest = *value;  // ISO dates after loading
        }
    return latest.empty() ? reference_date() : latest;
  }
};

/// A unit for one annual report alone.
inline CheckUnit unit_for(const AnnualReport& report) {
  CheckUnit unit;
  unit.swv = report.swv();
  unit.jaar = report.jaar();
  unit.sector = report.sector();
  unit.report = &report;
  return unit;
}

}  // namespace swv
