#include "rulesdev/rule_test_file.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include <lua.hpp>

#include "documents/iso_date.h"
#include "documents/registration.h"
#include "findings/finding.h"
#include "rulesdev/test_document.h"
#include "sandbox/lua_fields.h"
#include "sandbox/lua_state.h"
#include "sandbox/module_loader.h"
#include "sandbox/rule_loading.h"

namespace swv {
namespace {

namespace fs = std::filesystem;

// A problem in a test file, at a line of it (0: the file as a whole).
struct FormatError : std::runtime_error {
  FormatError(int line, const std::string& message) : std::runtime_error(message), line(line) {}
  int line;
};

const std::set<std::string> kFileKeys{"rule", "description", "document", "registrations", "swv", "sector",
                                      "jaar", "params", "check_date", "cases"};
const std::set<std::string> kCaseKeys{"name", "description", "document", "registrations", "swv", "sector",
                                      "jaar", "change", "params", "check_date", "expected"};
const std::set<std::string> kExpectationKeys{"status", "subject", "values", "params", "message"};
const std::vector<std::string> kStatuses{"voldoet", "signaal", "overtreding", "niet-te-beoordelen", "fout",
                                         "niet-van-toepassing"};

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The 1-based line of byte `offset` in `text`.
int line_at(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

// The line where `name =` is written (first at or after `from`), 0 when not found.
int line_of_key(const std::string& text, const std::string& name, std::size_t from = 0) {
  for (auto at = text.find(name, from); at != std::string::npos; at = text.find(name, at + 1)) {
    bool starts_word = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_');
    auto next = text.find_first_not_of(" \t", at + name.size());
    if (starts_word && next != std::string::npos && text[next] == '=' && text.compare(next, 2, "==") != 0)
      return line_at(text, at);
  }
  return 0;
}

// Reads a test file's returned table (raw: no metamethod of the file runs outside its budget).
class TestFileReader {
 public:
  TestFileReader(lua_State* L, const std::string& file, const std::string& text, const ParamStore& params)
      : L_(L), file_(file), text_(text), params_(params) {}

  void read(int table, RuleTestFile* out) {
    if (!lua_istable(L_, table)) throw FormatError(0, "een testbestand moet een tabel teruggeven: return { rule = ..., cases = { ... } }");
    check_keys(table, kFileKeys, "het testbestand", line_of_key(text_, "rule"));
    auto rule = string_field(L_, table, "rule");
    if (!rule || rule->empty()) throw FormatError(line_of_key(text_, "rule"), "rule: ontbreekt (de id van de regel, bijv. \"reserves.signaleringswaarde\")");
    out->rule = *rule;
    out->rule_line = line_of_key(text_, "rule");

    RuleTestCase defaults;
    read_case_fields(table, 0, &defaults);
    if (raw_field(L_, table, "cases") != LUA_TTABLE) throw FormatError(line_of_key(text_, "cases"), "cases: ontbreekt (een lijst van testgevallen)");
    int cases = lua_gettop(L_);
    std::size_t search_from = 0;
    for (lua_Integer i = 1;; ++i) {
      int type = lua_rawgeti(L_, cases, i);
      if (type == LUA_TNIL) break;
      RuleTestCase c = defaults;
      c.line = 0;
      if (type != LUA_TTABLE) throw FormatError(line_of_key(text_, "cases"), "cases[" + std::to_string(i) + "]: moet een tabel zijn");
      read_case(lua_gettop(L_), i, &search_from, &c);
      out->cases.push_back(std::move(c));
      lua_pop(L_, 1);
    }
    lua_pop(L_, 2);
    if (out->cases.empty()) throw FormatError(line_of_key(text_, "cases"), "cases: de lijst is leeg");
    std::set<std::string> names;
    for (const auto& c : out->cases)
      if (!names.insert(c.name).second) throw FormatError(c.line, "testgeval '" + c.name + "' staat twee keer in dit bestand");
  }

 private:
  void check_keys(int table, const std::set<std::string>& allowed, const std::string& where, int line) {
    lua_pushnil(L_);
    while (lua_next(L_, table)) {
      if (lua_type(L_, -2) != LUA_TSTRING) throw FormatError(line, where + ": alle velden moeten een naam hebben (naam = waarde)");
      std::string key = lua_tostring(L_, -2);
      if (!allowed.count(key)) throw FormatError(line, where + ": onbekend veld '" + key + "' (bekend: " + join(allowed) + ")");
      lua_pop(L_, 1);
    }
  }

  // A scalar as text: strings as written, integers in decimal, booleans as ja/nee (how
  // findings write them). Binary floats are refused: "0.1" is exact, 0.1 is not.
  std::string scalar(int index, const std::string& what, int line, bool booleans) {
    index = lua_absindex(L_, index);
    if (lua_type(L_, index) == LUA_TSTRING) return lua_tostring(L_, index);
    if (lua_isinteger(L_, index)) return std::to_string(lua_tointeger(L_, index));
    if (booleans && lua_isboolean(L_, index)) return lua_toboolean(L_, index) ? "ja" : "nee";
    if (lua_type(L_, index) == LUA_TNUMBER)
      throw FormatError(line, what + ": schrijf getallen met decimalen als tekst (\"0.01\"), nooit als kommagetal");
    throw FormatError(line, what + ": verwacht tekst" + std::string(booleans ? ", een geheel getal of true/false" : " of een geheel getal") +
                                ", niet " + luaL_typename(L_, index));
  }

  void read_case(int table, lua_Integer index, std::size_t* search_from, RuleTestCase* c) {
    std::string where = "cases[" + std::to_string(index) + "]";
    auto name = string_field(L_, table, "name");
    int fallback_line = line_of_key(text_, "name", *search_from);
    if (!name || name->empty()) throw FormatError(fallback_line, where + ": name ontbreekt (een korte beschrijving van het geval)");
    c->name = *name;
    // The case's line: where its name is written, searching on from the previous case.
    auto at = text_.find(*name, *search_from);
    if (at == std::string::npos) at = text_.find(*name);
    if (at != std::string::npos) {
      c->line = line_at(text_, at);
      *search_from = at + name->size();
    }
    where = "testgeval '" + *name + "'";
    check_keys(table, kCaseKeys, where, c->line);
    read_case_fields(table, c->line, c);
    c->changes.clear();
    if (raw_field(L_, table, "change") != LUA_TNIL) read_changes(lua_gettop(L_), where, c);
    lua_pop(L_, 1);
    if (raw_field(L_, table, "expected") != LUA_TTABLE)
      throw FormatError(c->line, where + ": expected ontbreekt (bijv. expected = { status = \"voldoet\" })");
    read_expected(lua_gettop(L_), where, c);
    lua_pop(L_, 1);
    bool any_registration = std::any_of(c->registrations.begin(), c->registrations.end(),
                                        [](const auto& r) { return r.second.has_value(); });
    if (c->without_document && !any_registration)
      throw FormatError(c->line, where + ": zonder document (document = false) zijn registraties nodig");
    if (!c->without_document && c->document.empty())
      throw FormatError(c->line, where + ": geen document (geef document = [[ ... ]] in het geval of bovenin het bestand)");
    if (c->inline_document && !is_whole_jaarverslag(c->document) && !c->jaar)
      throw FormatError(c->line, where + ": een documentfragment heeft jaar = <verslagjaar> nodig");
    if (c->without_document && !c->jaar)
      throw FormatError(c->line, where + ": zonder document is jaar = <jaar van de registraties> nodig");
  }

  // The fields a case may also take from the top of the file: document, swv, sector, jaar,
  // params and check_date. `line` is where errors point (0: the file's own field).
  void read_case_fields(int table, int line, RuleTestCase* c) {
    auto at = [&](const char* key) { return line ? line : line_of_key(text_, key); };
    if (int type = raw_field(L_, table, "document"); type == LUA_TBOOLEAN && !lua_toboolean(L_, -1)) {
      c->without_document = true;
      c->document.clear();
      c->document_file.clear();
      c->inline_document = false;
    } else if (type != LUA_TNIL) {
      if (type != LUA_TSTRING) throw FormatError(at("document"), "document: verwacht tekst (XML of een bestandsnaam) of false");
      c->without_document = false;
      std::string value = lua_tostring(L_, -1);
      auto first = value.find_first_not_of(" \t\r\n");
      c->inline_document = first != std::string::npos && value[first] == '<';
      c->document = value;
      c->document_file.clear();
      if (!c->inline_document) {
        fs::path path = fs::path(file_).parent_path() / value;
        if (!fs::is_regular_file(path))
          throw FormatError(at("document"), "document: bestand " + path.string() + " bestaat niet (een pad is relatief aan het testbestand)");
        c->document_file = path.string();
      }
    }
    lua_pop(L_, 1);
    if (raw_field(L_, table, "registrations") != LUA_TNIL) read_registrations(lua_gettop(L_), at("registrations"), c);
    lua_pop(L_, 1);
    for (auto [key, out] : {std::pair{"swv", &c->swv}, {"sector", &c->sector}, {"check_date", nullptr}}) {
      int type = raw_field(L_, table, key);
      if (type != LUA_TNIL) {
        if (type != LUA_TSTRING) throw FormatError(at(key), std::string(key) + ": verwacht tekst");
        std::string value = lua_tostring(L_, -1);
        if (out) *out = value;
        else if (!parse_iso_date(value)) throw FormatError(at(key), "check_date: verwacht een datum JJJJ-MM-DD");
        else c->check_date = value;
      }
      lua_pop(L_, 1);
    }
    if (c->sector && *c->sector != "PO" && *c->sector != "VO") throw FormatError(at("sector"), "sector: PO of VO");
    if (raw_field(L_, table, "jaar") != LUA_TNIL) {
      if (!lua_isinteger(L_, -1)) throw FormatError(at("jaar"), "jaar: verwacht een jaartal, bijv. jaar = 2023");
      c->jaar = static_cast<int>(lua_tointeger(L_, -1));
    }
    lua_pop(L_, 1);
    if (raw_field(L_, table, "params") != LUA_TNIL) read_params(lua_gettop(L_), at("params"), c);
    lua_pop(L_, 1);
  }

  // registrations = { thuiszitters = [[ CSV ]] | "file.csv" | false, meldingen = ... }
  void read_registrations(int table, int line, RuleTestCase* c) {
    if (!lua_istable(L_, table)) throw FormatError(line, "registrations moet een tabel { thuiszitters = [[ ... ]] } zijn");
    lua_pushnil(L_);
    while (lua_next(L_, table)) {
      std::string kind = lua_type(L_, -2) == LUA_TSTRING ? lua_tostring(L_, -2) : "";
      const auto& formats = registration_formats();
      if (std::none_of(formats.begin(), formats.end(), [&](const RegistrationFormat& f) { return f.kind == kind; })) {
        std::string known;
        for (const auto& f : formats) known += (known.empty() ? "" : ", ") + f.kind;
        throw FormatError(line, "registrations: onbekende soort '" + kind + "' (bekend: " + known + ")");
      }
      if (lua_isboolean(L_, -1) && !lua_toboolean(L_, -1)) {
        c->registrations[kind] = std::nullopt;
      } else if (lua_type(L_, -1) == LUA_TSTRING) {
        RegistrationSource source;
        std::string value = lua_tostring(L_, -1);
        source.inline_text = value.find('\n') != std::string::npos || value.find(';') != std::string::npos;
        if (source.inline_text) {
          source.text = value;
        } else {
          fs::path path = fs::path(file_).parent_path() / value;
          if (!fs::is_regular_file(path))
            throw FormatError(line, "registrations." + kind + ": bestand " + path.string() + " bestaat niet (een pad is relatief aan het testbestand)");
          source.file = path.string();
        }
        c->registrations[kind] = std::move(source);
      } else {
        throw FormatError(line, "registrations." + kind + ": verwacht CSV-tekst tussen [[ ]], een bestandsnaam of false");
      }
      lua_pop(L_, 1);
    }
  }

  // change = { ["financien/baten/totaal"] = "1000.00", ["governance/organiekeScheiding"] = false }
  void read_changes(int table, const std::string& where, RuleTestCase* c) {
    if (!lua_istable(L_, table)) throw FormatError(c->line, where + ": change moet een tabel { [\"pad\"] = \"waarde\" } zijn");
    lua_pushnil(L_);
    while (lua_next(L_, table)) {
      if (lua_type(L_, -2) != LUA_TSTRING) throw FormatError(c->line, where + ": change: schrijf [\"pad\"] = waarde");
      DocumentChange change;
      change.path = lua_tostring(L_, -2);
      if (lua_isboolean(L_, -1) && !lua_toboolean(L_, -1)) {
        change.value = std::nullopt;  // false: remove
      } else {
        change.value = scalar(-1, where + ": change[\"" + change.path + "\"]", c->line, false);
      }
      c->changes.push_back(std::move(change));
      lua_pop(L_, 1);
    }
    std::sort(c->changes.begin(), c->changes.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  }

  // params = { ["naam"] = "0.05" | 3 | false | { { from = "2019-01-01", value = "0.035" }, ... } }
  void read_params(int table, int line, RuleTestCase* c) {
    if (!lua_istable(L_, table)) throw FormatError(line, "params moet een tabel { [\"naam\"] = waarde } zijn");
    lua_pushnil(L_);
    while (lua_next(L_, table)) {
      if (lua_type(L_, -2) != LUA_TSTRING) throw FormatError(line, "params: schrijf [\"parameternaam\"] = waarde");
      std::string name = lua_tostring(L_, -2);
      const Parameter* known = params_.find(name);
      if (known == nullptr) throw FormatError(line, "params: onbekende parameter '" + name + "'");
      Parameter p = *known;
      p.values.clear();
      std::string what = "params[\"" + name + "\"]";
      if (lua_isboolean(L_, -1) && !lua_toboolean(L_, -1)) {
        // false: no value on any date
      } else if (lua_istable(L_, -1)) {
        int list = lua_gettop(L_);
        for (lua_Integer i = 1; lua_rawgeti(L_, list, i) == LUA_TTABLE; ++i) {
          int entry = lua_gettop(L_);
          DatedValue v;
          v.from = string_field(L_, entry, "from").value_or("");
          if (!parse_iso_date(v.from)) throw FormatError(line, what + ": from moet een datum JJJJ-MM-DD zijn");
          if (!p.values.empty() && p.values.back().from >= v.from) throw FormatError(line, what + ": waarden op oplopende datum");
          if (raw_field(L_, entry, "value") != LUA_TNIL) {
            v.is_integer = lua_isinteger(L_, -1);
            v.value = scalar(-1, what, line, false);
          } else if (field_type(L_, entry, "none") != LUA_TBOOLEAN) {
            throw FormatError(line, what + ": value ontbreekt (of zet none = true)");
          }
          lua_pop(L_, 2);
          p.values.push_back(std::move(v));
        }
        lua_pop(L_, 1);
      } else {
        DatedValue v;
        v.from = "0001-01-01";  // one value on every date
        v.is_integer = lua_isinteger(L_, -1);
        v.value = scalar(-1, what, line, false);
        p.values.push_back(std::move(v));
      }
      auto same = std::find_if(c->params.begin(), c->params.end(), [&](const Parameter& q) { return q.name == name; });
      if (same != c->params.end()) *same = std::move(p);
      else c->params.push_back(std::move(p));
      lua_pop(L_, 1);
    }
  }

  // expected = { status = ..., values = {...} } or a list of those (one per subject).
  void read_expected(int table, const std::string& where, RuleTestCase* c) {
    c->expected.clear();
    if (lua_rawgeti(L_, table, 1) == LUA_TTABLE) {
      lua_pop(L_, 1);
      for (lua_Integer i = 1; lua_rawgeti(L_, table, i) == LUA_TTABLE; ++i) {
        read_expectation(lua_gettop(L_), where + ": expected[" + std::to_string(i) + "]", c);
        lua_pop(L_, 1);
      }
      lua_pop(L_, 1);
    } else {
      lua_pop(L_, 1);
      read_expectation(table, where + ": expected", c);
    }
    std::set<std::string> subjects;
    for (const auto& e : c->expected)
      if (!subjects.insert(e.subject).second)
        throw FormatError(c->line, where + ": twee verwachtingen voor " + (e.subject.empty() ? "dezelfde bevinding" : "subject '" + e.subject + "'"));
  }

  void read_expectation(int table, const std::string& where, RuleTestCase* c) {
    check_keys(table, kExpectationKeys, where, c->line);
    Expectation e;
    auto status = string_field(L_, table, "status");
    if (!status || std::find(kStatuses.begin(), kStatuses.end(), *status) == kStatuses.end())
      throw FormatError(c->line, where + ": status moet een van deze zijn: voldoet, signaal, overtreding, "
                                         "niet-te-beoordelen, fout, niet-van-toepassing (geen bevinding)");
    e.status = *status;
    if (int type = raw_field(L_, table, "subject"); type != LUA_TNIL) e.subject = scalar(-1, where + ".subject", c->line, false);
    lua_pop(L_, 1);
    if (int type = raw_field(L_, table, "message"); type != LUA_TNIL) {
      if (type != LUA_TSTRING) throw FormatError(c->line, where + ".message: verwacht tekst");
      e.message = lua_tostring(L_, -1);
    }
    lua_pop(L_, 1);
    for (auto [key, out] : {std::pair{"values", &e.values}, {"params", &e.params}}) {
      int type = raw_field(L_, table, key);
      if (type != LUA_TNIL) {
        if (type != LUA_TTABLE) throw FormatError(c->line, where + "." + key + ": verwacht { naam = waarde }");
        int map = lua_gettop(L_);
        lua_pushnil(L_);
        while (lua_next(L_, map)) {
          if (lua_type(L_, -2) != LUA_TSTRING) throw FormatError(c->line, where + "." + key + ": schrijf naam = waarde");
          std::string name = lua_tostring(L_, -2);
          (*out)[name] = scalar(-1, where + "." + key + "." + name, c->line, true);
          lua_pop(L_, 1);
        }
      }
      lua_pop(L_, 1);
    }
    if (e.status == "niet-van-toepassing" && (!e.values.empty() || !e.params.empty() || !e.message.empty()))
      throw FormatError(c->line, where + ": niet-van-toepassing geeft geen bevinding, dus geen values, params of message");
    c->expected.push_back(std::move(e));
  }

  lua_State* L_;
  const std::string& file_;
  const std::string& text_;
  const ParamStore& params_;
};

bool is_test_file_name(const std::string& name) {
  return name.size() > 9 && name.compare(name.size() - 9, 9, "_test.lua") == 0;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> find_rule_test_files(const std::vector<std::string>& folders) {
  std::map<std::string, std::string> by_relative;  // relative path -> file
  for (const auto& folder : folders) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      auto relative = fs::relative(it->path(), folder, ec).generic_string();
      if (it->is_directory() && (relative == "lib" || relative == "params")) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && is_test_file_name(it->path().filename().string()))
        by_relative[relative] = it->path().string();
    }
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (auto& [relative, file] : by_relative) files.emplace_back(file, relative);
  return files;
}

bool load_rule_test_file(const std::string& file, const std::string& relative, const std::vector<std::string>& folders,
                         const ParamStore& params, const SandboxLimits& limits, RuleTestFile* out,
                         std::vector<RuleLoadError>* errors) {
  out->file = file;
  out->relative = relative;
  std::string text;
  if (!read_file(file, &text)) {
    errors->push_back({file, 0, "kan het testbestand niet lezen"});
    return false;
  }
  LuaState state(limits);
  std::optional<RuleLoadError> problem;
  std::string failure;
  bool ok = state.protect(
      [&](lua_State* L) {
        prepare_sandbox(L, folders);
        push_rule_chunk(L, file);
        if (state.call_budgeted(0, 1) != LUA_OK) lua_error(L);
        try {
          TestFileReader(L, file, text, params).read(lua_gettop(L), out);
        } catch (const FormatError& e) {
          problem = RuleLoadError{file, e.line, e.what()};
        }
      },
      &failure);
  if (!ok) problem = error_from_lua_message(file, failure);
  if (problem) {
    errors->push_back(*problem);
    return false;
  }
  return true;
}

std::vector<RuleTestFile> load_rule_tests(const RuleCatalog& catalog, const SandboxLimits& limits,
                                          std::vector<RuleLoadError>* errors) {
  std::vector<RuleTestFile> files;
  for (const auto& [file, relative] : find_rule_test_files(catalog.folders())) {
    RuleTestFile loaded;
    if (!load_rule_test_file(file, relative, catalog.folders(), catalog.params(), limits, &loaded, errors)) continue;
    if (catalog.find(loaded.rule) == nullptr) {
      errors->push_back({file, loaded.rule_line, "rule: onbekende regel '" + loaded.rule + "' (zie swvcheck rules list)"});
      continue;
    }
    files.push_back(std::move(loaded));
  }
  return files;
}

}  // namespace swv
