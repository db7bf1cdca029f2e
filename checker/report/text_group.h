// One SWV and year of the text report, from findings laid out one at a time: a finding's lines
// are written as soon as its unit is checked; only the order within the group and the folding
// of missing registrations wait for the end of the run, which needs the whole group and knows
// whether any registration was given.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.h"

namespace swv {

struct TextOptions {
  bool color = false;     ///< ANSI colours (only when writing to a terminal)
  bool verbose = false;   ///< evidence and norm for every finding, not only flagged ones
};

/// One finding as the text report shows it, with what ordering and folding need.
struct TextFinding {
  Status status = Status::fout;
  bool carried = false;   ///< carried over from the baseline: shown last, never folded
  std::string fold_kind;  ///< missing_registration(f): set when the finding may be folded
  std::string norm_id;    ///< for the folded line; only set with fold_kind
  std::string rule;       ///< for the folded line; only set with fold_kind
  std::string lines;      ///< what the report shows for it, each line ending in "\n"
};

/// The finding's lines: status, rule, message and norm id; for a flagged finding (any with
/// --verbose) its evidence and norm.
TextFinding lay_out_text_finding(const Finding& f, const TextOptions& options, bool baseline);

/// One SWV and year: its findings, most serious first, carried-over ones last. With
/// `fold_registrations` (no registration in the run) the findings that only say a registration
/// is missing become one line (after the niet-te-beoordelen ones). Nothing for no findings.
void write_text_group(std::ostream& out, const std::string& swv, int jaar, const std::string& document,
                      std::vector<TextFinding> findings, const TextOptions& options, bool baseline,
                      bool fold_registrations);

/// Laid-out findings as bytes and back, for the text report's spill file.
void encode_text_findings(const std::vector<TextFinding>& findings, std::string* out);
/// Throws std::runtime_error on bytes encode_text_findings did not write.
std::vector<TextFinding> decode_text_findings(std::string_view data);

/// `text` followed by spaces up to `width` bytes.
std::string padded(std::string text, std::size_t width);
/// `text` in the status's colour when options.color is set.
std::string paint(const TextOptions& options, Status s, const std::string& text);

}  // namespace swv
