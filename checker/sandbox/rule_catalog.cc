#include "sandbox/rule_catalog.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "documents/iso_date.h"
#include "documents/registration.h"
#include "sandbox/lua_fields.h"
#include "sandbox/lua_state.h"
#include "sandbox/module_loader.h"
#include "sandbox/rule_loading.h"
#include "sandbox/safe_stdlib.h"

namespace swv {
namespace {

namespace fs = std::filesystem;

// The line where `name = ` is written in a rule file, to point an author at a bad field.
int line_of_field(const std::string& text, const std::string& name) {
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    std::string_view row(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
    auto first = row.find_first_not_of(" \t");
    if (first != std::string_view::npos && row.substr(first).rfind(name, 0) == 0) {
      auto rest = row.substr(first + name.size());
      auto next = rest.find_first_not_of(" \t");
      if (next != std::string_view::npos && rest[next] == '=') return line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
    ++line;
  }
  return 0;
}

// The line of the file's top-level `return` (written at the start of a line), for problems
// with the returned table as a whole, such as a missing field.
int line_of_return(const std::string& text) {
  int line = 1, found = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    std::string_view row(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
    bool word_ends = row.size() == 6 || !(std::isalnum(static_cast<unsigned char>(row[6])) || row[6] == '_');
    if (row.rfind("return", 0) == 0 && word_ends) found = line;
    if (end == std::string::npos) break;
    start = end + 1;
    ++line;
  }
  return found;
}

class FolderLoader {
 public:
  FolderLoader(LuaState& state, std::vector<RuleLoadError>* errors) : state_(state), errors_(errors) {}

  void load_families(const std::string& folder, std::vector<Family>* families) {
    std::string file = folder + "/families.lua";
    if (!fs::is_regular_file(file)) return;
    run_file(file, [&](lua_State* L) {
      if (!lua_istable(L, -1)) throw std::runtime_error("families.lua moet een lijst van families teruggeven");
      int list = lua_gettop(L);
      for (lua_Integer i = 1; lua_rawgeti(L, list, i) == LUA_TTABLE; ++i) {
        auto id = string_field(L, -1, "id");
        auto title = string_field(L, -1, "title");
        if (!id || !title) throw std::runtime_error("familie " + std::to_string(i) + " mist id of title");
        auto same = std::find_if(families->begin(), families->end(), [&](const Family& f) { return f.id == *id; });
        if (same != families->end()) same->title = *title;
        else families->push_back({*id, *title});
        lua_pop(L, 1);
      }
    });
  }

  void load_params(const std::string& folder, ParamStore* store) {
    std::string dir = folder + "/params";
    if (!fs::is_directory(dir)) return;
    std::set<std::string> seen_here;
    for (const auto& file : sorted_lua_files(dir)) {
      std::string text;
      read_file(file, &text);
      run_file(file, [&](lua_State* L) {
        if (!lua_istable(L, -1)) throw std::runtime_error("een parameterbestand moet een tabel teruggeven");
        int table = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, table)) {
          if (lua_type(L, -2) != LUA_TSTRING) throw std::runtime_error("parameternamen moeten tekst zijn");
          Parameter parameter = read_parameter(L, lua_tostring(L, -2), file, text);
          if (!seen_here.insert(parameter.name).second)
            error(file, parameter.line, "parameter '" + parameter.name + "' staat twee keer in deze map");
          store->put(std::move(parameter));
          lua_pop(L, 1);
        }
      });
    }
  }

  void load_rules(const std::string& folder, const std::vector<Family>& families, const ParamStore& params,
                  std::map<std::string, RuleInfo>* rules) {
    std::map<std::string, std::string> seen_here;
    for (const auto& file : find_rule_files(folder)) {
      std::string text;
      read_file(file, &text);
      run_file(file, [&](lua_State* L) {
        RuleInfo info;
        std::string problem = read_rule_info(L, lua_gettop(L), file, &info);
        if (!problem.empty()) {
          auto field = problem.substr(0, problem.find(':'));
          int line = line_of_field(text, field);
          error(file, line ? line : line_of_return(text), problem);
          return;
        }
        problem = validate_references(info, families, params);
        if (!problem.empty()) {
          error(file, line_of_field(text, problem.substr(0, problem.find(':'))), problem);
          return;
        }
        if (auto other = seen_here.find(info.id); other != seen_here.end()) {
          error(file, line_of_field(text, "id"), "id: '" + info.id + "' is al gebruikt in " + other->second);
          return;
        }
        seen_here[info.id] = file;
        info.line = line_of_field(text, "check");
        (*rules)[info.id] = std::move(info);
      });
    }
  }

