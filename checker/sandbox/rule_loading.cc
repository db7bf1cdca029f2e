#include "sandbox/rule_loading.h"

#include <algorithm>

#include "documents/iso_date.h"
#include "sandbox/lua_fields.h"
#include "sandbox/module_loader.h"
#include "sandbox/safe_stdlib.h"

namespace swv {
namespace {

bool is_valid_rule_id(const std::string& id) {
  auto dot = id.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == id.size()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
  });
}

// The optional `kengetal = { id = "...", titel = "...", waarde = "values-key", reden = "values-key" }`.
std::string read_kengetal(lua_State* L, int index, RuleInfo* info) {
  int type = raw_field(L, index, "kengetal");
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return {};
  }
  const char* usage = "kengetal: een tabel met id, titel, waarde (de naam in values) en eventueel reden";
  if (type != LUA_TTABLE) {
    lua_pop(L, 1);
    return usage;
  }
  int table = lua_gettop(L);
  KengetalRef ref{string_field(L, table, "id").value_or(""), string_field(L, table, "titel").value_or(""),
                  string_field(L, table, "waarde").value_or(""), string_field(L, table, "reden").value_or("")};
  lua_pop(L, 1);
  if (ref.id.empty() || ref.titel.empty() || ref.waarde.empty()) return usage;
  bool plain = std::all_of(ref.id.begin(), ref.id.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
  if (!plain) return "kengetal: id '" + ref.id + "' mag alleen kleine letters, cijfers en - bevatten";
  info->kengetal = std::move(ref);
  return {};
}

}  // namespace

void prepare_sandbox(lua_State* L, const std::vector<std::string>& folders) {
  install_sandbox(L);
  set_module_folders(L, folders);
}

void push_rule_chunk(lua_State* L, const std::string& path) {
  load_text_file(L, path);
  push_new_environment(L);
  lua_setupvalue(L, -2, 1);
}

