// Which files a folder given to `check` yields, and that no entry is skipped without a word
// (issue 18.3).
#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "documents/document_set.h"
#include "support/paths.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;
namespace fs = std::filesystem;

namespace {

struct Expanded {
  std::vector<std::string> files;
  std::vector<UnreadableEntry> unreadable;
};

Expanded expand(const std::string& folder) {
  Expanded result;
  std::string error;
  result.files = expand_input_paths({folder}, &error, &result.unreadable);
  REQUIRE(error.empty());
  return result;
}

const UnreadableEntry* unreadable_entry(const Expanded& expanded, const std::string& path) {
  for (const auto& entry : expanded.unreadable)
    if (entry.path == path) return &entry;
  return nullptr;
}

std::string report_in(const TempDir& dir, const std::string& relative) {
  return dir.write(relative, read_text(fixture("jaarverslagen/po2704-2023.xml")));
}

}  // namespace

TEST_CASE("issue 18.3: a dangling .xml symlink and a symlink loop are unreadable entries, not skipped") {
  TempDir dir;
  auto good = report_in(dir, "a.xml");
  fs::create_symlink(dir.path() + "/weg.xml", dir.path() + "/dangling.xml");
  fs::create_symlink(dir.path() + "/loop.csv", dir.path() + "/loop.csv");
  fs::create_symlink(dir.path() + "/weg", dir.path() + "/notitie.txt");  // no input file: not looked at
  auto expanded = expand(dir.path());
  CHECK(expanded.files == std::vector<std::string>{good});
  REQUIRE(expanded.unreadable.size() == 2);
  auto* dangling = unreadable_entry(expanded, dir.path() + "/dangling.xml");
  REQUIRE(dangling != nullptr);
  CHECK_THAT(dangling->reason, Catch::Contains("bestand dat niet bestaat"));
  auto* loop = unreadable_entry(expanded, dir.path() + "/loop.csv");
  REQUIRE(loop != nullptr);
  CHECK_THAT(loop->reason, Catch::Contains("lus"));
}

TEST_CASE("issue 18.3: a symlinked folder is followed, and a link back up is not read twice") {
  TempDir dir;
  TempDir elsewhere;
  auto inside = report_in(dir, "sub/a.xml");
  report_in(elsewhere, "b.xml");
  fs::create_symlink(elsewhere.path(), dir.path() + "/linked");
  fs::create_symlink("..", dir.path() + "/sub/up");              // a loop back to the top
  fs::create_symlink(elsewhere.path(), dir.path() + "/sub/again");  // a second link to one folder
  auto expanded = expand(dir.path());
  CHECK(expanded.unreadable.empty());
  REQUIRE(expanded.files.size() == 2);
  CHECK(std::count(expanded.files.begin(), expanded.files.end(), inside) == 1);
  // b.xml through one of the two links to its folder (whichever is met first), listed once
  auto through = [&](const std::string& link) {
    return std::count(expanded.files.begin(), expanded.files.end(), dir.path() + link + "/b.xml");
  };
  CHECK(through("/linked") + through("/sub/again") == 1);
}

TEST_CASE("issue 18.3: an input file that is no regular file is an unreadable entry") {
  TempDir dir;
  REQUIRE(mkfifo((dir.path() + "/pipe.xml").c_str(), 0600) == 0);
  auto expanded = expand(dir.path());
  CHECK(expanded.files.empty());
  REQUIRE(expanded.unreadable.size() == 1);
  CHECK_THAT(expanded.unreadable[0].reason, Catch::Contains("geen gewoon bestand"));
}

TEST_CASE("issue 18.3: a subfolder that cannot be read is an unreadable entry") {
  TempDir dir;
  report_in(dir, "a.xml");
  report_in(dir, "dicht/b.xml");
  std::string closed = dir.path() + "/dicht";
  fs::permissions(closed, fs::perms::none);
  // Root reads any folder whatever its mode: then there is nothing unreadable to test here
  // (the dangling and looping links above fail as root too).
  DIR* probe = opendir(closed.c_str());
  bool readable_anyway = probe != nullptr;
  if (probe) closedir(probe);
  if (readable_anyway) {
    WARN("running as root: a folder with mode 000 is still readable, the permission case is not tested");
  } else {
    auto expanded = expand(dir.path());
    REQUIRE(expanded.unreadable.size() == 1);
    CHECK(expanded.unreadable[0].path == closed);
    CHECK_THAT(expanded.unreadable[0].reason, Catch::Contains("kan map niet lezen"));
    CHECK(expanded.files.size() == 1);
  }
  fs::permissions(closed, fs::perms::owner_all);
}
