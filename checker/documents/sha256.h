// SHA-256 of input files as lower-case hex (OpenSSL libcrypto), for the run record
// (report/run_record.h) and `swvcheck verify`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace swv {

/// The sha256 of `bytes` as 64 lower-case hex digits; nullopt only when OpenSSL fails.
std::optional<std::string> sha256_hex(std::string_view bytes);

/// The sha256 of the file at `path`, read in pieces with plain read(2) into a buffer kept per
/// thread; nullopt when it cannot be opened or read (a folder cannot be read).
std::optional<std::string> sha256_file(const std::string& path);

}  // namespace swv
