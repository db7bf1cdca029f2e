#include "report/svg_chart.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "report/amounts.h"
#include "report/html_template.h"

namespace swv {
namespace {

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  std::string s = buffer;
  if (s == "-0.0") s = "0.0";
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string euro(std::int64_t cents) { return "€ " + dutch_amount(cents, true); }

// An axis from lo to hi (cents, lo <= 0 <= hi) in round steps of 1, 2 or 5 times a power of ten.
struct Axis {
  std::int64_t lo = 0, hi = 0, step = 1;
  explicit Axis(std::int64_t min_value, std::int64_t max_value) {
    min_value = std::min<std::int64_t>(min_value, 0);
    max_value = std::max<std::int64_t>(max_value, 0);
    if (max_value == min_value) max_value = min_value + 100;
    std::int64_t span = max_value - min_value;
    for (std::int64_t power = 1;; power *= 10) {
      for (std::int64_t m : {1, 2, 5}) {
        if ((span + m * power - 1) / (m * power) <= 5) {
          step = m * power;
          break;
        }
      }
      if ((span + step - 1) / step <= 5 || power > (std::int64_t(1) << 56)) break;
    }
    lo = min_value / step * step;
    if (lo > min_value) lo -= step;
    hi = max_value / step * step;
    if (hi < max_value) hi += step;
  }
  double fraction(std::int64_t v) const { return double(v - lo) / double(hi - lo); }
};

std::string legend(const ChartLabels& labels, double x, double y) {
  std::string s;
  s += "<rect class=\"bar\" x=\"" + num(x) + "\" y=\"" + num(y - 9) + "\" width=\"12\" height=\"10\"/>";
  s += "<text class=\"legend\" x=\"" + num(x + 16) + "\" y=\"" + num(y) + "\">" + html_escape(labels.value) + "</text>";
  s += "<rect class=\"excess\" x=\"" + num(x + 190) + "\" y=\"" + num(y - 9) + "\" width=\"12\" height=\"10\"/>";
  s += "<text class=\"legend\" x=\"" + num(x + 206) + "\" y=\"" + num(y) + "\">boven de " + html_escape(labels.threshold) + "</text>";
  s += "<line class=\"threshold\" x1=\"" + num(x + 400) + "\" y1=\"" + num(y - 10) + "\" x2=\"" + num(x + 400) + "\" y2=\"" +
       num(y + 1) + "\"/>";
  s += "<text class=\"legend\" x=\"" + num(x + 408) + "\" y=\"" + num(y) + "\">" + html_escape(labels.threshold) + "</text>";
  return s;
}

bool complete(const ThresholdBar& bar) { return bar.value.has_value() && bar.threshold.has_value(); }

}  // namespace

std::string svg_threshold_bars(const ChartLabels& labels, const std::vector<ThresholdBar>& bars) {
  const double width = 800, left = 170, plot = 440, row = 22, top = 34;
  std::int64_t lo = 0, hi = 0;
  for (const auto& bar : bars) {
    if (!complete(bar)) continue;
    lo = std::min({lo, *bar.value, *bar.threshold});
    hi = std::max({hi, *bar.value, *bar.threshold});
  }
  Axis axis(lo, hi);
  auto x = [&](std::int64_t v) { return left + axis.fraction(v) * plot; };
  double height = top + row * double(bars.size()) + 28;
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" + num(width) +
                  "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\">";
  s += "<title>" + html_escape(labels.title) + "</title>";
  s += legend(labels, left, 16);
  double bottom = top + row * double(bars.size());
  for (std::int64_t t = axis.lo; t <= axis.hi; t += axis.step) {
    s += "<line class=\"grid\" x1=\"" + num(x(t)) + "\" y1=\"" + num(top - 4) + "\" x2=\"" + num(x(t)) + "\" y2=\"" +
         num(bottom) + "\"/>";
    s += "<text class=\"axis\" x=\"" + num(x(t)) + "\" y=\"" + num(bottom + 14) + "\" text-anchor=\"middle\">" +
         html_escape(euro(t)) + "</text>";
  }
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto& bar = bars[i];
    double y = top + row * double(i);
    std::string label = "<text class=\"label\" x=\"" + num(left - 8) + "\" y=\"" + num(y + 15) +
                        "\" text-anchor=\"end\">" + html_escape(bar.label) + "</text>";
    s += "<g class=\"row\">";
    if (!bar.link.empty()) s += "<a href=\"" + html_escape(bar.link) + "\">" + label + "</a>";
    else s += label;
    if (!complete(bar)) {
      s += "<text class=\"none\" x=\"" + num(x(0) + 4) + "\" y=\"" + num(y + 15) + "\">geen gegevens</text></g>";
      continue;
    }
    std::int64_t value = *bar.value, threshold = *bar.threshold;
    s += "<title>" + html_escape(bar.label + ": " + labels.value + " " + euro(value) + ", " + labels.threshold + " " +
                                 euro(threshold)) +
         "</title>";
    auto rect = [&](const char* cls, std::int64_t from, std::int64_t to) {
      double a = x(std::min(from, to)), b = x(std::max(from, to));
      return "<rect class=\"" + std::string(cls) + "\" x=\"" + num(a) + "\" y=\"" + num(y + 4) + "\" width=\"" +
             num(std::max(b - a, 0.5)) + "\" height=\"" + num(row - 8) + "\"/>";
    };
    if (value > threshold && value > 0) {
      std::int64_t base = std::max<std::int64_t>(threshold, 0);
      if (base > 0) s += rect("bar", 0, base);
      s += rect("excess", base, value);
    } else {
      s += rect("bar", 0, value);
    }
    s += "<line class=\"threshold\" x1=\"" + num(x(threshold)) + "\" y1=\"" + num(y + 1) + "\" x2=\"" + num(x(threshold)) +
         "\" y2=\"" + num(y + row - 1) + "\"/>";
    std::string text = euro(value);
    if (value > threshold) {
      std::int64_t excess = value - threshold;  // in cents when less than a euro, so it never reads +0
      text += " (+€ " + dutch_amount(excess, excess >= 100) + ")";
    }
    s += "<text class=\"value\" x=\"" + num(std::max(x(value), x(threshold)) + 6) + "\" y=\"" + num(y + 15) + "\">" +
         html_escape(text) + "</text></g>";
  }
  return s + "</svg>";
}

