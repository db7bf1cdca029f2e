#include "report/swv_view.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <sstream>

#include "report/acceptances.h"
#include "report/html_template.h"
#include "report/registration_fold.h"
#include "report/terminal_text.h"

namespace swv {
namespace {

constexpr SwvSection kSections[] = {SwvSection::overtredingen, SwvSection::signalen, SwvSection::niet_te_beoordelen,
                                    SwvSection::voldoet};

// "niet te beoordelen": the section as the count line names it.
std::string section_label(SwvSection section) {
  return section == SwvSection::niet_te_beoordelen ? "niet te beoordelen" : section == SwvSection::overtredingen
             ? "overtredingen" : section == SwvSection::signalen ? "signalen" : "voldoet";
}

const char* section_id(SwvSection section) {
  switch (section) {
    case SwvSection::overtredingen: return "overtredingen";
    case SwvSection::signalen: return "signalen";
    case SwvSection::niet_te_beoordelen: return "niet-te-beoordelen";
    case SwvSection::voldoet: return "voldoet";
  }
  return "";
}

// One SWV and year: its findings sorted into the sections, in the order they came.
struct Page {
  std::string swv;
  int jaar = 0;
  std::string document;
  std::map<SwvSection, std::vector<const Finding*>> sections;
  FoldedRegistrations folded;  ///< registrations not given at all: one item in niet te beoordelen
  std::size_t count(SwvSection section) const {
    auto it = sections.find(section);
    std::size_t n = it == sections.end() ? 0 : it->second.size();
    return n + (section == SwvSection::niet_te_beoordelen && !folded.empty() ? 1 : 0);
  }
};

Page make_page(const std::string& swv, int jaar, const std::string& document, std::vector<const Finding*> findings,
               bool fold_registrations) {
  Page page{swv, jaar, document, {}, {}};
  if (fold_registrations) page.folded = fold_missing_registrations(&findings);
  for (const Finding* f : findings)
    if (!is_carried_over(*f)) page.sections[swv_section_of(f->status)].push_back(f);
  return page;
}

// "RS-1 Signaleringswaarde bovenmatig eigen vermogen SWV · bron: Kamerbrief ...": one line.
std::string norm_line(const Finding& f) {
  std::string line = f.norm->id.empty() ? f.rule : f.norm->id;
  if (!f.norm->title.empty()) line += " " + f.norm->title;
  if (!f.norm->source.empty()) line += " · bron: " + f.norm->source;
  return line;
}

std::string count_line(const Page& page) {
  std::string line;
  for (auto section : kSections) {
    if (!line.empty()) line += " · ";
    line += section_label(section) + " " + std::to_string(page.count(section));
  }
  return line;
}

// "path:line:column: message" for every document that failed to load, in order.
std::vector<std::string> failed_documents(const std::vector<DocumentRecord>& documents) {
  std::vector<std::string> lines;
  for (const auto& d : documents) {
    if (!d.error) continue;
    std::string where = d.path;
    if (d.error->line > 0) where += ":" + std::to_string(d.error->line);
    if (d.error->line > 0 && d.error->column > 0) where += ":" + std::to_string(d.error->column);
    lines.push_back(where + ": " + d.error->message);
  }
  return lines;
}

std::string summary_line(const std::vector<DocumentRecord>& documents, const FindingTallies& tallies) {
  Summary s = summarize(documents, tallies);
  std::string line = "Samenvatting: " + std::to_string(s.documents) + " document" + (s.documents == 1 ? "" : "en") +
                     " (" + std::to_string(s.errors) + " niet geladen); ";
  bool first = true;
  for (auto status : {Status::overtreding, Status::signaal, Status::niet_te_beoordelen, Status::fout, Status::voldoet}) {
    line += (first ? "" : ", ") + to_string(status) + " " + std::to_string(s.count(status));
    first = false;
  }
  return line;
}

// The two renderings of the view: the start (header, documents that failed), one page per SWV
// and year, and the end (summary).
class Renderer {
 public:
  virtual ~Renderer() = default;
  virtual std::string begin(const ReportContext& context, const std::vector<DocumentRecord>& documents) = 0;
  virtual std::string page(const Page& page) = 0;
  virtual std::string end(const std::vector<DocumentRecord>& documents, const FindingTallies& tallies) = 0;
};

class TextRenderer : public Renderer {
 public:
  std::string begin(const ReportContext& context, const std::vector<DocumentRecord>& documents) override {
    std::ostringstream out;
    out << "swvcheck " << context.tool_version << " · regels " << context.rules_version << " · gecontroleerd op "
        << context.checked_on << "\nWeergave per samenwerkingsverband en verslagjaar\n\n";
    auto failed = failed_documents(documents);
    if (!failed.empty()) {
      out << "Niet geladen documenten (verbeter ze en controleer opnieuw):\n";
      for (const auto& line : failed) out << "  - " << escape_controls(line) << "\n";
      out << "\n";
    }
    return out.str();
  }

