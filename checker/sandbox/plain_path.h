// Plain paths without XPath evaluation. Most reads of a rule are a path of element names with
// perhaps an attribute at the end ("financien/baten/totaal", "swv/@code"). Walking the tree
// by name finds the same node as XPath's first match in document order, in a fraction of the
// time of evaluating the compiled query; anything else (predicates, //, axes, functions,
// spaces) is left to pugixml's XPath.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "documents/element_index.h"

namespace swv {

/// True when `query` is a plain path: optionally a leading '/', element names separated by
/// '/', optionally "@name" as the last step. Names are XML names without a prefix.
bool is_plain_path(std::string_view query);

/// The first match of the plain path `query` from `context` in document order, exactly as
/// XPath's evaluate_node gives it (an attribute match carries its element as parent).
/// nullopt when `query` is not a plain path.
std::optional<pugi::xpath_node> plain_path_first_match(std::string_view query, pugi::xml_node context);

/// The same first match from `root` (a document's root element), answered from `index` (the
/// loader's index of that document's elements) where it can be, else by walking the tree.
std::optional<pugi::xpath_node> indexed_first_match(std::string_view query, pugi::xml_node root, const ElementIndex& index);

/// Every match of the plain path `query` from `context` in document order, as XPath's
/// evaluate_node_set gives them for such a path (only child steps: no duplicates). Returns
/// false, and leaves `out` alone, when `query` is not a plain path.
bool plain_path_all_matches(std::string_view query, pugi::xml_node context, std::vector<pugi::xpath_node>* out);

}  // namespace swv
