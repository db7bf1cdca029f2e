#include "sandbox/records_api.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "documents/amount.h"
#include "sandbox/host_objects.h"

namespace swv {
namespace {

constexpr const char* kRecordMeta = "swvcheck.record";

struct RecordHandle {
  RecordRead read;
  std::uint64_t generation;
};

ActiveRun& run_of(lua_State* L) { return running_check(L, "doc"); }

// The column `key` names in `format`, or -1. Rules read every field of thousands of records by
// a literal name, which Lua interns: a small cache by the name's address answers most reads
// with one strcmp (confirming the name, in case another string now lives at that address).
int column_of(const RegistrationFormat& format, const char* key) {
  struct Known {
    const char* key = nullptr;
    const RegistrationFormat* format = nullptr;
    int column = -1;
  };
  thread_local std::array<Known, 64> known;  // each worker has its own Lua state and cache
  auto& slot = known[(reinterpret_cast<std::uintptr_t>(key) >> 4) % known.size()];
  const auto& columns = format.columns;
  if (slot.key == key && slot.format == &format && std::strcmp(columns[static_cast<std::size_t>(slot.column)].name, key) == 0)
    return slot.column;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (std::strcmp(columns[i].name, key) == 0) {
      slot = {key, &format, static_cast<int>(i)};
      return static_cast<int>(i);
    }
  }
  return -1;
}

// [-0, +1, e] record.kolom, record.line, record.file. The record metatable's address is the
// upvalue: a record is recognised without a registry lookup.
int record_index(lua_State* L) {
  auto* handle = static_cast<RecordHandle*>(userdata_with_metatable(L, 1, lua_touserdata(L, lua_upvalueindex(1))));
  if (handle == nullptr) handle = static_cast<RecordHandle*>(luaL_checkudata(L, 1, kRecordMeta));  // its error
  ActiveRun& run = run_of(L);
  if (handle->generation != run.generation) return luaL_error(L, "dit record hoort bij een eerdere check()-aanroep");
  const char* key = luaL_checkstring(L, 2);
  const auto& [file, record] = handle->read;
  // line and file come before the columns (a column of that name would be hidden).
  if (key[0] == 'l' && std::strcmp(key, "line") == 0) {
    lua_pushinteger(L, record->line);
    return 1;
  }
  if (key[0] == 'f' && std::strcmp(key, "file") == 0) {
    lua_pushstring(L, file->path().c_str());
    return 1;
  }
  const auto& columns = file->format().columns;
  int column = column_of(file->format(), key);
  if (column < 0) return luaL_error(L, "een %s-record heeft geen kolom '%s'", file->kind().c_str(), key);
  const auto& value = record->values[static_cast<std::size_t>(column)];
  if (!value) {
    lua_pushnil(L);
  } else if (columns[static_cast<std::size_t>(column)].type == ColumnType::integer) {
    lua_pushinteger(L, *parse_integer(*value));
  } else {
    lua_pushlstring(L, value->data(), value->size());
  }
  return 1;
}

// [-0, +1, e] doc:records(kind): the unit's records of that kind, or nil (and a missing
// document for niet_te_beoordelen) when the unit has none.
int records(lua_State* L) {
  ActiveRun& run = run_of(L);
  std::string kind = luaL_checkstring(L, 2);
  auto found = run.unit->records.find(kind);
  if (found == run.unit->records.end()) {
    charge_host_memory(L, record_read(run, kind, {}, {}, kind + "-registratie"));
    lua_pushnil(L);
    return 1;
  }
  const auto& list = found->second;
  lua_createtable(L, static_cast<int>(list.size()), 0);
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto* handle = static_cast<RecordHandle*>(lua_newuserdatauv(L, sizeof(RecordHandle), 0));
    *handle = {{list[i].file, list[i].record}, run.generation};
    luaL_setmetatable(L, kRecordMeta);
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  // The files read become the finding's evidence when the rule cites nothing else.
  for (const auto& ref : list) {
    bool seen = false;
    for (const auto& r : run.record_reads) seen = seen || (r.file == ref.file && r.record == nullptr);
    if (!seen) run.record_reads.push_back({ref.file, nullptr});
  }
  return 1;
}

int has(lua_State* L) {
  lua_pushboolean(L, run_of(L).unit->has(luaL_checkstring(L, 2)));
  return 1;
}

}  // namespace

const RecordRead* to_record(lua_State* L, int index) {
  auto* handle = static_cast<RecordHandle*>(luaL_testudata(L, index, kRecordMeta));
  return handle ? &handle->read : nullptr;
}

void register_records_api(lua_State* L, int methods) {
  methods = lua_absindex(L, methods);
  lua_pushcfunction(L, records);
  lua_setfield(L, methods, "records");
  lua_pushcfunction(L, has);
  lua_setfield(L, methods, "has");
  new_host_metatable(L, kRecordMeta, "een record");
  lua_pushlightuserdata(L, const_cast<void*>(lua_topointer(L, -1)));
  lua_pushcclosure(L, record_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}

}  // namespace swv
