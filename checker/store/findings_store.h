// The findings history in SQLite (--store FILE.sqlite, swvcheck history). Each run is
// appended in one transaction: the run, its inputs with their sha256 and its findings (key,
// year, status, values). A run that is interrupted before it commits leaves the store as it
// was. The schema is versioned (PRAGMA user_version) and migrated when the store is opened;
// WAL and a busy timeout let two processes write the same store without corrupting it.
// Schema: docs/store-schema.md.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "report/run_record.h"
#include "store/history.h"

struct sqlite3;

namespace swv {

/// A store that cannot be opened, migrated, read or written; the message is Dutch and names the file.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What a run is, besides its findings.
struct StoreRun {
  std::string checked_on, tool_version, rules_version;
  const RunRecord* record = nullptr;  ///< options and inputs; may be null
};

class FindingsStore {
 public:
  /// The schema migrations in order; migration i brings the store to version i + 1.
  static const std::vector<const char*>& migrations();

  /// Opens or creates the store and migrates it to the current version. Throws StoreError,
  /// also for a store written by a newer swvcheck.
  explicit FindingsStore(const std::string& path);
  ~FindingsStore();
  FindingsStore(const FindingsStore&) = delete;
  FindingsStore& operator=(const FindingsStore&) = delete;

  int schema_version() const;
  /// Appends a run in one transaction. `each_finding` is called once and hands every finding
  /// of the run to the callback it gets; when it throws, nothing is written. Returns the run id.
  std::int64_t append_run(const StoreRun& run,
                          const std::function<void(const std::function<void(const Finding&)>&)>& each_finding);
  /// Every stored finding of `swv` (all when empty) and of rule or norm id `rule` (all when
  /// empty), grouped per key with its years and runs.
  std::vector<KeyHistory> history(const std::string& swv, const std::string& rule) const;
  std::int64_t run_count() const;

 private:
  void execute(const char* sql) const;
  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace swv