std::string svg_threshold_years(const ChartLabels& labels, const std::vector<std::pair<int, ThresholdBar>>& years) {
  std::vector<std::pair<int, ThresholdBar>> points;
  for (const auto& point : years)
    if (complete(point.second)) points.push_back(point);
  const double left = 96, column = 90, top = 30, plot = 160;
  double width = std::max(left + column * double(points.size()) + 20, 620.0);
  double height = top + plot + 30;
  std::int64_t lo = 0, hi = 0;
  for (const auto& [jaar, p] : points) {
    lo = std::min({lo, *p.value, *p.threshold});
    hi = std::max({hi, *p.value, *p.threshold});
  }
  Axis axis(lo, hi);
  auto y = [&](std::int64_t v) { return top + plot - axis.fraction(v) * plot; };
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart years\" role=\"img\" width=\"" + num(width) +
                  "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\">";
  s += "<title>" + html_escape(labels.title) + "</title>";
  s += legend(labels, 10, 14);
  for (std::int64_t t = axis.lo; t <= axis.hi; t += axis.step) {
    s += "<line class=\"grid\" x1=\"" + num(left) + "\" y1=\"" + num(y(t)) + "\" x2=\"" + num(width - 10) + "\" y2=\"" +
         num(y(t)) + "\"/>";
    s += "<text class=\"axis\" x=\"" + num(left - 6) + "\" y=\"" + num(y(t) + 3) + "\" text-anchor=\"end\">" +
         html_escape(euro(t)) + "</text>";
  }
  std::string line;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& [jaar, p] = points[i];
    double cx = left + column * (double(i) + 0.5);
    double a = y(std::max<std::int64_t>(*p.value, 0)), b = y(std::min<std::int64_t>(*p.value, 0));
    s += "<g class=\"year\"><title>" +
         html_escape(std::to_string(jaar) + ": " + labels.value + " " + euro(*p.value) + ", " + labels.threshold + " " +
                     euro(*p.threshold)) +
         "</title>";
    s += "<rect class=\"" + std::string(*p.value > *p.threshold ? "excess" : "bar") + "\" x=\"" + num(cx - 22) +
         "\" y=\"" + num(a) + "\" width=\"44\" height=\"" + num(std::max(b - a, 0.5)) + "\"/>";
    s += "<circle class=\"point\" cx=\"" + num(cx) + "\" cy=\"" + num(y(*p.threshold)) + "\" r=\"3.5\"/>";
    s += "<text class=\"axis\" x=\"" + num(cx) + "\" y=\"" + num(top + plot + 16) + "\" text-anchor=\"middle\">" +
         std::to_string(jaar) + "</text></g>";
    if (!line.empty()) line += ' ';
    line.append(num(cx)).append(",").append(num(y(*p.threshold)));
  }
  if (points.size() > 1) s += "<polyline class=\"line\" points=\"" + line + "\"/>";
  return s + "</svg>";
}

std::string svg_position_strip(const std::string& title, const std::vector<std::string>& reference,
                               const std::optional<std::string>& median, const std::optional<std::string>& value) {
  constexpr double kWidth = 240, kLeft = 8, kRight = 232, kMid = 12;
  std::vector<double> points;
  for (const auto& r : reference) points.push_back(std::strtod(r.c_str(), nullptr));
  double lo = points.empty() ? 0 : *std::min_element(points.begin(), points.end());
  double hi = points.empty() ? 1 : *std::max_element(points.begin(), points.end());
  std::optional<double> dot;
  if (value) dot = std::strtod(value->c_str(), nullptr);
  if (dot) lo = std::min(lo, *dot), hi = std::max(hi, *dot);
  if (hi <= lo) hi = lo + 1;
  auto x = [&](double v) { return kLeft + (v - lo) / (hi - lo) * (kRight - kLeft); };
  std::string s = "<svg class=\"strip\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(kWidth) +
                  "\" height=\"24\" viewBox=\"0 0 240 24\" role=\"img\"><title>" + html_escape(title) + "</title>";
  s += "<line class=\"axis\" x1=\"" + num(kLeft) + "\" y1=\"" + num(kMid) + "\" x2=\"" + num(kRight) + "\" y2=\"" +
       num(kMid) + "\"/>";
  for (double p : points)
    s += "<line class=\"tick\" x1=\"" + num(x(p)) + "\" y1=\"8\" x2=\"" + num(x(p)) + "\" y2=\"16\"/>";
  if (median) {
    double m = x(std::strtod(median->c_str(), nullptr));
    s += "<line class=\"threshold\" x1=\"" + num(m) + "\" y1=\"3\" x2=\"" + num(m) + "\" y2=\"21\"/>";
  }
  if (dot) s += "<circle class=\"excess\" cx=\"" + num(x(*dot)) + "\" cy=\"12\" r=\"4\"/>";
  return s + "</svg>";
}

}  // namespace swv
