#include "documents/read_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
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

ReadStatus read_document(const std::string& path, std::size_t max_bytes, std::string* contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec) {
    errno = ec.value();
    return ReadStatus::cannot_open;
  }
  if (fs::is_directory(status)) {
    errno = EISDIR;
    return ReadStatus::cannot_open;
  }
  std::string text;
  if (fs::is_regular_file(status)) {
    auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) return ReadStatus::too_large;  // refused unread
    if (!ec) text.reserve(static_cast<std::size_t>(size));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return ReadStatus::cannot_open;
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) return ReadStatus::too_large;  // grew while read, or no regular file
  }
  if (in.bad()) return ReadStatus::read_error;
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
