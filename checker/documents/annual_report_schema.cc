#include "documents/annual_report_schema.h"

#include <cstring>
#include <string>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "documents/amount.h"
#include "documents/iso_date.h"

namespace swv {
namespace {

// Paths from the root element; "X/*" types every child element of X.
const std::unordered_map<std::string_view, FieldType>& field_types() {
  static const std::unordered_map<std::string_view, FieldType> table{
      {"swv/@sector", FieldType::sector},
      {"verslagjaar", FieldType::integer},
      {"governance/organiekeScheiding", FieldType::boolean},
      {"governance/internToezicht/lid/@stemhebbend", FieldType::boolean},
      {"governance/internToezicht/lid/@benoemd", FieldType::date},
      {"governance/internToezicht/lid/@aftreden", FieldType::date},
      {"doorzettingsmacht/@geregeld", FieldType::boolean},
      {"doorbraakaanpak/@geregeld", FieldType::boolean},
      {"doorbraakaanpak/@metGemeenten", FieldType::boolean},
      {"escalatieladder/@aanwezig", FieldType::boolean},
      {"steunpunt/@aanwezig", FieldType::boolean},
      {"ondersteuningsplan/@vanaf", FieldType::date},
      {"ondersteuningsplan/@totEnMet", FieldType::date},
      {"ondersteuningsplan/@vastgesteld", FieldType::date},
      {"ondersteuningsplan/@instemmingOPR", FieldType::date},
      {"ondersteuningsplan/@oogo", FieldType::date},
      {"financien/balans/@peildatum", FieldType::date},
      {"financien/balans/*", FieldType::amount},
      {"financien/balans/eigenVermogen", FieldType::text},  // a container, not an amount
      {"financien/balans/eigenVermogen/*", FieldType::amount},
      {"financien/baten/*", FieldType::amount},
      {"financien/lasten/*", FieldType::amount},
      {"financien/financieleBaten", FieldType::amount},
      {"financien/financieleLasten", FieldType::amount},
      {"financien/resultaat", FieldType::amount},
      {"financien/reservebeleid/@afbouwplan", FieldType::boolean},
      {"financien/reservebeleid/@vastgesteld", FieldType::date},
      {"wnt/topfunctionaris/@fte", FieldType::decimal},
      {"wnt/topfunctionaris/@bezoldiging", FieldType::amount},
      {"wnt/topfunctionaris/@bezoldigingsmaximum", FieldType::amount},
      {"leerlingen/@peildatum", FieldType::date},
      {"leerlingen/*", FieldType::integer},
      {"thuiszitters/@peildatum", FieldType::date},
      {"thuiszitters/*", FieldType::integer},
  };
  return table;
}

// The elements docs/jaarverslag.xsd allows once (an xs:all, maxOccurs 1), written as for
// field_types(): a second one would be read by nobody, since every rule reads the first.
// "X/*" makes every child of X once-only: containers of single typed values.
const std::unordered_set<std::string_view>& once_only() {
  static const std::unordered_set<std::string_view> table{
      "swv", "verslagjaar", "deelnemendeBesturen", "governance", "doorzettingsmacht", "doorbraakaanpak",
      "escalatieladder", "steunpunt", "financien", "wnt", "leerlingen", "thuiszitters",
      // not ondersteuningsplan: a report may hold more than one plan
      "governance/*",  // organiekeScheiding, bestuur, internToezicht (their lid is a list)
      "financien/*",   // balans, baten, lasten, financieleBaten, financieleLasten, resultaat, reservebeleid
      "financien/balans/*", "financien/balans/eigenVermogen/*", "financien/baten/*", "financien/lasten/*",
      "leerlingen/*", "thuiszitters/*",
  };
  return table;
}

// The entry of `table` for `child` below `parent`: the exact path, else "parent/*". The path
// is put together on the stack: the loader asks this for every element and attribute.
template <class Lookup>
auto find_in_table(std::string_view parent, std::string_view child, Lookup lookup) -> decltype(lookup(std::string_view())) {
  // The longest path in the tables is far below this: a longer path can only match a wildcard.
  constexpr std::size_t kLongestPath = 128;
  char path[kLongestPath + 2];
  std::size_t size = 0;
  auto append = [&](std::string_view part) {
    if (part.empty()) return;  // its data() may be null, which memcpy must not get
    std::memcpy(path + size, part.data(), part.size());
    size += part.size();
  };
  if (parent.size() + 1 + child.size() <= kLongestPath) {
    append(parent);
    if (!parent.empty()) append("/");
    append(child);
    if (auto found = lookup(std::string_view(path, size))) return found;
  }
  if (parent.empty() || child.empty() || child.front() == '@' || parent.size() + 2 > kLongestPath) return {};
  size = 0;
  append(parent);
  append("/*");
  return lookup(std::string_view(path, size));
}

// Both tables in one: the type (when field_types() has the path) and the once-only flag.
struct SchemaEntry {
  std::optional<FieldType> type;
  bool once = false;
};

const std::unordered_map<std::string_view, SchemaEntry>& schema_entries() {
  static const auto table = [] {
    std::unordered_map<std::string_view, SchemaEntry> merged;
    for (const auto& [path, type] : field_types()) merged[path].type = type;
    for (const auto& path : once_only()) merged[path].once = true;
    return merged;
  }();
  return table;
}

// The entry of `parent` + "/" + `child` (without the slash when parent is empty), or null;
// paths longer than any in the tables have none.
const SchemaEntry* find_entry(std::string_view parent, std::string_view separator, std::string_view child) {
  constexpr std::size_t kLongestPath = 128;
  if (parent.size() + separator.size() + child.size() > kLongestPath) return nullptr;
  char path[kLongestPath];
  std::size_t size = 0;
  for (std::string_view part : {parent, separator, child}) {
    if (part.empty()) continue;  // its data() may be null, which memcpy must not get
    std::memcpy(path + size, part.data(), part.size());
    size += part.size();
  }
  const auto& table = schema_entries();
  auto found = table.find(std::string_view(path, size));
  return found == table.end() ? nullptr : &found->second;
}

}  // namespace

ChildrenSchema::ChildrenSchema(std::string_view parent) {
  // As find_in_table: no wildcard below the root, nor for a parent too long for any entry.
  if (parent.empty() || parent.size() + 2 > 128) return;
  if (const SchemaEntry* entry = find_entry(parent, "/*", {})) {
    wildcard_.once = entry->once;
    if (entry->type) wildcard_.type = *entry->type;
  }
}

ElementSchema ChildrenSchema::element(std::string_view parent, std::string_view child) const {
  if (child.empty()) return {};
  ElementSchema schema = wildcard_;
  if (const SchemaEntry* exact = find_entry(parent, parent.empty() ? "" : "/", child)) {
    if (exact->type) schema.type = *exact->type;  // the element's own entry before "parent/*"
    schema.once = schema.once || exact->once;
  }
  return schema;
}

const std::vector<std::string_view>& annual_report_personal_fields() {
  static const std::vector<std::string_view> fields{
      "governance/bestuur/lid/@naam",
      "governance/internToezicht/lid/@naam",
      "wnt/topfunctionaris/@naam",
  };
  return fields;
}

bool occurs_once(std::string_view parent, std::string_view child) {
  const auto& table = once_only();
  return find_in_table(parent, child, [&](std::string_view path) { return table.count(path) > 0; });
}

FieldType annual_report_field_type(std::string_view parent, std::string_view child) {
  const auto& table = field_types();
  auto type = find_in_table(parent, child, [&](std::string_view path) -> std::optional<FieldType> {
    if (auto found = table.find(path); found != table.end()) return found->second;
    return std::nullopt;
  });
  return type.value_or(FieldType::text);
}

FieldType annual_report_field_type(std::string_view path) {
  auto slash = path.rfind('/');
  if (slash == std::string_view::npos) return annual_report_field_type({}, path);
  return annual_report_field_type(path.substr(0, slash), path.substr(slash + 1));
}

bool is_valid_field(FieldType type, std::string_view value) {
  switch (type) {
    case FieldType::text: return true;
    case FieldType::amount: return parse_amount_cents(value).has_value();
    case FieldType::date: return parse_iso_date(value).has_value();
    case FieldType::boolean: return value == "ja" || value == "nee";
    case FieldType::integer: return parse_integer(value).has_value();
    case FieldType::decimal: return parse_decimal(value).has_value();
    case FieldType::sector: return value == "PO" || value == "VO";
  }
  return false;
}

std::string field_problem(FieldType type, std::string_view value) {
  if (is_valid_field(type, value)) return {};
  if ((type == FieldType::amount || type == FieldType::integer) &&
      exceeds_document_maximum(value, type == FieldType::integer))
    return std::string("te groot (hoogstens ") +
           (type == FieldType::amount ? kMaxDocumentAmountText : kMaxDocumentIntegerText) + ", ook negatief)";
  return std::string("verwacht ") + describe_field_type(type);
}

const char* describe_field_type(FieldType type) {
  switch (type) {
    case FieldType::text: return "tekst";
    case FieldType::amount: return "een bedrag met een punt en hoogstens twee decimalen, zonder duizendtallen (bijv. 1234567.89)";
    case FieldType::date: return "een bestaande datum als JJJJ-MM-DD (bijv. 2023-12-31)";
    case FieldType::boolean: return "ja of nee (kleine letters)";
    case FieldType::integer: return "een geheel getal (bijv. 14)";
    case FieldType::decimal: return "een getal met een punt als decimaalteken (bijv. 0.8)";
    case FieldType::sector: return "PO of VO";
  }
  return "";
}

}  // namespace swv
