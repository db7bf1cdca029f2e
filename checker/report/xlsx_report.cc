#include "report/xlsx_report.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <xlsxwriter.h>

#include "documents/iso_date.h"
#include "report/acceptances.h"
#include "report/amounts.h"
#include "report/csv_report.h"
#include "report/report_write_error.h"

namespace swv {
namespace {

bool is_amount(const std::string& s) {  // -?digits.dd, as geld.str writes amounts
  std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
  auto point = s.find('.');
  if (point == std::string::npos || point == i || s.size() - point != 3) return false;
  for (std::size_t k = i; k < s.size(); ++k)
    if (k != point && (s[k] < '0' || s[k] > '9')) return false;
  return true;
}

bool is_number(const std::string& s) {  // -?digits(.digits)?
  std::size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
  bool digits = false, point = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !point && digits) point = true;
    else if (s[i] >= '0' && s[i] <= '9') digits = true;
    else return false;
  }
  return digits && s.back() != '.';
}

// A sheet name: at most 31 characters, none of []:*?/\ (Excel's rules).
std::string sheet_name(std::string name) {
  for (char& c : name)
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '-';
  return name.substr(0, 31);
}

const std::vector<std::string>& finding_columns() {
  static const std::vector<std::string> columns{"swv",     "jaar",    "regel",  "norm",     "familie", "status",
                                                "bericht", "waarden", "bewijs", "document", "key"};
  return columns;
}

}  // namespace

// The workbook being written, its formats and what the family sheets need at the end.
struct XlsxReportWriter::Workbook {
  std::string path;  // the temporary file libxlsxwriter writes; removed when done
  std::string tmpdir;
  lxw_workbook* book = nullptr;
  lxw_worksheet* findings = nullptr;
  lxw_format* header = nullptr;
  lxw_format* euro = nullptr;
  lxw_format* date = nullptr;
  lxw_format* wrap = nullptr;
  std::map<Status, lxw_format*> status;
  lxw_row_t row = 0;
  lxw_col_t columns = 0;
  // family -> report -> rule -> (most serious status, values of the first finding)
  struct RuleCell {
    Status status;
    std::map<std::string, std::string> values;
  };
  std::map<std::string, std::map<GroupKey, std::map<std::string, RuleCell>>> families;

  ~Workbook() {
    if (book) workbook_close(book);  // only when finish() did not close it; errors no longer matter
    if (!path.empty()) std::remove(path.c_str());
  }
};

XlsxReportWriter::XlsxReportWriter(const ReportContext& context, const std::string& spill_directory)
    : context_(context), book_(std::make_unique<Workbook>()) {
  auto& w = *book_;
  w.tmpdir = spill_directory.empty() ? std::filesystem::temp_directory_path().string() : spill_directory;
  std::string pattern = w.tmpdir + "/swvcheck-xlsx-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0) throw ReportWriteError("geen tijdelijk bestand voor de werkmap in " + w.tmpdir);
  close(fd);
  w.path = pattern;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = w.tmpdir.data();
  w.book = workbook_new_opt(w.path.c_str(), &options);
  if (!w.book) throw ReportWriteError("de werkmap kon niet worden gemaakt");
  w.header = workbook_add_format(w.book);
  format_set_bold(w.header);
  format_set_bg_color(w.header, 0xDDDDDD);
  w.euro = workbook_add_format(w.book);
  format_set_num_format(w.euro, "€ #,##0.00;-€ #,##0.00");
  w.date = workbook_add_format(w.book);
  format_set_num_format(w.date, "dd-mm-yyyy");
  w.wrap = workbook_add_format(w.book);
  format_set_text_wrap(w.wrap);
  // The status colours of the HTML report.
  for (auto [status, colour] : {std::pair{Status::overtreding, 0xF4B6B6}, {Status::signaal, 0xFFD99A},
                                {Status::voldoet, 0xC8E6C9}, {Status::niet_te_beoordelen, 0xE0E0E0},
                                {Status::fout, 0xD1C4E9}}) {
    lxw_format* f = workbook_add_format(w.book);
    format_set_bg_color(f, static_cast<lxw_color_t>(colour));
    format_set_pattern(f, LXW_PATTERN_SOLID);
    w.status[status] = f;
  }
  w.findings = workbook_add_worksheet(w.book, "Bevindingen");
  std::vector<std::string> header = finding_columns();
  if (!context_.baseline_path.empty()) header.push_back("baseline");
  if (context_.acceptances) header.push_back("acceptatie");
  w.columns = static_cast<lxw_col_t>(header.size());
  for (lxw_col_t c = 0; c < w.columns; ++c) worksheet_write_string(w.findings, 0, c, header[c].c_str(), w.header);
  worksheet_set_column(w.findings, 0, 1, 8, nullptr);
  worksheet_set_column(w.findings, 2, 2, 34, nullptr);
  worksheet_set_column(w.findings, 5, 5, 18, nullptr);
  worksheet_set_column(w.findings, 6, 6, 80, nullptr);
  worksheet_set_column(w.findings, 7, 8, 40, nullptr);
  worksheet_freeze_panes(w.findings, 1, 0);
  w.row = 1;
}

