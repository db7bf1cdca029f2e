#include "bench/corpus.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <pugixml.hpp>

#include "report/csv_report.h"  // swv::csv_field: the one CSV quoting routine

namespace swv::bench {
namespace {

namespace fs = std::filesystem;

// ---- random numbers: xoshiro256** seeded by splitmix64, so every platform draws the same ----

std::uint64_t splitmix64(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class Rng {
 public:
  /// One independent stream per (seed, swv, year, purpose), so any part of the corpus can be
  /// drawn without drawing the rest first.
  Rng(std::uint64_t seed, std::uint64_t swv, std::uint64_t year, std::uint64_t purpose) {
    std::uint64_t mix = seed;
    for (std::uint64_t part : {swv, year, purpose}) {
      std::uint64_t s = mix ^ (part * 0x2545f4914f6cdd1dULL);
      mix = splitmix64(&s);
    }
    for (auto& word : s_) word = splitmix64(&mix);
  }

  std::uint64_t next() {
    auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
    std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [lo, hi], without modulo bias.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return lo;
    std::uint64_t range = static_cast<std::uint64_t>(hi - lo) + 1;
    std::uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    std::uint64_t x;
    do x = next();
    while (x >= limit);
    return lo + static_cast<std::int64_t>(x % range);
  }
  int between(int lo, int hi) { return static_cast<int>(between(static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi))); }

  /// True with a probability of per_mille / 1000.
  bool chance(int per_mille) { return between(0, 999) < per_mille; }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  std::array<std::uint64_t, 4> s_{};
};

// ---- dates as day numbers (Howard Hinnant's civil calendar algorithms) ----

std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

struct Civil {
  int y, m, d;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<int>(z - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

std::string iso(std::int64_t day) {
  Civil c = civil_from_days(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", c.y, c.m, c.d);
  return text;
}

// dd-mm-jjjj as Dutch Excel writes it, with or without leading zeros.
std::string dutch(std::int64_t day, bool leading_zeros) {
  Civil c = civil_from_days(day);
  char text[16];
  std::snprintf(text, sizeof text, leading_zeros ? "%02d-%02d-%04d" : "%d-%d-%04d", c.d, c.m, c.y);
  return text;
}

std::int64_t date(int y, int m, int d) { return days_from_civil(y, m, d); }

// ---- amounts in cents ----

std::string amount(std::int64_t cents, bool short_form = false) {
  bool negative = cents < 0;
  std::uint64_t a = negative ? static_cast<std::uint64_t>(-(cents + 1)) + 1 : static_cast<std::uint64_t>(cents);
  char text[40];
  if (short_form && a % 100 == 0)  // "1200": whole euros without decimals are valid too
    std::snprintf(text, sizeof text, "%s%llu", negative ? "-" : "", static_cast<unsigned long long>(a / 100));
  else
    std::snprintf(text, sizeof text, "%s%llu.%02llu", negative ? "-" : "", static_cast<unsigned long long>(a / 100),
                  static_cast<unsigned long long>(a % 100));
  return text;
}

std::int64_t euros(std::int64_t e) { return e * 100; }

// The signaleringswaarde as RS-1 computes it: 3.5% of the totale baten, half-up to the cent,
// at least EUR 250,000.
std::int64_t signaleringswaarde(std::int64_t totale_baten) {
  std::int64_t fraction = (totale_baten * 35 + 500) / 1000;
  return std::max(fraction, euros(250000));
}

// ---- made-up names (fictional; some with characters that XML must escape) ----

const std::vector<std::string> kPlaces{
    "Voorbeeldregio", "Noorderkwartier", "Zuidwest-Friesland", "Súdwest-Fryslân", "'s-Hertogenbosch",
    "Wijk bij Duurstede", "Eemland", "Gooi & Vechtstreek", "Rivierenland", "De Liemers",
    "Kop van Noord-Holland", "Midden-Brabant", "Oost-Achterhoek", "Zaanstreek", "Hoeksche Waard",
    "Zuid-Kennemerland", "Drechtsteden", "Noordoostpolder", "Westelijke Mijnstreek", "Peel & Maas",
    "Kempen", "Twente-Noord", "Veluwe-Oost", "Betuwe", "IJssel-Vecht", "Groot-Ede", "Delfland",
    "Walcheren", "Duin- en Bollenstreek", "Alblasserwaard"};
const std::vector<std::string> kBoardKinds{
    "Stichting Openbaar Onderwijs", "Vereniging voor Christelijk Onderwijs", "Stichting Katholiek Onderwijs",
    "Stichting Speciaal Onderwijs", "Stichting Primair Onderwijs", "Stichting Voortgezet Onderwijs",
    "Vereniging Protestants-Christelijk Onderwijs", "Stichting Islamitisch Onderwijs", "Stichting Vrije Scholen",
    "Stichting Montessorionderwijs"};
const std::vector<std::string> kBoardNames{
    "De Linde", "De Horizon", "\"De Ark\"", "Het Baken", "De Regenboog & De Wilgen", "Sint-Jozef",
    "De Bron", "Perspectief", "Het Kompas", "<Talent>", "Oost", "West", "Noord", "Zuid", "De Brug",
    "Elan", "Fidelis", "Scala", "Kindante", "Spaarnesant"};
const std::vector<std::string> kInitials{"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.", "K.", "L.", "M.",
                                         "N.", "P.", "R.", "S.", "T.", "W.", "Y.", "A.M.", "J.P.", "M.C.", "H.J."};
const std::vector<std::string> kSurnames{
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
    "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
    "de Graaf", "van der Meer", "El Amrani", "Öztürk", "Yılmaz", "van 't Hof", "O'Neill", "Nguyễn",
    "Çelik", "Boukhari", "Kramer", "van Dijk", "Verbeek", "Schouten", "Hoekstra", "Kuipers"};
const std::vector<std::string> kOtherOrganisations{
    "Stichting Zorggroep Vechtstreek", "Gemeente Voorbeeldstad", "Jeugdzorg Regio & Co",
    "Hogeschool voor de Kunsten", "GGD Regio", "Stichting Welzijn \"Samen\"", "Universiteit Voorbeeld",
    "Raad voor de Kinderbescherming", "Bibliotheek <Centrum>"};
const std::vector<std::string> kFunctions{"toezichthouder", "bestuurder", "adviseur", "voorzitter", "lid raad van advies"};

struct Board {
  std::string bevoegd_gezag;
  std::string naam;
};

// What stays the same for an SWV over the years.
struct SwvProfile {
  std::string code;  // "PO1000"
  std::string sector;
  std::string naam;
  std::string kvk;
  std::vector<Board> boards;
  std::int64_t leerlingen = 0;
  bool directeur_bestuurder = true;  // else an algemeen bestuur of board members
};

SwvProfile make_profile(const CorpusOptions& options, int index) {
  Rng rng(options.seed, static_cast<std::uint64_t>(index), 0, 0);
  SwvProfile p;
  p.sector = index % 2 == 0 ? "PO" : "VO";
  char code[16];
  std::snprintf(code, sizeof code, "%s%04d", p.sector.c_str(), 1000 + index / 2);
  p.code = code;
  const std::string& place = rng.pick(kPlaces);
  p.naam = p.sector == "PO" ? "Samenwerkingsverband Passend Onderwijs " + place
                            : "Samenwerkingsverband VO " + place + " e.o.";
  p.kvk = std::to_string(rng.between(10000000, 99999999));
  int boards = rng.between(4, 24);
  std::vector<std::string> numbers;
  while (static_cast<int>(p.boards.size()) < boards) {
    std::string number = std::to_string(rng.between(10000, 99999));
    if (std::find(numbers.begin(), numbers.end(), number) != numbers.end()) continue;
    numbers.push_back(number);
    p.boards.push_back({number, rng.pick(kBoardKinds) + " " + rng.pick(kBoardNames) + " " + rng.pick(kPlaces)});
  }
  p.leerlingen = p.sector == "PO" ? rng.between(4000, 40000) : rng.between(3000, 25000);
  p.directeur_bestuurder = rng.chance(750);
  return p;
}

// ---- registration cases ----

struct Case {
  std::string dossier;
  int geboortejaar;
  std::string categorie;
  std::int64_t thuis_sinds;
  std::string aanbod;
  std::int64_t aanbod_sinds;  // -1: none
  std::int64_t opgelost;      // -1: open
};

struct Melding {
  std::int64_t datum;
  std::string bevoegd_gezag;
  std::string brin;
  std::string soort;
  std::string status;
};

// Three calendar months before `day` (clamped to the month's end).
std::int64_t months_before(std::int64_t day, int months) {
  Civil c = civil_from_days(day);
  int m = c.m - months, y = c.y;
  while (m < 1) {
    m += 12;
    --y;
  }
  int d = c.d;
  while (d > 28 && civil_from_days(date(y, m, d)).m != m) --d;
  return date(y, m, d);
}

std::vector<Case> make_cases(const CorpusOptions& options, int index, const SwvProfile& p, int year) {
  Rng rng(options.seed, static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(year), 2);
  std::int64_t peildatum = date(year, 12, 31);
  int count = static_cast<int>(p.leerlingen / 1500) + rng.between(1, 12);
  std::vector<Case> cases;
  for (int i = 0; i < count; ++i) {
    Case c;
    char dossier[48];
    std::snprintf(dossier, sizeof dossier, "TZ-%s-%d-%04d", p.code.c_str(), year, i + 1);
    c.dossier = dossier;
    c.geboortejaar = year - rng.between(5, 17);
    int category = rng.between(0, 99);
    c.categorie = category < 45 ? "relatief-verzuim" : category < 60 ? "absoluut-verzuim" : category < 75 ? "vrijstelling-5a"
                  : category < 82 ? "vrijstelling-5b" : category < 90 ? "vrijstelling-15" : "overig";
    c.thuis_sinds = peildatum - rng.between(7, 500);
    int offer = rng.between(0, 99);
    c.aanbod = offer < 25 ? "geen" : offer < 65 ? "deels" : "volledig";
    c.aanbod_sinds = c.aanbod == "geen" ? -1 : c.thuis_sinds + rng.between(0, static_cast<int>(peildatum - c.thuis_sinds));
    c.opgelost = rng.chance(250) ? c.thuis_sinds + rng.between(1, static_cast<int>(peildatum - c.thuis_sinds)) : -1;
    cases.push_back(std::move(c));
  }
  return cases;
}

std::vector<Melding> make_meldingen(const CorpusOptions& options, int index, const SwvProfile& p, int year) {
  Rng rng(options.seed, static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(year), 3);
  int count = rng.between(0, static_cast<int>(p.boards.size() / 2) + 4);
  std::vector<Melding> meldingen;
  const std::vector<std::string> soorten{"weigering-toelating", "wegadviseren", "geen-passend-aanbod", "thuiszitten",
                                         "overig"};
  const std::vector<std::string> statussen{"open", "opgelost", "opgelost", "doorverwezen"};
  for (int i = 0; i < count; ++i) {
    Melding m;
    m.datum = date(year, 1, 1) + rng.between(0, 364);
    // now and then a board that does not take part (a data error the rules look for)
    m.bevoegd_gezag = rng.chance(40) ? std::to_string(rng.between(10000, 99999)) : rng.pick(p.boards).bevoegd_gezag;
    if (rng.chance(800)) {
      char brin[8];
      std::snprintf(brin, sizeof brin, "%02d%c%c", rng.between(10, 99), 'A' + rng.between(0, 25), 'A' + rng.between(0, 25));
      m.brin = brin;
    }
    m.soort = rng.pick(soorten);
    m.status = rng.pick(statussen);
    meldingen.push_back(std::move(m));
  }
  std::stable_sort(meldingen.begin(), meldingen.end(), [](const Melding& a, const Melding& b) { return a.datum < b.datum; });
  return meldingen;
}

// What the annual report's summary says about the cases at the peildatum.
struct ThuiszitterCounts {
  int totaal = 0;
  int zonder_aanbod = 0;  // open, at home longer than three months, no offer
};

ThuiszitterCounts count_cases(const std::vector<Case>& cases, int year) {
  std::int64_t peildatum = date(year, 12, 31);
  std::int64_t limit = months_before(peildatum, 3);
  ThuiszitterCounts counts;
  for (const auto& c : cases) {
    if (c.opgelost >= 0) continue;
    ++counts.totaal;
    if (c.aanbod == "geen" && c.thuis_sinds < limit) ++counts.zonder_aanbod;
  }
  return counts;
}

// ---- the annual report ----

void attr(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name).set_value(value.c_str());
}

pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& text) {
  auto node = parent.append_child(name);
  node.append_child(pugi::node_pcdata).set_value(text.c_str());
  return node;
}

// Distinct person names for one report (so nobody sits in two bodies by accident).
class NamePool {
 public:
  explicit NamePool(Rng* rng) : rng_(rng) {}
  std::string next() {
    for (;;) {
      std::string name = rng_->pick(kInitials) + " " + rng_->pick(kSurnames);
      if (std::find(used_.begin(), used_.end(), name) != used_.end()) continue;
      used_.push_back(name);
      return name;
    }
  }

