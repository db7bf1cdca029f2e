// What each fuzz target does with one input, shared by the libFuzzer targets (fuzz/*_fuzzer.cc)
// and the Catch2 test that replays every input in tests/fuzz_regressions/ in the normal build.
// Each entry returns "" when the code behaved, else the property that broke; a crash, a leak
// or undefined behaviour is caught by the sanitizers of the build around it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "documents/amount.h"
#include "documents/annual_report.h"
#include "documents/annual_report_schema.h"
#include "documents/bsn.h"
#include "documents/element_text.h"
#include "documents/iso_date.h"
#include "documents/registration.h"
#include "documents/swv_code.h"
#include "documents/utf8.h"

namespace swv::fuzz {

// Lines as the XML loader and the CSV reader number them: ended by LF, CRLF or a bare CR.
inline int count_lines(std::string_view text) {
  int lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i)
    lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  return lines;
}

// What every message about a document must be: present, UTF-8 (it goes into JSON), short (an
// excerpt at most) and placed inside the text.
inline std::string check_message(const LoadError& error, std::string_view text, int lines) {
  if (error.message.empty()) return "an error without a message";
  if (!is_valid_utf8(error.message)) return "a message that is not UTF-8: " + excerpt(error.message, 200);
  if (error.message.size() > 400) return "a message of " + std::to_string(error.message.size()) + " bytes";
  if (error.line < 0 || error.line > lines || error.column < 0 ||
      static_cast<std::size_t>(error.column) > text.size() + 1)
    return "a position outside the text: " + std::to_string(error.line) + ":" + std::to_string(error.column);
  return {};
}

/// AnnualReport::parse: refused with a good message, or accepted with a model whose typed
/// values all parse and whose positions all lie inside the text.
inline std::string annual_report(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  LoadError error;
  auto report = AnnualReport::parse(text, "fuzz.xml", &error);
  if (!report) return check_message(error, text, count_lines(text));
  if (!is_valid_utf8(text)) return "accepted a document that is not UTF-8";
  if (parse_swv_code(report->swv()) != report->swv()) return "accepted SWV code '" + excerpt(report->swv()) + "'";
  if (report->jaar() < 1990 || report->jaar() > 2100) return "accepted verslagjaar " + std::to_string(report->jaar());
  if (std::string_view(report->root().name()) != "jaarverslag") return "accepted another root element";
  // Every element and attribute lies inside the text, and every typed value the format
  // names parses (checked here independently of the loader's own walk).
  int lines = count_lines(text);
  auto trim = [](std::string_view s) {
    auto begin = s.find_first_not_of(" \t\r\n");
    return begin == std::string_view::npos ? std::string_view() : s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
  };
  for (auto match : report->root().select_nodes(".//*")) {
    auto node = match.node();
    auto pos = report->position_of(node);
    if (pos.line < 1 || pos.line > lines || pos.column < 1) return "an element placed outside the text";
    std::string path = node.name();
    for (auto up = node.parent(); up && up != report->root(); up = up.parent()) path = std::string(up.name()) + "/" + path;
    for (auto attribute : node.attributes()) {
      auto at = report->position_of(attribute);
      if (at.line < pos.line || at.line > lines) return "an attribute placed outside its element";
      auto type = annual_report_field_type(path + "/@" + attribute.name());
      if (!is_valid_field(type, trim(attribute.value()))) return "accepted a bad value in @" + excerpt(attribute.name());
    }
    if (node.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; })) continue;
    auto type = annual_report_field_type(path);
    if (!is_valid_field(type, trim(element_text(node)))) return "accepted a bad value in <" + excerpt(node.name()) + ">";
  }
  return {};
}

/// Registration::parse: refused with a good message, or accepted with records whose values
/// are all well-formed and whose lines rise.
inline std::string registration(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  LoadError error;
  auto registration = Registration::parse(text, "registratie.csv", &error);
  int lines = count_lines(text);
  if (!registration) return check_message(error, text, lines);
  int last = 0;
  for (const auto& line_error : registration->line_errors())
    if (auto problem = check_message(line_error, text, lines); !problem.empty()) return "line error: " + problem;
  const auto& columns = registration->format().columns;
  for (const auto& record : registration->records()) {
    if (record.line <= last || record.line > lines) return "record lines out of order or outside the text";
    last = record.line;
    if (record.values.size() != columns.size()) return "a record with the wrong number of values";
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const auto& value = record.values[c];
      if (!value) {
        if (columns[c].required) return std::string("a record without required column ") + columns[c].name;
        continue;
      }
      if (!is_valid_utf8(*value) || first_forbidden_control(*value) != std::string::npos)
        return "a value that is not clean UTF-8";
      if (find_possible_bsn(*value) != std::string::npos) return "a value that may be a BSN was kept";
      if (columns[c].type == ColumnType::date && !parse_iso_date(*value)) return "a date that is not ISO: " + excerpt(*value);
    }
  }
  return {};
}

/// The value parsers: whatever they accept formats back to the same value.
inline std::string amounts_and_dates(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto cents = parse_amount_cents(text)) {
    auto again = parse_amount_cents(format_cents(*cents));
    if (!again || *again != *cents) return "amount does not survive formatting: " + excerpt(text);
    if (text.find_first_not_of("-0123456789.") != std::string_view::npos) return "amount with a stray character";
  }
  if (auto number = parse_integer(text)) {
    if (parse_integer(std::to_string(*number)) != number) return "integer does not survive formatting";
    if (text.find_first_not_of("-0123456789") != std::string_view::npos) return "integer with a stray character";
  }
  if (auto decimal = parse_decimal(text); decimal && *decimal != text) return "decimal changed";
  if (auto date = parse_iso_date(text); date && format_iso_date(*date) != text) return "ISO date changed";
  if (auto iso = parse_registration_date(std::string(text)); iso && !parse_iso_date(*iso))
    return "registration date gave no ISO date";
  for (auto type : {FieldType::amount, FieldType::date, FieldType::boolean, FieldType::integer, FieldType::decimal,
                    FieldType::sector})
    is_valid_field(type, text);
  auto cut = excerpt(text);
  if (!is_valid_utf8(cut) || cut.size() > 40 * 4 + 3) return "excerpt not short UTF-8";
  if (is_valid_utf8(text) != (first_invalid_utf8(text) == std::string_view::npos)) return "UTF-8 checks disagree";
  return {};
}

}  // namespace swv::fuzz
