// The inputs of a run, hashed, for the run record (report/run_record.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/run_record.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// The sha256 of a file as lower-case hex (OpenSSL libcrypto), read in pieces; nullopt when it
/// cannot be read.
std::optional<std::string> sha256_file(const std::string& path);

/// Every file a check reads, in a fixed order: the documents, then per rules folder its
/// families.lua, rule files, parameter files and lib modules, then the accept file and the
/// baseline (empty: none). A file that cannot be read gets an empty hash.
std::vector<RunInput> collect_run_inputs(const std::vector<std::string>& documents, const RuleCatalog& catalog,
                                         const std::string& accept_file, const std::string& baseline_file);

}  // namespace swv
