#include "cli/run_inputs.h"

#include <algorithm>
#include <filesystem>

#include "documents/sha256.h"

namespace swv {

namespace fs = std::filesystem;

namespace {

// The .lua files below `folder`, sorted; none when it does not exist.
std::vector<std::string> lua_files_below(const fs::path& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return files;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".lua") files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<RunInput> collect_run_inputs(const std::vector<std::string>& documents,
                                         const std::vector<std::string>& loaded_sha256, const RuleCatalog& catalog,
                                         const std::string& accept_file, const std::string& baseline_file) {
  std::vector<RunInput> inputs;
  inputs.reserve(documents.size());
  auto add = [&](const char* kind, const std::string& path) {
    inputs.push_back({kind, path, sha256_file(path).value_or("")});
  };
  for (std::size_t i = 0; i < documents.size(); ++i) {
    bool loaded = i < loaded_sha256.size() && !loaded_sha256[i].empty();
    if (loaded) inputs.push_back({"document", documents[i], loaded_sha256[i]});
    else add("document", documents[i]);
  }
  for (const auto& folder : catalog.folders()) {
    if (fs::exists(fs::path(folder) / "families.lua")) add("families", (fs::path(folder) / "families.lua").string());
    for (const auto& file : find_rule_files(folder)) add("regel", file);
    for (const auto& file : lua_files_below(fs::path(folder) / "params")) add("parameter", file);
    for (const auto& file : lua_files_below(fs::path(folder) / "lib")) add("lib", file);
  }
  if (!accept_file.empty()) add("acceptatie", accept_file);
  if (!baseline_file.empty()) add("baseline", baseline_file);
  return inputs;
}

}  // namespace swv
