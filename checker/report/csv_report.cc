#include "report/csv_report.h"

#include "report/amounts.h"
#include "report/report_write_error.h"

namespace swv {

std::string csv_field(const std::string& text) {
  bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  std::string field;
  field.reserve(text.size() + 1);
  if (formula) field.push_back('\'');
  field.append(text);
  if (field.find_first_of(";\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

namespace {

void row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string csv_header(bool baseline) {
  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> header{"swv",     "jaar",   "regel", "norm",     "familie", "status",
                                  "bericht", "waarden", "bewijs", "document", "key"};
  if (baseline) header.push_back("baseline");
  row(out, header);
  return out;
}

void append_csv_row(const Finding& f, bool baseline, std::string* out) {
  std::string values, evidence;
  // appended piece by piece: GCC 12 -O2 takes `"literal" + std::string&&` for a -Wrestrict overlap
  for (const auto& [name, value] : f.values) {
    if (!values.empty()) values += " | ";
    values.append(name).append("=").append(with_decimal_comma(value));
  }
  for (const auto& e : f.evidence) {
    if (!evidence.empty()) evidence += " | ";
    evidence += e.document;
    if (e.line > 0) evidence.append(":").append(std::to_string(e.line));
    evidence.append(" ").append(e.path);
  }
  std::vector<std::string> fields{f.swv,     f.jaar ? std::to_string(f.jaar) : "", f.rule,   f.norm.id,
                                  f.family,  to_string(f.status),                  f.message, values,
                                  evidence,  f.document,                           f.key};
  if (baseline) fields.push_back(f.baseline ? to_string(*f.baseline) : "");
  row(*out, fields);
}

std::string write_csv_report(const CheckResult& result, const ReportContext& context) {
  bool baseline = !context.baseline_path.empty();
  std::string out = csv_header(baseline);
  for (const auto& f : result.findings) append_csv_row(f, baseline, &out);
  return out;
}

CsvReportWriter::CsvReportWriter(std::function<bool(std::string_view)> write, bool baseline)
    : write_(std::move(write)), baseline_(baseline) {
  ok_ = write_(csv_header(baseline_));
}

void CsvReportWriter::add(std::vector<Finding>&& findings) {
  if (!ok_) throw ReportWriteError("het rapport kon niet worden geschreven");
  std::string rows;
  for (const auto& f : findings) {
    append_csv_row(f, baseline_, &rows);
    tallies_.add(f);
  }
  if (!rows.empty()) ok_ = write_(rows);
  if (!ok_) throw ReportWriteError("het rapport kon niet worden geschreven");
}

}  // namespace swv
