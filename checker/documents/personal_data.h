// The personal data in what one unit checks, for the public view (`check --view public`):
// the names of persons in the annual report (bestuurders, toezichthouders, topfunctionarissen:
// annual_report_personal_fields) and the case ids of registrations (is_personal_column).
#pragma once

#include <string>
#include <vector>

#include "documents/check_unit.h"

namespace swv {

struct PersonalValue {
  std::string value;  ///< as the document gives it (trimmed)
  std::string label;  ///< what the public view shows instead: "[persoon 1]", "[dossier 2]"
};

/// Every distinct personal value of `unit`, numbered per kind in the order the documents give
/// them (the annual report first, then the registrations by kind and line).
std::vector<PersonalValue> personal_values(const CheckUnit& unit);

/// `text` with every personal value that stands as a word of its own (no letter or digit
/// directly before or after it) replaced by its label; longer values first, so a name that
/// contains another is replaced whole.
std::string mask_personal(const std::string& text, const std::vector<PersonalValue>& personal);

}  // namespace swv
