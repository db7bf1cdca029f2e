// Where a report writer puts the findings it has laid out while the check still runs: an
// unnamed temporary file, copied into the report at the end (report/json_report.h,
// report/sarif_report.h).
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "report/file_copy.h"

namespace swv {

class SpillFile {
 public:
  /// Made in `directory` and unlinked at once: no other user can open it, and the system
  /// removes it when swvcheck ends, however it ends. Throws ReportWriteError.
  explicit SpillFile(const std::string& directory);
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  /// Appends `text` and returns the offset it starts at (for read_at). Throws
  /// ReportWriteError when the text cannot be written.
  std::uint64_t append(std::string_view text);
  /// Makes everything appended readable from the start; throws ReportWriteError. Call before
  /// the report's first byte goes out, so a problem here leaves no half report behind.
  void rewind();
  /// Reads `size` bytes at `offset` of what was appended into `out` (appending may go on
  /// afterwards). Throws ReportWriteError when they cannot be read.
  void read_at(std::uint64_t offset, std::size_t size, std::string* out);
  /// Hands everything appended to `write` in pieces of 64 KiB; false when `write` fails.
  /// With `copy`, the bytes go straight into the destination instead, as far as it takes
  /// them (the rest through `write`); false when it fails. Call after rewind(). Throws
  /// ReportWriteError when the file cannot be read.
  bool copy_to(const std::function<bool(std::string_view)>& write, const FileCopier& copy = {});

 private:
  std::FILE* file_;
  bool reading_ = false;  ///< the last operation was a read: a write must seek to the end first
  std::uint64_t size_ = 0;  ///< bytes appended so far
};

/// The directory for a spill file: beside `output` (which must hold as much anyway), or
/// TMPDIR (else /tmp) when the report goes to standard output (`output` empty).
std::string spill_directory_for(const std::string& output);

}  // namespace swv
