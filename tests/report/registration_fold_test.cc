// Quieter screening: which findings fold into the one "registraties niet meegegeven" line.
#include <catch2/catch.hpp>

#include "report/registration_fold.h"

using namespace swv;

namespace {

Finding finding(const std::string& rule, const std::string& norm, Status status, const std::string& ontbreekt) {
  Finding f;
  f.rule = rule;
  f.norm = NormRef{norm, "", "", "", ""};
  f.status = status;
  if (!ontbreekt.empty()) f.values["ontbreekt"] = ontbreekt;
  return f;
}

}  // namespace

TEST_CASE("registration fold: only niet-te-beoordelen findings naming a missing registration fold") {
  std::vector<Finding> all{
      finding("zorgplicht.registratie-actueel", "ZP-2", Status::niet_te_beoordelen, "thuiszitters-registratie"),
      finding("zorgplicht.meldingen-per-bestuur", "ZP-5", Status::niet_te_beoordelen, "meldingen-registratie"),
      finding("zorgplicht.meldingen-onbekend-bestuur", "ZP-5", Status::niet_te_beoordelen, "meldingen-registratie"),
      finding("zorgplicht.thuiszitters-jaarverslag", "ZP-1", Status::niet_te_beoordelen, "thuiszitters/totaal"),
      finding("zorgplicht.vrijstellingen-5a", "ZP-4", Status::voldoet, "thuiszitters-registratie"),
      finding("reserves.signaleringswaarde", "RS-1", Status::signaal, ""),
  };
  std::vector<const Finding*> findings;
  for (const auto& f : all) findings.push_back(&f);
  FoldedRegistrations folded = fold_missing_registrations(&findings);
  CHECK(folded.norms == std::vector<std::string>{"ZP-2", "ZP-5"});
  CHECK(folded.rules == std::vector<std::string>{"zorgplicht.meldingen-onbekend-bestuur", "zorgplicht.meldingen-per-bestuur",
                                                 "zorgplicht.registratie-actueel"});
  CHECK(folded.line() == "registraties niet meegegeven: ZP-2, ZP-5 niet te beoordelen (3 regels)");
  CHECK(folded.hint() == "voeg meldingen*.csv en thuiszitters*.csv toe om ze te beoordelen");
  // what stays: a missing report element, a voldoet, a signaal, in their order
  REQUIRE(findings.size() == 3);
  CHECK(findings[0]->rule == "zorgplicht.thuiszitters-jaarverslag");
  CHECK(findings[1]->rule == "zorgplicht.vrijstellingen-5a");
  CHECK(findings[2]->rule == "reserves.signaleringswaarde");
}

TEST_CASE("registration fold: a run folds only when no registration at all was given") {
  DocumentRecord report{"a.xml", "jaarverslag", "PO2704", 2023, std::nullopt, {}, {}};
  DocumentRecord failed_report{"b.xml", "jaarverslag", "", 0, LoadError{"kapot", 1, 1}, {}, {}};
  DocumentRecord registration{"thuiszitters.csv", "thuiszitters", "PO2704", 2023, std::nullopt, {}, {}};
  DocumentRecord refused{"meldingen.csv", "registratie", "", 0, LoadError{"BSN", 0, 0}, {}, {}};
  CHECK(no_registrations_given({report, failed_report}));
  CHECK(no_registrations_given({}));
  CHECK_FALSE(no_registrations_given({report, registration}));
  CHECK_FALSE(no_registrations_given({report, refused}));  // given, though refused: nothing folds
}
