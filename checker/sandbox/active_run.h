// The state of one rule's check call on one document: what the document and context
// bindings act on and what the runner turns into findings afterwards.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <lua.hpp>
#include <pugixml.hpp>

#include "documents/annual_report.h"
#include "documents/check_unit.h"
#include "findings/finding.h"
#include "sandbox/param_store.h"
#include "sandbox/read_memo.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// One value a rule read: present (node/attribute set) or absent (missing_path set).
struct ReadRecord {
  std::string query;  ///< the XPath as the rule wrote it; kept for an absent value only
  pugi::xml_node node;
  pugi::xml_attribute attribute;
  std::string missing_path;
  MemoRead* memo = nullptr;  ///< the unit's memo entry of this read (its citation is kept there), if any
};

/// A registration the rule asked for (for evidence when the finding rests on records).
struct RecordRead {
  const Registration* file;
  const Record* record;  ///< nullptr: the rule read the whole list
};

/// Compiled XPath queries of one Lua state (one worker), reused for every document. Looked
/// up by string_view, so a query from Lua is found without copying it into a std::string.
struct XPathHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view query) const { return std::hash<std::string_view>{}(query); }
};
using XPathCache = std::unordered_map<std::string, pugi::xpath_query, XPathHash, std::equal_to<>>;

/// Element paths already built for the unit being checked, by element: node_path walks the
/// siblings of every ancestor, and findings cite the same elements again and again.
using NodePathCache = std::unordered_map<const pugi::xml_node_struct*, std::string>;

/// The rule call (ActiveRun::generation) that last recorded a read of each element or
/// attribute of the unit's document, by its pugixml object.
using ReadGenerations = std::unordered_map<const void*, std::uint64_t>;

struct ActiveRun {
  const CheckUnit* unit = nullptr;
  const AnnualReport* report = nullptr;  ///< the unit's annual report, nullptr without one
  std::uint64_t generation = 0;  ///< nodes from another call are refused
  const RuleInfo* rule = nullptr;
  const ParamStore* params = nullptr;
  std::string check_date;
  XPathCache* xpaths = nullptr;
  NodePathCache* node_paths = nullptr;  ///< nullptr: paths are built anew each time
  ReadMemo* read_memo = nullptr;  ///< the unit's reads so far; nullptr: every read is answered anew
  const void* document_object = nullptr;  ///< the `doc` userdata, known without a metatable lookup
  const void* node_metatable = nullptr;   ///< node objects' metatable (document_api.h); nullptr: looked up

  std::vector<ReadRecord> reads;  ///< each distinct value once, in first-read order
  /// Which present values `reads` holds: the unit's table (kept by the runner, so an element
  /// every rule reads is hashed in once per unit), or this run's own when there is none.
  ReadGenerations* read_generations = nullptr;
  ReadGenerations own_read_generations;
  std::set<std::string> missing_read;  ///< the paths of the absent values `reads` holds
  std::vector<RecordRead> record_reads;
  SharedParams params_used;  ///< shared with the findings made after it changed last
  std::vector<Finding> findings;
  std::optional<std::string> not_applicable;
  std::chrono::nanoseconds outcome_time{0};  ///< spent making `findings`, for --profile
};

/// Keeps `read` unless the same value (or the same absent path) was read before in this run:
/// a rule that reads one path in a loop costs the host one record. Returns the bytes kept.
/// The record is only built when it is new (a repeated read copies no strings).
inline std::size_t record_read(ActiveRun& run, std::string_view query, pugi::xml_node node,
                               pugi::xml_attribute attribute, std::string missing_path = {}) {
  if (node) {
    const void* object = attribute ? static_cast<const void*>(attribute.internal_object())
                                   : static_cast<const void*>(node.internal_object());
    auto& generations = run.read_generations ? *run.read_generations : run.own_read_generations;
    auto [entry, added] = generations.try_emplace(object, run.generation);
    if (!added) {
      if (entry->second == run.generation) return 0;
      entry->second = run.generation;
    }
    run.reads.push_back({{}, node, attribute, {}});
    return sizeof(ReadRecord) + 64;
  }
  auto [kept, added] = run.missing_read.insert(std::move(missing_path));
  if (!added) return 0;
  run.reads.push_back({std::string(query), node, attribute, *kept});
  return sizeof(ReadRecord) + 64 + query.size() + 2 * kept->size();
}

/// [-0, +0, -] The run the bindings of state L act on (set by the runner around each call).
ActiveRun* active_run(lua_State* L);
void set_active_run(lua_State* L, ActiveRun* run);

/// Name of the field of an error object that turns an error into `niet-te-beoordelen`.
inline constexpr const char* kNotAssessableField = "__niet_te_beoordelen";

}  // namespace swv
