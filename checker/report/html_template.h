// The small template language of the HTML report (reports/report.html):
//   {{name}}    the value of `name`, escaped by html_escape (text from findings and documents)
//   {{{name}}}  the value of `name` as it is: markup the checker built, its text already
//               escaped by html_escape
// Nothing else: no loops or conditions; the checker builds the repeated parts. A placeholder
// without a value, or one left unclosed, is an error (std::runtime_error), never left blank.
#pragma once

#include <map>
#include <string>

namespace swv {

/// The one escaping routine of the HTML report, for text and attribute values alike:
/// & < > " ' become entities; bytes that are not valid UTF-8 and control characters other
/// than tab, LF and CR become U+FFFD, so the page is always well-formed (XHTML) too.
std::string html_escape(const std::string& text);

/// Markup built by the checker, inserted as it is by {{{name}}}.
struct Markup {
  std::string html;
};

struct TemplateValues {
  std::map<std::string, std::string> text;  ///< for {{name}}
  std::map<std::string, Markup> markup;      ///< for {{{name}}}
};

std::string render_template(const std::string& source, const TemplateValues& values);

/// reports/report.html as built into the binary.
const std::string& html_report_template();

}  // namespace swv
