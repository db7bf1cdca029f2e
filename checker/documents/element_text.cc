#include "documents/element_text.h"

namespace swv {
namespace {

bool is_text(pugi::xml_node node) { return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata; }

}  // namespace

std::string element_text(pugi::xml_node node) {
  if (is_text(node)) node = node.parent();
  std::string text;
  for (auto child = node.first_child(); child; child = child.next_sibling())
    if (is_text(child)) text += child.value();
  return text;
}

std::string_view element_text(pugi::xml_node node, std::string* storage) {
  if (is_text(node)) node = node.parent();
  pugi::xml_node only;
  for (auto child = node.first_child(); child; child = child.next_sibling()) {
    if (!is_text(child)) continue;
    if (only) {  // more than one piece: join them
      *storage = element_text(node);
      return *storage;
    }
    only = child;
  }
  return only ? std::string_view(only.value()) : std::string_view();
}

pugi::xml_node first_text_child(pugi::xml_node element) {
  return element.find_child([](pugi::xml_node child) { return is_text(child); });
}

std::string_view trim_xml_space(std::string_view text) {
  const char* space = " \t\r\n";
  auto begin = text.find_first_not_of(space);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

}  // namespace swv
