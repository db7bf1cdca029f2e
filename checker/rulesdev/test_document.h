// The annual report of a rule test case: a file or inline XML (a whole jaarverslag, or a
// fragment wrapped in a minimal one), with the case's changes applied to a copy.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "documents/annual_report.h"
#include "documents/check_unit.h"
#include "documents/registration.h"
#include "rulesdev/rule_test_file.h"

namespace swv {

/// True when `xml` is a whole annual report (its first element is <jaarverslag>), false for a
/// fragment such as "<financien>...</financien>".
bool is_whole_jaarverslag(std::string_view xml);

/// The SWV code of a test case that names none: a valid code (documents/swv_code.h), so its
/// document and registrations load as they would in `swvcheck check`.
inline constexpr const char* kTestSwvCode = "PO0000";

/// Builds the document of `test_case`, named `display_path` in findings. A fragment gets a
/// <jaarverslag> around it with the case's swv (default kTestSwvCode), sector (default "PO") and
/// jaar; for a whole document these three, when given, replace its own. Then every change is
/// applied. Returns nullptr and fills `error` (Dutch, with the line in the XML) on failure.
std::unique_ptr<AnnualReport> build_test_document(const RuleTestCase& test_case, const std::string& display_path,
                                                  std::string* error);

/// The registration of `kind` a case gives: its inline CSV (each line's leading blanks removed,
/// so it may be indented in the test file) or its file. Returns nullptr and fills `error` when
/// it does not load, holds bad lines, or is of another kind.
std::unique_ptr<Registration> build_test_registration(const std::string& kind, const RegistrationSource& source,
                                                      const std::string& display_path, std::string* error);

/// What the rules see for a case: its annual report (may be null: registrations only) and the
/// records of its registrations for that SWV and year, linked as `swvcheck check` links them
/// (swv_code and the year of the format's date column).
CheckUnit test_unit(const RuleTestCase& test_case, const AnnualReport* report,
                    const std::vector<std::unique_ptr<Registration>>& registrations);

}  // namespace swv
