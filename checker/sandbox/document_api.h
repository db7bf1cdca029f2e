// The `doc` object rules read the document through: XPath look-ups returning typed values,
// each read recorded as evidence (present) or as missing (absent).
#pragma once

#include <lua.hpp>

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "sandbox/active_run.h"

namespace swv {

/// [-0, +0, e] Registers the metatables of `doc` and node objects. Once per state.
void register_document_api(lua_State* L);
/// [-0, +1, e] Pushes the `doc` object; it always reads the active run's document.
void push_document(lua_State* L);
/// [-0, +0, -] The metatable every node object has (register_document_api must have run):
/// a node is recognised by comparing its metatable's address, without a registry lookup.
const void* node_metatable(lua_State* L);

/// The element or attribute path of a node, e.g. "/jaarverslag/governance/internToezicht/lid[2]/@naam".
std::string node_path(pugi::xml_node node, pugi::xml_attribute attribute = {});
/// The same, keeping the paths of elements in `cache` (when not nullptr) for later calls.
std::string node_path(NodePathCache* cache, pugi::xml_node node, pugi::xml_attribute attribute = {});

/// The compiled form of `query` from the state's cache (compiled on first use; the cache is
/// emptied when it grows past a bound, so queries built from data cannot grow it without
/// end). Throws pugi::xpath_exception on a bad query.
const pugi::xpath_query& compiled_query(XPathCache& cache, std::string_view query);

/// Evaluates `query` from `context` with the state's cache; throws pugi::xpath_exception on a bad query.
pugi::xpath_node first_match(XPathCache& cache, std::string_view query, pugi::xml_node context);
/// The same for a read of the run's document: from the root element through the loader's element
/// index where it can answer (sandbox/plain_path.h), else first_match. Throws as first_match.
pugi::xpath_node report_first_match(const ActiveRun& run, std::string_view query, pugi::xml_node context);

}  // namespace swv
