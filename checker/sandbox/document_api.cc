#include "sandbox/document_api.h"

#include <cstring>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "documents/amount.h"
#include "documents/element_text.h"
#include "documents/utf8.h"
#include "documents/iso_date.h"
#include "sandbox/host_objects.h"
#include "sandbox/lua_state.h"
#include "sandbox/plain_path.h"
#include "sandbox/read_memo.h"
#include "sandbox/records_api.h"

namespace swv {
namespace {

constexpr const char* kDocumentMeta = "swvcheck.document";
constexpr const char* kNodeMeta = "swvcheck.node";

struct NodeHandle {
  pugi::xml_node_struct* node;
  std::uint64_t generation;
};

enum class ValueKind { text, amount, date, boolean, integer, decimal };

ActiveRun& run_of(lua_State* L) { return running_check(L, "doc"); }

// The node a method works from: the root element for `doc`, the node itself for a node.
// Without an annual report in the unit `doc` has no XML: an empty node, so every read is nil.
pugi::xml_node context_node(lua_State* L, ActiveRun& run) {
  void* object = lua_touserdata(L, 1);
  bool is_doc = run.document_object ? object != nullptr && object == run.document_object : luaL_testudata(L, 1, kDocumentMeta) != nullptr;
  if (is_doc) return run.report ? run.report->root() : pugi::xml_node();
  auto* handle = static_cast<NodeHandle*>(run.node_metatable ? userdata_with_metatable(L, 1, run.node_metatable)
                                                              : luaL_testudata(L, 1, kNodeMeta));
  if (handle == nullptr) luaL_error(L, "gebruik doc:methode(...) of knoop:methode(...), met een dubbele punt");
  if (handle->generation != run.generation) luaL_error(L, "deze knoop hoort bij een eerdere check()-aanroep");
  return pugi::xml_node(handle->node);
}

void push_node(lua_State* L, pugi::xml_node node, std::uint64_t generation) {
  auto* handle = static_cast<NodeHandle*>(lua_newuserdatauv(L, sizeof(NodeHandle), 0));
  *handle = {node.internal_object(), generation};
  luaL_setmetatable(L, kNodeMeta);
}

// Runs an XPath evaluation; C++ errors become Lua errors after the C++ objects are out of scope.
template <typename Evaluate>
auto guarded_xpath(lua_State* L, const char* query, Evaluate evaluate) -> decltype(evaluate()) {
  std::string failure;
  try {
    return evaluate();
  } catch (const pugi::xpath_exception& e) {
    failure = std::string("ongeldige XPath '") + query + "': " + e.what();
  } catch (const std::exception& e) {
    failure = e.what();
  }
  // pugixml gave up because the call ran out of time or memory (xml_allocation.h): stop it
  // as the limit, not as an error the rule could catch.
  LuaState* state = LuaState::from(L);
  if (!state->charge(0)) state->stop_error();
  luaL_error(L, "%s", failure.c_str());
  return {};
}

// The value read by `query` from `context`: the element or attribute the query finds first,
// its whole text as the loader validated it (documents/element_text.h) and, when there is
// no value, the path to cite as missing.
void answer_read(lua_State* L, ActiveRun& run, pugi::xml_node context, const char* query, MemoRead* read) {
  read->match = guarded_xpath(L, query, [&] { return report_first_match(run, query, context); });
  if (read->match.attribute()) read->value = trim_xml_space(read->match.attribute().value());
  else if (read->match.node()) read->value = trim_xml_space(element_text(read->match.node(), &read->joined));
  if (read->value.empty())
    read->missing_path = !run.report ? "jaarverslag" : query[0] == '/' ? query : node_path(context) + "/" + query;
}

// The read of `query` from `context`: from the unit's memo when a rule of the unit read it
// before, else answered now and remembered (in `scratch` when the memo is full or absent).
MemoRead* read_of(lua_State* L, ActiveRun& run, pugi::xml_node context, MemoRead* scratch) {
  std::size_t size = 0;
  const char* query = luaL_checklstring(L, 2, &size);
  const void* key = context.internal_object();
  if (run.read_memo)
    if (MemoRead* known = run.read_memo->find(query, size, key)) return known;
  answer_read(L, run, context, query, scratch);  // a bad XPath raises here, before anything is kept
  MemoRead* kept = run.read_memo ? run.read_memo->add(query, size, key) : nullptr;
  if (kept == nullptr) {
    scratch->query.assign(query, size);
    return scratch;
  }
  kept->match = scratch->match;
  kept->missing_path = std::move(scratch->missing_path);
  kept->value = scratch->value;
  if (!scratch->joined.empty()) {  // the value points into the scratch's joined text: move it along
    kept->joined = std::move(scratch->joined);
    kept->value = trim_xml_space(kept->joined);
  }
  return kept;
}

// Parses the read's value as `kind` once per unit; false when it is not one.
bool parse_once(ValueKind kind, MemoRead& read) {
  const auto bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(kind));
  if (read.known & bit) return read.valid & bit;
  bool valid = true;
  switch (kind) {
    case ValueKind::text: break;
    case ValueKind::amount:
      if (auto cents = parse_amount_cents(read.value)) read.cents = *cents;
      else valid = false;
      break;
    case ValueKind::date: valid = parse_iso_date(read.value).has_value(); break;
    case ValueKind::boolean: valid = read.value == "ja" || read.value == "nee"; break;
    case ValueKind::integer:
      if (auto number = parse_integer(read.value)) read.integer = *number;
      else valid = false;
      break;
    case ValueKind::decimal: valid = parse_decimal(read.value).has_value(); break;
  }
  read.known |= bit;
  if (valid) read.valid |= bit;
  return valid;
}

void push_typed(lua_State* L, ValueKind kind, MemoRead& read) {
  if (!parse_once(kind, read)) {
    static constexpr const char* kExpected[] = {"", "geen bedrag", "geen datum", "geen ja/nee",
                                                "geen geheel getal", "geen decimaal getal"};
    std::string shown = excerpt(read.value);  // whole characters, never more than 40
    luaL_error(L, "'%s' is %s, maar de waarde is \"%s\"", read.query.c_str(), kExpected[static_cast<int>(kind)],
               shown.c_str());
  }
  switch (kind) {
    case ValueKind::text:
    case ValueKind::date:
    case ValueKind::decimal: lua_pushlstring(L, read.value.data(), read.value.size()); return;
    case ValueKind::amount: lua_pushinteger(L, read.cents); return;
    case ValueKind::boolean: lua_pushboolean(L, read.value == "ja"); return;
    case ValueKind::integer: lua_pushinteger(L, read.integer); return;
  }
}

// [-0, +1, e] doc:text(xpath), doc:amount(xpath), ...: the first match's value, or nil.
template <ValueKind kind>
int read_value(lua_State* L) {
  ActiveRun& run = run_of(L);
  pugi::xml_node context = context_node(L, run);
  MemoRead scratch;
  MemoRead& read = *read_of(L, run, context, &scratch);
  if (read.recorded_in != run.generation) {  // the first read of this value in this rule call
    if (read.value.empty()) {
      charge_host_memory(L, record_read(run, read.query, {}, {}, read.missing_path));
    } else {
      auto node = read.match.attribute() ? read.match.parent() : read.match.node();
      std::size_t kept = record_read(run, read.query, node, read.match.attribute());
      if (kept > 0 && &read != &scratch) run.reads.back().memo = &read;
      charge_host_memory(L, kept);
    }
    read.recorded_in = run.generation;
  }
  if (read.value.empty()) {
    lua_pushnil(L);
    return 1;
  }
  push_typed(L, kind, read);
  return 1;
}

// [-0, +1, e]
int exists(lua_State* L) {
  ActiveRun& run = run_of(L);
  pugi::xml_node context = context_node(L, run);
  MemoRead scratch;
  lua_pushboolean(L, static_cast<bool>(read_of(L, run, context, &scratch)->match));
  return 1;
}

// All matches of `query` from `context` (elements and attributes) in document order: a plain
// path walked by name, anything else evaluated by pugixml.
std::vector<pugi::xpath_node> select_all(lua_State* L, ActiveRun& run, pugi::xml_node context, const char* query) {
  std::vector<pugi::xpath_node> matches;
  if (plain_path_all_matches(query, context, &matches)) return matches;
  auto set = guarded_xpath(L, query, [&] { return compiled_query(*run.xpaths, query).evaluate_node_set(context); });
  matches.assign(set.begin(), set.end());
  return matches;
}

// [-0, +1, e]
int count(lua_State* L) {
  ActiveRun& run = run_of(L);
  pugi::xml_node context = context_node(L, run);
  lua_pushinteger(L, static_cast<lua_Integer>(select_all(L, run, context, luaL_checkstring(L, 2)).size()));
  return 1;
}

// [-0, +1, e]
int nodes(lua_State* L) {
  ActiveRun& run = run_of(L);
  pugi::xml_node context = context_node(L, run);
  auto matches = select_all(L, run, context, luaL_checkstring(L, 2));
  lua_createtable(L, static_cast<int>(matches.size()), 0);
  lua_Integer i = 0;
  for (const auto& match : matches) {
    if (!match.node()) continue;
    push_node(L, match.node(), run.generation);
    lua_rawseti(L, -2, ++i);
  }
  return 1;
}

int line(lua_State* L) {
  ActiveRun& run = run_of(L);
  lua_pushinteger(L, run.report ? run.report->position_of(context_node(L, run)).line : 0);
  return 1;
}

int path(lua_State* L) {
  ActiveRun& run = run_of(L);
  std::string where = node_path(context_node(L, run));
  lua_pushlstring(L, where.data(), where.size());
  return 1;
}

// [-0, +1, e] doc.kind, doc.swv, ...: fields of the active document; nil for anything else.
// Only reached for names that are not a method: the methods sit in a table the VM looks in
// first (register_document_api), so doc:amount(...) costs a table lookup, not this function.
int document_fields(lua_State* L) {
  ActiveRun& run = run_of(L);
  const char* key = luaL_checkstring(L, 2);
  const CheckUnit& unit = *run.unit;
  if (std::strcmp(key, "kind") == 0) {
    lua_pushstring(L, unit.report ? "jaarverslag" : unit.records.empty() ? "" : unit.records.begin()->first.c_str());
  } else if (std::strcmp(key, "path") == 0) {
    lua_pushstring(L, unit.path().c_str());
  } else if (std::strcmp(key, "swv") == 0) {
    lua_pushstring(L, unit.swv.c_str());
  } else if (std::strcmp(key, "sector") == 0) {
    if (unit.sector.empty()) lua_pushnil(L);
    else lua_pushstring(L, unit.sector.c_str());
  } else if (std::strcmp(key, "jaar") == 0) {
    lua_pushinteger(L, unit.jaar);
  } else if (std::strcmp(key, "peildatum") == 0) {
    lua_pushstring(L, unit.reference_date().c_str());
  }
  else {
    lua_pushnil(L);
  }
  return 1;
}

const luaL_Reg kMethods[] = {
    {"text", read_value<ValueKind::text>},       {"amount", read_value<ValueKind::amount>},
    {"date", read_value<ValueKind::date>},       {"bool", read_value<ValueKind::boolean>},
    {"integer", read_value<ValueKind::integer>}, {"decimal", read_value<ValueKind::decimal>},
    {"exists", exists},                          {"count", count},
    {"nodes", nodes},                            {"line", line},
    {"path", path},                              {nullptr, nullptr},
};

}  // namespace

