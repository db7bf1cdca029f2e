#include "report/html_report.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

#include "report/acceptances.h"
#include "report/amounts.h"
#include "report/html_template.h"
#include "report/registration_fold.h"
#include "report/summary.h"
#include "report/svg_chart.h"

namespace swv {
namespace {

// The charts of a value against its threshold: which rule's findings they draw and which two
// of its values. The only place in the report that names them.
struct ThresholdChart {
  const char* rule;
  const char* value;
  const char* threshold;
  const char* title;
  const char* value_label;
  const char* threshold_label;
};
constexpr ThresholdChart kThresholdCharts[] = {
    {"reserves.signaleringswaarde", "publiek_eigen_vermogen", "signaleringswaarde",
     "Publiek eigen vermogen en signaleringswaarde", "publiek eigen vermogen", "signaleringswaarde"},
};

std::string esc(const std::string& text) { return html_escape(text); }

std::string anchor(const std::string& swv, int jaar) {
  std::string id = "swv-";
  for (char c : swv + "-" + std::to_string(jaar))
    id += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
  return id;
}

std::string status_class(Status s) { return "st-" + to_string(s); }

std::string status_badge(Status s) {
  return "<span class=\"badge " + status_class(s) + "\">" + esc(to_string(s)) + "</span>";
}

std::string baseline_badge(Baseline b) {
  return "<span class=\"mark mark-" + to_string(b) + "\">" + esc(to_string(b)) + "</span>";
}

// An amount as a Dutch number ("1.234,56"); other values as they are.
std::string shown_value(const std::string& value) {
  auto cents = amount_cents(value);
  return cents ? dutch_amount(*cents) : value;
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

struct Counts {
  std::map<Status, int> status;
  int nieuw = 0, opgelost = 0, niet_meer = 0;  // niet_meer: niet-meer-te-beoordelen
  void add(const Finding& f) {
    if (!is_carried_over(f)) ++status[f.status];
    if (f.baseline == Baseline::nieuw) ++nieuw;
    if (f.baseline == Baseline::opgelost) ++opgelost;
    if (f.baseline == Baseline::niet_meer_te_beoordelen) ++niet_meer;
  }
  bool changed() const { return nieuw || opgelost || niet_meer; }
  int count(Status s) const {
    auto it = status.find(s);
    return it == status.end() ? 0 : it->second;
  }
  bool empty() const { return status.empty() && !changed(); }
  std::optional<Status> worst() const {
    for (auto s : kStatusOrder)
      if (count(s)) return s;
    return std::nullopt;
  }
  // Sorts the most serious first when sorted descending.
  long long sort_key() const {
    return count(Status::overtreding) * 1000000LL + count(Status::signaal) * 10000LL + count(Status::fout) * 100LL +
           count(Status::niet_te_beoordelen);
  }
};

std::string changes(const Counts& counts) {
  std::string s;
  if (counts.nieuw) s += "<span class=\"mark mark-nieuw\">▲ " + std::to_string(counts.nieuw) + " nieuw</span>";
  if (counts.opgelost)
    s += "<span class=\"mark mark-opgelost\">▼ " + std::to_string(counts.opgelost) + " opgelost</span>";
  if (counts.niet_meer)
    s += "<span class=\"mark mark-niet-meer-te-beoordelen\">? " + std::to_string(counts.niet_meer) +
         " niet meer te beoordelen</span>";
  return s;
}

// What the overview and the charts need of one SWV and year: counts per family, the weight and,
// per threshold chart, the values of the first finding of its rule. Made while findings come
// in, so the findings themselves need not be kept.
struct GroupDigest {
  std::map<std::string, Counts> per_family;
  Counts total;
  int weight = 0;
  struct Bar {
    std::optional<long long> value, threshold;
  };
  std::vector<std::optional<Bar>> bars = std::vector<std::optional<Bar>>(std::size(kThresholdCharts));

  void add(const Finding& f) {
    per_family[f.family].add(f);
    total.add(f);
    if (is_carried_over(f)) return;
    weight += finding_weight(f.status);
    for (std::size_t i = 0; i < std::size(kThresholdCharts); ++i) {
      if (bars[i] || f.rule != kThresholdCharts[i].rule) continue;
      Bar bar;
      if (auto v = f.values.find(kThresholdCharts[i].value); v != f.values.end()) bar.value = amount_cents(v->second);
      if (auto t = f.values.find(kThresholdCharts[i].threshold); t != f.values.end()) bar.threshold = amount_cents(t->second);
      bars[i] = bar;
    }
  }
};

// One SWV and year as the overview and charts see it.
struct GroupView {
  std::string swv;
  int jaar = 0;
  const GroupDigest* digest = nullptr;
  std::string document;  ///< the group's document (GroupKey)
  std::string anchor;    ///< the id of its details: set by name_groups
  bool shares_year = false;  ///< another report of the same SWV and year is in the run
};

// Gives each group its anchor; two reports of one SWV and year get their own
// ("swv-PO2704-2023", "swv-PO2704-2023-2") and are named by their file.
void name_groups(std::vector<GroupView>* views) {
  std::map<std::pair<std::string, int>, int> total, placed;
  for (const auto& view : *views) ++total[{view.swv, view.jaar}];
  for (auto& view : *views) {
    int n = ++placed[{view.swv, view.jaar}];
    view.anchor = anchor(view.swv, view.jaar) + (n > 1 ? "-" + std::to_string(n) : "");
    view.shares_year = total[{view.swv, view.jaar}] > 1;
  }
}

std::string overview(const std::vector<GroupView>& groups, const BatchSummary& batch, bool baseline) {
  if (groups.empty()) return "<p class=\"leeg\">Geen jaarverslagen gecontroleerd.</p>";
  std::string s = "<table id=\"overzicht-tabel\" class=\"overview sortable\"><thead><tr>"
                  "<th scope=\"col\">SWV</th><th scope=\"col\">Jaar</th>";
  for (const auto& family : batch.families)
    s += "<th scope=\"col\" data-family=\"" + esc(family.family) + "\">" + esc(family.title) + "</th>";
  s += "<th scope=\"col\">Gewicht</th>";
  if (baseline) s += "<th scope=\"col\">Sinds vorig rapport</th>";
  s += "</tr></thead><tbody>";
  for (const auto& group : groups) {
    const auto& per_family = group.digest->per_family;
    const Counts& total = group.digest->total;
    int weight = group.digest->weight;
    s += "<tr><th scope=\"row\" data-sort=\"" + esc(group.swv) + "\"><a href=\"#" + group.anchor + "\">" +
         esc(group.swv) + "</a>" +
         (group.shares_year ? " <small><code>" + esc(group.document) + "</code></small>" : std::string()) +
         "</th><td class=\"num\">" + std::to_string(group.jaar) + "</td>";
    for (const auto& family : batch.families) {
      auto it = per_family.find(family.family);
      if (it == per_family.end() || it->second.empty()) {
        s += "<td class=\"cel st-geen\" data-sort=\"-1\">—</td>";
        continue;
      }
      const Counts& c = it->second;
      auto worst = c.worst();
      s += "<td class=\"cel " + (worst ? status_class(*worst) : std::string("st-geen")) + "\" data-sort=\"" +
           std::to_string(c.sort_key()) + "\">";
      for (auto status : kStatusOrder)
        if (c.count(status)) s += "<span class=\"n\">" + std::to_string(c.count(status)) + " " + esc(to_string(status)) + "</span>";
      if (baseline) s += changes(c);
      s += "</td>";
    }
    s += "<td class=\"num\">" + std::to_string(weight) + "</td>";
    if (baseline)
      s += "<td class=\"changes\" data-sort=\"" +
           std::to_string(total.nieuw * 1000000LL + total.niet_meer * 1000LL + total.opgelost) + "\">" +
           (total.changed() ? changes(total) : std::string("geen wijziging")) + "</td>";
    s += "</tr>";
  }
  return s + "</tbody></table>";
}

// The rules that did not apply to some documents, per rule and reason; nothing when none.
std::string not_applicable_table(const std::vector<NotApplicable>& counts) {
  if (counts.empty()) return "";
  std::string s = "<h3>Niet van toepassing</h3><p class=\"uitleg\">Deze regels gaven geen bevinding voor een aantal "
                  "documenten: de norm gold niet op hun peildatum.</p><table id=\"niet-van-toepassing\" class=\"counts\">"
                  "<thead><tr><th scope=\"col\">Norm</th><th scope=\"col\">Regel</th><th scope=\"col\">Documenten</th>"
                  "<th scope=\"col\">Waarom</th></tr></thead><tbody>";
  for (const auto& n : counts)
    s += "<tr><td>" + esc(n.norm.id) + "</td><td><code>" + esc(n.rule) + "</code></td><td class=\"num\">" +
         std::to_string(n.documents) + "</td><td>" + esc(n.message()) + "</td></tr>";
  return s + "</tbody></table>";
}

std::string summary_tables(const Summary& summary, const BatchSummary& batch) {
  std::string s;
  for (const auto& warning : summary.warnings) s += "<p class=\"waarschuwing\"><strong>Let op:</strong> " + esc(warning) + "</p>";
  s += "<div class=\"twee\"><div><h3>Per familie</h3><table class=\"counts sortable\"><thead><tr><th scope=\"col\">Familie</th>";
  for (auto status : kStatusOrder) s += "<th scope=\"col\" class=\"" + status_class(status) + "\">" + esc(to_string(status)) + "</th>";
  s += "</tr></thead><tbody>";
  for (const auto& family : batch.families) {
    s += "<tr><th scope=\"row\">" + esc(family.title) + "</th>";
    for (auto status : kStatusOrder) s += "<td class=\"num\">" + std::to_string(family.count(status)) + "</td>";
    s += "</tr>";
  }
  s += "</tbody><tfoot><tr><th scope=\"row\">Totaal</th>";
  for (auto status : kStatusOrder) s += "<td class=\"num\">" + std::to_string(summary.count(status)) + "</td>";
  s += "</tr></tfoot></table></div>";
  s += "<div><h3>Ranglijst SWV's</h3><p class=\"uitleg\">Gewicht: overtreding " +
       std::to_string(finding_weight(Status::overtreding)) + ", signaal " + std::to_string(finding_weight(Status::signaal)) +
       ".</p>";
  std::string rows;
  int place = 0;
  for (const auto& rank : batch.ranking) {
    if (rank.weight == 0) continue;
    rows += "<tr><td class=\"num\">" + std::to_string(++place) + "</td><th scope=\"row\">" + esc(rank.swv) +
            "</th><td class=\"num\">" + std::to_string(rank.weight) + "</td><td class=\"num\">" +
            std::to_string(rank.count(Status::overtreding)) + "</td><td class=\"num\">" +
            std::to_string(rank.count(Status::signaal)) + "</td></tr>";
  }
  if (place == 0) {
    s += "<p class=\"leeg\">Geen SWV met een overtreding of signaal.</p>";
  } else {
    s += "<table id=\"ranglijst\" class=\"counts sortable\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">SWV</th>"
         "<th scope=\"col\">Gewicht</th><th scope=\"col\">overtreding</th><th scope=\"col\">signaal</th></tr></thead><tbody>" +
         rows + "</tbody></table>";
  }
  return s + "</div></div>" + not_applicable_table(summary.not_applicable);
}

std::string charts(const std::vector<GroupView>& groups) {
  std::string s;
  for (std::size_t c = 0; c < std::size(kThresholdCharts); ++c) {
    const auto& chart = kThresholdCharts[c];
    ChartLabels labels{chart.title, chart.value_label, chart.threshold_label};
    std::vector<ThresholdBar> bars;
    std::map<std::string, std::vector<std::pair<int, ThresholdBar>>> per_swv;
    for (const auto& group : groups) {
      const auto& first = group.digest->bars[c];
      if (!first) continue;
      std::string label = group.swv + " " + std::to_string(group.jaar);
      if (group.shares_year) label += " (" + std::filesystem::path(group.document).filename().string() + ")";
      ThresholdBar bar{label, "#" + group.anchor, first->value, first->threshold};
      bars.push_back(bar);
      per_swv[group.swv].push_back({group.jaar, bar});
    }
    if (bars.empty()) continue;
    s += "<figure class=\"grafiek\" data-rule=\"" + esc(chart.rule) + "\"><figcaption>" + esc(chart.title) +
         " per SWV en jaar</figcaption>" + svg_threshold_bars(labels, bars) + "</figure>";
    for (const auto& [swv, years] : per_swv) {
      int complete = static_cast<int>(std::count_if(years.begin(), years.end(), [](const auto& y) {
        return y.second.value && y.second.threshold;
      }));
      if (complete < 2) continue;
      ChartLabels over_years{std::string(chart.title) + ": " + swv + " over de jaren", chart.value_label,
                             chart.threshold_label};
      s += "<figure class=\"grafiek jaren\" data-rule=\"" + esc(chart.rule) + "\" data-swv=\"" + esc(swv) +
           "\"><figcaption>" + esc(over_years.title) + "</figcaption>" + svg_threshold_years(over_years, years) +
           "</figure>";
    }
  }
  if (s.empty()) return "<p class=\"leeg\">Geen gegevens voor grafieken (de regel over de signaleringswaarde gaf geen uitkomst).</p>";
  return s;
}

std::string failed_documents(const std::vector<DocumentRecord>& documents) {
  std::string failed, notes;
  for (const auto& d : documents) {
    if (d.error) {
      std::string place;
      if (d.error->line > 0) place = "regel " + std::to_string(d.error->line);
      if (d.error->column > 0) place += ", kolom " + std::to_string(d.error->column);
      failed += "<tr><td><code>" + esc(d.path) + "</code></td><td>" + esc(place) + "</td><td>" + esc(d.error->message) +
                "</td></tr>";
    }
    for (const auto& e : d.line_errors)
      notes += "<tr><td><code>" + esc(d.path) + "</code></td><td>regel " + std::to_string(e.line) +
               "</td><td>regel niet gebruikt: " + esc(e.message) + "</td></tr>";
    for (const auto& w : d.warnings) notes += "<tr><td><code>" + esc(d.path) + "</code></td><td></td><td>" + esc(w) + "</td></tr>";
  }
  std::string s;
  if (failed.empty()) s += "<p class=\"leeg\">Alle documenten zijn geladen.</p>";
  else
    s += "<table id=\"niet-geladen-tabel\" class=\"errors\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Plaats</th>"
         "<th scope=\"col\">Fout</th></tr></thead><tbody>" + failed + "</tbody></table>";
  if (!notes.empty())
    s += "<h3>Opmerkingen bij documenten</h3><table class=\"errors\"><thead><tr><th scope=\"col\">Document</th>"
         "<th scope=\"col\">Plaats</th><th scope=\"col\">Opmerking</th></tr></thead><tbody>" + notes + "</tbody></table>";
  return s;
}

std::string finding_row(const Finding& f, bool baseline) {
  bool carried = is_carried_over(f);
  std::string s = "<tr class=\"finding " + (carried ? std::string("carried") : status_class(f.status)) + "\">";
  s += "<td>" + (carried ? std::string("<span class=\"badge st-geen\">—</span>") : status_badge(f.status)) + "</td>";
  if (baseline) s += "<td>" + (f.baseline ? baseline_badge(*f.baseline) : std::string()) + "</td>";
  s += "<td><code>" + esc(f.rule) + "</code></td><td><p class=\"bericht\">" + esc(f.message) + "</p>";
  if (f.accepted)
    s += "<p class=\"uitleg\"><span class=\"mark\">" + std::string(f.accepted->expired ? "acceptatie verlopen" : "geaccepteerd") +
         "</span> " + esc(describe_acceptance(*f.accepted)) + "</p>";
  if (carried)
    s += "<p class=\"uitleg\">Uit het vorige rapport (" + std::to_string(f.jaar) + ", " + esc(to_string(f.status)) +
         "); deze controle gaf deze bevinding niet meer" +
         (f.baseline == Baseline::niet_meer_te_beoordelen ? ", en de regel kon dit SWV niet beoordelen" : "") + ".</p>";
  if (!f.values.empty()) {
    s += "<dl class=\"waarden\">";
    for (const auto& [name, value] : f.values) s += "<dt>" + esc(name) + "</dt><dd>" + esc(shown_value(value)) + "</dd>";
    s += "</dl>";
  }
  s += "</td><td>";
  if (!f.evidence.empty()) {
    s += "<ul class=\"bewijs\">";
    for (const auto& e : f.evidence) {
      std::string where = e.document + (e.line > 0 ? ":" + std::to_string(e.line) : "");
      s += "<li><code>" + esc(where) + "</code> <span class=\"xpath\">" + esc(e.path) + "</span></li>";
    }
    s += "</ul>";
  }
  s += "</td><td class=\"norm\">";
  if (!f.norm->id.empty()) s += "<strong>" + esc(f.norm->id) + "</strong> ";
  s += esc(f.norm->title);
  if (!f.norm->source.empty()) s += "<br/><span class=\"bron\">" + esc(f.norm->source) + "</span>";
  if (!f.norm->in_force_from.empty()) s += "<br/><span class=\"bron\">van kracht vanaf " + esc(f.norm->in_force_from) + "</span>";
  if (!f.norm->in_force_until.empty()) s += "<br/><span class=\"bron\">van kracht tot en met " + esc(f.norm->in_force_until) + "</span>";
  if (!f.params.empty()) {
    s += "<dl class=\"waarden params\">";
    for (const auto& [name, value] : f.params) s += "<dt>" + esc(name) + "</dt><dd>" + esc(value) + "</dd>";
    s += "</dl>";
  }
  return s + "</td></tr>";
}

// The registration rules that could not judge for want of any registration, as one row.
std::string folded_row(const FoldedRegistrations& folded, bool baseline) {
  std::string s = "<tr class=\"finding " + status_class(Status::niet_te_beoordelen) + " registraties\"><td>" +
                  status_badge(Status::niet_te_beoordelen) + "</td>";
  if (baseline) s += "<td></td>";
  s += "<td><code>" + esc(folded.rule_list()) + "</code></td><td><p class=\"bericht\">" + esc(folded.line()) +
       "</p><p class=\"uitleg\">" + esc(folded.hint()) + ".</p></td><td></td><td class=\"norm\">";
  for (std::size_t i = 0; i < folded.norms.size(); ++i) s += (i ? ", " : "") + ("<strong>" + esc(folded.norms[i]) + "</strong>");
  return s + "</td></tr>";
}

// --store: per SWV, every key that was ever flagged, its status per year (the latest run of
// that year) and since when it holds; keys that were always fine are left out.
std::string history_section(const std::vector<KeyHistory>& histories) {
  std::string s = "<h3 id=\"geschiedenis\">Geschiedenis per SWV (uit de findings-store)</h3>";
  std::map<std::string, std::vector<const KeyHistory*>> per_swv;
  for (const auto& h : histories) {
    auto years = h.by_year();
    if (std::any_of(years.begin(), years.end(), [](const StoredStatus& y) { return is_flagged(y.status); }))
      per_swv[h.swv].push_back(&h);
    else
      per_swv[h.swv];
  }
  for (const auto& [swv, keys] : per_swv) {
    s += "<h4>" + esc(swv) + "</h4>";
    if (keys.empty()) {
      s += "<p class=\"leeg\">In geen enkel jaar een overtreding of signaal.</p>";
      continue;
    }
    std::set<int> all_years;
    for (const auto* h : keys)
      for (const auto& y : h->seen) all_years.insert(y.jaar);
    s += "<table class=\"history\"><thead><tr><th scope=\"col\">Bevinding</th>";
    for (int year : all_years) s += "<th scope=\"col\">" + std::to_string(year) + "</th>";
    s += "<th scope=\"col\">Verloop</th></tr></thead><tbody>";
    for (const auto* h : keys) {
      s += "<tr><td><code>" + esc(h->key) + "</code>" + (h->norm_id.empty() ? "" : " " + esc(h->norm_id)) + "</td>";
      auto years = h->by_year();
      for (int year : all_years) {
        auto it = std::find_if(years.begin(), years.end(), [&](const StoredStatus& y) { return y.jaar == year; });
        s += "<td>" + (it == years.end() ? std::string("—") : status_badge(it->status)) + "</td>";
      }
      std::string course = "sinds " + std::to_string(h->since());
      for (const auto& [resolved, back] : h->came_back())
        course += "; opgelost in " + std::to_string(resolved) + ", teruggekomen in " + std::to_string(back);
      s += "<td>" + esc(course) + "</td></tr>";
    }
    s += "</tbody></table>";
  }
  return s;
}

// Every entry of the accept file with its state, so unused and expired ones show.
std::string acceptances_table(const AcceptanceMarker& marker) {
  std::string s = "<h3>Acceptaties (" + esc(marker.path()) +
                  ")</h3><table class=\"errors\"><thead><tr><th scope=\"col\">Staat</th><th scope=\"col\">Regel</th>"
                  "<th scope=\"col\">SWV</th><th scope=\"col\">Jaar</th><th scope=\"col\">Reden</th>"
                  "<th scope=\"col\">Wie, datum</th><th scope=\"col\">Verloopt</th><th scope=\"col\">Bevindingen</th>"
                  "</tr></thead><tbody>";
  for (const auto& [entry, state, findings] : marker.states())
    s += "<tr><td>" + esc(to_string(state)) + "</td><td><code>" + esc(entry->rule) + "</code>" +
         (entry->subject ? " " + esc(*entry->subject) : std::string()) + "</td><td>" + esc(entry->swv) + "</td><td>" +
         (entry->jaar ? std::to_string(*entry->jaar) : std::string("elk jaar")) + "</td><td>" + esc(entry->reason) +
         "</td><td>" + esc(entry->who + ", " + entry->date) + "</td><td>" + esc(entry->expires) + "</td><td>" +
         std::to_string(findings) + "</td></tr>";
  return s + "</tbody></table>";
}

// One SWV and year with all its findings, most serious first.
std::string detail_section(const GroupView& group, std::vector<const Finding*> findings, bool baseline,
                           bool fold_registrations) {
  const std::string& swv = group.swv;
  int jaar = group.jaar;
  const std::string& document = group.document;
  std::string s;
  {
    sort_for_display(&findings);
    Counts counts;
    for (const auto* f : findings) counts.add(*f);
    FoldedRegistrations folded;
    if (fold_registrations) folded = fold_missing_registrations(&findings);
    s += "<section class=\"swv\" id=\"" + group.anchor + "\"><h3>" + esc(swv) + " · " + std::to_string(jaar) +
         " <small><code>" + esc(document) + "</code></small></h3><p class=\"telling\">";
    bool first = true;
    for (auto status : kStatusOrder) {
      if (!counts.count(status)) continue;
      s += (first ? "" : " · ") + status_badge(status) + " " + std::to_string(counts.count(status));
      first = false;
    }
    if (first) s += "Geen bevindingen: geen regel was van toepassing.";
    s += "</p>";
    if (!findings.empty() || !folded.empty()) {
      s += "<table class=\"findings\"><thead><tr><th scope=\"col\">Status</th>";
      if (baseline) s += "<th scope=\"col\">Sinds vorig rapport</th>";
      s += "<th scope=\"col\">Regel</th><th scope=\"col\">Bevinding en waarden</th><th scope=\"col\">Bewijs</th>"
           "<th scope=\"col\">Norm</th></tr></thead><tbody>";
      std::size_t fold_at = folded_position(findings);
      for (std::size_t i = 0; i < findings.size(); ++i) {
        if (i == fold_at && !folded.empty()) s += folded_row(folded, baseline);
        s += finding_row(*findings[i], baseline);
      }
      if (fold_at == findings.size() && !folded.empty()) s += folded_row(folded, baseline);
      s += "</tbody></table>";
    }
    s += "<p class=\"terug\"><a href=\"#overzicht\">terug naar het overzicht</a></p></section>";
  }
  return s;
}

const char* const kNoDetails = "<p class=\"leeg\">Geen bevindingen.</p>";

std::string legend() {
  std::string s = "<p class=\"legenda\">";
  for (auto status : kStatusOrder) s += status_badge(status) + " ";
  return s + "</p>";
}

// --reference: each SWV's key figures with percentile, sector median and a strip against the
// reference values of its sector.
std::string reference_section(const SectorReference& reference) {
  std::string s = "<section id=\"sector\"><h2>Positie in de sector</h2><p class=\"uitleg\">Referentieset " +
                  esc(reference.folder) + ": " + plural(static_cast<int>(reference.reports), "jaarverslag", "jaarverslagen") +
                  ". Percentiel = (aantal lager + de helft van het aantal gelijk) / aantal × 100, per sector (PO/VO). "
                  "Streepjes: de referentiewaarden; zwarte lijn: de mediaan; rode stip: het SWV.</p>";
  for (const auto& w : reference.warnings) s += "<p class=\"waarschuwing\">Let op: " + esc(w) + "</p>";
  s += "<table class=\"sector\"><thead><tr><th>SWV</th><th>jaar</th><th>kengetal</th><th>waarde</th><th>percentiel</th>"
       "<th>mediaan</th><th>n</th><th>in de sector</th></tr></thead><tbody>";
  for (const auto& p : reference.positions) {
    s += "<tr data-kengetal=\"" + esc(p.kengetal) + "\"><td>" + esc(p.swv) + "</td><td>" + std::to_string(p.jaar) +
         "</td><td>" + esc(p.titel) + "</td><td>" + esc(p.waarde.value_or("–")) + "</td><td>" +
         esc(p.percentiel.value_or("–")) + "</td><td>" + esc(p.mediaan.value_or("–")) + " (" + esc(p.sector) +
         ")</td><td>" + std::to_string(p.reference_count) + "</td><td>";
    if (!p.reference.empty())
      s += svg_position_strip(p.titel + " " + p.swv + " " + std::to_string(p.jaar) + " in sector " + p.sector,
                              p.reference, p.mediaan, p.waarde);
    if (!p.reden.empty()) s += "<span class=\"reden\">niet te bepalen: " + esc(p.reden) + "</span>";
    s += "</td></tr>";
  }
  return s + "</tbody></table></section>";
}

// The page around the details, which go where `details` says (all of them, or a marker the
// streaming writer cuts at).
std::string render_page(const std::vector<GroupView>& groups, const Summary& summary, const BatchSummary& batch,
                        const std::vector<DocumentRecord>& documents, const ReportContext& context,
                        const std::string& details) {
  bool baseline = !context.baseline_path.empty();
  TemplateValues values;
  values.text["tool_version"] = context.tool_version;
  values.text["rules_version"] = context.rules_version;
  values.text["checked_on"] = context.checked_on;
  values.text["documents"] = plural(summary.documents, "document", "documenten") + ", waarvan " +
                             std::to_string(summary.errors) + " niet geladen; " + plural(batch.swvs, "SWV", "SWV's");
  std::string totals;
  for (auto status : kStatusOrder) totals += (totals.empty() ? "" : ", ") + to_string(status) + " " + std::to_string(summary.count(status));
  if (context.acceptances) totals += "; geaccepteerd " + std::to_string(summary.accepted);
  values.text["totals"] = totals;
  std::string compared;
  if (baseline) {
    compared = "Vergeleken met " + context.baseline_path;
    if (!context.baseline_checked_on.empty()) compared += " (gecontroleerd op " + context.baseline_checked_on + ")";
    compared += ":";
    for (const auto& [mark, n] : summary.by_baseline) compared += " " + to_string(mark) + " " + std::to_string(n);
    compared += ".";
    if (!context.baseline_warning.empty()) compared += " Let op: " + context.baseline_warning + ".";
  }
  values.text["baseline"] = compared;
  values.markup["legend"] = {legend()};
  values.markup["overview"] = {overview(groups, batch, baseline)};
  values.markup["summary"] = {summary_tables(summary, batch) +
                               (context.acceptances ? acceptances_table(*context.acceptances) : std::string())};
  values.markup["charts"] = {charts(groups) + (context.history ? history_section(*context.history) : std::string())};
  values.markup["reference"] = {context.reference ? reference_section(*context.reference) : ""};
  values.markup["failed"] = {failed_documents(documents)};
  values.markup["details"] = {details};
  return render_template(html_report_template(), values);
}

}  // namespace

std::string write_html_report(const CheckResult& result, const ReportContext& context) {
  bool baseline = !context.baseline_path.empty();
  auto groups = group_by_swv_year(result);
  std::vector<GroupDigest> digests(groups.size());
  std::vector<GroupView> views;
  std::string details;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    for (const auto* f : groups[i].findings) digests[i].add(*f);
    views.push_back({groups[i].swv, groups[i].jaar, &digests[i], groups[i].document, {}, false});
  }
  name_groups(&views);
  bool fold = no_registrations_given(result.documents);
  for (std::size_t i = 0; i < groups.size(); ++i) details += detail_section(views[i], groups[i].findings, baseline, fold);
  FindingTallies tallies = tallies_of(result);
  return render_page(views, summarize(result.documents, tallies), summarize_batch(result.documents, tallies, context.catalog),
                     result.documents, context, details.empty() ? kNoDetails : details);
}

struct HtmlReportWriter::Group {
  std::vector<FindingLog::Entry> entries;
  std::vector<const Finding*> carried;  ///< into carried_, placed by finish()
  GroupDigest digest;
};

HtmlReportWriter::HtmlReportWriter(const ReportContext& context, const std::string& spill_directory)
    : context_(context), log_(spill_directory) {}

HtmlReportWriter::~HtmlReportWriter() = default;

void HtmlReportWriter::add(std::vector<Finding>&& findings) {
  std::size_t carried_before = carried_.size();
  split_by_swv_year(std::move(findings), &carried_, [&](std::vector<Finding>&& part) {
    auto& group = groups_[group_key(part.front())];
    if (!group) group = std::make_unique<Group>();
    for (const auto& f : part) {
      tallies_.add(f);
      group->digest.add(f);
    }
    group->entries.push_back(log_.append(part));
  });
  for (std::size_t i = carried_before; i < carried_.size(); ++i) tallies_.add(carried_[i]);
}

bool HtmlReportWriter::finish(const std::vector<DocumentRecord>& documents,
                              const std::function<bool(std::string_view)>& write) {
  // Every loaded annual report has a group, also without findings, named after its file.
  for (const auto& d : documents) {
    if (!names_group(d)) continue;
    auto& group = groups_[{d.swv, d.jaar, d.path}];
    if (!group) group = std::make_unique<Group>();
  }
  // As group_by_swv_year: a carried-over finding joins the year it was compared with.
  for (const auto& f : carried_) {
    auto& group = groups_[carried_over_group(groups_, f)];
    if (!group) group = std::make_unique<Group>();  // the SWV has no group yet: the finding makes its own
    group->carried.push_back(&f);
    group->digest.add(f);
  }
  bool baseline = !context_.baseline_path.empty();
  bool fold = no_registrations_given(documents);
  std::vector<GroupView> views;
  for (const auto& [key, group] : groups_) views.push_back({key.swv, key.jaar, &group->digest, key.document, {}, false});
  name_groups(&views);
  const std::string marker = "\x01swvcheck-details\x01";
  std::string page = render_page(views, summarize(documents, tallies_), summarize_batch(documents, tallies_, context_.catalog),
                                 documents, context_, marker);
  auto at = page.find(marker);
  if (at == std::string::npos || page.find(marker, at + 1) != std::string::npos)
    throw std::logic_error("HtmlReportWriter: the details marker is not in the page once");
  if (!write(std::string_view(page).substr(0, at))) return false;
  if (groups_.empty() && !write(kNoDetails)) return false;
  std::size_t index = 0;
  for (const auto& [key, group] : groups_) {
    std::vector<Finding> findings;
    for (const auto& entry : group->entries) {
      auto part = log_.read(entry);
      std::move(part.begin(), part.end(), std::back_inserter(findings));
    }
    std::vector<const Finding*> pointers;
    for (const auto& f : findings) pointers.push_back(&f);
    pointers.insert(pointers.end(), group->carried.begin(), group->carried.end());
    if (!write(detail_section(views[index++], std::move(pointers), baseline, fold))) return false;
  }
  return write(std::string_view(page).substr(at + marker.size()));
}

}  // namespace swv
