#include "cli/run_inputs.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <openssl/evp.h>

namespace swv {

namespace fs = std::filesystem;

std::optional<std::string> sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) return std::nullopt;
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    if (in.gcount() > 0 && EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(in.gcount())) != 1)
      return std::nullopt;
  }
  if (in.bad()) return std::nullopt;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(context.get(), digest, &size) != 1) return std::nullopt;
  std::string hex;
  char pair[3];
  for (unsigned int i = 0; i < size; ++i) {
    std::snprintf(pair, sizeof pair, "%02x", digest[i]);
    hex += pair;
  }
  return hex;
}

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

std::vector<RunInput> collect_run_inputs(const std::vector<std::string>& documents, const RuleCatalog& catalog,
                                         const std::string& accept_file, const std::string& baseline_file) {
  std::vector<RunInput> inputs;
  auto add = [&](const char* kind, const std::string& path) {
    inputs.push_back({kind, path, sha256_file(path).value_or("")});
  };
  for (const auto& document : documents) add("document", document);
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
