#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace swv {

OutputFile::OutputFile(std::string destination) : destination_(std::move(destination)) {
  std::vector<char> name(destination_.begin(), destination_.end());
  const char suffix[] = ".tmp-XXXXXX";
  name.insert(name.end(), suffix, suffix + sizeof suffix);  // includes the terminating NUL
  fd_ = mkstemp(name.data());
  if (fd_ < 0) {
    error_ = "kan uitvoerbestand niet schrijven: " + destination_ + ": " + std::strerror(errno);
    return;
  }
  temporary_ = name.data();
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

bool OutputFile::write(std::string_view contents) {
  if (fd_ < 0) return false;
  std::size_t written = 0;
  while (written < contents.size()) {
    auto n = ::write(fd_, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = "schrijven naar " + destination_ + " mislukt: " + std::strerror(errno);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  return true;
}

FileCopy OutputFile::copy_from(int fd, std::uint64_t* offset) {
  if (fd_ < 0) return FileCopy::failed;
  // write() keeps nothing buffered, so the copy lands right after what was written.
  for (;;) {
    auto in = static_cast<off_t>(*offset);
    auto n = ::copy_file_range(fd, &in, fd_, nullptr, std::size_t{1} << 30, 0);
    if (n > 0) {
      *offset += static_cast<std::uint64_t>(n);
      continue;
    }
    if (n == 0) return FileCopy::copied;  // the end of `fd`
    if (errno == EINTR) continue;
    if (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) return FileCopy::unsupported;
    error_ = "schrijven naar " + destination_ + " mislukt: " + std::strerror(errno);
    return FileCopy::failed;
  }
}

bool OutputFile::commit() {
  if (fd_ < 0) return false;
  // Readable like any file the user creates (mkstemp makes it private).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
    fd_ = -1;
    error_ = "schrijven naar " + destination_ + " mislukt: " + std::strerror(errno);
    return false;
  }
  fd_ = -1;
  if (std::rename(temporary_.c_str(), destination_.c_str()) != 0) {
    error_ = "kan " + destination_ + " niet vervangen: " + std::strerror(errno);
    return false;
  }
  temporary_.clear();
  return true;
}

}  // namespace swv