 private:
  static std::vector<std::string> sorted_lua_files(const std::string& dir) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file() && entry.path().extension() == ".lua") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
  }

  void error(const std::string& file, int line, const std::string& message) { errors_->push_back({file, line, message}); }

  // Runs a rules-folder file in a fresh sandbox environment, then `use` on its result.
  void run_file(const std::string& file, const std::function<void(lua_State*)>& use) {
    std::string failure;
    bool ok = state_.protect(
        [&](lua_State* L) {
          push_rule_chunk(L, file);
          if (state_.call_budgeted(0, 1) != LUA_OK) lua_error(L);
          use(L);
        },
        &failure);
    if (!ok) errors_->push_back(error_from_lua_message(file, failure));
  }

  Parameter read_parameter(lua_State* L, const std::string& name, const std::string& file, const std::string& text) {
    Parameter p;
    p.name = name;
    p.file = file;
    p.line = line_of_field(text, "[\"" + name + "\"]");
    auto fail = [&](const std::string& what) { throw std::runtime_error("parameter '" + name + "': " + what); };
    if (!lua_istable(L, -1)) fail("moet een tabel zijn");
    int spec = lua_gettop(L);
    p.description = string_field(L, spec, "description").value_or("");
    p.unit = string_field(L, spec, "unit").value_or("");
    p.rounding = string_field(L, spec, "rounding").value_or("");
    p.source = string_field(L, spec, "source").value_or("");
    if (p.description.empty() || p.source.empty()) fail("description en source zijn verplicht");
    if (raw_field(L, spec, "values") != LUA_TTABLE) fail("values (een lijst van {from=..., value=...}) ontbreekt");
    int values = lua_gettop(L);
    for (lua_Integer i = 1; lua_rawgeti(L, values, i) == LUA_TTABLE; ++i) {
      int entry = lua_gettop(L);
      DatedValue v;
      v.from = string_field(L, entry, "from").value_or("");
      if (!parse_iso_date(v.from)) fail("waarde " + std::to_string(i) + ": from moet een datum JJJJ-MM-DD zijn");
      if (!p.values.empty() && p.values.back().from >= v.from) fail("waarden moeten op oplopende datum staan");
      raw_field(L, entry, "value");
      if (lua_isinteger(L, -1)) {
        v.value = std::to_string(lua_tointeger(L, -1));
        v.is_integer = true;
      } else if (lua_type(L, -1) == LUA_TSTRING) {
        v.value = lua_tostring(L, -1);
      } else if (!lua_isnil(L, -1)) {
        fail("waarde " + std::to_string(i) + ": schrijf getallen met decimalen als tekst (\"0.035\"), nooit als kommagetal");
      } else if (field_type(L, entry, "none") != LUA_TBOOLEAN) {
        fail("waarde " + std::to_string(i) + ": value ontbreekt (of zet none = true)");
      }
      lua_pop(L, 2);
      p.values.push_back(std::move(v));
    }
    lua_pop(L, 2);
    return p;
  }

  static std::string validate_references(const RuleInfo& info, const std::vector<Family>& families,
                                         const ParamStore& params) {
    if (std::none_of(families.begin(), families.end(), [&](const Family& f) { return f.id == info.family; }))
      return "family: onbekende familie '" + info.family + "' (zie families.lua)";
    for (const auto& name : info.params)
      if (!params.find(name)) return "params: onbekende parameter '" + name + "'";
    return {};
  }

  LuaState& state_;
  std::vector<RuleLoadError>* errors_;
};

}  // namespace

std::string RuleLoadError::to_string() const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message;
}

std::vector<std::string> find_rule_files(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    auto relative = fs::relative(it->path(), folder, ec).generic_string();
    if (it->is_directory() && (relative == "lib" || relative == "params" || it->path().filename() == "tests")) {
      it.disable_recursion_pending();
      continue;
    }
    auto name = it->path().filename().string();
    if (!it->is_regular_file() || it->path().extension() != ".lua" || relative == "families.lua") continue;
    if (name.size() > 9 && name.compare(name.size() - 9, 9, "_test.lua") == 0) continue;
    files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

const std::vector<std::string>& RuleCatalog::known_document_kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> all{"jaarverslag"};
    for (const auto& format : registration_formats()) all.push_back(format.kind);
    return all;
  }();
  return kinds;
}

const std::vector<std::string>& RuleCatalog::declarable_outcomes() {
  static const std::vector<std::string> outcomes{"voldoet", "signaal", "overtreding", "niet-te-beoordelen"};
  return outcomes;
}

const RuleInfo* RuleCatalog::find(const std::string& id) const {
  auto it = std::lower_bound(rules_.begin(), rules_.end(), id, [](const RuleInfo& r, const std::string& v) { return r.id < v; });
  return it != rules_.end() && it->id == id ? &*it : nullptr;
}

bool RuleCatalog::load(const std::vector<std::string>& folders, const SandboxLimits& limits, RuleCatalog* catalog,
                       std::vector<RuleLoadError>* errors) {
  std::size_t errors_before = errors->size();
  for (const auto& folder : folders)
    if (!fs::is_directory(folder)) errors->push_back({folder, 0, "regelmap bestaat niet"});
  if (errors->size() > errors_before) return false;

  LuaState state(limits);
  std::string failure;
  if (!state.protect([&](lua_State* L) { prepare_sandbox(L, folders); }, &failure)) {
    errors->push_back({"", 0, failure});
    return false;
  }
  FolderLoader loader(state, errors);
  catalog->folders_ = folders;
  for (const auto& folder : folders) loader.load_families(folder, &catalog->families_);
  for (const auto& folder : folders) loader.load_params(folder, &catalog->params_);
  std::map<std::string, RuleInfo> rules;
  for (const auto& folder : folders) loader.load_rules(folder, catalog->families_, catalog->params_, &rules);
  if (catalog->families_.empty()) errors->push_back({folders.empty() ? "" : folders.front(), 0, "families.lua ontbreekt"});
  catalog->rules_.clear();
  for (auto& [id, info] : rules) catalog->rules_.push_back(std::move(info));
  return errors->size() == errors_before;
}

}  // namespace swv
