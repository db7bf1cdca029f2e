#include "sandbox/rule_context.h"

#include <algorithm>
#include <cstring>
#include <set>

#include "documents/iso_date.h"
#include "sandbox/document_api.h"
#include "sandbox/host_objects.h"
#include "sandbox/lua_state.h"
#include "sandbox/records_api.h"

namespace swv {
namespace {

constexpr const char* kContextMeta = "swvcheck.context";

ActiveRun& run_of(lua_State* L) { return running_check(L, "ctx"); }

// What the host keeps per map entry or list element besides the strings themselves.
constexpr std::size_t kEntryBytes = 64;

// The host memory a finding takes before its values and evidence (counted as they are read).
std::size_t finding_bytes(const Finding& f) {
  std::size_t bytes = sizeof(Finding) + f.rule.size() + f.key.size() + f.family.size() + f.swv.size() +
                      f.document.size() + f.message.size() + f.norm->title.size() + f.norm->source.size();
  for (const auto& [name, value] : f.params) bytes += kEntryBytes + name.size() + value.size();
  return bytes;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// [-0, +(0|1), e] ctx:param(name [, date]) / ctx:param_opt(name [, date]).
int param_value(lua_State* L, bool optional) {
  ActiveRun& run = run_of(L);
  std::string name = luaL_checkstring(L, 2);
  std::string date = luaL_optstring(L, 3, run.unit->reference_date().c_str());
  if (!parse_iso_date(date)) return luaL_error(L, "ctx:param: '%s' is geen datum JJJJ-MM-DD", date.c_str());
  const Parameter* parameter = run.params->find(name);
  if (parameter == nullptr) return luaL_error(L, "ctx:param: onbekende parameter '%s'", name.c_str());
  const DatedValue* entry = ParamStore::in_force(*parameter, date);
  if (entry == nullptr || !entry->value) {
    run.params_used.set(name, "geen waarde op " + date);
    if (optional) {
      lua_pushnil(L);
      return 1;
    }
    std::string message = "Niet te beoordelen: parameter '" + name + "' heeft geen waarde op " + date + ".";
    lua_createtable(L, 0, 1);
    lua_pushstring(L, message.c_str());
    lua_setfield(L, -2, kNotAssessableField);
    return lua_error(L);
  }
  run.params_used.set(name, *entry->value);
  if (entry->is_integer) lua_pushinteger(L, std::stoll(*entry->value));
  else lua_pushstring(L, entry->value->c_str());
  return 1;
}
int param(lua_State* L) { return param_value(L, false); }
int param_opt(lua_State* L) { return param_value(L, true); }

// Reads values = { name = string | integer | boolean } into the finding.
void read_values(lua_State* L, int outcome, Finding* finding) {
  if (lua_getfield(L, outcome, "values") == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  if (!lua_istable(L, -1)) luaL_error(L, "values moet een tabel zijn");
  int values = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, values)) {
    if (lua_type(L, -2) != LUA_TSTRING) luaL_error(L, "values: namen moeten tekst zijn");
    std::string key = lua_tostring(L, -2);
    std::size_t length = 0;
    if (lua_type(L, -1) == LUA_TSTRING) lua_tolstring(L, -1, &length);
    charge_host_memory(L, kEntryBytes + key.size() + length);
    if (lua_type(L, -1) == LUA_TSTRING) finding->values[key] = lua_tostring(L, -1);
    else if (lua_isinteger(L, -1)) finding->values[key] = std::to_string(lua_tointeger(L, -1));
    else if (lua_isboolean(L, -1)) finding->values[key] = lua_toboolean(L, -1) ? "ja" : "nee";
    else if (lua_type(L, -1) == LUA_TNUMBER)
      luaL_error(L, "values.%s is een kommagetal; geef bedragen als tekst met twee decimalen (geld.str)", key.c_str());
    else luaL_error(L, "values.%s: alleen tekst, gehele getallen en ja/nee", key.c_str());
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

// How evidence cites an element or attribute of the unit's report. Kept with the read in the
// unit's memo (when there is one), so every later finding citing that read copies it.
Evidence cite(const ActiveRun& run, pugi::xml_node element, pugi::xml_attribute attribute, MemoRead* memo) {
  if (memo && memo->cited) return {run.report->path(), memo->cited_path, memo->cited_line};
  auto pos = attribute ? run.report->position_of(attribute) : run.report->position_of(element);
  Evidence cited{run.report->path(), node_path(run.node_paths, element, attribute), pos.line};
  if (memo) {
    memo->cited_path = cited.path;
    memo->cited_line = cited.line;
    memo->cited = true;
  }
  return cited;
}

// evidence = { "xpath", record, ... }: XPaths into the annual report and registration records.
void read_evidence(lua_State* L, int outcome, ActiveRun& run, Finding* finding) {
  if (lua_getfield(L, outcome, "evidence") == LUA_TNIL) {
    lua_pop(L, 1);
    finding->evidence = default_evidence(run);
    return;
  }
  if (!lua_istable(L, -1)) luaL_error(L, "evidence moet een lijst van XPaths en records zijn");
  int list = lua_gettop(L);
  for (lua_Integer i = 1; lua_geti(L, list, i) != LUA_TNIL; ++i) {
    charge_host_memory(L, kEntryBytes + sizeof(Evidence) + finding->document.size());
    if (const RecordRead* record = to_record(L, -1)) {
      finding->evidence.push_back(record_evidence(*record));
      lua_pop(L, 1);
      continue;
    }
    if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "evidence[%d] is geen XPath of record", static_cast<int>(i));
    std::size_t size = 0;
    const char* text = lua_tolstring(L, -1, &size);
    charge_host_memory(L, size);
    if (!run.report) luaL_error(L, "evidence: '%s': er is geen jaarverslag", text);
    // Usually a path the rule has just read: the unit's memo has its match and citation. The
    // string stays on the stack while its address is used (a list's __index may make it anew).
    MemoRead* read = run.read_memo ? run.read_memo->find(text, size, run.report->root().internal_object()) : nullptr;
    std::string query(text, size);
    lua_pop(L, 1);
    std::string failure;
    pugi::xpath_node match;
    if (read) {
      match = read->match;
    } else {
      try {
        match = report_first_match(run, query, run.report->root());
      } catch (const std::exception& e) {
        failure = e.what();
      }
    }
    if (!failure.empty()) luaL_error(L, "evidence: %s", failure.c_str());
    if (!match) luaL_error(L, "evidence: '%s' staat niet in het document", query.c_str());
    finding->evidence.push_back(cite(run, match.attribute() ? match.parent() : match.node(), match.attribute(), read));
  }
  lua_pop(L, 1);
}

// [-0, +0, e] ctx:voldoet{...}, ctx:signaal{...}, ...: the status is the upvalue.
int report_outcome(lua_State* L) {
  ActiveRun& run = run_of(L);
  auto start = std::chrono::steady_clock::now();
  auto status = static_cast<Status>(lua_tointeger(L, lua_upvalueindex(1)));
  luaL_checktype(L, 2, LUA_TTABLE);
  LuaState* state = LuaState::from(L);
  if (run.findings.size() >= state->limits().max_findings) state->stop_with(StopReason::findings);
  auto message = [&]() -> std::string {
    if (lua_getfield(L, 2, "message") == LUA_TSTRING) {
      std::string text = lua_tostring(L, -1);
      lua_pop(L, 1);
      if (!text.empty()) return text;
    } else {
      lua_pop(L, 1);
    }
    if (status != Status::niet_te_beoordelen) luaL_error(L, "een uitkomst heeft een message nodig");
    auto missing = missing_paths(run);
    if (missing.empty()) luaL_error(L, "niet_te_beoordelen zonder message: zeg wat ontbreekt");
    return "Niet te beoordelen: ontbreekt: " + join(missing, ", ") + ".";
  }();
  std::string subject;
  int subject_type = lua_getfield(L, 2, "subject");
  if (subject_type == LUA_TSTRING || subject_type == LUA_TNUMBER) subject = lua_tostring(L, -1);
  else if (subject_type != LUA_TNIL) luaL_error(L, "subject moet tekst of een getal zijn");
  lua_pop(L, 1);
  Finding finding = make_finding(run, status, std::move(message), subject);
  charge_host_memory(L, finding_bytes(finding));
  read_values(L, 2, &finding);
  if (status == Status::niet_te_beoordelen && !finding.values.count("ontbreekt")) {
    auto missing = missing_paths(run);
    if (!missing.empty()) finding.values["ontbreekt"] = join(missing, ", ");
  }
  read_evidence(L, 2, run, &finding);
  run.findings.push_back(std::move(finding));
  run.outcome_time += std::chrono::steady_clock::now() - start;
  return 0;
}

int not_applicable(lua_State* L) {
  ActiveRun& run = run_of(L);
  run.not_applicable = luaL_optstring(L, 2, "");
  return 0;
}

// [-0, +1, e] ctx:missing(): the absent paths read so far.
int missing(lua_State* L) {
  auto paths = missing_paths(run_of(L));
  lua_createtable(L, static_cast<int>(paths.size()), 0);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    lua_pushstring(L, paths[i].c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

// [-0, +1, e] ctx.check_date; nil for any other name that is not a method. Only reached for
// names that are not a method: the methods sit in a table the VM looks in first
// (register_rule_context), so ctx:voldoet{...} costs a table lookup, not a call of this.
int context_fields(lua_State* L) {
  ActiveRun& run = run_of(L);
  const char* key = luaL_checkstring(L, 2);
  if (std::strcmp(key, "check_date") == 0) lua_pushstring(L, run.check_date.c_str());
  else lua_pushnil(L);
  return 1;
}

}  // namespace

Finding make_finding(const ActiveRun& run, Status status, std::string message, const std::string& subject) {
  Finding f;
  f.rule = run.rule->id;
  f.key = run.rule->id + "/" + run.unit->swv + (subject.empty() ? "" : "/" + subject);
  f.family = run.rule->family;
  f.status = status;
  f.swv = run.unit->swv;
  f.jaar = run.unit->jaar;
  f.document = run.unit->path();
  f.message = std::move(message);
  f.params = run.params_used;
  f.norm = run.rule->norm;
  return f;
}

// The deepest element on `query`'s path that exists ("a/b/@c" -> "a/b" -> "a"); the root is
// not counted. Only plain paths are shortened; anything else gives an empty node.
pugi::xml_node nearest_existing(const ActiveRun& run, std::string query) {
  if (query.find_first_of("[]()|") != std::string::npos) return {};
  while (true) {
    auto slash = query.rfind('/');
    if (slash == std::string::npos || slash == 0) return {};
    query.resize(slash);
    pugi::xpath_node match;
    try {
      match = report_first_match(run, query, run.report->root());
    } catch (const std::exception&) {
      return {};
    }
    if (match.node() && match.node() != run.report->root()) return match.node();
  }
}

Evidence record_evidence(const RecordRead& read) {
  if (read.record == nullptr) return {read.file->path(), read.file->kind(), 0};
  return {read.file->path(), read.file->kind() + "/regel " + std::to_string(read.record->line), read.record->line};
}

std::vector<Evidence> default_evidence(const ActiveRun& run) {
  std::vector<Evidence> evidence;
  evidence.reserve(run.reads.size() + run.record_reads.size());
  // run.reads holds each value once (record_read keeps one record per element and attribute
  // read), so every present read is cited once without a check of its own.
  for (const auto& read : run.reads) {
    if (!read.node || !run.report) continue;
    evidence.push_back(cite(run, read.node, read.attribute, read.memo));
  }
  for (const auto& read : run.record_reads) evidence.push_back(record_evidence(read));
  if (evidence.empty()) {
    // Judged on absence alone: cite where the missing values should have been (the deepest
    // element of their path that exists), else the document itself.
    if (run.report) {
      std::set<const void*> cited;
      for (const auto& read : run.reads) {
        if (read.node) continue;
        auto place = nearest_existing(run, read.query);
        if (!place || !cited.insert(place.internal_object()).second) continue;
        evidence.push_back({run.report->path(), node_path(run.node_paths, place), run.report->position_of(place).line});
      }
      if (evidence.empty()) {
        auto root = run.report->root();
        evidence.push_back({run.report->path(), node_path(run.node_paths, root), run.report->position_of(root).line});
      }
    } else {
      evidence.push_back({run.unit->path(), "", 0});
    }
  }
  return evidence;
}

std::vector<std::string> missing_paths(const ActiveRun& run) {
  std::vector<std::string> paths;
  for (const auto& read : run.reads)
    if (!read.node && std::find(paths.begin(), paths.end(), read.missing_path) == paths.end())
      paths.push_back(read.missing_path);
  return paths;
}

void register_rule_context(lua_State* L) {
  lua_newtable(L);
  lua_pushcfunction(L, param);
  lua_setfield(L, -2, "param");
  lua_pushcfunction(L, param_opt);
  lua_setfield(L, -2, "param_opt");
  lua_pushcfunction(L, not_applicable);
  lua_setfield(L, -2, "niet_van_toepassing");
  lua_pushcfunction(L, missing);
  lua_setfield(L, -2, "missing");
  for (auto [name, status] : {std::pair{"voldoet", Status::voldoet}, {"signaal", Status::signaal},
                              {"overtreding", Status::overtreding}, {"niet_te_beoordelen", Status::niet_te_beoordelen}}) {
    lua_pushinteger(L, static_cast<lua_Integer>(status));
    lua_pushcclosure(L, report_outcome, 1);
    lua_setfield(L, -2, name);
  }
  // Behind the methods, the fields of the running check (check_date).
  new_host_metatable_with_methods(L, kContextMeta, "ctx", context_fields);
}

void push_rule_context(lua_State* L) {
  lua_newuserdatauv(L, 1, 0);
  luaL_setmetatable(L, kContextMeta);
}

}  // namespace swv
