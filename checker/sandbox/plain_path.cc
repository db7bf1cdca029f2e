#include "sandbox/plain_path.h"

#include <cstring>

namespace swv {
namespace {

bool is_name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

bool same_name(const char* name, std::string_view wanted) {
  return std::strncmp(name, wanted.data(), wanted.size()) == 0 && name[wanted.size()] == '\0';
}

// The first match of the steps in `rest` below `node`, depth first: the subtree of an earlier
// child comes before a later sibling, which is document order.
pugi::xpath_node first_below(pugi::xml_node node, std::string_view rest) {
  auto slash = rest.find('/');
  std::string_view step = rest.substr(0, slash);
  if (step.front() == '@') {
    step.remove_prefix(1);
    for (auto attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute())
      if (same_name(attribute.name(), step)) return pugi::xpath_node(attribute, node);
    return {};
  }
  for (auto child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element || !same_name(child.name(), step)) continue;
    if (slash == std::string_view::npos) return pugi::xpath_node(child);
    if (auto found = first_below(child, rest.substr(slash + 1))) return found;
  }
  return {};
}

// Every match of the steps in `rest` below `node`, depth first (document order).
void all_below(pugi::xml_node node, std::string_view rest, std::vector<pugi::xpath_node>* out) {
  auto slash = rest.find('/');
  std::string_view step = rest.substr(0, slash);
  if (step.front() == '@') {
    step.remove_prefix(1);
    for (auto attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute())
      if (same_name(attribute.name(), step)) out->push_back(pugi::xpath_node(attribute, node));
    return;
  }
  for (auto child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element || !same_name(child.name(), step)) continue;
    if (slash == std::string_view::npos) out->push_back(pugi::xpath_node(child));
    else all_below(child, rest.substr(slash + 1), out);
  }
}

}  // namespace

bool is_plain_path(std::string_view query) {
  if (!query.empty() && query.front() == '/') query.remove_prefix(1);
  if (query.empty()) return false;
  std::size_t at = 0;
  while (true) {
    bool attribute = query[at] == '@';
    if (attribute) ++at;
    if (at >= query.size() || !is_name_start(query[at])) return false;
    while (at < query.size() && is_name_char(query[at])) ++at;
    if (at == query.size()) return true;
    if (attribute || query[at] != '/') return false;  // an attribute is the last step
    ++at;
    if (at >= query.size()) return false;
  }
}

std::optional<pugi::xpath_node> plain_path_first_match(std::string_view query, pugi::xml_node context) {
  if (!is_plain_path(query)) return std::nullopt;
  if (query.front() == '/') {
    query.remove_prefix(1);
    context = context.root();  // an absolute path starts at the document
  }
  if (!context) return pugi::xpath_node();
  return first_below(context, query);
}

}  // namespace swv

namespace swv {

bool plain_path_all_matches(std::string_view query, pugi::xml_node context, std::vector<pugi::xpath_node>* out) {
  if (!is_plain_path(query)) return false;
  if (query.front() == '/') {
    query.remove_prefix(1);
    context = context.root();
  }
  if (context) all_below(context, query, out);
  return true;
}

}  // namespace swv

namespace swv {

std::optional<pugi::xpath_node> indexed_first_match(std::string_view query, pugi::xml_node root, const ElementIndex& index) {
  if (!is_plain_path(query)) return std::nullopt;
  std::string_view rest = query;
  if (rest.front() == '/') {  // absolute: "/<root>/..." is the same path from the root element
    std::string_view name = root.name();
    rest.remove_prefix(1);
    if (rest.size() <= name.size() + 1 || rest.substr(0, name.size()) != name || rest[name.size()] != '/')
      return plain_path_first_match(query, root);
    rest.remove_prefix(name.size() + 1);
  }
  auto at = rest.rfind('@');
  std::string_view element_path = at == std::string_view::npos ? rest : rest.substr(0, at == 0 ? 0 : at - 1);
  auto element = element_path.empty() ? std::nullopt : index.first(element_path);
  if (!element) return plain_path_first_match(query, root);  // the index cannot say
  if (at == std::string_view::npos) return pugi::xpath_node(*element);
  if (!*element) return pugi::xpath_node();  // no element at that path, so no attribute either
  // The first such element has the attribute: that is the first match. Otherwise a later
  // element with the same path may have it: walk.
  std::string_view name = rest.substr(at + 1);
  for (auto attribute = element->first_attribute(); attribute; attribute = attribute.next_attribute())
    if (same_name(attribute.name(), name)) return pugi::xpath_node(attribute, *element);
  return plain_path_first_match(query, root);
}

}  // namespace swv
