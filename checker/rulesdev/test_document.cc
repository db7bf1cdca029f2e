#include "rulesdev/test_document.h"

#include <algorithm>
#include <sstream>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "documents/swv_code.h"
#include "sandbox/module_loader.h"

namespace swv {
namespace {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_name(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

bool set_element_text(pugi::xml_node node, const std::string& value, const std::string& path, std::string* error) {
  for (auto child : node.children())
    if (child.type() == pugi::node_element) {
      *error = "change[\"" + path + "\"]: <" + std::string(node.name()) + "> bevat elementen; geef het pad van een waarde";
      return false;
    }
  // The value replaces the element's whole text (documents/element_text.h), also when a
  // comment or CDATA section splits it into several text children.
  for (auto child = node.first_child(); child;) {
    auto next = child.next_sibling();
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) node.remove_child(child);
    child = next;
  }
  node.text().set(value.c_str());
  return true;
}

// Every match of `path` from the root element; false with `error` for a bad XPath.
bool select(pugi::xml_node root, const std::string& path, pugi::xpath_node_set* matches, std::string* error) {
  try {
    pugi::xpath_query query(path.c_str());
    if (query.return_type() != pugi::xpath_type_node_set) {
      *error = "change[\"" + path + "\"]: het pad moet elementen of attributen selecteren";
      return false;
    }
    *matches = query.evaluate_node_set(root);
    matches->sort();
    return true;
  } catch (const pugi::xpath_exception& e) {
    *error = "change[\"" + path + "\"]: ongeldige XPath: " + e.what();
    return false;
  }
}

// Splits "a/b[@x='1/2']/c" into "a/b[@x='1/2']" and "c" (the last step, outside predicates).
std::pair<std::string, std::string> split_last_step(const std::string& path) {
  int depth = 0;
  char quote = 0;
  std::size_t slash = std::string::npos;
  for (std::size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']') {
      --depth;
    } else if (c == '/' && depth == 0) {
      slash = i;
    }
  }
  if (slash == std::string::npos) return {"", path};
  return {path.substr(0, slash), path.substr(slash + 1)};
}

// The elements `path` selects; when it selects nothing and its last step is a plain name,
// that element is created in each of its parents (created the same way when missing).
bool ensure_elements(pugi::xml_node root, const std::string& path, std::vector<pugi::xml_node>* out,
                     const std::string& change, std::string* error) {
  pugi::xpath_node_set matches;
  if (!select(root, path, &matches, error)) return false;
  for (const auto& match : matches) {
    if (match.attribute()) {
      *error = "change[\"" + change + "\"]: " + path + " is een attribuut, geen element";
      return false;
    }
    out->push_back(match.node());
  }
  if (!out->empty()) return true;
  auto [parent_path, step] = split_last_step(path);
  if (!is_name(step) || (parent_path.empty() && path[0] == '/')) {
    *error = "change[\"" + change + "\"]: " + path + " komt niet voor in het document (alleen een ontbrekende "
             "laatste stap met een gewone naam, zoals \"a/b\" of \"a/@c\", wordt aangemaakt)";
    return false;
  }
  std::vector<pugi::xml_node> parents;
  if (parent_path.empty()) parents.push_back(root);
  else if (!ensure_elements(root, parent_path, &parents, change, error)) return false;
  for (auto parent : parents) out->push_back(parent.append_child(step.c_str()));
  return true;
}

bool apply_change(pugi::xml_node root, const DocumentChange& change, std::string* error) {
  pugi::xpath_node_set matches;
  if (!select(root, change.path, &matches, error)) return false;
  if (matches.empty()) {
    if (!change.value) {
      *error = "change[\"" + change.path + "\"] = false: er is niets te verwijderen, het pad komt niet voor";
      return false;
    }
    auto [parent_path, step] = split_last_step(change.path);
    std::vector<pugi::xml_node> elements;
    if (step.size() > 1 && step[0] == '@' && is_name(std::string_view(step).substr(1))) {
      if (!parent_path.empty() && !ensure_elements(root, parent_path, &elements, change.path, error)) return false;
      if (parent_path.empty()) elements.push_back(root);
      for (auto element : elements) element.append_attribute(step.c_str() + 1).set_value(change.value->c_str());
      return true;
    }
    if (!ensure_elements(root, change.path, &elements, change.path, error)) return false;
    for (auto element : elements)
      if (!set_element_text(element, *change.value, change.path, error)) return false;
    return true;
  }
  // Last first, so removing an element never frees a later match inside it.
  for (auto it = matches.end(); it != matches.begin();) {
    const pugi::xpath_node& match = *--it;
    if (auto attribute = match.attribute()) {
      if (change.value) attribute.set_value(change.value->c_str());
      else match.parent().remove_attribute(attribute);
    } else if (change.value) {
      if (!set_element_text(match.node(), *change.value, change.path, error)) return false;
    } else {
      match.node().parent().remove_child(match.node());
    }
  }
  return true;
}

std::string describe(const LoadError& e) {
  std::string where = e.line > 0 ? "regel " + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " : "";
  return "het document laadt niet: " + where + e.message;
}

}  // namespace

