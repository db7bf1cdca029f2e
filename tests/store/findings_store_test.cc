#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "store/findings_store.h"
#include "support/temp_dir.h"

using namespace swv;
using swv::test::TempDir;

namespace {

Finding finding(const std::string& swv, int jaar, Status status) {
  Finding f;
  f.rule = "reserves.signaleringswaarde";
  f.key = f.rule + "/" + swv;
  f.family = "reserves";
  f.norm = NormRef{"RS-1", "", "", "", ""};
  f.swv = swv;
  f.jaar = jaar;
  f.status = status;
  f.message = "bericht";
  f.values = {{"ratio", "1.20"}};
  return f;
}

std::int64_t append(FindingsStore& store, const std::vector<Finding>& findings) {
  return store.append_run({"2026-11-25", "0.1.0", "abc", nullptr}, [&](const std::function<void(const Finding&)>& emit) {
    for (const auto& f : findings) emit(f);
  });
}

std::string history_text(const FindingsStore& store) { return write_history_text(store.history("", "")); }

}  // namespace

TEST_CASE("store: the history says since when a status holds and when a finding came back") {
  KeyHistory h{"PO2704", "k/PO2704", "k", "RS-1", {}};
  h.seen = {{2020, Status::signaal, false, 1, "a"},       {2021, Status::voldoet, false, 1, "a"},
            {2021, Status::niet_te_beoordelen, false, 2, "b"},  // a later run of 2021: not resolved
            {2022, Status::signaal, false, 2, "b"},       {2023, Status::voldoet, false, 3, "c"},
            {2024, Status::overtreding, false, 3, "c"},   {2025, Status::overtreding, false, 4, "d"}};
  auto years = h.by_year();
  REQUIRE(years.size() == 6);
  CHECK(years[1].status == Status::niet_te_beoordelen);
  CHECK(h.since() == 2024);
  CHECK(h.came_back() == std::vector<std::pair<int, int>>{{2023, 2024}});  // 2021 was not judged, so not resolved
}

TEST_CASE("store: a run and its findings are appended in one transaction and read back per key") {
  TempDir dir;
  std::string path = dir.path() + "/store.sqlite";
  FindingsStore store(path);
  CHECK(store.schema_version() == static_cast<int>(FindingsStore::migrations().size()));
  Finding accepted = finding("PO2704", 2023, Status::signaal);
  accepted.accepted = Acceptance{"reden", "wie", "2024-01-01", "2027-01-01", false};
  CHECK(append(store, {finding("PO2704", 2022, Status::signaal), accepted, finding("VO2801", 2023, Status::voldoet)}) == 1);
  CHECK(store.run_count() == 1);
  auto po = store.history("PO2704", "RS-1");
  REQUIRE(po.size() == 1);
  REQUIRE(po[0].seen.size() == 2);
  CHECK(po[0].seen[1].accepted);
  CHECK(store.history("", "").size() == 2);
  CHECK(store.history("", "toezicht.onafhankelijk-lid").empty());
}

TEST_CASE("store: a run that fails before commit leaves the store unchanged") {
  TempDir dir;
  std::string path = dir.path() + "/store.sqlite";
  {
    FindingsStore store(path);
    append(store, {finding("PO2704", 2022, Status::signaal)});
  }
  FindingsStore store(path);
  std::string before = history_text(store);
  CHECK_THROWS_AS(store.append_run({"2026-11-25", "0.1.0", "abc", nullptr},
                                   [&](const std::function<void(const Finding&)>& emit) {
                                     emit(finding("PO2704", 2023, Status::voldoet));
                                     throw StoreError("gesimuleerde fout");
                                   }),
                  StoreError);
  CHECK(store.run_count() == 1);
  CHECK(history_text(store) == before);
  append(store, {finding("PO2704", 2023, Status::voldoet)});  // still writable
  CHECK(store.run_count() == 2);
}

TEST_CASE("store: a process killed in the middle of its transaction leaves the store readable and unchanged") {
  TempDir dir;
  std::string path = dir.path() + "/store.sqlite";
  {
    FindingsStore store(path);
    append(store, {finding("PO2704", 2022, Status::signaal)});
  }
  std::string before = [&] {
    FindingsStore store(path);
    return history_text(store);
  }();
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    FindingsStore store(path);
    store.append_run({"2026-11-25", "0.1.0", "abc", nullptr}, [&](const std::function<void(const Finding&)>& emit) {
      for (int jaar = 2000; jaar < 2100; ++jaar) emit(finding("PO2704", jaar, Status::voldoet));
      std::raise(SIGKILL);  // rows written, no commit
    });
    _exit(0);  // not reached
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  FindingsStore store(path);
  CHECK(store.run_count() == 1);
  CHECK(history_text(store) == before);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* check = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(check) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(check, 0))) == "ok");
  sqlite3_finalize(check);
  sqlite3_close(db);
}

TEST_CASE("store: two processes appending to the same store both succeed") {
  TempDir dir;
  std::string path = dir.path() + "/store.sqlite";
  { FindingsStore create(path); }
  std::vector<pid_t> children;
  for (int process = 0; process < 2; ++process) {
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      int code = 0;
      try {
        FindingsStore store(path);
        for (int run = 0; run < 25; ++run) append(store, {finding("PO" + std::to_string(2700 + process), 2000 + run, Status::signaal)});
      } catch (...) {
        code = 1;
      }
      _exit(code);
    }
    children.push_back(child);
  }
  for (pid_t child : children) {
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  FindingsStore store(path);
  CHECK(store.run_count() == 50);
  CHECK(store.history("PO2700", "")[0].seen.size() == 25);
  CHECK(store.history("PO2701", "")[0].seen.size() == 25);
}

TEST_CASE("store: an older schema is migrated on open, keeping its runs, and a newer one is refused") {
  TempDir dir;
  std::string path = dir.path() + "/v1.sqlite";
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, FindingsStore::migrations()[0], nullptr, nullptr, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db,
                       "PRAGMA user_version = 1;"
                       "INSERT INTO runs VALUES (1, '2025-01-01T00:00:00Z', '2025-01-01', '0.0.9', 'x', '{}');"
                       "INSERT INTO findings VALUES (1, 'k/PO2704', 'k', 'RS-1', 'reserves', 'PO2704', 2024,"
                       " 'signaal', 'm', '{}', 'd.xml');",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  {
    FindingsStore store(path);
    CHECK(store.schema_version() == 2);
    auto history = store.history("PO2704", "");
    REQUIRE(history.size() == 1);
    CHECK(history[0].seen[0].status == Status::signaal);
    CHECK_FALSE(history[0].seen[0].accepted);
  }
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  CHECK_THROWS_WITH(FindingsStore(path), Catch::Contains("schemaversie 99, nieuwer dan deze swvcheck kent (2)"));
}
