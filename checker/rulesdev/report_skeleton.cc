#include "rulesdev/report_skeleton.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "documents/annual_report_schema.h"
#include "findings/finding.h"
#include "rulesdev/rule_tests.h"

namespace swv {
namespace {

constexpr const char* kRoot = "/jaarverslag/";

// One element of the skeleton, with the attributes and children the rules read, in the order
// first read, and the norms that read it (its own text, each attribute, anything below it).
struct Element {
  std::string name;
  std::string path;  ///< from the root without it: "financien/balans"
  bool text_read = false;
  std::set<std::string> text_norms;
  std::vector<std::pair<std::string, std::set<std::string>>> attributes;  ///< "@naam" -> norms
  std::vector<std::unique_ptr<Element>> children;
  std::set<std::string> norms;  ///< every norm that reads this element or anything below it

  Element* child(const std::string& child_name) {
    for (auto& c : children)
      if (c->name == child_name) return c.get();
    children.push_back(std::make_unique<Element>());
    children.back()->name = child_name;
    children.back()->path = path.empty() ? child_name : path + "/" + child_name;
    return children.back().get();
  }
  void attribute(const std::string& attr, const std::string& norm) {
    for (auto& [name, norms_of] : attributes)
      if (name == attr) {
        norms_of.insert(norm);
        return;
      }
    attributes.push_back({attr, {norm}});
  }
};

void add_path(Element* root, const std::string& read, const std::string& norm) {
  if (read.rfind(kRoot, 0) != 0) return;
  std::string rest = read.substr(std::string(kRoot).size());
  Element* at = root;
  std::size_t start = 0;
  while (true) {
    auto slash = rest.find('/', start);
    std::string part = rest.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part.empty()) return;
    at->norms.insert(norm);
    if (part.front() == '@') {
      at->attribute(part, norm);
      return;
    }
    at = at->child(part);
    if (slash == std::string::npos) {
      at->norms.insert(norm);
      at->text_read = true;
      at->text_norms.insert(norm);
      return;
    }
    start = slash + 1;
  }
}

// The placeholder for a value of `type`: it fails to load until it is replaced.
const char* placeholder(FieldType type) {
  switch (type) {
    case FieldType::amount: return "BEDRAG";
    case FieldType::date: return "JJJJ-MM-DD";
    case FieldType::boolean: return "JA-OF-NEE";
    case FieldType::integer: return "AANTAL";
    case FieldType::decimal: return "GETAL";
    case FieldType::sector: return "PO-OF-VO";
    case FieldType::text: return "TEKST";
  }
  return "TEKST";
}

// How to write a value of `type`, short: the header explains the rest.
const char* short_type(FieldType type) {
  switch (type) {
    case FieldType::amount: return "bedrag in euro, punt als decimaalteken (bijv. 1234567.89)";
    case FieldType::date: return "datum JJJJ-MM-DD";
    case FieldType::boolean: return "ja of nee";
    case FieldType::integer: return "geheel getal";
    case FieldType::decimal: return "getal met een punt (bijv. 0.8)";
    case FieldType::sector: return "PO of VO";
    case FieldType::text: return "tekst";
  }
  return "tekst";
}

std::string join(const std::set<std::string>& norms) {
  std::string text;
  for (const auto& n : norms) text += (text.empty() ? "" : ", ") + n;
  return text;
}

// "liquideMiddelen: een bedrag ... (gelezen door FN-2, FN-3)" for every value in `e`'s subtree.
void describe_values(const Element& e, const std::string& indent, std::ostream& out) {
  for (const auto& [attr, norms] : e.attributes)
    out << indent << "  " << e.path << "/" << attr << ": "
        << short_type(annual_report_field_type(e.path + "/" + attr)) << "; gelezen door " << join(norms) << "\n";
  if (e.text_read && e.children.empty())
    out << indent << "  " << e.path << ": " << short_type(annual_report_field_type(e.path)) << "; gelezen door "
        << join(e.text_norms) << "\n";
  for (const auto& c : e.children) describe_values(*c, indent, out);
}

// `e` as XML with placeholders, for inside a comment (so no comments of its own).
void write_commented_xml(const Element& e, const std::string& indent, std::ostream& out) {
  out << indent << "<" << e.name;
  for (const auto& [attr, norms] : e.attributes)
    out << " " << attr.substr(1) << "=\"" << placeholder(annual_report_field_type(e.path + "/" + attr)) << "\"";
  if (e.children.empty() && !e.text_read) {
    out << "/>\n";
    return;
  }
  if (e.children.empty()) {
    out << ">" << placeholder(annual_report_field_type(e.path)) << "</" << e.name << ">\n";
    return;
  }
  out << ">\n";
  for (const auto& c : e.children) write_commented_xml(*c, indent + "  ", out);
  out << indent << "</" << e.name << ">\n";
}

std::string parent_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

// A container stays a real element: it has children, no attribute of its own to fill in, and
// occurs once (an empty list item such as <lid/> would be read as a member without data).
bool kept_as_element(const Element& e) {
  return !e.children.empty() && e.attributes.empty() && !e.text_read && occurs_once(parent_of(e.path), e.name);
}

void write_element(const Element& e, const std::string& indent, std::ostream& out) {
  if (kept_as_element(e)) {
    out << indent << "<" << e.name << ">  <!-- gelezen door " << join(e.norms) << " -->\n";
    for (const auto& c : e.children) write_element(*c, indent + "  ", out);
    out << indent << "</" << e.name << ">\n";
    return;
  }
  bool list = !occurs_once(parent_of(e.path), e.name);
  if (!list && e.children.empty() && e.attributes.empty()) {  // one value: two lines
    FieldType type = annual_report_field_type(e.path);
    out << indent << "<!-- " << e.path << ": " << short_type(type) << "; gelezen door " << join(e.text_norms) << " -->\n"
        << indent << "<!-- <" << e.name << ">" << placeholder(type) << "</" << e.name << "> -->\n";
    return;
  }
  out << indent << "<!-- " << e.name << (list ? " (herhaal dit element voor elk item)" : "")
      << ": vul in en haal het commentaarteken weg.\n";
  describe_values(e, indent, out);
  out << indent << "-->\n" << indent << "<!--\n";
  write_commented_xml(e, indent, out);
  out << indent << "-->\n";
}

}  // namespace

