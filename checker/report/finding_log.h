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

/// A finding as bytes and back: every field, exactly (length-prefixed, no text format).
void encode_finding(const Finding& finding, std::string* out);
/// Decodes one finding from `data` at `*offset`, moving it on; throws std::runtime_error on
/// bytes encode_finding did not write.
Finding decode_finding(const std::string& data, std::size_t* offset);

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
  std::uint64_t size_ = 0;
};

}  // namespace swv
