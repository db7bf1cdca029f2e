// `--reference DIR`: the reference set (e.g. all SWVs of last year) checked like any batch, but
// only with the rules that compute a key figure, to place each checked SWV in its sector.
#pragma once

#include <string>

#include "engine/engine.h"
#include "report/sector_position.h"

namespace swv {

/// Checks every report below `folder` with the rules of `catalog` that declare a kengetal and
/// collects their figures into `figures`; `reference` gets the folder, the number of annual
/// reports that loaded and a Dutch warning (file, line, column) for each document that did not.
/// False with `error` set when the folder holds nothing to read.
bool check_reference_set(const RuleCatalog& catalog, const std::string& folder, const SandboxLimits& limits,
                         const std::string& check_date, const CheckOptions& options, KengetalCollector* figures,
                         SectorReference* reference, std::string* error);

}  // namespace swv
