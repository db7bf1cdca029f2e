// What every loaded input document tells the engine about itself, whatever its format.
#pragma once

#include <string>

namespace swv {

class Document {
 public:
  virtual ~Document() = default;
  virtual const std::string& kind() const = 0;  ///< "jaarverslag", ...
  virtual const std::string& path() const = 0;  ///< as given on the command line
  virtual const std::string& swv() const = 0;   ///< SWV code, e.g. "PO2704"
  virtual const std::string& sector() const = 0;  ///< "PO", "VO" or empty
  virtual int jaar() const = 0;                   ///< the year the document is about
  /// The date norms are taken on (end of the verslagjaar), ISO notation.
  virtual std::string reference_date() const = 0;
};

}  // namespace swv
