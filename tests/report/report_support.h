// What the report-format tests share: the fixed rules of the golden files (tests/golden/rules)
// run over a few fixtures, so every format is tested on real findings with every status.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.h"
#include "report/report_context.h"
#include "sandbox/rule_catalog.h"
#include "support/paths.h"
#include "support/rule_harness.h"

namespace swv::test {

/// The golden rules: families toezicht, reserves ("Reserves & <buffers>"), zorgplicht.
inline const RuleCatalog& golden_catalog() {
  static const RuleCatalog catalog = load_catalog_or_fail({source_path("tests/golden/rules")});
  return catalog;
}

/// The fixtures of the golden run, relative to the source folder: PO2704 2022 and 2023,
/// PO3006 2022 (an overtreding with < > & " ' ; and a line break), VO2405 2019 (a signaal
/// above the signaleringswaarde and a rule that fails) and a document that does not load.
inline const std::vector<std::string>& golden_inputs() {
  static const std::vector<std::string> inputs{
      "fixtures/jaarverslagen/po2704-2022.xml", "fixtures/jaarverslagen/po2704-2023.xml",
      "fixtures/jaarverslagen/po3006-2022.xml", "fixtures/jaarverslagen/vo2405-2019.xml",
      "fixtures/broken/amount-comma.xml"};
  return inputs;
}

/// Shipped-rule inputs for the writers that work while the check runs: a document that does
/// not load and three reports of different SWVs and years (absolute paths).
inline std::vector<std::string> streaming_inputs() {
  std::vector<std::string> files{fixture("broken/amount-nan.xml")};
  for (const char* name : {"po2002-2021", "po2704-2023", "vo2801-2023"})
    files.push_back(fixture(std::string("jaarverslagen/") + name + ".xml"));
  return files;
}

/// What a report writer that works while the check runs writes: `files` are checked with
/// `check` (dated 2026-11-25) while `writer.add` takes each unit's findings, then
/// `finish(writer, documents, write)` writes the report, collected here.
template <class Writer, class Finish>
std::string written_while_checking(Writer& writer, const RuleCatalog& catalog, const std::vector<std::string>& files,
                                   CheckOptions check, Finish finish) {
  check.on_findings = [&](std::vector<Finding>&& findings) { writer.add(std::move(findings)); };
  CheckResult result = check_files(catalog, files, {}, {}, "2026-11-25", check);
  std::string written;
  bool ok = finish(writer, result.documents, [&](std::string_view piece) {
    written += piece;
    return true;
  });
  return ok ? written : "(finish failed)";
}

/// The same, finished with the writer's own finish(documents, write).
template <class Writer>
std::string written_while_checking(Writer& writer, const RuleCatalog& catalog, const std::vector<std::string>& files,
                                   const CheckOptions& check = {}) {
  return written_while_checking(writer, catalog, files, check, [](auto& w, const auto& documents, auto write) {
    return w.finish(documents, write);
  });
}

/// Those inputs (absolute paths) checked with the golden rules on 2026-11-25.
inline CheckResult golden_result() {
  std::vector<std::string> files;
  for (const auto& input : golden_inputs()) files.push_back(source_path(input));
  return check_files(golden_catalog(), files, {}, {}, "2026-11-25");
}

/// A context for golden_result() (tool 0.1.0, rules "test"), without baseline.
inline ReportContext golden_context() { return ReportContext{"0.1.0", "test", "2026-11-25", &golden_catalog()}; }

}  // namespace swv::test
