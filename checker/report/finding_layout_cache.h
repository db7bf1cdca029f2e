// Pieces of a finding's JSON that repeat from finding to finding, laid out once: the norm
// object (the same for every finding of a rule) and the escaped document path (the same for
// every finding and evidence item of a unit). A JSON report of 10,000 documents repeats each
// about thirty to two hundred times per document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "findings/finding.h"

namespace swv {

class JsonWriter;

/// The norm object as the findings and SARIF rules carry it (norm_to_json, laid out).
void write_norm_json(const NormRef& norm, JsonWriter& out);

class FindingLayoutCache {
 public:
  /// The norm object as a JsonWriter at `indent` lays it out. Checked against the cached
  /// norm (the same object, else field by field), so a rule whose norm differs (a baseline
  /// of an older rules version) is laid out anew.
  std::string_view norm(const SharedNorm& norm, std::size_t indent);
  /// `text` as a JSON string with quotes; the last one is kept.
  std::string_view escaped_document(const std::string& text);

 private:
  struct LaidOutNorm {
    SharedNorm norm;
    std::size_t indent = 0;
    std::string text;
  };
  std::unordered_map<std::string, LaidOutNorm> norms_;  ///< by norm id
  std::string document_;
  std::string escaped_document_;
};

}  // namespace swv
