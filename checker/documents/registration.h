// A registration an SWV keeps (thuiszitters cases, zorgplicht signals) as CSV: the records
// that passed validation, each with its line, and the lines that did not.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "documents/read_file.h"
#include "findings/finding.h"

namespace swv {

enum class ColumnType { text, swv_code, date, integer, board, school, choice };

struct ColumnSpec {
  const char* name;
  ColumnType type;
  bool required;                 ///< a record without it is a bad line
  std::vector<std::string> choices;  ///< for ColumnType::choice
};

/// The format of one kind of registration (shared/spec/registraties.md).
struct RegistrationFormat {
  std::string kind;  ///< "thuiszitters" or "meldingen"
  std::vector<ColumnSpec> columns;
  const char* year_column;  ///< the date that places a record in a year (peildatum, datum)
};

const std::vector<RegistrationFormat>& registration_formats();

struct Record {
  int line = 0;
  /// One value per column of the format, in its order; nullopt when empty. Dates are ISO.
  std::vector<std::optional<std::string>> values;
};

class Registration {
 public:
  /// Loads a registration. A file-level problem (unreadable, unknown kind, missing column,
  /// anything that may be a BSN anywhere in the file, see documents/bsn.h) returns nullptr and fills `error`; bad lines are kept in
  /// line_errors() and the good lines are used. A file above `max_bytes` is refused unread;
  /// binary content, a header that is not UTF-8 and a quote that is never closed refuse it too.
  /// `sha256` as for AnnualReport::load.
  static std::unique_ptr<Registration> load(const std::string& path, LoadError* error,
                                            std::size_t max_bytes = kDefaultMaxDocumentBytes,
                                            std::string* sha256 = nullptr);
  static std::unique_ptr<Registration> parse(const std::string& text, const std::string& path, LoadError* error);

  const std::string& path() const { return path_; }
  const RegistrationFormat& format() const { return *format_; }
  const std::string& kind() const { return format_->kind; }
  const std::vector<Record>& records() const { return records_; }
  const std::vector<LoadError>& line_errors() const { return line_errors_; }
  /// Index of `column` in the format, or -1.
  int column_index(const std::string& column) const;
  /// The value of `column` in `record`, or nullptr when empty or unknown.
  const std::string* value(const Record& record, const std::string& column) const;

 private:
  std::string path_;
  const RegistrationFormat* format_ = nullptr;
  std::vector<Record> records_;
  std::vector<LoadError> line_errors_;
};

/// True for a column that identifies a pupil's case (thuiszitters: dossier): pseudonymous, yet
/// masked in the public view (`--view public`) like a name.
bool is_personal_column(const RegistrationFormat& format, const std::string& column);

/// Parses "2023-12-31" or "31-12-2023" (also "1-2-2023") into ISO; nullopt when no valid date.
std::optional<std::string> parse_registration_date(const std::string& text);

}  // namespace swv