const pugi::xpath_query& compiled_query(XPathCache& cache, std::string_view query) {
  constexpr std::size_t kMaxCachedQueries = 1024;
  if (auto found = cache.find(query); found != cache.end()) return found->second;
  if (cache.size() >= kMaxCachedQueries) cache.clear();
  std::string text(query);
  pugi::xpath_query compiled(text.c_str());
  return cache.emplace(std::move(text), std::move(compiled)).first->second;
}

pugi::xpath_node first_match(XPathCache& cache, std::string_view query, pugi::xml_node context) {
  if (auto plain = plain_path_first_match(query, context)) return *plain;  // most reads: no XPath
  const pugi::xpath_query& compiled = compiled_query(cache, query);
  if (compiled.return_type() != pugi::xpath_type_node_set)
    throw std::runtime_error("XPath '" + std::string(query) + "' moet elementen of attributen selecteren");
  return compiled.evaluate_node(context);
}

pugi::xpath_node report_first_match(const ActiveRun& run, std::string_view query, pugi::xml_node context) {
  if (run.report && context == run.report->root())
    if (auto indexed = indexed_first_match(query, context, run.report->elements())) return *indexed;
  return first_match(*run.xpaths, query, context);
}

namespace {

// Appends "/name" and, when the element has siblings of that name, "[index]".
void append_step(std::string* path, pugi::xml_node element) {
  const char* name = element.name();
  *path += '/';
  *path += name;
  // Its place among the siblings of that name: count the earlier ones; whether there are
  // others at all only needs the first later one.
  int index = 1;
  for (auto sibling = element.previous_sibling(name); sibling; sibling = sibling.previous_sibling(name)) ++index;
  if (index > 1 || element.next_sibling(name)) {
    *path += '[';
    *path += std::to_string(index);
    *path += ']';
  }
}

const std::string& cached_element_path(NodePathCache& cache, pugi::xml_node element) {
  if (auto found = cache.find(element.internal_object()); found != cache.end()) return found->second;
  std::string path;
  if (auto parent = element.parent(); parent.type() == pugi::node_element) path = cached_element_path(cache, parent);
  append_step(&path, element);
  return cache.emplace(element.internal_object(), std::move(path)).first->second;
}

}  // namespace

