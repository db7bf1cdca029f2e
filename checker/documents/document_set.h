// Turns the paths a user names (files and folders) into the sorted list of input files.
#pragma once

#include <string>
#include <vector>

namespace swv {

/// Expands folders (recursively, files ending in .xml) and keeps named files as they are,
/// sorted and without duplicates. A path that does not exist fills `error` and returns {}.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::string* error);

}  // namespace swv
