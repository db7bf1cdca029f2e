#include "report/formats.h"

#include <algorithm>
#include <stdexcept>

#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/sarif_report.h"

namespace swv {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats{"text", "json", "html", "csv", "sarif"};
  return formats;
}

bool is_report_format(const std::string& name) {
  const auto& formats = report_formats();
  return std::find(formats.begin(), formats.end(), name) != formats.end();
}

std::string report_formats_list() {
  const auto& formats = report_formats();
  std::string list;
  for (std::size_t i = 0; i < formats.size(); ++i)
    list += (i == 0 ? "" : i + 1 == formats.size() ? " of " : ", ") + formats[i];
  return list;
}

std::string write_report(const std::string& format, const CheckResult& result, const ReportContext& context,
                         const TextOptions& text) {
  if (format == "text") return write_text_report(result, context, text);
  if (format == "json") return write_json_report(result, context);
  if (format == "html") return write_html_report(result, context);
  if (format == "csv") return write_csv_report(result, context);
  if (format == "sarif") return write_sarif_report(result, context);
  throw std::invalid_argument("onbekend formaat '" + format + "'");
}

}  // namespace swv
