#include "documents/annual_report_schema.h"

#include <string>
#include <unordered_map>

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

}  // namespace

FieldType annual_report_field_type(std::string_view parent, std::string_view child) {
  // The longest path in the table is far below this: a longer path can only match a wildcard.
  constexpr std::size_t kLongestPath = 128;
  const auto& table = field_types();
  if (parent.size() + 1 + child.size() <= kLongestPath) {
    std::string path(parent);
    if (!parent.empty()) path += '/';
    path += child;
    if (auto exact = table.find(path); exact != table.end()) return exact->second;
  }
  if (parent.empty() || child.empty() || child.front() == '@' || parent.size() + 2 > kLongestPath) return FieldType::text;
  std::string wildcard(parent);
  wildcard += "/*";
  if (auto any = table.find(wildcard); any != table.end()) return any->second;
  return FieldType::text;
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