std::string node_path(pugi::xml_node node, pugi::xml_attribute attribute) {
  std::vector<pugi::xml_node> chain;
  for (; node && node.type() == pugi::node_element; node = node.parent()) chain.push_back(node);
  std::string path;
  path.reserve(96);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) append_step(&path, *it);
  if (attribute) {
    path += "/@";
    path += attribute.name();
  }
  return path;
}

std::string node_path(NodePathCache* cache, pugi::xml_node node, pugi::xml_attribute attribute) {
  if (cache == nullptr) return node_path(node, attribute);
  const std::string* element = node && node.type() == pugi::node_element ? &cached_element_path(*cache, node) : nullptr;
  if (!attribute) return element ? *element : std::string();
  std::string_view name = attribute.name();
  std::string path;
  path.reserve((element ? element->size() : 0) + 2 + name.size());  // one allocation
  if (element) path += *element;
  path += "/@";
  path += name;
  return path;
}

void register_document_api(lua_State* L) {
  luaL_newlib(L, kMethods);
  register_records_api(L, -1);
  new_host_metatable(L, kNodeMeta, "een knoop");
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);  // the node metatable; the method table stays
  // doc's own method table: the same functions, and behind them (its __index) the fields of
  // the active document. Nodes keep the plain method table, so node.swv stays nil.
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, -3)) {  // copy every method, records API included
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_pushnil(L);
  lua_setfield(L, -2, "path");  // doc.path is the document's file (a field), node:path() a method
  new_host_metatable_with_methods(L, kDocumentMeta, "doc", document_fields);
  lua_pop(L, 1);  // the shared method table
}

void push_document(lua_State* L) {
  lua_newuserdatauv(L, 1, 0);
  luaL_setmetatable(L, kDocumentMeta);
}

const void* node_metatable(lua_State* L) {
  luaL_getmetatable(L, kNodeMeta);
  const void* address = lua_topointer(L, -1);
  lua_pop(L, 1);
  return address;
}

ActiveRun* active_run(lua_State* L) { return static_cast<ActiveRun*>(LuaState::from(L)->binding_target()); }
void set_active_run(lua_State* L, ActiveRun* run) { LuaState::from(L)->set_binding_target(run); }

}  // namespace swv
