#include "documents/document_set.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace swv {
namespace {

std::string lower_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

bool is_input_file(const std::string& path) { return is_annual_report_file(path) || is_registration_file(path); }

bool is_annual_report_file(const std::string& path) { return lower_extension(path) == ".xml"; }

bool is_registration_file(const std::string& path) { return lower_extension(path) == ".csv"; }

std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      *error = "bestand of map bestaat niet: " + path;
      return {};
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && is_input_file(it->path().string())) files.push_back(it->path().string());
    }
    if (ec) {
      *error = "kan map niet lezen: " + path + ": " + ec.message();
      return {};
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace swv
