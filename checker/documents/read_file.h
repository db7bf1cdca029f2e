// Reading a whole input file, the one way every loader does it.
#pragma once

#include <cstddef>
#include <string>

namespace swv {

/// Reads `path` into `contents`; false when it cannot be opened or read.
bool read_file(const std::string& path, std::string* contents);

/// The size limit per input document unless --max-document-size says otherwise: far above
/// any real annual report or registration (kilobytes), far below what would exhaust memory.
inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{64} << 20;

enum class ReadStatus { ok, cannot_open, too_large, read_error };

/// Reads `path` into `contents` when it holds at most `max_bytes` bytes. The size of a
/// regular file is checked before anything is read; anything else (a pipe, a device) is read
/// no further than one byte past the limit. A folder cannot be opened.
ReadStatus read_document(const std::string& path, std::size_t max_bytes, std::string* contents);

/// A Dutch message for a failed read_document (with errno for cannot_open and read_error).
std::string describe_read_failure(ReadStatus status, std::size_t max_bytes, int error_number);

/// "64 MiB" for whole mebibytes, else "1000 bytes".
std::string describe_size(std::size_t bytes);

}  // namespace swv
