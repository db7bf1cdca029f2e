// Findings kept on disk instead of in memory, for reports that need them back in another
// order than they came (the text report groups them per SWV and year). Each unit's findings
// are appended as one record to an unnamed spill file; reading a record back gives the same
// findings. About 1 KB per finding on disk, a few dozen bytes per unit in memory.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "report/spill_file.h"

namespace swv {

/// What the findings of a log share, written once instead of with every finding: the norms
/// (log-wide, one per rule) and the parameter maps of the record being written or read.
struct SharedPartsTable {
  std::vector<SharedNorm> norms;           ///< by the index the bytes give
  std::vector<SharedParams> record_params; ///< this record's; cleared at each record
};

/// A finding as bytes and back: every field, exactly (length-prefixed, no text format). With a
/// table, a norm or parameter map already in it is written as its index, and a decoded
/// finding shares it; encode and decode must then use the same table.
void encode_finding(const Finding& finding, std::string* out, SharedPartsTable* shared = nullptr);
/// Decodes one finding from `data` at `*offset`, moving it on; throws std::runtime_error on
/// bytes encode_finding did not write.
Finding decode_finding(const std::string& data, std::size_t* offset, SharedPartsTable* shared = nullptr);

class FindingLog {
 public:
  /// One appended unit: where its findings are.
  struct Entry {
    std::uint64_t offset = 0, size = 0;
    std::uint32_t count = 0;
  };

  explicit FindingLog(const std::string& spill_directory) : spill_(spill_directory) {}
  /// Appends the findings as one record (none: an empty record) and returns where it is.
  /// Throws ReportWriteError.
  Entry append(const std::vector<Finding>& findings);
  /// The findings of a record appended before; throws ReportWriteError when it cannot be read.
  std::vector<Finding> read(const Entry& entry);

 private:
  SpillFile spill_;
  SharedPartsTable shared_;
};

}  // namespace swv