std::string read_rule_info(lua_State* L, int index, const std::string& file, RuleInfo* info) {
  if (!lua_istable(L, index)) return "return: een regelbestand moet een tabel met metadata en check teruggeven";
  info->file = file;
  auto text = [&](const char* name, std::string* out) {
    auto value = string_field(L, index, name);
    if (!value || value->empty()) return std::string(name) + ": ontbreekt of is geen tekst";
    *out = *value;
    return std::string();
  };
  for (auto [name, out] : {std::pair{"id", &info->id}, {"norm_id", &info->norm_id}, {"title", &info->title},
                           {"family", &info->family}, {"description", &info->description}}) {
    if (auto problem = text(name, out); !problem.empty()) return problem;
  }
  if (!is_valid_rule_id(info->id)) return "id: '" + info->id + "' moet de vorm familie.naam hebben (kleine letters, cijfers, -)";
  if (info->id.substr(0, info->id.find('.')) != info->family)
    return "id: '" + info->id + "' moet beginnen met de familie '" + info->family + "'";

  auto sectors = string_list_field(L, index, "sectors");
  if (!sectors || sectors->empty()) return "sectors: ontbreekt (bijv. { \"PO\", \"VO\" })";
  for (const auto& s : *sectors)
    if (s != "PO" && s != "VO") return "sectors: onbekende sector '" + s + "' (PO of VO)";
  info->sectors = *sectors;

  auto documents = string_list_field(L, index, "documents");
  if (!documents || documents->empty()) return "documents: ontbreekt (bijv. { \"jaarverslag\" })";
  const auto& kinds = RuleCatalog::known_document_kinds();
  for (const auto& d : *documents)
    if (std::find(kinds.begin(), kinds.end(), d) == kinds.end()) return "documents: onbekende documentsoort '" + d + "'";
  info->documents = *documents;

  if (raw_field(L, index, "norm") != LUA_TTABLE) {
    lua_pop(L, 1);
    return "norm: ontbreekt (een tabel met title, source en in_force_from)";
  }
  int norm = lua_gettop(L);
  NormRef norm_ref;
  norm_ref.id = info->norm_id;
  norm_ref.title = string_field(L, norm, "title").value_or("");
  norm_ref.source = string_field(L, norm, "source").value_or("");
  bool from_given = field_type(L, norm, "in_force_from") != LUA_TNIL;
  bool until_given = field_type(L, norm, "in_force_until") != LUA_TNIL;
  norm_ref.in_force_from = string_field(L, norm, "in_force_from").value_or("");
  norm_ref.in_force_until = string_field(L, norm, "in_force_until").value_or("");
  bool legal_force_ok = field_type(L, norm, "legal_force") == LUA_TNIL || field_type(L, norm, "legal_force") == LUA_TSTRING;
  info->legal_force = string_field(L, norm, "legal_force").value_or("");
  lua_pop(L, 1);
  if (!legal_force_ok) return "norm: legal_force moet tekst zijn (de status bij niet voldoen, naar wettelijke kracht)";
  if (norm_ref.title.empty() || norm_ref.source.empty()) return "norm: title en source zijn verplicht";
  // Without in_force_from the norm always applied (CO-1: a report's sums always add up).
  if (from_given && !parse_iso_date(norm_ref.in_force_from)) return "norm: in_force_from moet een datum JJJJ-MM-DD zijn";
  if (until_given && !parse_iso_date(norm_ref.in_force_until))
    return "norm: in_force_until moet een datum JJJJ-MM-DD zijn (de laatste dag dat de norm geldt)";
  if (until_given && from_given && norm_ref.in_force_until < norm_ref.in_force_from)
    return "norm: in_force_until ligt voor in_force_from";
  info->norm = std::move(norm_ref);

  if (field_type(L, index, "params") != LUA_TNIL) {
    auto params = string_list_field(L, index, "params");
    if (!params) return "params: moet een lijst van parameternamen zijn";
    info->params = *params;
  }
  if (field_type(L, index, "outcomes") != LUA_TNIL) {
    auto outcomes = string_list_field(L, index, "outcomes");
    const auto& known = RuleCatalog::declarable_outcomes();
    if (!outcomes || outcomes->empty())
      return "outcomes: moet een lijst van uitkomsten zijn (bijv. { \"voldoet\", \"signaal\", \"niet-te-beoordelen\" })";
    for (const auto& o : *outcomes) {
      if (std::find(known.begin(), known.end(), o) == known.end())
        return "outcomes: onbekende uitkomst '" + o + "' (voldoet, signaal, overtreding, niet-te-beoordelen)";
      if (std::count(outcomes->begin(), outcomes->end(), o) > 1) return "outcomes: '" + o + "' staat er twee keer in";
    }
    // kept in the order of declarable_outcomes(), whatever order the file uses
    for (const auto& o : known)
      if (std::find(outcomes->begin(), outcomes->end(), o) != outcomes->end()) info->outcomes.push_back(o);
  }
  if (auto problem = read_kengetal(L, index, info); !problem.empty()) return problem;
  if (field_type(L, index, "getallen") != LUA_TNIL) {
    auto numbers = string_list_field(L, index, "getallen");
    if (!numbers) return "getallen: moet een lijst van namen in values zijn (waarden die geen bedrag zijn)";
    info->getallen = *numbers;
  }
  if (field_type(L, index, "check") != LUA_TFUNCTION) return "check: ontbreekt (function(doc, ctx) ... end)";
  return {};
}

RuleLoadError error_from_lua_message(const std::string& file, const std::string& message) {
  std::string first = message.substr(0, message.find('\n'));
  // "rules/x.lua:12: text" -> file, 12, text
  auto colon = first.find(':');
  while (colon != std::string::npos) {
    auto end = first.find(':', colon + 1);
    if (end == std::string::npos) break;
    auto number = first.substr(colon + 1, end - colon - 1);
    if (!number.empty() && std::all_of(number.begin(), number.end(), ::isdigit)) {
      auto rest = first.substr(end + 1);
      if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
      auto where = first.substr(0, colon);
      // Lua shortens a long chunk name to "...tail": name the whole file again.
      if (where.rfind("...", 0) == 0 && file.size() >= where.size() - 3 &&
          file.compare(file.size() - (where.size() - 3), where.size() - 3, where, 3) == 0)
        where = file;
      return {where, std::stoi(number), rest};
    }
    colon = end;
  }
  return {file, 0, first};
}

}  // namespace swv
