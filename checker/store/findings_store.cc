#include "store/findings_store.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <memory>

#include <nlohmann/json.hpp>

namespace swv {
namespace {

constexpr int kBusyTimeoutMs = 30000;  // another run committing takes well under a second

// A prepared statement, finalized when it goes.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { sqlite3_finalize(statement_); }
  Statement& bind(int i, const std::string& text) {
    if (sqlite3_bind_text(statement_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK) fail();
    return *this;
  }
  Statement& bind(int i, std::int64_t n) {
    if (sqlite3_bind_int64(statement_, i, n) != SQLITE_OK) fail();
    return *this;
  }
  /// True while there is a row.
  bool step() {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) fail();
    return false;
  }
  void run() {
    step();
    sqlite3_reset(statement_);
  }
  std::string text(int column) const {
    const unsigned char* value = sqlite3_column_text(statement_, column);
    return value ? reinterpret_cast<const char*>(value) : "";
  }
  std::int64_t number(int column) const { return sqlite3_column_int64(statement_, column); }

 private:
  [[noreturn]] void fail() const { throw StoreError("findings-store " + path_ + ": " + sqlite3_errmsg(db_)); }
  sqlite3* db_;
  std::string path_;
  sqlite3_stmt* statement_ = nullptr;
};

std::string utc_now() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

}  // namespace

const std::vector<const char*>& FindingsStore::migrations() {
  static const std::vector<const char*> steps{
      // 1: runs, their inputs and their findings.
      "CREATE TABLE runs (id INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, checked_on TEXT NOT NULL,"
      "  tool_version TEXT NOT NULL, rules_version TEXT NOT NULL, options TEXT NOT NULL);"
      "CREATE TABLE inputs (run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL, path TEXT NOT NULL,"
      "  sha256 TEXT NOT NULL);"
      "CREATE TABLE findings (run_id INTEGER NOT NULL REFERENCES runs(id), key TEXT NOT NULL, rule TEXT NOT NULL,"
      "  norm_id TEXT NOT NULL, family TEXT NOT NULL, swv TEXT NOT NULL, jaar INTEGER NOT NULL, status TEXT NOT NULL,"
      "  message TEXT NOT NULL, \"values\" TEXT NOT NULL, document TEXT NOT NULL);",
      // 2: whether an acceptance applied (--accept), and the index the history reads by.
      "ALTER TABLE findings ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0;"
      "CREATE INDEX findings_by_swv_key ON findings (swv, key, jaar, run_id);",
  };
  return steps;
}

FindingsStore::FindingsStore(const std::string& path) : path_(path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "onbekende fout";
    sqlite3_close(db_);
    throw StoreError("kan findings-store " + path + " niet openen: " + why);
  }
  try {
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
    // The migration takes the write lock first, so two processes never both migrate.
    execute("BEGIN IMMEDIATE");
    int version = schema_version();
    int target = static_cast<int>(migrations().size());
    if (version > target) {
      execute("ROLLBACK");
      throw StoreError("findings-store " + path + " heeft schemaversie " + std::to_string(version) +
                       ", nieuwer dan deze swvcheck kent (" + std::to_string(target) + ")");
    }
    for (int v = version; v < target; ++v) execute(migrations()[static_cast<std::size_t>(v)]);
    execute(("PRAGMA user_version = " + std::to_string(target)).c_str());
    execute("COMMIT");
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

FindingsStore::~FindingsStore() { sqlite3_close(db_); }

void FindingsStore::execute(const char* sql) const {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    throw StoreError("findings-store " + path_ + ": " + why);
  }
}

int FindingsStore::schema_version() const {
  Statement version(db_, "PRAGMA user_version", path_);
  return version.step() ? static_cast<int>(version.number(0)) : 0;
}

std::int64_t FindingsStore::run_count() const {
  Statement count(db_, "SELECT count(*) FROM runs", path_);
  return count.step() ? count.number(0) : 0;
}

std::int64_t FindingsStore::append_run(
    const StoreRun& run, const std::function<void(const std::function<void(const Finding&)>&)>& each_finding) {
  execute("BEGIN IMMEDIATE");
  try {
    Statement insert_run(db_,
                         "INSERT INTO runs (recorded_at, checked_on, tool_version, rules_version, options)"
                         " VALUES (?, ?, ?, ?, ?)",
                         path_);
    insert_run.bind(1, utc_now()).bind(2, run.checked_on).bind(3, run.tool_version).bind(4, run.rules_version);
    insert_run.bind(5, run.record ? run.record->options.dump() : std::string("{}")).run();
    std::int64_t id = sqlite3_last_insert_rowid(db_);
    if (run.record) {
      Statement insert_input(db_, "INSERT INTO inputs (run_id, kind, path, sha256) VALUES (?, ?, ?, ?)", path_);
      for (const auto& input : run.record->inputs)
        insert_input.bind(1, id).bind(2, input.kind).bind(3, input.path).bind(4, input.sha256).run();
    }
    Statement insert_finding(db_,
                             "INSERT INTO findings (run_id, key, rule, norm_id, family, swv, jaar, status, message,"
                             " \"values\", document, accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             path_);
    each_finding([&](const Finding& f) {
      if (is_carried_over(f)) return;  // not an outcome of this run
      insert_finding.bind(1, id).bind(2, f.key).bind(3, f.rule).bind(4, f.norm->id).bind(5, f.family).bind(6, f.swv);
      insert_finding.bind(7, static_cast<std::int64_t>(f.jaar)).bind(8, to_string(f.status)).bind(9, f.message);
      insert_finding.bind(10, nlohmann::json(f.values).dump()).bind(11, f.document);
      insert_finding.bind(12, static_cast<std::int64_t>(is_accepted(f) ? 1 : 0)).run();
    });
    execute("COMMIT");
    return id;
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

std::vector<KeyHistory> FindingsStore::history(const std::string& swv, const std::string& rule) const {
  Statement query(db_,
                  "SELECT f.swv, f.key, f.rule, f.norm_id, f.jaar, f.status, f.accepted, r.id, r.checked_on"
                  " FROM findings f JOIN runs r ON r.id = f.run_id"
                  " WHERE (?1 = '' OR f.swv = ?1) AND (?2 = '' OR f.rule = ?2 OR upper(f.norm_id) = upper(?2))"
                  " ORDER BY f.swv, f.key, f.jaar, r.id",
                  path_);
  query.bind(1, swv).bind(2, rule);
  std::vector<StoredRow> rows;
  while (query.step()) {
    StoredRow row{query.text(0), query.text(1), query.text(2), query.text(3), {}};
    row.status.jaar = static_cast<int>(query.number(4));
    row.status.status = status_from_string(query.text(5)).value_or(Status::fout);
    row.status.accepted = query.number(6) != 0;
    row.status.run = query.number(7);
    row.status.checked_on = query.text(8);
    rows.push_back(std::move(row));
  }
  return group_history(rows);
}

}  // namespace swv
