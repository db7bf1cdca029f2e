// The inputs of a run, hashed, for the run record (report/run_record.h).
#pragma once

#include <string>
#include <vector>

#include "report/run_record.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// Every file a check reads, in a fixed order: the documents, then per rules folder its
/// families.lua, rule files, parameter files and lib modules, then the accept file and the
/// baseline (empty: none). `loaded_sha256` holds, per document, the hash its loader took of
/// the bytes it read (CheckResult::document_sha256, moved in: the inputs keep them; may be
/// empty); a document without one (not read whole) and every other file is hashed from disk.
/// A file that cannot be read gets an empty hash.
std::vector<RunInput> collect_run_inputs(const std::vector<std::string>& documents, std::vector<std::string> loaded_sha256,
                                         const RuleCatalog& catalog, const std::string& accept_file,
                                         const std::string& baseline_file);

}  // namespace swv
