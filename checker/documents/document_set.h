// Turns the paths a user names (files and folders) into the sorted list of input files.
#pragma once

#include <string>
#include <vector>

namespace swv {

/// Annual reports are .xml files, registrations .csv files (any case).
bool is_annual_report_file(const std::string& path);
bool is_registration_file(const std::string& path);
bool is_input_file(const std::string& path);

/// Expands folders (recursively, .xml and .csv files) and keeps named files as they are,
/// sorted and without duplicates. A path that does not exist fills `error` and returns {}.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::string* error);

}  // namespace swv
