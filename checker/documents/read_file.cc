#include "documents/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

namespace swv {

bool read_file(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  *contents = std::move(buffer).str();
  return true;
}

namespace {

constexpr std::size_t kPipePiece = std::size_t{1} << 16;

// Closes a descriptor however the read ends, keeping errno for the caller's message.
struct OpenFile {
  int fd;
  ~OpenFile() {
    int saved = errno;
    ::close(fd);
    errno = saved;
  }
};

}  // namespace

ReadStatus read_document(const std::string& path, std::size_t max_bytes, std::string* contents) {
  // One stat for the kind and the size; a file above the limit is never opened.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return ReadStatus::cannot_open;
  if (S_ISDIR(info.st_mode)) {
    errno = EISDIR;
    return ReadStatus::cannot_open;
  }
  bool regular = S_ISREG(info.st_mode);
  if (regular && static_cast<std::uint64_t>(info.st_size) > max_bytes) return ReadStatus::too_large;  // refused unread
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadStatus::cannot_open;
  OpenFile file{fd};
  // Read straight into the text, one byte more than a regular file holds to see it grew; a
  // pipe or device grows the text as it comes, no further than one byte past the limit.
  std::string text(regular ? static_cast<std::size_t>(info.st_size) + 1 : std::min(max_bytes + 1, kPipePiece), '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(std::min(2 * text.size(), max_bytes + 1));
    ssize_t n = ::read(file.fd, text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ReadStatus::read_error;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) return ReadStatus::too_large;  // grew while read, or no regular file
  }
  text.resize(used);
  *contents = std::move(text);
  return ReadStatus::ok;
}

std::string describe_size(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  return std::to_string(bytes) + " bytes";
}

std::string describe_read_failure(ReadStatus status, std::size_t max_bytes, int error_number) {
  switch (status) {
    case ReadStatus::ok: return {};
    case ReadStatus::cannot_open: return std::string("kan bestand niet openen: ") + std::strerror(error_number);
    case ReadStatus::too_large:
      return "bestand is groter dan de grens van " + describe_size(max_bytes) +
             " per document en is niet gelezen (wijzig de grens met --max-document-size)";
    case ReadStatus::read_error: return std::string("kan bestand niet lezen: ") + std::strerror(error_number);
  }
  return {};
}

}  // namespace swv
