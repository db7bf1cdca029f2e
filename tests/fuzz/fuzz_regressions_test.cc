// Replays every input the fuzzers found (tests/fuzz_regressions/TARGET/) and the seed corpus
// (fixtures/) through the same entry functions as the libFuzzer targets, in the normal build
// and under ASan+UBSan in scripts/test.sh. See docs/hardening.md.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "documents/read_file.h"
#include "fuzz/fuzz_entries.h"
#include "support/paths.h"

namespace {

using Entry = std::string (*)(const std::uint8_t*, std::size_t);

std::vector<std::string> files_below(const std::string& folder, const std::string& extension = "") {
  std::vector<std::string> files;
  if (!std::filesystem::is_directory(folder)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() != ".md" &&
        (extension.empty() || entry.path().extension() == extension))
      files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void replay(const std::vector<std::string>& files, Entry entry) {
  for (const auto& file : files) {
    INFO(file);
    std::string data;
    REQUIRE(swv::read_file(file, &data));
    CHECK(entry(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()) == "");
  }
}

}  // namespace

TEST_CASE("fuzz regressions: every input a fuzzer found is handled") {
  using namespace swv::test;
  auto annual = files_below(source_path("tests/fuzz_regressions/annual_report"));
  auto registration = files_below(source_path("tests/fuzz_regressions/registration"));
  auto values = files_below(source_path("tests/fuzz_regressions/amounts_and_dates"));
  CHECK(annual.size() + registration.size() + values.size() > 0);
  replay(annual, swv::fuzz::annual_report);
  replay(registration, swv::fuzz::registration);
  replay(values, swv::fuzz::amounts_and_dates);
}

TEST_CASE("fuzz regressions: the seed corpus passes the fuzz properties") {
  using namespace swv::test;
  auto reports = files_below(fixture("jaarverslagen"));
  auto broken = files_below(fixture("broken"));
  reports.insert(reports.end(), broken.begin(), broken.end());
  REQUIRE(reports.size() >= 30);
  replay(reports, swv::fuzz::annual_report);
  replay(files_below(fixture("registraties"), ".csv"), swv::fuzz::registration);
}
