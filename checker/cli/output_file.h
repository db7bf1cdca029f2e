// Writes a report next to its destination and renames it into place, so an interrupted run
// never leaves half a report where a whole one was.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "report/file_copy.h"

namespace swv {

class OutputFile {
 public:
  /// Creates the temporary file at once, so an unwritable destination fails before any work.
  explicit OutputFile(std::string destination);
  ~OutputFile();  ///< removes the temporary file when commit() did not happen
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }
  /// Appends `contents` to the temporary file; false (with error()) on failure.
  bool write(std::string_view contents);
  /// Appends the bytes of descriptor `fd` from `*offset` to its end with copy_file_range(2),
  /// in the kernel, advancing `*offset` (report/file_copy.h: a FileCopier). `unsupported`
  /// when the file systems or the kernel cannot (the caller writes the rest); `failed` (with
  /// error()) when the output cannot be written.
  FileCopy copy_from(int fd, std::uint64_t* offset);
  /// Renames the file written so far into place; false (with error()) on failure.
  bool commit();
  /// write(contents), then commit().
  bool commit(const std::string& contents) { return write(contents) && commit(); }

 private:
  std::string destination_;
  std::string temporary_;
  std::string error_;
  int fd_ = -1;
};

}  // namespace swv