bool is_whole_jaarverslag(std::string_view xml) {
  std::size_t at = 0;
  while (true) {
    at = xml.find('<', at);
    if (at == std::string_view::npos) return false;
    if (xml.compare(at, 2, "<?") == 0) at = xml.find("?>", at);
    else if (xml.compare(at, 4, "<!--") == 0) at = xml.find("-->", at);
    else break;
    if (at == std::string_view::npos) return false;
  }
  auto name = xml.substr(at + 1, 11);
  if (name != "jaarverslag") return false;
  return at + 12 >= xml.size() || std::string_view(" \t\r\n/>").find(xml[at + 12]) != std::string_view::npos;
}

std::unique_ptr<AnnualReport> build_test_document(const RuleTestCase& test_case, const std::string& display_path,
                                                  std::string* error) {
  std::string text;
  if (!test_case.inline_document) {
    if (!read_file(test_case.document_file, &text)) {
      *error = "kan " + test_case.document_file + " niet lezen";
      return nullptr;
    }
  } else {
    text = test_case.document;
  }
  std::vector<DocumentChange> changes;
  if (!is_whole_jaarverslag(text)) {
    // The wrapper shares the fragment's first line, so its line numbers stay those of the fragment.
    text = "<jaarverslag xmlns=\"" + std::string(AnnualReport::kNamespace) + "\" versie=\"" + AnnualReport::kVersion +
           "\"><swv code=\"" + xml_escape(test_case.swv.value_or(kTestSwvCode)) + "\" sector=\"" +
           xml_escape(test_case.sector.value_or("PO")) + "\"/><verslagjaar>" +
           std::to_string(test_case.jaar.value_or(0)) + "</verslagjaar>" + text + "\n</jaarverslag>\n";
  } else {
    if (test_case.swv) changes.push_back({"swv/@code", test_case.swv});
    if (test_case.sector) changes.push_back({"swv/@sector", test_case.sector});
    if (test_case.jaar) changes.push_back({"verslagjaar", std::to_string(*test_case.jaar)});
  }
  changes.insert(changes.end(), test_case.changes.begin(), test_case.changes.end());

  LoadError load_error;
  if (!changes.empty()) {
    pugi::xml_document xml;
    if (!xml.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8)) {
      AnnualReport::parse(text, display_path, &load_error);  // for the located message
      *error = describe(load_error);
      return nullptr;
    }
    for (const auto& change : changes)
      if (!apply_change(xml.document_element(), change, error)) return nullptr;
    std::ostringstream out;
    xml.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    text = std::move(out).str();
  }
  auto report = AnnualReport::parse(std::move(text), display_path, &load_error);
  if (!report) *error = describe(load_error) + (changes.empty() ? "" : " (na de wijzigingen van change)");
  return report;
}

std::unique_ptr<Registration> build_test_registration(const std::string& kind, const RegistrationSource& source,
                                                      const std::string& display_path, std::string* error) {
  std::string text;
  if (source.inline_text) {
    std::istringstream in(source.text);
    for (std::string line; std::getline(in, line);) {
      auto first = line.find_first_not_of(" \t");
      if (first == std::string::npos) continue;
      text += line.substr(first) + "\n";
    }
  } else if (!read_file(source.file, &text)) {
    *error = "registratie " + kind + ": kan " + source.file + " niet lezen";
    return nullptr;
  }
  LoadError load_error;
  auto registration = Registration::parse(text, display_path, &load_error);
  auto where = [](const LoadError& e) { return e.line > 0 ? "regel " + std::to_string(e.line) + ": " : std::string(); };
  if (!registration) {
    *error = "registratie " + kind + " laadt niet: " + where(load_error) + load_error.message;
    return nullptr;
  }
  if (registration->kind() != kind) {
    *error = "registratie " + kind + ": de kolommen zijn die van een " + registration->kind() + "-registratie";
    return nullptr;
  }
  if (!registration->line_errors().empty()) {
    const auto& first = registration->line_errors().front();
    *error = "registratie " + kind + ": " + where(first) + first.message;
    return nullptr;
  }
  return registration;
}

CheckUnit test_unit(const RuleTestCase& test_case, const AnnualReport* report,
                    const std::vector<std::unique_ptr<Registration>>& registrations) {
  CheckUnit unit;
  if (report) {
    unit = unit_for(*report);
  } else {
    unit.swv = normalise_swv_code(test_case.swv.value_or(kTestSwvCode));  // as registrations read it
    unit.jaar = test_case.jaar.value_or(0);
  }
  for (const auto& registration : registrations) {
    int swv_column = registration->column_index("swv_code");
    int year_column = registration->column_index(registration->format().year_column);
    for (const auto& record : registration->records()) {
      const auto& swv = record.values[static_cast<std::size_t>(swv_column)];
      const auto& date = record.values[static_cast<std::size_t>(year_column)];
      if (!swv || !date || *swv != unit.swv || date->substr(0, 4) != std::to_string(unit.jaar)) continue;
      unit.records[registration->kind()].push_back({registration.get(), &record});
    }
  }
  return unit;
}

}  // namespace swv