std::string write_report_skeleton(const RuleCatalog& catalog, const SandboxLimits& limits, const std::string& swv,
                                  int jaar, std::vector<std::string>* problems) {
  std::string sector = swv.substr(0, 2);
  std::string peildatum = std::to_string(jaar) + "-12-31";
  Element root;
  std::map<std::string, std::string> norm_titles;  // norms that apply, by id
  for (const auto& rule : catalog.rules()) {
    if (std::find(rule.documents.begin(), rule.documents.end(), "jaarverslag") == rule.documents.end()) continue;
    if (std::find(rule.sectors.begin(), rule.sectors.end(), sector) == rule.sectors.end()) continue;
    if (not_in_force(rule.norm, peildatum)) continue;
    auto seen = observe_rule(catalog, rule, limits);
    for (const auto& e : seen.errors) problems->push_back(e.file + ": " + e.message);
    std::string norm = rule.norm_id.empty() ? rule.id : rule.norm_id;
    norm_titles[norm] = rule.norm->title;
    for (const auto& path : seen.read_paths) add_path(&root, path, norm);
  }

  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<!--\n  Jaarverslag " << swv << " over " << jaar << ": een begin, gemaakt door swvcheck template.\n"
      << "  Elk gegeven dat de regels lezen staat hieronder op zijn plaats, tussen commentaartekens en met\n"
      << "  een invulwaarde (BEDRAG, JJJJ-MM-DD, JA-OF-NEE, AANTAL, GETAL, TEKST). Vul een gegeven in en\n"
      << "  haal de commentaartekens eromheen weg; een invulwaarde die blijft staan is een laadfout.\n"
      << "  Zolang een gegeven ontbreekt, is de norm die het leest niet te beoordelen.\n"
      << "  Het formaat: docs/jaarverslag-formaat.md en docs/jaarverslag.xsd.\n\n"
      << "  De normen die in " << jaar << " voor de sector " << sector << " gelden:\n";
  for (const auto& [id, title] : norm_titles) out << "    " << id << ": " << title << "\n";
  out << "-->\n"
      << "<jaarverslag xmlns=\"urn:swvcheck:jaarverslag:1\" versie=\"1\">\n"
      << "  <swv code=\"" << swv << "\" sector=\"" << sector << "\"/>\n"
      << "  <verslagjaar>" << jaar << "</verslagjaar>\n";
  for (const auto& c : root.children)
    if (c->name != "swv" && c->name != "verslagjaar") write_element(*c, "  ", out);
  out << "</jaarverslag>\n";
  return out.str();
}

}  // namespace swv
