#include "report/formats.h"

#include <algorithm>
#include <stdexcept>

#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/sarif_report.h"
#include "report/swv_view.h"
#include "report/xlsx_report.h"
#include "report/text_report.h"

namespace swv {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats{"text", "json", "html", "csv", "sarif", "xlsx"};
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

namespace {

// One writer behind the ReportWriter interface; `Finish` adapts its finish() call.
template <class Writer, class Finish>
class WriterFor : public ReportWriter {
 public:
  template <class... Args>
  WriterFor(Finish finish, Args&&... args) : writer_(std::forward<Args>(args)...), finish_(finish) {}
  void add(std::vector<Finding>&& findings) override { writer_.add(std::move(findings)); }
  bool finish(const std::vector<DocumentRecord>& documents,
              const std::function<bool(std::string_view)>& write) override {
    return finish_(writer_, documents, write);
  }
  const FindingTallies& tallies() const override { return writer_.tallies(); }
  void set_not_applicable(std::vector<NotApplicable> counts) override {
    writer_.tallies().set_not_applicable(std::move(counts));
  }

 private:
  Writer writer_;
  Finish finish_;
};

template <class Writer, class Finish, class... Args>
std::unique_ptr<ReportWriter> writer_for(Finish finish, Args&&... args) {
  return std::make_unique<WriterFor<Writer, Finish>>(finish, std::forward<Args>(args)...);
}

}  // namespace

std::unique_ptr<ReportWriter> make_report_writer(const std::string& format, const ReportContext& context,
                                                 const TextOptions& text, const std::string& spill_directory,
                                                 std::function<bool(std::string_view)> write,
                                                 FileCopier copy_spill) {
  auto plain = [](auto& writer, const std::vector<DocumentRecord>& documents,
                  const std::function<bool(std::string_view)>& out) { return writer.finish(documents, out); };
  if (format == "text") return writer_for<TextReportWriter>(plain, context, text, spill_directory);
  if (format == "json")
    return writer_for<JsonReportWriter>(
        [context](JsonReportWriter& writer, const std::vector<DocumentRecord>& documents,
                  const std::function<bool(std::string_view)>& out) { return writer.finish(documents, context, out); },
        spill_directory, copy_spill);
  if (format == "html") return writer_for<HtmlReportWriter>(plain, context, spill_directory);
  if (format == "sarif") return writer_for<SarifReportWriter>(plain, context, spill_directory, copy_spill);
  if (format == "xlsx") return writer_for<XlsxReportWriter>(plain, context, spill_directory);
  if (format == "csv")
    // Rows went out as they came; finish only says whether every write succeeded.
    return writer_for<CsvReportWriter>([](CsvReportWriter& writer, const std::vector<DocumentRecord>&,
                                          const std::function<bool(std::string_view)>&) { return writer.ok(); },
                                       std::move(write), !context.baseline_path.empty(),
                                       context.acceptances != nullptr);
  throw std::invalid_argument("onbekend formaat '" + format + "'");
}

bool has_swv_view(const std::string& format) { return format == "text" || format == "html"; }

std::unique_ptr<ReportWriter> make_swv_view_writer(const std::string& format, const ReportContext& context,
                                                   const std::string& spill_directory) {
  if (!has_swv_view(format)) throw std::invalid_argument("geen weergave per SWV in formaat '" + format + "'");
  auto plain = [](SwvViewWriter& writer, const std::vector<DocumentRecord>& documents,
                  const std::function<bool(std::string_view)>& out) { return writer.finish(documents, out); };
  return writer_for<SwvViewWriter>(plain, format == "html", context, spill_directory);
}

}  // namespace swv
