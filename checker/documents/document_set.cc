#include "documents/document_set.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

namespace swv {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

// Why an entry whose target cannot be looked at is unreadable.
std::string describe_unreachable(const fs::directory_entry& entry, std::error_code ec) {
  std::error_code link_ec;
  bool link = entry.is_symlink(link_ec);
  if (link && ec == std::errc::no_such_file_or_directory)
    return "symbolische koppeling naar een bestand dat niet bestaat";
  if (link && ec == std::errc::too_many_symbolic_link_levels) return "symbolische koppeling die naar zichzelf terugwijst (lus)";
  return "kan niet lezen: " + ec.message();
}

// Reads `root` and every folder below it (without recursion: a deep tree cannot exhaust the
// stack). `visited` holds the canonical path of every folder read, so a link back up is not
// followed again.
void collect(const fs::path& root, std::set<fs::path>* visited, std::vector<std::string>* files,
             std::vector<UnreadableEntry>* unreadable) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path folder = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::string path = entry.path().string();
      std::error_code status_ec;
      auto status = entry.status(status_ec);  // follows a symbolic link
      if (status_ec) {
        if (is_input_file(path)) unreadable->push_back({path, describe_unreachable(entry, status_ec)});
        continue;
      }
      if (fs::is_directory(status)) {
        std::error_code canonical_ec;
        auto canonical = fs::canonical(entry.path(), canonical_ec);
        if (canonical_ec) unreadable->push_back({path, "kan map niet lezen: " + canonical_ec.message()});
        else if (visited->insert(canonical).second) pending.push_back(entry.path());
        continue;
      }
      if (!is_input_file(path)) continue;
      if (fs::is_regular_file(status)) files->push_back(path);
      else unreadable->push_back({path, "is geen gewoon bestand (maar bijv. een pipe of apparaat) en is niet gelezen"});
    }
    if (ec) unreadable->push_back({folder.string(), "kan map niet lezen: " + ec.message()});
  }
}

}  // namespace

bool is_input_file(const std::string& path) { return is_annual_report_file(path) || is_registration_file(path); }

bool is_annual_report_file(const std::string& path) { return lower_extension(path) == ".xml"; }

bool is_registration_file(const std::string& path) { return lower_extension(path) == ".csv"; }

std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::string* error,
                                            std::vector<UnreadableEntry>* unreadable) {
  std::vector<std::string> files;
  std::set<fs::path> visited;
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
    auto canonical = fs::canonical(path, ec);
    if (ec) {
      unreadable->push_back({path, "kan map niet lezen: " + ec.message()});
      continue;
    }
    if (visited.insert(canonical).second) collect(path, &visited, &files, unreadable);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  auto by_path = [](const UnreadableEntry& a, const UnreadableEntry& b) { return a.path < b.path; };
  std::sort(unreadable->begin(), unreadable->end(), by_path);
  unreadable->erase(std::unique(unreadable->begin(), unreadable->end(),
                                [](const UnreadableEntry& a, const UnreadableEntry& b) { return a.path == b.path; }),
                    unreadable->end());
  return files;
}

}  // namespace swv
