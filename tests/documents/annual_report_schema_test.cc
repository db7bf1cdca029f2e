// ChildrenSchema, the loader's per-parent view of the format's tables, against the two
// lookups it replaces in the loader (annual_report_field_type and occurs_once).
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "documents/annual_report_schema.h"

using namespace swv;

TEST_CASE("children schema: each child gets the type and the once-only rule the format's lookups give") {
  const std::string long_name(130, 'x');
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "swv"}, {"", "verslagjaar"}, {"", "governance"}, {"", "ondersteuningsplan"}, {"", "onbekend"},
      {"governance", "organiekeScheiding"}, {"governance", "internToezicht"}, {"governance/internToezicht", "lid"},
      {"governance/internToezicht/lid", "nevenfunctie"}, {"deelnemendeBesturen", "bestuur"},
      {"financien", "balans"}, {"financien", "financieleBaten"}, {"financien", "resultaat"},
      {"financien/balans", "eigenVermogen"},  // its own entry (text) before financien/balans/* (amount)
      {"financien/balans", "liquideMiddelen"}, {"financien/balans/eigenVermogen", "totaal"},
      {"financien/baten", "totaal"}, {"financien/lasten", "personeelslasten"},
      {"financien/reservebeleid", "toelichting"}, {"leerlingen", "totaal"}, {"thuiszitters", "langerDanDrieMaandenZonderAanbod"},
      {"wnt", "topfunctionaris"}, {"wnt/topfunctionaris", "naam"}, {"onbekend", "kind"}, {"onbekend/diep", "kind"},
      {"financien/baten", long_name}, {long_name, "totaal"}, {"", long_name}, {"financien/baten", ""},
  };
  for (const auto& [parent, child] : cases) {
    INFO("'" << parent << "' / '" << child << "'");
    ElementSchema schema = ChildrenSchema(parent).element(parent, child);
    CHECK(schema.type == annual_report_field_type(parent, child));
    CHECK(schema.once == occurs_once(parent, child));
  }
  // a few the loader depends on, spelled out
  CHECK(ChildrenSchema("financien/baten").element("financien/baten", "totaal").type == FieldType::amount);
  CHECK(ChildrenSchema("financien/balans").element("financien/balans", "eigenVermogen").type == FieldType::text);
  CHECK(ChildrenSchema("financien/balans").element("financien/balans", "eigenVermogen").once);
  CHECK_FALSE(ChildrenSchema("governance/internToezicht").element("governance/internToezicht", "lid").once);
  CHECK_FALSE(ChildrenSchema().element("", "ondersteuningsplan").once);
  CHECK(ChildrenSchema().element("", "verslagjaar").type == FieldType::integer);
}
