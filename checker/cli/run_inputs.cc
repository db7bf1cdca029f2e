#include "cli/run_inputs.h"

#include <algorithm>
#include <filesystem>
#include <iterator>

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

std::vector<RunInput> collect_run_inputs(const std::vector<std::string>& documents, std::vector<std::string> loaded_sha256,
                                         const RuleCatalog& catalog, const std::string& accept_file,
                                         const std::string& baseline_file) {
  // The files other than documents first, so the list is allocated once at its full size: a
  // vector that grows by doubling past 10,000 documents holds three times their entries for a
  // moment, at the run's peak.
  std::vector<RunInput> others;
  auto add = [&](std::vector<RunInput>& to, const char* kind, const std::string& path) {
    to.push_back({kind, path, sha256_file(path).value_or("")});
  };
  for (const auto& folder : catalog.folders()) {
    if (fs::exists(fs::path(folder) / "families.lua")) add(others, "families", (fs::path(folder) / "families.lua").string());
    for (const auto& file : find_rule_files(folder)) add(others, "regel", file);
    for (const auto& file : lua_files_below(fs::path(folder) / "params")) add(others, "parameter", file);
    for (const auto& file : lua_files_below(fs::path(folder) / "lib")) add(others, "lib", file);
  }
  if (!accept_file.empty()) add(others, "acceptatie", accept_file);
  if (!baseline_file.empty()) add(others, "baseline", baseline_file);

  std::vector<RunInput> inputs;
  inputs.reserve(documents.size() + others.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    bool loaded = i < loaded_sha256.size() && !loaded_sha256[i].empty();
    if (loaded) inputs.push_back({"document", documents[i], std::move(loaded_sha256[i])});  // not held twice
    else add(inputs, "document", documents[i]);
  }
  std::move(others.begin(), others.end(), std::back_inserter(inputs));
  return inputs;
}

}  // namespace swv
