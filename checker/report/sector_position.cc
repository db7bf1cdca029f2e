#include "report/sector_position.h"

#include <algorithm>
#include <set>

namespace swv {
namespace {

constexpr int kMaxDecimals = 9;

// A decimal string as mantissa × 10^-scale; exact for the figures rules give.
struct Decimal {
  __int128 mantissa = 0;
  int scale = 0;
};

std::optional<Decimal> parse_decimal(const std::string& text) {
  std::size_t i = 0;
  bool negative = !text.empty() && text[0] == '-';
  if (negative) i = 1;
  Decimal d;
  bool digits = false, point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (d.mantissa > (__int128{1} << 100)) return std::nullopt;  // far beyond any key figure
    d.mantissa = d.mantissa * 10 + (c - '0');
    digits = true;
    if (point && ++d.scale > kMaxDecimals) return std::nullopt;
  }
  if (!digits) return std::nullopt;
  if (negative) d.mantissa = -d.mantissa;
  return d;
}

__int128 scaled(const Decimal& d, int scale) {
  __int128 m = d.mantissa;
  for (int s = d.scale; s < scale; ++s) m *= 10;
  return m;
}

int compare(const Decimal& a, const Decimal& b) {
  int scale = std::max(a.scale, b.scale);
  __int128 x = scaled(a, scale), y = scaled(b, scale);
  return x < y ? -1 : (x > y ? 1 : 0);
}

std::string format_decimal(__int128 mantissa, int scale) {
  bool negative = mantissa < 0;
  if (negative) mantissa = -mantissa;
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(mantissa % 10)));
    mantissa /= 10;
  } while (mantissa > 0);
  if (scale > 0) {
    if (static_cast<int>(digits.size()) <= scale) digits.insert(0, static_cast<std::size_t>(scale + 1) - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(scale), ".");
  }
  return (negative ? "-" : "") + digits;
}

std::string sector_of(const std::string& swv) { return swv.substr(0, 2); }

}  // namespace

KengetalCollector::KengetalCollector(const RuleCatalog& catalog) {
  for (const auto& rule : catalog.rules())
    if (rule.kengetal) by_rule_[rule.id] = &*rule.kengetal;
}

void KengetalCollector::add(const std::vector<Finding>& findings) {
  for (const auto& f : findings) {
    auto rule = by_rule_.find(f.rule);
    if (rule == by_rule_.end() || is_carried_over(f)) continue;
    const KengetalRef& ref = *rule->second;
    auto [it, added] = values_.try_emplace({f.swv, f.jaar, ref.id});
    if (!added) continue;
    KengetalValue& v = it->second;
    v.swv = f.swv;
    v.jaar = f.jaar;
    v.kengetal = ref.id;
    if (auto value = f.values.find(ref.waarde); value != f.values.end()) {
      v.waarde = value->second;
    } else if (auto why = ref.reden.empty() ? f.values.end() : f.values.find(ref.reden); why != f.values.end()) {
      v.reden = why->second;
    } else {
      v.reden = f.status == Status::niet_te_beoordelen || f.status == Status::fout
                    ? f.message
                    : "de regel " + f.rule + " gaf geen waarde '" + ref.waarde + "'";
    }
  }
}

std::optional<std::string> percentile_rank(const std::string& value, const std::vector<std::string>& reference) {
  auto x = parse_decimal(value);
  if (!x || reference.empty()) return std::nullopt;
  __int128 below = 0, equal = 0;
  for (const auto& r : reference) {
    auto y = parse_decimal(r);
    if (!y) return std::nullopt;
    int c = compare(*y, *x);
    below += c < 0;
    equal += c == 0;
  }
  // (below + equal / 2) / n × 100 in tenths of a percent, half-up: (2·below + equal) · 500 / n.
  __int128 numerator = (2 * below + equal) * 500, n = static_cast<__int128>(reference.size());
  __int128 tenths = (2 * numerator + n) / (2 * n);
  return format_decimal(tenths, 1);
}

std::optional<std::string> median(std::vector<std::string> values) {
  if (values.empty()) return std::nullopt;
  std::vector<Decimal> parsed;
  for (const auto& v : values) {
    auto d = parse_decimal(v);
    if (!d) return std::nullopt;
    parsed.push_back(*d);
  }
  std::sort(parsed.begin(), parsed.end(), [](const Decimal& a, const Decimal& b) { return compare(a, b) < 0; });
  std::size_t n = parsed.size();
  if (n % 2 == 1) return format_decimal(parsed[n / 2].mantissa, parsed[n / 2].scale);
  const Decimal& a = parsed[n / 2 - 1];
  const Decimal& b = parsed[n / 2];
  int scale = std::max(a.scale, b.scale);
  __int128 sum = scaled(a, scale) + scaled(b, scale);
  if (sum % 2 != 0) return format_decimal(sum * 5, scale + 1);  // x.5 one decimal further down
  return format_decimal(sum / 2, scale);
}

std::vector<SectorPosition> sector_positions(const RuleCatalog& catalog, const std::vector<DocumentRecord>& documents,
                                             const KengetalCollector& checked, const KengetalCollector& reference) {
  // The reference values per (sector, kengetal), ascending; those that are no decimal are left out.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> pools;
  for (const auto& [key, v] : reference.values())
    if (v.waarde && parse_decimal(*v.waarde)) pools[{sector_of(v.swv), v.kengetal}].push_back(*v.waarde);
  for (auto& [key, pool] : pools)
    std::sort(pool.begin(), pool.end(),
              [](const std::string& a, const std::string& b) { return compare(*parse_decimal(a), *parse_decimal(b)) < 0; });

  std::set<std::pair<std::string, int>> reports;  // each SWV and year once, in that order
  for (const auto& d : documents)
    if (!d.error && d.kind == "jaarverslag" && !d.swv.empty()) reports.insert({d.swv, d.jaar});
  std::vector<SectorPosition> positions;
  for (const auto& [swv, jaar] : reports) {
    for (const auto& rule : catalog.rules()) {
      if (!rule.kengetal) continue;
      SectorPosition p;
      p.swv = swv;
      p.jaar = jaar;
      p.sector = sector_of(swv);
      p.kengetal = rule.kengetal->id;
      p.titel = rule.kengetal->titel;
      if (auto pool = pools.find({p.sector, p.kengetal}); pool != pools.end()) p.reference = pool->second;
      p.reference_count = p.reference.size();
      p.mediaan = median(p.reference);
      auto found = checked.values().find({swv, jaar, p.kengetal});
      if (found == checked.values().end()) {
        p.reden = "de regel " + rule.id + " gaf geen bevinding voor dit verslag (niet gekozen met --only, of de norm "
                  "gold niet op de peildatum)";
      } else if (!found->second.waarde) {
        p.reden = found->second.reden;
      } else {
        p.waarde = found->second.waarde;
        if (!parse_decimal(*p.waarde)) {
          p.reden = "de waarde '" + *p.waarde + "' is geen decimaal getal";
          p.waarde.reset();
        } else if (p.reference.empty()) {
          p.reden = "de referentieset heeft voor sector " + p.sector + " geen waarde van dit kengetal";
        } else {
          p.percentiel = percentile_rank(*p.waarde, p.reference);
        }
      }
      positions.push_back(std::move(p));
    }
  }
  return positions;
}

}  // namespace swv
