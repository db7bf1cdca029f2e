// Copying a file's bytes into the report's destination inside the kernel (copy_file_range(2)),
// so a spill file (report/spill_file.h) need not pass through swvcheck on its way out.
#pragma once

#include <cstdint>
#include <functional>

namespace swv {

enum class FileCopy {
  copied,       ///< every byte from the offset to the end of the file went out
  unsupported,  ///< the destination cannot take it this way: write the rest from `*offset` yourself
  failed,       ///< the destination could not be written (its owner keeps the error)
};

/// Copies the bytes of descriptor `fd` from `*offset` to its end into the report's destination,
/// after everything written to it so far, and advances `*offset` past what it copied. Empty
/// when the destination has no such path (standard output, a pipe).
using FileCopier = std::function<FileCopy(int fd, std::uint64_t* offset)>;

}  // namespace swv