  std::string page(const Page& page) override {
    std::ostringstream out;
    std::string title = "Samenwerkingsverband " + page.swv + " · verslagjaar " + std::to_string(page.jaar);
    out << escape_controls(title) << "\n" << std::string(60, '=') << "\n";
    out << "Document: " << escape_controls(page.document) << "\n";
    out << "In het kort: " << count_line(page) << "\n\n";
    int number = 0;
    for (auto section : kSections) {
      out << ++number << ". " << swv_section_title(section) << " (" << page.count(section) << ")\n";
      auto it = page.sections.find(section);
      bool any = false;
      if (it != page.sections.end()) {
        for (const Finding* f : it->second) {
          any = true;
          out << "  - ";
          if (f->baseline) out << "[" << to_string(*f->baseline) << "] ";
          out << escape_controls(f->message) << "\n";
          if (section == SwvSection::niet_te_beoordelen) {
            std::string add = swv_what_to_add(*f);
            if (!add.empty()) out << "    Aanvullen: " << escape_controls(add) << "\n";
          }
          if (f->accepted) out << "    " << escape_controls(describe_acceptance(*f->accepted)) << "\n";
          out << "    Norm: " << escape_controls(norm_line(*f)) << "\n";
        }
      }
      if (section == SwvSection::niet_te_beoordelen && !page.folded.empty()) {
        any = true;
        out << "  - " << escape_controls(page.folded.line()) << "\n";
        out << "    Aanvullen: " << escape_controls(page.folded.hint()) << "\n";
        out << "    Normen: " << escape_controls(page.folded.rule_list()) << "\n";
      }
      if (!any) out << "  (geen)\n";
      out << "\n";
    }
    return out.str();
  }

