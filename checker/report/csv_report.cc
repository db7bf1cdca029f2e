#include "report/csv_report.h"

#include "report/acceptances.h"
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

std::string csv_header(bool baseline, bool accepted) {
  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> header{"swv",     "jaar",   "regel", "norm",     "familie", "status",
                                  "bericht", "waarden", "bewijs", "document", "key"};
  if (baseline) header.push_back("baseline");
  if (accepted) header.push_back("acceptatie");
  row(out, header);
  return out;
}

std::string joined_values(const Finding& f) {
  std::string values;
  // appended piece by piece: GCC 12 -O2 takes `"literal" + std::string&&` for a -Wrestrict overlap
  for (const auto& [name, value] : f.values) {
    if (!values.empty()) values += " | ";
    values.append(name).append("=").append(with_decimal_comma(value));
  }
  return values;
}

std::string joined_evidence(const Finding& f) {
  std::string evidence;
  for (const auto& e : f.evidence) {
    if (!evidence.empty()) evidence += " | ";
    evidence += e.document;
    if (e.line > 0) evidence.append(":").append(std::to_string(e.line));
    evidence.append(" ").append(e.path);
  }
  return evidence;
}

void append_csv_row(const Finding& f, bool baseline, bool accepted, std::string* out) {
  std::string values = joined_values(f), evidence = joined_evidence(f);
  std::vector<std::string> fields{f.swv,     f.jaar ? std::to_string(f.jaar) : "", f.rule,   f.norm->id,
                                  f.family,  to_string(f.status),                  f.message, values,
                                  evidence,  f.document,                           f.key};
  if (baseline) fields.push_back(f.baseline ? to_string(*f.baseline) : "");
  if (accepted) fields.push_back(f.accepted ? describe_acceptance(*f.accepted) : "");
  row(*out, fields);
}

std::string write_csv_report(const CheckResult& result, const ReportContext& context) {
  bool baseline = !context.baseline_path.empty();
  bool accepted = context.acceptances != nullptr;
  std::string out = csv_header(baseline, accepted);
  for (const auto& f : result.findings) append_csv_row(f, baseline, accepted, &out);
  return out;
}

CsvReportWriter::CsvReportWriter(std::function<bool(std::string_view)> write, bool baseline, bool accepted)
    : write_(std::move(write)), baseline_(baseline), accepted_(accepted) {
  ok_ = write_(csv_header(baseline_, accepted_));
}

void CsvReportWriter::add(std::vector<Finding>&& findings) {
  if (!ok_) throw ReportWriteError("het rapport kon niet worden geschreven");
  std::string rows;
  for (const auto& f : findings) {
    append_csv_row(f, baseline_, accepted_, &rows);
    tallies_.add(f);
  }
  if (!rows.empty()) ok_ = write_(rows);
  if (!ok_) throw ReportWriteError("het rapport kon niet worden geschreven");
}

}  // namespace swv