 private:
  Rng* rng_;
  std::vector<std::string> used_;
};

struct ReportTraits {
  bool above = false;
  bool no_independent = false;
  bool missing = false;
  bool inconsistent = false;
};

// Removes `path` (elements separated by '/', an attribute as the last step "@name") below root.
bool remove_path(pugi::xml_node root, const std::string& path) {
  auto at = path.rfind("/@");
  if (at != std::string::npos) {
    auto node = root.first_element_by_path(path.substr(0, at).c_str());
    return node && node.remove_attribute(path.substr(at + 2).c_str());
  }
  auto node = root.first_element_by_path(path.c_str());
  return node && node.parent().remove_child(node);
}

std::string make_report(const CorpusOptions& options, int index, const SwvProfile& p, int year,
                        const std::vector<Case>* cases, ReportTraits* traits) {
  Rng rng(options.seed, static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(year), 1);
  bool short_amounts = rng.chance(100);
  auto money = [&](std::int64_t cents) { return amount(cents, short_amounts); };

  pugi::xml_document doc;
  auto declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  doc.append_child(pugi::node_comment)
      .set_value((" swvcheck synthetic corpus, seed " + std::to_string(options.seed) + ": fictional data ").c_str());
  auto root = doc.append_child("jaarverslag");
  attr(root, "xmlns", "urn:swvcheck:jaarverslag:1");
  attr(root, "versie", "1");

  auto swv = root.append_child("swv");
  attr(swv, "code", p.code);
  attr(swv, "sector", p.sector);
  attr(swv, "naam", p.naam);
  attr(swv, "rechtsvorm", "stichting");
  attr(swv, "kvk", p.kvk);
  element(root, "verslagjaar", std::to_string(year));

  auto besturen = root.append_child("deelnemendeBesturen");
  for (const auto& board : p.boards) {
    auto node = besturen.append_child("bestuur");
    attr(node, "bevoegdGezag", board.bevoegd_gezag);
    attr(node, "naam", board.naam);
  }

  // Governance: who governs, who supervises, and whether one supervisor is independent.
  NamePool names(&rng);
  auto governance = root.append_child("governance");
  element(governance, "organiekeScheiding", rng.chance(850) ? "ja" : "nee");
  auto bestuur = governance.append_child("bestuur");
  std::vector<std::string> bestuur_names;
  std::string directeur;
  if (p.directeur_bestuurder) {
    attr(bestuur, "model", "directeur-bestuurder");
    directeur = names.next();
    bestuur_names.push_back(directeur);
    auto lid = bestuur.append_child("lid");
    attr(lid, "naam", directeur);
    attr(lid, "functie", "directeur-bestuurder");
    attr(lid, "bevoegdGezag", "");
  } else {
    attr(bestuur, "model", "algemeen-bestuur");
    int leden = std::min<int>(static_cast<int>(p.boards.size()), rng.between(3, 7));
    for (int i = 0; i < leden; ++i) {
      auto lid = bestuur.append_child("lid");
      bestuur_names.push_back(names.next());
      attr(lid, "naam", bestuur_names.back());
      attr(lid, "functie", i == 0 ? "voorzitter" : "lid");
      attr(lid, "bevoegdGezag", p.boards[static_cast<std::size_t>(i)].bevoegd_gezag);
    }
    directeur = names.next();
  }
  traits->no_independent = rng.chance(150);
  bool double_role = rng.chance(20);  // a supervisor who also sits in the bestuur (TZ-2)
  auto toezicht = governance.append_child("internToezicht");
  attr(toezicht, "orgaan", rng.chance(800) ? "raad van toezicht" : "toezichthoudend orgaan");
  int members = rng.between(3, 6);
  int independent = traits->no_independent ? -1 : rng.between(0, members - 1);
  int doubled = double_role ? (independent == members - 1 ? members - 2 : members - 1) : -1;
  for (int i = 0; i < members; ++i) {
    auto lid = toezicht.append_child("lid");
    attr(lid, "naam", i == doubled ? bestuur_names.front() : names.next());
    attr(lid, "rol", i == 0 ? "voorzitter" : "lid");
    bool voting = i == independent || rng.chance(920);
    attr(lid, "stemhebbend", voting ? "ja" : "nee");
    std::int64_t benoemd = date(year, 1, 1) - rng.between(30, 2500);
    attr(lid, "benoemd", iso(benoemd));
    if (rng.chance(600)) attr(lid, "aftreden", iso(benoemd + 4 * 365 + rng.between(0, 3)));
    int functions = rng.between(0, 2);
    bool linked = i != independent && (traits->no_independent || rng.chance(450));
    if (linked && functions == 0) functions = 1;
    for (int f = 0; f < functions; ++f) {
      auto neven = lid.append_child("nevenfunctie");
      if (linked && f == 0) {
        const Board& board = rng.pick(p.boards);
        attr(neven, "organisatie", board.naam);
        attr(neven, "functie", rng.chance(500) ? "bestuurder" : "toezichthouder");
        attr(neven, "bevoegdGezag", board.bevoegd_gezag);
      } else {
        attr(neven, "organisatie", rng.pick(kOtherOrganisations));
        attr(neven, "functie", rng.pick(kFunctions));
        attr(neven, "bevoegdGezag", "");
      }
    }
  }

  auto ja_nee = [&](int per_mille) { return rng.chance(per_mille) ? std::string("ja") : std::string("nee"); };
  auto dzm = root.append_child("doorzettingsmacht");
  attr(dzm, "geregeld", ja_nee(930));
  attr(dzm, "belegdBij", p.directeur_bestuurder ? "directeur-bestuurder" : "algemeen bestuur");
  attr(dzm, "vastgelegdIn", "ondersteuningsplan " + std::to_string(year - year % 4 - 2) + "-" + std::to_string(year - year % 4 + 2));
  auto doorbraak = root.append_child("doorbraakaanpak");
  attr(doorbraak, "geregeld", ja_nee(900));
  attr(doorbraak, "metGemeenten", ja_nee(850));
  attr(root.append_child("escalatieladder"), "aanwezig", ja_nee(920));
  attr(root.append_child("steunpunt"), "aanwezig", ja_nee(950));
  auto plan = root.append_child("ondersteuningsplan");
  int plan_start = year - year % 4 - 2;
  attr(plan, "vanaf", iso(date(plan_start, 8, 1)));
  attr(plan, "totEnMet", iso(date(plan_start + 4, 7, 31)));
  attr(plan, "vastgesteld", iso(date(plan_start, 5, rng.between(1, 31))));
  attr(plan, "instemmingOPR", iso(date(plan_start, 4, rng.between(1, 30))));
  attr(plan, "oogo", iso(date(plan_start, 3, rng.between(1, 31))));

  // Finances: every sum adds up to the cent unless this report is one of the inconsistent ones.
  std::int64_t pupils = p.leerlingen * rng.between(970, 1030) / 1000;
  std::int64_t rijks = pupils * euros(rng.between(1150, 1450)) + rng.between(0, 99) * 100 + rng.between(0, 99);
  std::int64_t overheid = rng.chance(700) ? euros(rng.between(0, 400000)) + rng.between(0, 99) : 0;
  std::int64_t overig_baten = euros(rng.between(0, 150000)) + rng.between(0, 99);
  std::int64_t baten = rijks + overheid + overig_baten;
  std::int64_t personeel = baten * rng.between(40, 110) / 1000;
  std::int64_t afschrijving = euros(rng.between(2000, 60000));
  std::int64_t huisvesting = euros(rng.between(20000, 250000));
  std::int64_t overig_lasten = baten * rng.between(10, 40) / 1000;
  std::int64_t resultaat_target = baten * rng.between(-25, 25) / 1000;
  std::int64_t doorbetaling = baten - personeel - afschrijving - huisvesting - overig_lasten - resultaat_target;
  std::int64_t lasten = personeel + afschrijving + huisvesting + overig_lasten + doorbetaling;
  bool has_fin_baten = rng.chance(800), has_fin_lasten = rng.chance(500);
  std::int64_t fin_baten = has_fin_baten ? euros(rng.between(0, 8000)) + rng.between(0, 99) : 0;
  std::int64_t fin_lasten = has_fin_lasten ? euros(rng.between(0, 3000)) + rng.between(0, 99) : 0;
  std::int64_t resultaat = baten - lasten + fin_baten - fin_lasten;

  // Eigen vermogen: about a third of the reports above the signaleringswaarde.
  std::int64_t waarde = signaleringswaarde(baten + fin_baten);
  traits->above = rng.chance(333);
  std::int64_t publiek = traits->above ? waarde * rng.between(105, 320) / 100 : waarde * rng.between(15, 95) / 100;
  bool has_privaat = rng.chance(750);
  std::int64_t privaat = has_privaat && rng.chance(300) ? euros(rng.between(1000, 80000)) : 0;
  std::int64_t eigen_vermogen = publiek + privaat;
  std::int64_t bestemming_publiek = publiek * rng.between(0, 30) / 100;
  std::int64_t algemene_reserve = eigen_vermogen - bestemming_publiek - privaat;
  std::int64_t voorzieningen = baten * rng.between(0, 30) / 1000;
  std::int64_t langlopend = rng.chance(150) ? euros(rng.between(10000, 300000)) : 0;
  std::int64_t kortlopend = baten * rng.between(20, 80) / 1000;
  std::int64_t activa = eigen_vermogen + voorzieningen + langlopend + kortlopend;
  std::int64_t mva = std::min(activa / 4, baten * rng.between(0, 10) / 1000);
  std::int64_t vorderingen = std::min(activa / 4, baten * rng.between(5, 20) / 1000);
  std::int64_t liquide = activa - mva - vorderingen;

  // Now and then one total is off by more than the tolerance of EUR 1.00 (CO-1), or by at
  // most a euro, which still counts as rounding.
  enum Total { none, ev_totaal, baten_totaal, lasten_totaal, resultaat_totaal, activa_totaal };
  Total off = none;
  std::int64_t delta = 0;
  if (rng.chance(40)) {
    traits->inconsistent = true;
    off = static_cast<Total>(rng.between(1, 5));
    delta = rng.between(101, 5000000) * (rng.chance(500) ? 1 : -1);
  } else if (rng.chance(30)) {
    off = static_cast<Total>(rng.between(1, 5));
    delta = rng.between(1, 100);
  }
  auto total = [&](Total which, std::int64_t value) { return off == which ? value + delta : value; };

  auto financien = root.append_child("financien");
  auto balans = financien.append_child("balans");
  attr(balans, "peildatum", iso(date(year, 12, 31)));
  element(balans, "materieleVasteActiva", money(mva));
  element(balans, "vorderingen", money(vorderingen));
  element(balans, "liquideMiddelen", money(liquide));
  element(balans, "totaalActiva", money(total(activa_totaal, activa)));
  auto ev = balans.append_child("eigenVermogen");
  element(ev, "algemeneReserve", money(algemene_reserve));
  element(ev, "bestemmingsreservePubliek", money(bestemming_publiek));
  if (has_privaat) element(ev, "bestemmingsreservePrivaat", money(privaat));
  element(ev, "totaal", money(total(ev_totaal, eigen_vermogen)));
  element(balans, "voorzieningen", money(voorzieningen));
  element(balans, "langlopendeSchulden", money(langlopend));
  element(balans, "kortlopendeSchulden", money(kortlopend));
  auto baten_node = financien.append_child("baten");
  element(baten_node, "rijksbijdragen", money(rijks));
  element(baten_node, "overheidsbijdragen", money(overheid));
  element(baten_node, "overigeBaten", money(overig_baten));
  element(baten_node, "totaal", money(total(baten_totaal, baten)));
  auto lasten_node = financien.append_child("lasten");
  element(lasten_node, "personeelslasten", money(personeel));
  element(lasten_node, "afschrijvingen", money(afschrijving));
  element(lasten_node, "huisvestingslasten", money(huisvesting));
  element(lasten_node, "overigeLasten", money(overig_lasten));
  element(lasten_node, "doorbetalingenAanSchoolbesturen", money(doorbetaling));
  element(lasten_node, "totaal", money(total(lasten_totaal, lasten)));
  if (has_fin_baten) element(financien, "financieleBaten", money(fin_baten));
  if (has_fin_lasten) element(financien, "financieleLasten", money(fin_lasten));
  element(financien, "resultaat", money(total(resultaat_totaal, resultaat)));
  auto beleid = financien.append_child("reservebeleid");
  attr(beleid, "afbouwplan", traits->above ? ja_nee(600) : ja_nee(300));
  attr(beleid, "vastgesteld", iso(date(year - rng.between(0, 3), rng.between(1, 12), rng.between(1, 28))));

  auto wnt = root.append_child("wnt");
  auto top = wnt.append_child("topfunctionaris");
  attr(top, "naam", directeur);
  attr(top, "functie", "directeur-bestuurder");
  attr(top, "fte", rng.chance(800) ? "1.0" : "0.8");
  std::int64_t maximum = euros(rng.between(140000, 230000));
  attr(top, "bezoldiging", amount(maximum * rng.between(70, 100) / 100));
  attr(top, "bezoldigingsmaximum", amount(maximum));
  attr(top, "klasse", std::string(1, static_cast<char>('B' + rng.between(0, 3))));

  auto leerlingen = root.append_child("leerlingen");
  attr(leerlingen, "peildatum", iso(date(year, 10, 1)));
  element(leerlingen, "totaal", std::to_string(pupils));
  if (p.sector == "PO") {
    element(leerlingen, "sbo", std::to_string(pupils * rng.between(10, 30) / 1000));
    element(leerlingen, "so", std::to_string(pupils * rng.between(10, 25) / 1000));
  } else {
    element(leerlingen, "vso", std::to_string(pupils * rng.between(20, 40) / 1000));
    element(leerlingen, "lwoo", std::to_string(pupils * rng.between(50, 120) / 1000));
    element(leerlingen, "pro", std::to_string(pupils * rng.between(20, 40) / 1000));
  }

  // The summary matches the registration of that year, except now and then.
  ThuiszitterCounts counts;
  if (cases) {
    counts = count_cases(*cases, year);
  } else {
    counts.totaal = rng.between(0, 40);
    counts.zonder_aanbod = rng.chance(500) ? 0 : rng.between(0, std::min(counts.totaal, 6));
  }
  if (rng.chance(50)) counts.totaal += rng.between(1, 3);
  auto thuis = root.append_child("thuiszitters");
  attr(thuis, "peildatum", iso(date(year, 12, 31)));
  element(thuis, "totaal", std::to_string(counts.totaal));
  element(thuis, "langerDanDrieMaandenZonderAanbod", std::to_string(counts.zonder_aanbod));

  // Some reports leave things out: the rules must then say what they cannot judge.
  if (rng.chance(120)) {
    const std::vector<std::string> optional{
        "governance/internToezicht",
        "governance/organiekeScheiding",
        "governance/internToezicht/lid/@stemhebbend",
        "governance/bestuur",
        "deelnemendeBesturen",
        "doorzettingsmacht",
        "doorzettingsmacht/@geregeld",
        "doorbraakaanpak/@metGemeenten",
        "escalatieladder",
        "financien/balans/eigenVermogen/totaal",
        "financien/balans/eigenVermogen/algemeneReserve",
        "financien/baten/overigeBaten",
        "financien/lasten/afschrijvingen",
        "financien/resultaat",
        "thuiszitters",
        "thuiszitters/langerDanDrieMaandenZonderAanbod",
        "leerlingen",
        "wnt",
    };
    int gaps = rng.between(1, 3);
    for (int i = 0; i < gaps; ++i) traits->missing = remove_path(root, rng.pick(optional)) || traits->missing;
  }

  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return std::move(out).str();
}

// ---- registrations as CSV (';', quoted where needed, some with a BOM or CRLF as Excel does) ----

class CsvWriter {
 public:
  explicit CsvWriter(Rng* rng) : crlf_(rng->chance(300)), dutch_dates_(rng->chance(300)), zeros_(rng->chance(500)) {
    if (rng->chance(400)) text_ = "\xEF\xBB\xBF";
  }
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) text_ += (i ? ";" : "") + swv::csv_field(fields[i]);
    text_ += crlf_ ? "\r\n" : "\n";
  }
  std::string day(std::int64_t d) const { return d < 0 ? "" : dutch_dates_ ? dutch(d, zeros_) : iso(d); }
  const std::string& text() const { return text_; }