  std::string end(const std::vector<DocumentRecord>& documents, const FindingTallies& tallies) override {
    return summary_line(documents, tallies) + "\n";
  }
};

const char* kCss = R"(body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:60em;color:#1a1a1a;line-height:1.4}
h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.2em 0 .4em;padding:.2em .5em;border-left:.4em solid #888}
.tool,.document{color:#555;font-size:.9em;margin:.1em 0}.kort{font-weight:bold}
article{border-top:2px solid #333;margin-top:2em;padding-top:1em}
ul{list-style:none;padding:0;margin:0}li{margin:.4em 0;padding:.4em .6em;background:#f6f6f6;border-radius:3px}
li p{margin:.15em 0}.norm{color:#444;font-size:.85em}.aanvullen{font-weight:bold}
.sectie-overtredingen h2{border-color:#b00020;background:#fde8ea}.sectie-signalen h2{border-color:#c77700;background:#fff3e0}
.sectie-niet-te-beoordelen h2{border-color:#00838f;background:#e0f7fa}.sectie-voldoet h2{border-color:#2e7d32;background:#e8f5e9}
.geen{color:#666;font-style:italic}.niet-geladen{border:2px solid #b00020;padding:.5em 1em;background:#fde8ea}
.mark{font-size:.8em;padding:0 .3em;border:1px solid #888;border-radius:3px;margin-right:.4em}
@media print{article{page-break-before:always}body{max-width:none}})";

std::string esc(const std::string& text) { return html_escape(text); }

std::string page_anchor(const Page& page) {
  std::string id = "swv-";
  for (char c : page.swv + "-" + std::to_string(page.jaar)) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
  return id;
}

class HtmlRenderer : public Renderer {
 public:
  std::string begin(const ReportContext& context, const std::vector<DocumentRecord>& documents) override {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">\n<head>\n"
        << "<meta charset=\"utf-8\"/>\n<title>swvcheck: weergave per samenwerkingsverband</title>\n"
        << "<style>" << kCss << "</style>\n</head>\n<body>\n"
        << "<p class=\"tool\">swvcheck " << esc(context.tool_version) << " · regels " << esc(context.rules_version)
        << " · gecontroleerd op " << esc(context.checked_on) << "</p>\n";
    auto failed = failed_documents(documents);
    if (!failed.empty()) {
      out << "<section class=\"niet-geladen\" id=\"niet-geladen\">\n<h2>Niet geladen documenten</h2>\n"
          << "<p>Verbeter deze bestanden en controleer opnieuw.</p>\n<ul>\n";
      for (const auto& line : failed) out << "<li class=\"fout\">" << esc(line) << "</li>\n";
      out << "</ul>\n</section>\n";
    }
    return out.str();
  }

  std::string page(const Page& page) override {
    std::ostringstream out;
    std::string anchor = page_anchor(page);
    out << "<article class=\"swv-pagina\" id=\"" << esc(anchor) << "\">\n"
        << "<h1>Samenwerkingsverband " << esc(page.swv) << " · verslagjaar " << page.jaar << "</h1>\n"
        << "<p class=\"document\">Document: " << esc(page.document) << "</p>\n"
        << "<p class=\"kort\">In het kort: " << esc(count_line(page)) << "</p>\n";
    for (auto section : kSections) {
      out << "<section class=\"sectie sectie-" << section_id(section) << "\" id=\"" << esc(anchor) << "-"
          << section_id(section) << "\">\n<h2>" << esc(swv_section_title(section)) << " (" << page.count(section)
          << ")</h2>\n";
      auto it = page.sections.find(section);
      std::ostringstream items;
      if (it != page.sections.end()) {
        for (const Finding* f : it->second) {
          items << "<li class=\"bevinding st-" << esc(to_string(f->status)) << "\"><p class=\"bericht\">";
          if (f->baseline)
            items << "<span class=\"mark\">" << esc(to_string(*f->baseline)) << "</span>";
          items << esc(f->message) << "</p>";
          if (section == SwvSection::niet_te_beoordelen) {
            std::string add = swv_what_to_add(*f);
            if (!add.empty()) items << "<p class=\"aanvullen\">Aanvullen: " << esc(add) << "</p>";
          }
          if (f->accepted) items << "<p class=\"acceptatie\">" << esc(describe_acceptance(*f->accepted)) << "</p>";
          items << "<p class=\"norm\">Norm: " << esc(norm_line(*f)) << "</p></li>\n";
        }
      }
      if (section == SwvSection::niet_te_beoordelen && !page.folded.empty())
        items << "<li class=\"bevinding st-niet-te-beoordelen\"><p class=\"bericht\">" << esc(page.folded.line())
              << "</p><p class=\"aanvullen\">Aanvullen: " << esc(page.folded.hint()) << "</p><p class=\"norm\">Normen: "
              << esc(page.folded.rule_list()) << "</p></li>\n";
      std::string list = items.str();
      if (list.empty()) out << "<p class=\"geen\">Geen.</p>\n";
      else out << "<ul>\n" << list << "</ul>\n";
      out << "</section>\n";
    }
    out << "</article>\n";
    return out.str();
  }

  std::string end(const std::vector<DocumentRecord>& documents, const FindingTallies& tallies) override {
    return "<footer><p class=\"samenvatting\">" + esc(summary_line(documents, tallies)) + "</p></footer>\n</body>\n</html>\n";
  }
};

std::unique_ptr<Renderer> renderer_for(bool html) {
  if (html) return std::make_unique<HtmlRenderer>();
  return std::make_unique<TextRenderer>();
}

void write_view(const CheckResult& result, const ReportContext& context, std::ostream& out, bool html) {
  auto renderer = renderer_for(html);
  out << renderer->begin(context, result.documents);
  bool fold = no_registrations_given(result.documents);
  for (auto& group : group_by_swv_year(result))
    out << renderer->page(make_page(group.swv, group.jaar, group.document, std::move(group.findings), fold));
  out << renderer->end(result.documents, tallies_of(result));
}

}  // namespace

SwvSection swv_section_of(Status status) {
  switch (status) {
    case Status::overtreding: return SwvSection::overtredingen;
    case Status::signaal: return SwvSection::signalen;
    case Status::voldoet: return SwvSection::voldoet;
    case Status::niet_te_beoordelen:
    case Status::fout: return SwvSection::niet_te_beoordelen;
  }
  return SwvSection::niet_te_beoordelen;
}

std::string swv_section_title(SwvSection section) {
  switch (section) {
    case SwvSection::overtredingen: return "Overtredingen: moeten worden hersteld";
    case SwvSection::signalen: return "Signalen: toelichten in het jaarverslag";
    case SwvSection::niet_te_beoordelen: return "Niet te beoordelen: vul de gegevens aan";
    case SwvSection::voldoet: return "Voldoet";
  }
  return "";
}

std::string swv_what_to_add(const Finding& finding) {
  if (finding.status == Status::fout)
    return "niets: de regel kon niet worden uitgevoerd; meld dit aan de beheerder van de regels";
  auto value = [&](const char* name) {
    auto it = finding.values.find(name);
    return it == finding.values.end() ? std::string() : it->second;
  };
  std::string missing = value("ontbreekt");
  const std::string registration = "-registratie";
  if (missing == "jaarverslag") return "het jaarverslag van " + finding.swv + " over " + std::to_string(finding.jaar);
  if (missing.size() > registration.size() &&
      missing.compare(missing.size() - registration.size(), registration.size(), registration) == 0)
    return "de registratie " + missing.substr(0, missing.size() - registration.size()) + " (CSV) van " + finding.swv;
  if (!missing.empty()) return "in het jaarverslag: " + missing;
  if (std::string noemer = value("noemer"); !noemer.empty())
    return "controleer " + noemer + " (" + value("noemer_waarde") + "): een verhouding met een noemer van nul of minder is niet te berekenen";
  // A reason outside the report (a parameter table the rules lack): nothing for the SWV to add.
  if (!value("reden").empty()) return "";
  std::string paths;
  for (const auto& e : finding.evidence)
    if (!e.path.empty()) paths += (paths.empty() ? "" : ", ") + e.path;
  return paths.empty() ? std::string() : "controleer " + paths;
}

void write_swv_view_text(const CheckResult& result, const ReportContext& context, std::ostream& out) {
  write_view(result, context, out, false);
}

void write_swv_view_html(const CheckResult& result, const ReportContext& context, std::ostream& out) {
  write_view(result, context, out, true);
}

SwvViewWriter::SwvViewWriter(bool html, const ReportContext& context, const std::string& spill_directory)
    : html_(html), context_(context), log_(spill_directory) {}

void SwvViewWriter::add(std::vector<Finding>&& findings) {
  std::size_t carried_before = carried_.size();
  split_by_swv_year(std::move(findings), &carried_, [&](std::vector<Finding>&& part) {
    for (const auto& f : part) tallies_.add(f);
    groups_[group_key(part.front())].push_back(log_.append(part));
  });
  for (std::size_t i = carried_before; i < carried_.size(); ++i) tallies_.add(carried_[i]);
}

bool SwvViewWriter::finish(const std::vector<DocumentRecord>& documents,
                           const std::function<bool(std::string_view)>& write) {
  // As group_by_swv_year: a page per loaded annual report, also without findings.
  for (const auto& d : documents)
    if (names_group(d)) groups_[{d.swv, d.jaar, d.path}];
  auto renderer = renderer_for(html_);
  if (!write(renderer->begin(context_, documents))) return false;
  bool fold = no_registrations_given(documents);
  for (const auto& [key, entries] : groups_) {
    std::vector<Finding> findings;
    for (const auto& entry : entries) {
      auto part = log_.read(entry);
      std::move(part.begin(), part.end(), std::back_inserter(findings));
    }
    std::vector<const Finding*> pointers;
    for (const auto& f : findings) pointers.push_back(&f);
    if (!write(renderer->page(make_page(key.swv, key.jaar, key.document, std::move(pointers), fold)))) return false;
  }
  return write(renderer->end(documents, tallies_));
}

}  // namespace swv
