// Writes a report next to its destination and renames it into place, so an interrupted run
// never leaves half a report where a whole one was.
#pragma once

#include <string>

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
  /// Writes `contents` and renames the file into place; false (with error()) on failure.
  bool commit(const std::string& contents);

 private:
  std::string destination_;
  std::string temporary_;
  std::string error_;
  int fd_ = -1;
};

}  // namespace swv