 private:
  bool crlf_, dutch_dates_, zeros_;
  std::string text_;
};

void write_file(const fs::path& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) throw std::runtime_error("kan niet schrijven: " + path.string());
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

}  // namespace

CorpusSummary write_corpus(const std::string& dir, const CorpusOptions& options) {
  if (options.swvs < 1 || options.years < 1 || options.registration_years < 0)
    throw std::runtime_error("swvs en years moeten minstens 1 zijn, registration_years minstens 0");
  if (options.swvs > 18000) throw std::runtime_error("hoogstens 18000 SWV's (codes PO1000..VO9999)");
  fs::path root(dir);
  std::error_code ec;
  if (fs::exists(root, ec) && !fs::is_empty(root, ec))
    throw std::runtime_error("map is niet leeg: " + dir + " (kies een nieuwe map)");
  fs::create_directories(root / "jaarverslagen");
  if (options.registration_years > 0) fs::create_directories(root / "registraties");

  CorpusSummary summary;
  int first_year = options.last_year - options.years + 1;
  int first_registration_year = options.last_year - std::min(options.registration_years, options.years) + 1;
  for (int index = 0; index < options.swvs; ++index) {
    SwvProfile profile = make_profile(options, index);
    std::string code = lower(profile.code);
    Rng file_rng(options.seed, static_cast<std::uint64_t>(index), 0, 4);
    CsvWriter thuiszitters(&file_rng), meldingen(&file_rng);
    thuiszitters.row({"swv_code", "peildatum", "dossier", "geboortejaar", "categorie", "thuis_sinds", "aanbod",
                      "aanbod_sinds", "opgelost"});
    meldingen.row({"swv_code", "datum", "bevoegd_gezag", "brin", "soort", "status"});
    for (int year = first_year; year <= options.last_year; ++year) {
      bool registered = options.registration_years > 0 && year >= first_registration_year;
      std::vector<Case> cases;
      if (registered) {
        cases = make_cases(options, index, profile, year);
        for (const auto& c : cases)
          thuiszitters.row({profile.code, thuiszitters.day(date(year, 12, 31)), c.dossier, std::to_string(c.geboortejaar),
                            c.categorie, thuiszitters.day(c.thuis_sinds), c.aanbod, thuiszitters.day(c.aanbod_sinds),
                            thuiszitters.day(c.opgelost)});
        summary.thuiszitters_cases += cases.size();
        auto signals = make_meldingen(options, index, profile, year);
        for (const auto& m : signals)
          meldingen.row({profile.code, meldingen.day(m.datum), m.bevoegd_gezag, m.brin, m.soort, m.status});
        summary.meldingen += signals.size();
      }
      ReportTraits traits;
      std::string xml = make_report(options, index, profile, year, registered ? &cases : nullptr, &traits);
      fs::path path = root / "jaarverslagen" / (code + "-" + std::to_string(year) + ".xml");
      write_file(path, xml);
      summary.reports.push_back(path.string());
      summary.report_bytes += xml.size();
      summary.above_signaleringswaarde += traits.above;
      summary.without_independent_member += traits.no_independent;
      summary.with_missing_data += traits.missing;
      summary.inconsistent_sums += traits.inconsistent;
    }
    if (options.registration_years > 0) {
      for (auto [kind, writer] : {std::pair{"thuiszitters", &thuiszitters}, {"meldingen", &meldingen}}) {
        fs::path path = root / "registraties" / (std::string(kind) + "-" + code + ".csv");
        write_file(path, writer->text());
        summary.registrations.push_back(path.string());
        summary.registration_bytes += writer->text().size();
      }
    }
  }
  std::sort(summary.reports.begin(), summary.reports.end());
  std::sort(summary.registrations.begin(), summary.registrations.end());
  write_file(root / "corpus.txt", describe_corpus(options, summary));
  return summary;
}

std::string describe_corpus(const CorpusOptions& options, const CorpusSummary& summary) {
  std::ostringstream out;
  out << "swvcheck synthetic corpus (fictional data)\n"
      << "seed " << options.seed << ", " << options.swvs << " SWVs x " << options.years << " years (up to "
      << options.last_year << "), registrations for the last " << options.registration_years << " years\n"
      << summary.reports.size() << " annual reports, " << summary.report_bytes << " bytes\n"
      << summary.registrations.size() << " registrations, " << summary.registration_bytes << " bytes: "
      << summary.thuiszitters_cases << " thuiszitters cases, " << summary.meldingen << " meldingen\n"
      << "intended variety: " << summary.above_signaleringswaarde << " above the signaleringswaarde, "
      << summary.without_independent_member << " without an independent member, " << summary.with_missing_data
      << " with missing data, " << summary.inconsistent_sums << " with a sum off by more than EUR 1.00\n";
  return out.str();
}

}  // namespace swv::bench
