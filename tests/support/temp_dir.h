// A temporary folder for one test, removed with everything in it when the test ends.
#pragma once

#include <string>

namespace swv::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  /// Writes `contents` to `relative` (creating folders) and returns the full path.
  std::string write(const std::string& relative, const std::string& contents) const;
  /// Reads a file below this folder.
  std::string read(const std::string& relative) const;

 private:
  std::string path_;
};

}  // namespace swv::test