XlsxReportWriter::~XlsxReportWriter() = default;

void XlsxReportWriter::add(std::vector<Finding>&& findings) {
  auto& w = *book_;
  bool baseline = !context_.baseline_path.empty();
  for (const auto& f : findings) {
    tallies_.add(f);
    std::string values = joined_values(f), evidence = joined_evidence(f);
    lxw_row_t r = w.row++;
    lxw_error error = worksheet_write_string(w.findings, r, 0, f.swv.c_str(), nullptr);
    if (f.jaar) worksheet_write_number(w.findings, r, 1, f.jaar, nullptr);
    std::vector<std::pair<lxw_col_t, std::string>> texts{{2, f.rule},    {3, f.norm->id},  {4, f.family},
                                                         {6, f.message}, {7, values},     {8, evidence},
                                                         {9, f.document}, {10, f.key}};
    lxw_col_t next = 11;
    if (baseline) texts.push_back({next++, f.baseline ? to_string(*f.baseline) : ""});
    if (context_.acceptances) texts.push_back({next++, f.accepted ? describe_acceptance(*f.accepted) : ""});
    for (const auto& [column, text] : texts)
      if (!text.empty()) worksheet_write_string(w.findings, r, column, text.c_str(), nullptr);
    worksheet_write_string(w.findings, r, 5, to_string(f.status).c_str(), w.status[f.status]);
    if (error != LXW_NO_ERROR) throw ReportWriteError(std::string("werkmap: ") + lxw_strerror(error));
    if (is_carried_over(f)) continue;  // not an outcome of this run: not in the family sheets
    auto& cell = w.families[f.family][group_key(f)];
    auto [it, added] = cell.try_emplace(f.rule, Workbook::RuleCell{f.status, f.values});
    if (!added && severity(f.status) < severity(it->second.status)) it->second.status = f.status;
  }
}

