#include "documents/registration.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <string_view>

#include "documents/amount.h"
#include "documents/bsn.h"
#include "documents/csv_reader.h"
#include "documents/iso_date.h"
#include "documents/read_file.h"
#include "documents/sha256.h"
#include "documents/swv_code.h"
#include "documents/utf8.h"

namespace swv {
namespace {

std::string normalise_header(std::string name) {
  auto begin = name.find_first_not_of(" \t\r\n");
  auto end = name.find_last_not_of(" \t\r\n");
  name = begin == std::string::npos ? "" : name.substr(begin, end - begin + 1);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

std::string trim(const std::string& text) {
  auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

bool all_digits(const std::string& s, std::size_t count) {
  return s.size() == count && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Checks and normalises one value; returns an error message, or "" when fine.
std::string check_value(const ColumnSpec& column, std::string* value) {
  switch (column.type) {
    case ColumnType::text:
      return {};
    case ColumnType::swv_code:
      if (auto code = parse_swv_code(*value)) {
        *value = *code;
        return {};
      }
      if (value->size() > kMaxSwvCodeLength) return std::string("is te lang voor een SWV-code (") + kSwvCodeForm + ")";
      return std::string("is geen SWV-code (") + kSwvCodeForm + ")";
    case ColumnType::date:
      if (auto iso = parse_registration_date(*value)) {
        *value = *iso;
        return {};
      }
      return "is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)";
    case ColumnType::integer:
      return parse_integer(*value) ? std::string() : "is geen geheel getal";
    case ColumnType::board:
      return all_digits(*value, 5) ? std::string() : "is geen bevoegd-gezagnummer van 5 cijfers";
    case ColumnType::school:
      return value->size() == 4 ? std::string() : "is geen BRIN-code van 4 tekens";
    case ColumnType::choice:
      if (std::find(column.choices.begin(), column.choices.end(), *value) != column.choices.end()) return {};
      {
        std::string allowed;
        for (const auto& c : column.choices) allowed += (allowed.empty() ? "" : ", ") + c;
        return "is geen bekende waarde (" + allowed + ")";
      }
  }
  return {};
}

// The 1-based line of byte `offset`, counting lines as the CSV reader does (LF, CRLF or a bare CR).
int line_of_offset(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
  return line;
}

const RegistrationFormat* detect_format(const std::vector<std::string>& header, const std::string& path) {
  auto has = [&](const char* name) { return std::find(header.begin(), header.end(), name) != header.end(); };
  const auto& formats = registration_formats();
  if (has("dossier")) return &formats[0];
  if (has("bevoegd_gezag") && has("soort")) return &formats[1];
  auto file = std::filesystem::path(path).filename().string();
  for (const auto& format : formats)
    if (file.rfind(format.kind, 0) == 0) return &format;
  return nullptr;
}

}  // namespace

const std::vector<RegistrationFormat>& registration_formats() {
  static const std::vector<RegistrationFormat> formats{
      {"thuiszitters",
       {{"swv_code", ColumnType::swv_code, true, {}},
        {"peildatum", ColumnType::date, true, {}},
        {"dossier", ColumnType::text, true, {}},
        {"geboortejaar", ColumnType::integer, false, {}},
        {"categorie", ColumnType::choice, true,
         {"relatief-verzuim", "absoluut-verzuim", "vrijstelling-5a", "vrijstelling-5b", "vrijstelling-15", "overig"}},
        {"thuis_sinds", ColumnType::date, true, {}},
        {"aanbod", ColumnType::choice, true, {"geen", "deels", "volledig"}},
        {"aanbod_sinds", ColumnType::date, false, {}},
        {"opgelost", ColumnType::date, false, {}}},
       "peildatum"},
      {"meldingen",
       {{"swv_code", ColumnType::swv_code, true, {}},
        {"datum", ColumnType::date, true, {}},
        {"bevoegd_gezag", ColumnType::board, true, {}},
        {"brin", ColumnType::school, false, {}},
        {"soort", ColumnType::choice, true,
         {"weigering-toelating", "wegadviseren", "geen-passend-aanbod", "thuiszitten", "overig"}},
        {"status", ColumnType::choice, true, {"open", "opgelost", "doorverwezen"}}},
       "datum"},
  };
  return formats;
}

bool is_personal_column(const RegistrationFormat& format, const std::string& column) {
  return format.kind == "thuiszitters" && column == "dossier";
}

std::optional<std::string> parse_registration_date(const std::string& text) {
  if (parse_iso_date(text)) return text;
  // dd-mm-jjjj as Dutch Excel writes it, day and month with or without a leading zero
  auto first = text.find('-');
  auto second = first == std::string::npos ? std::string::npos : text.find('-', first + 1);
  if (second == std::string::npos || text.size() - second - 1 != 4) return std::nullopt;
  std::string day = text.substr(0, first), month = text.substr(first + 1, second - first - 1);
  if (day.empty() || day.size() > 2 || month.empty() || month.size() > 2) return std::nullopt;
  std::string iso = text.substr(second + 1) + "-" + (month.size() == 1 ? "0" : "") + month + "-" +
                    (day.size() == 1 ? "0" : "") + day;
  if (!parse_iso_date(iso)) return std::nullopt;
  return iso;
}

std::unique_ptr<Registration> Registration::load(const std::string& path, LoadError* error, std::size_t max_bytes,
                                                 std::string* sha256) {
  std::string text;
  auto status = read_document(path, max_bytes, &text);
  if (status != ReadStatus::ok) {
    *error = {describe_read_failure(status, max_bytes, errno), 0, 0};
    return nullptr;
  }
  if (sha256) *sha256 = sha256_hex(text).value_or("");
  return parse(text, path, error);
}

std::unique_ptr<Registration> Registration::parse(const std::string& text, const std::string& path, LoadError* error) {
  auto registration = std::make_unique<Registration>();
  registration->path_ = path;
  std::vector<int> column_of_field;  // field index -> format column index, or -1 (extra column)
  std::vector<std::string> header;
  std::optional<LoadError> fatal;
  std::vector<std::pair<int, std::string>> bad_utf8;

  CsvStatus status = read_csv(
      text, ';',
      [&](CsvRow&& row) {
        if (fatal) return;
        // Refuse the whole file on anything that may be a BSN, in any column, known or extra.
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
          if (find_possible_bsn(row.fields[i]) != std::string::npos) {
            std::string column = i < header.size() ? excerpt(header[i]) : "kolom " + std::to_string(i + 1);
            fatal = LoadError{"regel " + std::to_string(row.line) + ", kolom '" + column +
                                  "' bevat een waarde die een BSN kan zijn; het bestand is geweigerd "
                                  "(een registratie mag alleen pseudonieme dossiernummers bevatten)",
                              row.line, 0};
            return;
          }
        }
        if (header.empty()) {
          for (auto& name : row.fields) header.push_back(normalise_header(name));
          registration->format_ = detect_format(header, path);
          if (!registration->format_) {
            fatal = LoadError{"onbekende registratie: verwacht de kolommen van thuiszitters (dossier, ...) of "
                              "meldingen (bevoegd_gezag, soort, ...)",
                              row.line, 1};
            return;
          }
          const auto& columns = registration->format_->columns;
          for (const auto& name : header) {
            auto it = std::find_if(columns.begin(), columns.end(), [&](const ColumnSpec& c) { return name == c.name; });
            column_of_field.push_back(it == columns.end() ? -1 : static_cast<int>(it - columns.begin()));
          }
          for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].required &&
                std::find(column_of_field.begin(), column_of_field.end(), static_cast<int>(c)) == column_of_field.end()) {
              fatal = LoadError{std::string("verplichte kolom '") + columns[c].name + "' ontbreekt", row.line, 1};
              return;
            }
          }
          return;
        }
        if (row.fields.size() != header.size()) {
          registration->line_errors_.push_back({"regel heeft " + std::to_string(row.fields.size()) +
                                                    " velden, de kopregel " + std::to_string(header.size()),
                                                row.line, 0});
          return;
        }
        const auto& columns = registration->format_->columns;
        Record record;
        record.line = row.line;
        record.values.resize(columns.size());
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
          int c = column_of_field[i];
          if (c < 0) continue;  // extra columns are never read, so never shown
          std::string value = trim(row.fields[i]);
          if (value.empty()) continue;
          std::string problem = check_value(columns[static_cast<std::size_t>(c)], &value);
          if (!problem.empty()) {
            registration->line_errors_.push_back(
                {std::string("kolom '") + columns[static_cast<std::size_t>(c)].name + "' " + problem, row.line, 0});
            return;
          }
          record.values[static_cast<std::size_t>(c)] = std::move(value);
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
          if (columns[c].required && !record.values[c]) {
            registration->line_errors_.push_back({std::string("kolom '") + columns[c].name + "' is leeg", row.line, 0});
            return;
          }
        }
        registration->records_.push_back(std::move(record));
      },
      [&](int line, const std::string& message) {
        if (fatal) return;
        // Without a readable header nothing after it can be read either (binary garbage,
        // an Excel file, another encoding): the file is refused, not left "empty".
        if (header.empty()) fatal = LoadError{"kopregel: " + message, line, 1};
        else registration->line_errors_.push_back({message, line, 0});
      });

  if (!fatal) {
    // A possible BSN on a line the reader could not use (not UTF-8, a control character,
    // inside a quote that never closes) still refuses the file: dropping only that line
    // would leave the rest of a file that should never have been exported in use.
    if (auto at = find_possible_bsn(text); at != std::string::npos) {
      int line = line_of_offset(text, at);
      fatal = LoadError{"regel " + std::to_string(line) +
                            " bevat een waarde die een BSN kan zijn; het bestand is geweigerd "
                            "(een registratie mag alleen pseudonieme dossiernummers bevatten)",
                        line, 0};
    }
  }
  if (!fatal && status.unclosed_quote_line > 0) {
    // Everything from that line on would be one field: refusing beats silently losing rows.
    fatal = LoadError{"regel " + std::to_string(status.unclosed_quote_line) +
                          ": een aanhalingsteken (\") wordt niet gesloten, waardoor de regels " +
                          std::to_string(status.unclosed_quote_line) + " tot en met " +
                          std::to_string(status.last_line) + " niet te lezen zijn; het bestand is geweigerd",
                      status.unclosed_quote_line, 0};
  }
  if (!fatal && header.empty()) fatal = LoadError{"het bestand is leeg: een kopregel met kolomnamen ontbreekt", 1, 1};
  if (fatal) {
    *error = *fatal;
    return nullptr;
  }
  return registration;
}

int Registration::column_index(const std::string& column) const {
  const auto& columns = format_->columns;
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (column == columns[i].name) return static_cast<int>(i);
  return -1;
}

const std::string* Registration::value(const Record& record, const std::string& column) const {
  int index = column_index(column);
  if (index < 0 || !record.values[static_cast<std::size_t>(index)]) return nullptr;
  return &*record.values[static_cast<std::size_t>(index)];
}

}  // namespace swv
