#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "bench/corpus.h"
#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

// Every file below `dir`, by path relative to it, with its bytes.
std::map<std::string, std::string> files_below(const TempDir& dir, const std::string& sub) {
  std::map<std::string, std::string> files;
  auto root = std::filesystem::path(dir.path()) / sub;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
    if (entry.is_regular_file()) {
      auto relative = std::filesystem::relative(entry.path(), dir.path()).string();
      files[std::filesystem::relative(entry.path(), root).string()] = dir.read(relative);
    }
  return files;
}

}  // namespace

TEST_CASE("corpus: every generated report and registration loads and every rule runs without fout") {
  TempDir dir;
  bench::CorpusOptions options;
  options.seed = 11;
  options.swvs = 4;
  options.years = 5;
  auto summary = bench::write_corpus(dir.path() + "/corpus", options);
  REQUIRE(summary.reports.size() == 20);
  REQUIRE(summary.registrations.size() == 8);  // thuiszitters and meldingen per SWV
  CHECK(summary.thuiszitters_cases > 0);
  CHECK(summary.meldingen > 0);

  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::vector<std::string> files = summary.reports;
  files.insert(files.end(), summary.registrations.begin(), summary.registrations.end());
  std::sort(files.begin(), files.end());
  auto result = check_files(catalog, files, {}, {}, "2025-06-30");

  REQUIRE(result.documents.size() == files.size());
  for (const auto& doc : result.documents) {
    INFO(doc.path << ": " << (doc.error ? doc.error->message : std::string("geladen")));
    CHECK_FALSE(doc.error.has_value());
    CHECK(doc.line_errors.empty());
    CHECK_FALSE(doc.swv.empty());
  }
  std::set<std::string> rules_seen;
  for (const auto& f : result.findings) {
    INFO(f.rule << " on " << f.document << ": " << f.message);
    CHECK(f.status != Status::fout);
    rules_seen.insert(f.rule);
  }
  for (const auto& rule : catalog.rules()) {
    INFO(rule.id);
    CHECK(rules_seen.count(rule.id) == 1);  // every shipped rule had something to judge
  }
}

TEST_CASE("corpus: the same seed writes the same bytes, another seed other bytes") {
  bench::CorpusOptions options;
  options.seed = 3;
  options.swvs = 3;
  options.years = 3;
  TempDir a, b, c;
  bench::write_corpus(a.path() + "/corpus", options);
  bench::write_corpus(b.path() + "/corpus", options);
  options.seed = 4;
  bench::write_corpus(c.path() + "/corpus", options);
  auto first = files_below(a, "corpus");
  CHECK(first.size() == 9 + 6 + 1);  // reports, registrations, corpus.txt
  CHECK(first == files_below(b, "corpus"));
  auto other = files_below(c, "corpus");
  CHECK(other.size() == first.size());
  CHECK(other != first);
  CHECK(other.at("jaarverslagen/po1000-2024.xml") != first.at("jaarverslagen/po1000-2024.xml"));
}

TEST_CASE("corpus: realistic variety in what the rules find") {
  TempDir dir;
  bench::CorpusOptions options;
  options.seed = 1;
  options.swvs = 30;
  options.years = 2;
  auto summary = bench::write_corpus(dir.path() + "/corpus", options);
  REQUIRE(summary.reports.size() == 60);
  // about a third above the signaleringswaarde; some of each other kind
  CHECK(summary.above_signaleringswaarde >= 12);
  CHECK(summary.above_signaleringswaarde <= 30);
  CHECK(summary.without_independent_member > 0);
  CHECK(summary.with_missing_data > 0);

  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto result = check_files(catalog, summary.reports, {}, {}, "2025-06-30");
  std::map<std::pair<std::string, Status>, int> seen;
  for (const auto& f : result.findings) ++seen[{f.rule, f.status}];
  CHECK(seen[{"reserves.signaleringswaarde", Status::signaal}] >= 12);
  CHECK(seen[{"reserves.signaleringswaarde", Status::voldoet}] >= 20);
  CHECK(seen[{"toezicht.onafhankelijk-lid", Status::signaal}] > 0);
  CHECK(seen[{"consistentie.sommen", Status::overtreding}] > 0);
  int not_assessable = 0;
  for (const auto& [key, count] : seen)
    if (key.second == Status::niet_te_beoordelen) not_assessable += count;
  CHECK(not_assessable > 0);
}

TEST_CASE("corpus: a folder that already holds files is refused") {
  TempDir dir;
  dir.write("corpus/keep.txt", "x");
  bench::CorpusOptions options;
  options.swvs = 1;
  options.years = 1;
  CHECK_THROWS_WITH(bench::write_corpus(dir.path() + "/corpus", options), Catch::Contains("niet leeg"));
}
