// `swvcheck template`: an annual report (v1 XML) to start from, with every element and attribute
// the rules read, each with a Dutch comment saying what goes there and which norms read it.
// What the rules read is observed by running their own test cases (observe_rule), as `rules
// explain` does, so the skeleton follows the rules instead of a list kept by hand; the kinds of
// value come from the format (documents/annual_report_schema.h).
//
// Only swv (code, sector) and verslagjaar are filled in. Every value to fill in is written inside
// an XML comment, with a placeholder (BEDRAG, JJJJ-MM-DD, ...), and so are lists (lid,
// topfunctionaris, ...) and elements whose content is attributes: the untouched skeleton loads,
// is valid under docs/jaarverslag.xsd, and every rule finds its data missing
// (niet-te-beoordelen naming it), never a pass.
#pragma once

#include <string>

#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// The skeleton for SWV `swv` ("PO2704": its sector is the first two letters) and `jaar`.
/// `problems` receives test files that did not load (their rules' reads are then incomplete).
std::string write_report_skeleton(const RuleCatalog& catalog, const SandboxLimits& limits, const std::string& swv,
                                  int jaar, std::vector<std::string>* problems);

}  // namespace swv
