// Checks documents that arrive as uploads (`swvcheck serve`) exactly as `swvcheck check
// --view swv --format html` checks files: the same loader, limits and rules, the same page.
// The uploads are written to a private folder in memory (/dev/shm where there is one), read
// by the check and removed when it ends; nothing else is kept. The page names each document
// by its uploaded file name, never by that folder.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

struct Upload {
  std::string field;     ///< the form's input: "jaarverslag", "thuiszitters" or "meldingen"
  std::string filename;  ///< as the browser sent it
  std::string content;
};

/// A name that is safe as a file name: the last path part of `filename`, characters other than
/// letters, digits, '.', '-' and '_' as '_', and `extension` (".xml" or ".csv") added when the
/// check would not take it as that kind of file.
std::string upload_file_name(const std::string& filename, const std::string& extension);

/// The SWV view page (HTML) of a check of `uploads`. Throws std::runtime_error (Dutch) when the
/// private folder cannot be made or written.
std::string check_uploads(const std::vector<Upload>& uploads, const RuleCatalog& catalog, const SandboxLimits& limits,
                          const std::string& check_date, std::size_t max_document_bytes);

}  // namespace swv
