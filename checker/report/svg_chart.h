// Charts drawn as inline SVG for the HTML report; generic over what they show (the HTML report
// names the rule and values). All text goes through html_escape; coordinates are rounded to
// 0.1 px so the same data always draw the same bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swv {

struct ChartLabels {
  std::string title;      ///< the chart's accessible title
  std::string value;      ///< e.g. "publiek eigen vermogen"
  std::string threshold;  ///< e.g. "signaleringswaarde"
};

/// One row of a threshold chart: a value against its threshold, amounts in cents.
struct ThresholdBar {
  std::string label;  ///< e.g. "PO2704 2023"
  std::string link;   ///< fragment of the detail section ("#swv-PO2704-2023"), may be empty
  std::optional<std::int64_t> value;
  std::optional<std::int64_t> threshold;
};

/// Horizontal bars, one per row: the value from zero, the threshold as a dark mark, the part
/// of the value beyond the threshold in the alarm colour (class "excess"). Rows without both
/// amounts say "geen gegevens".
std::string svg_threshold_bars(const ChartLabels& labels, const std::vector<ThresholdBar>& bars);

/// One SWV over the years: a column per year for the value (alarm colour above the threshold)
/// and the threshold as a line with points. Years without both amounts are left out.
std::string svg_threshold_years(const ChartLabels& labels, const std::vector<std::pair<int, ThresholdBar>>& years);

/// A small strip for one key figure in its sector: the reference values as ticks on a line from
/// their lowest to their highest, the median as a taller dark mark and `value` (when given) as a
/// dot. `title` is the accessible title. Values are decimal strings; positions use doubles, which
/// only draw (the percentile and median are computed exactly elsewhere).
std::string svg_position_strip(const std::string& title, const std::vector<std::string>& reference,
                               const std::optional<std::string>& median, const std::optional<std::string>& value);

}  // namespace swv