bool XlsxReportWriter::finish(const std::vector<DocumentRecord>&, const std::function<bool(std::string_view)>& write) {
  auto& w = *book_;
  worksheet_autofilter(w.findings, 0, 0, w.row - 1, static_cast<lxw_col_t>(w.columns - 1));
  // Rules with a norm id and their `getallen`, for the column heads and the cell types.
  std::map<std::string, const RuleInfo*> rules;
  if (context_.catalog)
    for (const auto& rule : context_.catalog->rules()) rules[rule.id] = &rule;
  std::vector<std::string> order;  // families in display order, then any others
  if (context_.catalog)
    for (const auto& family : context_.catalog->families()) order.push_back(family.id);
  for (const auto& [family, reports] : w.families)
    if (std::find(order.begin(), order.end(), family) == order.end()) order.push_back(family);
  for (const auto& family : order) {
    auto found = w.families.find(family);
    if (found == w.families.end()) continue;
    // Columns: per rule its status, then its value names in order.
    std::map<std::string, std::set<std::string>> columns;
    for (const auto& [report, cells] : found->second)
      for (const auto& [rule, cell] : cells)
        for (const auto& [name, value] : cell.values) columns[rule].insert(name);
    for (const auto& [report, cells] : found->second)
      for (const auto& [rule, cell] : cells) columns[rule];
    lxw_worksheet* sheet = workbook_add_worksheet(w.book, sheet_name(family).c_str());
    worksheet_write_string(sheet, 0, 0, "swv", w.header);
    worksheet_write_string(sheet, 0, 1, "jaar", w.header);
    worksheet_write_string(sheet, 0, 2, "document", w.header);
    lxw_col_t c = 3;
    for (const auto& [rule, names] : columns) {
      auto info = rules.find(rule);
      std::string prefix = info != rules.end() && !info->second->norm_id.empty() ? info->second->norm_id : rule;
      worksheet_write_string(sheet, 0, c++, (prefix + " status").c_str(), w.header);
      for (const auto& name : names) worksheet_write_string(sheet, 0, c++, (prefix + " " + name).c_str(), w.header);
    }
    worksheet_set_column(sheet, 3, static_cast<lxw_col_t>(c - 1), 16, nullptr);
    worksheet_freeze_panes(sheet, 1, 3);
    lxw_row_t r = 1;
    for (const auto& [report, cells] : found->second) {
      worksheet_write_string(sheet, r, 0, report.swv.c_str(), nullptr);
      if (report.jaar) worksheet_write_number(sheet, r, 1, report.jaar, nullptr);
      worksheet_write_string(sheet, r, 2, report.document.c_str(), nullptr);
      lxw_col_t col = 3;
      for (const auto& [rule, names] : columns) {
        auto cell = cells.find(rule);
        if (cell != cells.end())
          worksheet_write_string(sheet, r, col, to_string(cell->second.status).c_str(), w.status[cell->second.status]);
        ++col;
        const RuleInfo* info = rules.count(rule) ? rules[rule] : nullptr;
        for (const auto& name : names) {
          lxw_col_t here = col++;
          if (cell == cells.end()) continue;
          auto value = cell->second.values.find(name);
          if (value == cell->second.values.end()) continue;
          const std::string& v = value->second;
          bool number = info && std::find(info->getallen.begin(), info->getallen.end(), name) != info->getallen.end();
          if (auto date = parse_iso_date(v)) {
            lxw_datetime when{static_cast<int>(date->year()), static_cast<int>(static_cast<unsigned>(date->month())),
                              static_cast<int>(static_cast<unsigned>(date->day())), 0, 0, 0};
            worksheet_write_datetime(sheet, r, here, &when, w.date);
          } else if (is_amount(v) && !number) {
            worksheet_write_number(sheet, r, here, std::strtod(v.c_str(), nullptr), w.euro);
          } else if (is_number(v)) {
            worksheet_write_number(sheet, r, here, std::strtod(v.c_str(), nullptr), nullptr);
          } else {
            worksheet_write_string(sheet, r, here, v.c_str(), nullptr);
          }
        }
      }
      ++r;
    }
    worksheet_autofilter(sheet, 0, 0, r - 1, static_cast<lxw_col_t>(c - 1));
  }
  lxw_error closed = workbook_close(w.book);
  w.book = nullptr;
  if (closed != LXW_NO_ERROR) throw ReportWriteError(std::string("werkmap: ") + lxw_strerror(closed));
  std::ifstream in(w.path, std::ios::binary);
  std::string piece(1 << 16, '\0');
  while (in) {
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    if (in.gcount() > 0 && !write(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())))) return false;
  }
  return in.eof();
}

}  // namespace swv
