// The typed fields of the annual report format: which element or attribute holds which kind
// of value. Format knowledge only (what a valid document looks like), no norms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace swv {

enum class FieldType { text, amount, date, boolean, integer, decimal, sector };

/// The type of the field at `path`, written from the root without it
/// ("financien/baten/totaal", "governance/internToezicht/lid/@stemhebbend").
FieldType annual_report_field_type(std::string_view path);
/// The same for `child` ("totaal" or "@peildatum") below `parent` ("financien/baten", "" for
/// the root). Costs the same however long the names are: no typed path is long.
FieldType annual_report_field_type(std::string_view parent, std::string_view child);

/// Checks `value` (already trimmed) against `type`; true when it is well-formed.
bool is_valid_field(FieldType type, std::string_view value);

/// Why `value` (already trimmed) is no valid `type`, for an error message after the value:
/// "te groot (hoogstens ...)" for a number above the cap of the format, else "verwacht " and
/// describe_field_type. Empty when it is valid.
std::string field_problem(FieldType type, std::string_view value);

/// True when docs/jaarverslag.xsd allows the element `child` at most once below `parent`
/// (written as for annual_report_field_type, "" for the root). Lists (bestuur, lid,
/// nevenfunctie, topfunctionaris) and ondersteuningsplan may repeat, and so may elements the
/// format does not know.
bool occurs_once(std::string_view parent, std::string_view child);

/// What the format says about one element: its type and whether it may occur only once.
struct ElementSchema {
  FieldType type = FieldType::text;
  bool once = false;
};

/// The format's rules for the children of one element, for a loader that visits them all:
/// what "parent/*" says is looked up once, so each child then costs one hash lookup instead
/// of up to four. element(parent, child), with the parent given to the constructor, gives
/// what annual_report_field_type(parent, child) and occurs_once(parent, child) give.
class ChildrenSchema {
 public:
  ChildrenSchema() = default;  ///< the children of the root: ChildrenSchema("")
  explicit ChildrenSchema(std::string_view parent);
  ElementSchema element(std::string_view parent, std::string_view child) const;

 private:
  ElementSchema wildcard_;  ///< what "parent/*" gives every child without an entry of its own
};

/// The fields that hold a person's name (bestuurders, toezichthouders, topfunctionarissen), written
/// as for annual_report_field_type: what the public view (`--view public`) masks.
const std::vector<std::string_view>& annual_report_personal_fields();

/// How the format writes a value of `type`, for error messages ("een bedrag zoals 1234567.89").
const char* describe_field_type(FieldType type);

}  // namespace swv
