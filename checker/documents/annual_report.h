// The annual report (jaarverslag) of one SWV: loaded, validated, with positions for evidence.
#pragma once

#include <memory>
#include <string>

#include <pugixml.hpp>

#include "documents/document.h"
#include "documents/element_index.h"
#include "documents/line_index.h"
#include "documents/read_file.h"
#include "findings/finding.h"

namespace swv {

class AnnualReport final : public Document {
 public:
  /// The format version this build reads.
  static constexpr const char* kNamespace = "urn:swvcheck:jaarverslag:1";
  static constexpr const char* kVersion = "1";

  /// Loads and validates `path`. On failure returns nullptr and fills `error` with a Dutch
  /// message and the line and column of the defect (size, encoding, syntax, DOCTYPE, root,
  /// version, typed values). A file above `max_bytes` is refused before it is read. With
  /// `sha256`, the hex sha256 of the bytes read goes there (empty when nothing was read), so
  /// the run record need not read the file again.
  static std::unique_ptr<AnnualReport> load(const std::string& path, LoadError* error,
                                            std::size_t max_bytes = kDefaultMaxDocumentBytes,
                                            std::string* sha256 = nullptr);
  /// The same for a document already in memory; `path` is only used in messages. Messages
  /// quote at most a short excerpt of the document (see excerpt() in documents/utf8.h).
  static std::unique_ptr<AnnualReport> parse(std::string text, const std::string& path, LoadError* error);

  const std::string& kind() const override { return kind_; }
  const std::string& path() const override { return path_; }
  const std::string& swv() const override { return swv_; }
  const std::string& sector() const override { return sector_; }
  int jaar() const override { return jaar_; }
  std::string reference_date() const override;

  pugi::xml_node root() const { return xml_.document_element(); }
  /// Line and column where a node (element or text) starts.
  TextPosition position_of(pugi::xml_node node) const;
  /// Line and column where an attribute's name starts.
  TextPosition position_of(pugi::xml_attribute attribute) const;
  /// Every element by its path below the root element, as the loader validated them.
  const ElementIndex& elements() const { return elements_; }

 private:
  AnnualReport(std::string text, std::string path);
  bool check_characters(LoadError* error) const;
  bool check_prolog(LoadError* error);
  bool validate(LoadError* error);

  std::string kind_ = "jaarverslag";
  std::string buffer_;  // parsed in place: pugixml's strings point into it
  std::string path_;
  LineIndex lines_;
  pugi::xml_document xml_;
  ElementIndex elements_;
  std::string swv_;
  std::string sector_;
  int jaar_ = 0;
};

}  // namespace swv
