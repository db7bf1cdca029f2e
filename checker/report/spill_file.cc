#include "report/spill_file.h"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "report/report_write_error.h"

namespace swv {
namespace {

ReportWriteError failure(const std::string& what) {
  return ReportWriteError("tijdelijk bestand voor het rapport " + what + ": " + std::strerror(errno));
}

}  // namespace

SpillFile::SpillFile(const std::string& directory) {
  std::string name = (directory.empty() ? std::string(".") : directory) + "/.swvcheck-findings-XXXXXX";
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw failure("kan niet worden gemaakt in " + directory);
  ::unlink(name.c_str());
  file_ = ::fdopen(fd, "w+");
  if (!file_) {
    ::close(fd);
    throw failure("kan niet worden geopend");
  }
}

SpillFile::~SpillFile() { std::fclose(file_); }

std::uint64_t SpillFile::append(std::string_view text) {
  if (reading_) {
    if (std::fseek(file_, 0, SEEK_END) != 0) throw failure("kan niet worden geschreven");
    reading_ = false;
  }
  if (!text.empty() && std::fwrite(text.data(), 1, text.size(), file_) != text.size())
    throw failure("kan niet worden geschreven");
  std::uint64_t offset = size_;
  size_ += text.size();
  return offset;
}

void SpillFile::read_at(std::uint64_t offset, std::size_t size, std::string* out) {
  if (std::fflush(file_) != 0 || ::fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0)
    throw failure("kan niet worden gelezen");
  reading_ = true;
  out->resize(size);
  if (size > 0 && std::fread(out->data(), 1, size, file_) != size) throw failure("kan niet worden gelezen");
}

void SpillFile::rewind() {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) throw failure("kan niet worden gelezen");
  reading_ = true;
}

bool SpillFile::copy_to(const std::function<bool(std::string_view)>& write, const FileCopier& copy) {
  if (copy) {
    off_t start = ::ftello(file_);
    if (start < 0) throw failure("kan niet worden gelezen");
    auto offset = static_cast<std::uint64_t>(start);
    switch (copy(::fileno(file_), &offset)) {
      case FileCopy::copied: return true;
      case FileCopy::failed: return false;
      case FileCopy::unsupported:  // the rest, from where the copy stopped
        if (::fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0) throw failure("kan niet worden gelezen");
        break;
    }
  }
  std::vector<char> buffer(1 << 16);
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), file_)) > 0;)
    if (!write(std::string_view(buffer.data(), n))) return false;
  if (std::ferror(file_)) throw failure("kan niet worden gelezen");
  return true;
}

std::string spill_directory_for(const std::string& output) {
  if (!output.empty()) return std::filesystem::path(output).parent_path().string();
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir && *tmpdir ? tmpdir : "/tmp";
}

}  // namespace swv
