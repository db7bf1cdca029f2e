// Writes a report next to its destination and renames it into place, so an interrupted run
// never leaves half a report where a whole one was.
#pragma once

#include <string>
#include <string_view>

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
