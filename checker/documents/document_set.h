// Turns the paths a user names (files and folders) into the sorted list of input files, and
// the entries below those folders that could not be read (never skipped without a word).
#pragma once

#include <string>
#include <vector>

namespace swv {

/// Annual reports are .xml files, registrations .csv files (any case).
bool is_annual_report_file(const std::string& path);
bool is_registration_file(const std::string& path);
bool is_input_file(const std::string& path);

/// An entry below a folder given to `check` that could not be read: a folder that cannot be
/// listed, a symbolic link to an input file that does not exist (or loops), an input file that
/// is no regular file. Reports list it as a document that failed to load.
struct UnreadableEntry {
  std::string path;
  std::string reason;  ///< Dutch
};

/// Expands folders (recursively, .xml and .csv files) and keeps named files as they are,
/// sorted and without duplicates. Symbolic links to folders are followed; a folder already
/// read (a link back up, a loop, a second link to the same folder) is not read again, so each
/// file is listed once. Entries that cannot be read go to `unreadable` (sorted). A path that
/// does not exist fills `error` and returns {}.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::string* error,
                                            std::vector<UnreadableEntry>* unreadable);

}  // namespace swv
