// Helpers for the tests of the shipped rules: reading fixtures, finding the line of a value in
// them, writing modified copies and parameter overlays into a TempDir, and inspecting findings.
#pragma once

#include <catch2/catch.hpp>

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "findings/finding.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

namespace swv::test::rules {

/// The text of a fixture (path below fixtures/).
inline std::string fixture_text(const std::string& relative) {
  std::ifstream in(fixture(relative), std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// The 1-based line of the only occurrence of `needle` in `text`; fails the test when `needle`
/// occurs zero or several times (so a test never cites an ambiguous line).
inline int line_containing(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  INFO("looking for: " << needle);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(needle, at + 1) == std::string::npos);
  int line = 1;
  for (std::size_t i = 0; i < at; ++i)
    if (text[i] == '\n') ++line;
  return line;
}

/// The line of `needle` in a fixture.
inline int fixture_line(const std::string& relative, const std::string& needle) {
  return line_containing(fixture_text(relative), needle);
}

/// `text` with the only occurrence of `from` replaced by `to` (fails when not exactly once).
inline std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  INFO("replacing: " << from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

using Edits = std::vector<std::pair<std::string, std::string>>;

/// Writes a copy of a fixture with `edits` (each replaces one unique piece of text) into `dir`
/// under the fixture's own file name and returns its path.
inline std::string modified_fixture(const TempDir& dir, const std::string& relative, const Edits& edits) {
  std::string text = fixture_text(relative);
  for (const auto& [from, to] : edits) text = replace_once(text, from, to);
  auto slash = relative.rfind('/');
  return dir.write("docs/" + relative.substr(slash == std::string::npos ? 0 : slash + 1), text);
}

/// A parameter overlay folder in `dir`: one params file replacing the parameter `name` with the
/// given dated values (Lua source of the `values` list, e.g. `{ from = "2019-01-01", value = "0.05" }`).
/// Returns the folder to pass after shipped_rules().
inline std::string param_overlay(const TempDir& dir, const std::string& name, const std::string& unit,
                                 const std::string& values) {
  dir.write("overlay/params/overlay.lua", "return {\n  [\"" + name +
                                              "\"] = {\n    description = \"testoverlay\",\n    unit = \"" + unit +
                                              "\",\n    source = \"test\",\n    values = {\n      " + values +
                                              "\n    },\n  },\n}\n");
  return dir.path() + "/overlay";
}

/// The findings of `rule` in `findings` (any subject).
inline std::vector<Finding> findings_of(const std::vector<Finding>& findings, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

/// A copy of the finding of `rule` (and `subject`), safe to keep when `findings` is a temporary
/// such as the result of run_rules(); fails the test when there is none.
inline Finding the_finding(const std::vector<Finding>& findings, const std::string& rule,
                           const std::string& subject = "") {
  return finding_of(findings, rule, subject);
}

/// The evidence of `finding` at `path` (as the finding writes it, e.g. "/jaarverslag/..."), or
/// nullptr when it cites no such path.
inline const Evidence* evidence_at(const Finding& finding, const std::string& path) {
  for (const auto& e : finding.evidence)
    if (e.path == path) return &e;
  return nullptr;
}

/// The line the finding cites for `path`; 0 when it does not cite it.
inline int evidence_line(const Finding& finding, const std::string& path) {
  const Evidence* e = evidence_at(finding, path);
  return e ? e->line : 0;
}

/// The value `name` of the finding; "<absent>" when the finding has none.
inline std::string value_of(const Finding& finding, const std::string& name) {
  auto it = finding.values.find(name);
  return it == finding.values.end() ? "<absent>" : it->second;
}

/// The parameter `name` as the finding used it; "<absent>" when it did not read it.
inline std::string param_of(const Finding& finding, const std::string& name) {
  auto it = finding.params.find(name);
  return it == finding.params.end() ? "<absent>" : it->second;
}

/// True when `text` contains `part`.
inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace swv::test::rules
