#include "documents/sha256.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include <openssl/evp.h>

namespace swv {
namespace {

constexpr std::size_t kBufferSize = std::size_t{1} << 17;

// A digest context started for SHA-256, kept per thread and restarted for each hash: neither
// the algorithm's lookup nor the context's allocation is repeated per file. Null when OpenSSL
// fails.
EVP_MD_CTX* started_sha256() {
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!kSha256 || !context || EVP_DigestInit_ex2(context.get(), kSha256, nullptr) != 1) return nullptr;
  return context.get();
}

std::optional<std::string> finish_hex(EVP_MD_CTX* context) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(context, digest, &size) != 1) return std::nullopt;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(2 * size, '0');
  for (unsigned int i = 0; i < size; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xf];
  }
  return hex;
}

// Closes a descriptor however the read ends.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::optional<std::string> sha256_hex(std::string_view bytes) {
  EVP_MD_CTX* context = started_sha256();
  if (!context || EVP_DigestUpdate(context, bytes.data(), bytes.size()) != 1) return std::nullopt;
  return finish_hex(context);
}

std::optional<std::string> sha256_file(const std::string& path) {
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return std::nullopt;
  EVP_MD_CTX* context = started_sha256();
  if (!context) return std::nullopt;
  // Uninitialised and reused: no buffer allocated and cleared per file.
  thread_local std::unique_ptr<char[]> buffer(new char[kBufferSize]);
  for (;;) {
    ssize_t n = ::read(file.fd, buffer.get(), kBufferSize);
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::nullopt;  // EISDIR for a folder, EIO, ...
    }
    if (n == 0) break;
    if (EVP_DigestUpdate(context, buffer.get(), static_cast<std::size_t>(n)) != 1) return std::nullopt;
  }
  return finish_hex(context);
}

}  // namespace swv
