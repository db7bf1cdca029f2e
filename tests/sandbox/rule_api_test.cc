// The rule API as docs/rule-api.md describes it: the `doc` accessors, the `ctx` parameters
// and outcomes, and what becomes of them in the findings.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

const std::string kDocument = fixture("jaarverslagen/po2704-2023.xml");

std::vector<Finding> findings_of(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

// Runs the rule "test.x" with `body` (and `extra` files in the folder) on `document` and
// returns its single finding.
Finding run_x(const std::string& body, const std::string& prelude = "",
              const std::vector<std::pair<std::string, std::string>>& extra = {},
              const std::string& document = kDocument) {
  std::vector<std::pair<std::string, std::string>> files{{"x.lua", TestRules::rule("x", body, prelude)}};
  files.insert(files.end(), extra.begin(), extra.end());
  TestRules rules(files);
  auto found = findings_of(run_rules({rules.folder()}, document), "test.x");
  REQUIRE(found.size() == 1);
  INFO("message: " << found[0].message);
  return found[0];
}

Finding require_fout(const std::string& body, const std::string& reason) {
  Finding f = run_x(body);
  INFO("message: " << f.message);
  CHECK(f.status == Status::fout);
  CHECK_THAT(f.message, Catch::Contains(reason));
  return f;
}

// The fixture with some text replaced, written into `dir`.
std::string derived_document(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& changes) {
  std::ifstream in(kDocument, std::ios::binary);
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const auto& [from, to] : changes) {
    auto at = xml.find(from);
    REQUIRE(at != std::string::npos);
    xml.replace(at, from.size(), to);
  }
  return dir.write("po2704-2023.xml", xml);
}

}  // namespace

TEST_CASE("each doc accessor returns the typed value of the first match") {
  auto f = run_x(R"(
    local baten = doc:amount("financien/baten/totaal")
    local leerlingen = doc:integer("leerlingen/totaal")
    local scheiding = doc:bool("governance/organiekeScheiding")
    local fte = doc:decimal("wnt/topfunctionaris/@fte")
    ctx:voldoet{ message = "gelezen", values = {
      tekst = doc:text("swv/@naam"),
      eerste = doc:text("deelnemendeBesturen/bestuur/@naam"),
      baten = baten, baten_type = math.type(baten),
      datum = doc:date("ondersteuningsplan/@vastgesteld"),
      peil = doc:date("financien/balans/@peildatum"),
      bool = scheiding, bool_type = type(scheiding),
      bool_attr = doc:bool("escalatieladder/@aanwezig"),
      leerlingen = leerlingen, leerlingen_type = math.type(leerlingen),
      fte = fte, fte_type = type(fte),
      bestaat = doc:exists("wnt/topfunctionaris"), bestaat_niet = doc:exists("wnt/bestaatniet"),
      attribuut_bestaat = doc:exists("swv/@kvk"),
      besturen = doc:count("deelnemendeBesturen/bestuur"), leden = doc:count("governance/internToezicht/lid"),
      geen = doc:count("governance/bestaatniet"),
    } })");
  REQUIRE(f.status == Status::voldoet);
  const auto& v = f.values;
  CHECK(v.at("tekst") == "Passend Onderwijs Voorbeeldregio");
  CHECK(v.at("eerste") == "Stichting Openbaar Onderwijs Voorbeeld");
  CHECK(v.at("baten") == "2430000000");
  CHECK(v.at("baten_type") == "integer");
  CHECK(v.at("datum") == "2021-11-25");
  CHECK(v.at("peil") == "2023-12-31");
  CHECK(v.at("bool") == "ja");
  CHECK(v.at("bool_type") == "boolean");
  CHECK(v.at("bool_attr") == "ja");
  CHECK(v.at("leerlingen") == "18500");
  CHECK(v.at("leerlingen_type") == "integer");
  CHECK(v.at("fte") == "1.0");  // as written, not through a float
  CHECK(v.at("fte_type") == "string");
  CHECK(v.at("bestaat") == "ja");
  CHECK(v.at("bestaat_niet") == "nee");
  CHECK(v.at("attribuut_bestaat") == "ja");
  CHECK(v.at("besturen") == "4");
  CHECK(v.at("leden") == "3");
  CHECK(v.at("geen") == "0");
}

TEST_CASE("amounts are exact integer cents, values are trimmed, nee reads as false") {
  TempDir dir;
  auto document = derived_document(
      dir, {{"<liquideMiddelen>1350000.00</liquideMiddelen>", "<liquideMiddelen>2950000.00</liquideMiddelen>"},
            {"<vorderingen>310000.00</vorderingen>", "<vorderingen>1234567.89</vorderingen>"},
            {"<financieleBaten>1200.00</financieleBaten>", "<financieleBaten>19.99</financieleBaten>"},
            {"<escalatieladder aanwezig=\"ja\"/>", "<escalatieladder aanwezig=\"nee\"/>"},
            {"<totaal>18500</totaal>", "<totaal>\n      18500\n    </totaal>"},
            {"naam=\"Passend Onderwijs Voorbeeldregio\"", "naam=\"  Passend Onderwijs Voorbeeldregio \""}});
  auto f = run_x(R"(
    local a = doc:amount("financien/balans/liquideMiddelen")
    local b = doc:amount("financien/balans/vorderingen")
    local c = doc:amount("financien/financieleBaten")
    local nee = doc:bool("escalatieladder/@aanwezig")
    ctx:voldoet{ message = "gelezen", values = {
      a = a, b = b, c = c, types = math.type(a) .. " " .. math.type(b) .. " " .. math.type(c),
      exact = a == 295000000 and b == 123456789 and c == 1999,
      nee = nee, nee_type = type(nee),
      leerlingen = doc:integer("leerlingen/totaal"), leerlingen_tekst = doc:text("leerlingen/totaal"),
      naam = doc:text("swv/@naam"),
    } })",
                 "", {}, document);
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("a") == "295000000");
  CHECK(f.values.at("b") == "123456789");
  CHECK(f.values.at("c") == "1999");
  CHECK(f.values.at("types") == "integer integer integer");
  CHECK(f.values.at("exact") == "ja");
  CHECK(f.values.at("nee") == "nee");
  CHECK(f.values.at("nee_type") == "boolean");
  CHECK(f.values.at("leerlingen") == "18500");
  CHECK(f.values.at("leerlingen_tekst") == "18500");
  CHECK(f.values.at("naam") == "Passend Onderwijs Voorbeeldregio");
}

TEST_CASE("a present value of another type than asked is an error") {
  SECTION("amount") { require_fout(R"(doc:amount("swv/@naam"))", "'swv/@naam' is geen bedrag"); }
  SECTION("integer") { require_fout(R"(doc:integer("wnt/topfunctionaris/@fte"))", "is geen geheel getal"); }
  SECTION("date") { require_fout(R"(doc:date("swv/@code"))", "'swv/@code' is geen datum"); }
  SECTION("bool") { require_fout(R"(doc:bool("swv/@code"))", "'swv/@code' is geen ja/nee"); }
  SECTION("decimal") { require_fout(R"(doc:decimal("swv/@rechtsvorm"))", "is geen decimaal getal"); }
}

TEST_CASE("relative XPath is taken from the root element, absolute XPath works as written") {
  auto f = run_x(R"(
    ctx:voldoet{ message = "gelezen", values = {
      rel = doc:amount("financien/baten/totaal"),
      abs = doc:amount("/jaarverslag/financien/baten/totaal"),
      overal = doc:integer("//thuiszitters/totaal"),
      derde = doc:text("deelnemendeBesturen/bestuur[3]/@naam"),
      anders = tostring(doc:text("/anders/verslagjaar")),
    } })");
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("rel") == "2430000000");
  CHECK(f.values.at("abs") == "2430000000");
  CHECK(f.values.at("overal") == "14");
  CHECK(f.values.at("derde") == "Stichting Katholiek Primair Onderwijs De Linde");
  CHECK(f.values.at("anders") == "nil");
  // The same element read twice is cited once, by its full path and line.
  REQUIRE(f.evidence.size() == 3);
  CHECK(f.evidence[0].path == "/jaarverslag/financien/baten/totaal");
  CHECK(f.evidence[0].line == 58);
  CHECK(f.evidence[0].document == kDocument);
  CHECK(f.evidence[1].path == "/jaarverslag/thuiszitters/totaal");
  CHECK(f.evidence[1].line == 85);
  CHECK(f.evidence[2].path == "/jaarverslag/deelnemendeBesturen/bestuur[3]/@naam");
  CHECK(f.evidence[2].line == 11);
}

TEST_CASE("doc:nodes gives nodes with the same accessors, relative to the node, and their lines") {
  auto f = run_x(R"(
    local namen, regels, nevens = {}, {}, {}
    for i, lid in ipairs(doc:nodes("governance/internToezicht/lid")) do
      namen[i] = lid:text("@naam")
      regels[i] = lid:line()
      nevens[i] = lid:count("nevenfunctie")
    end
    local lid2 = doc:nodes("governance/internToezicht/lid")[2]
    local neven = lid2:nodes("nevenfunctie")[1]
    ctx:voldoet{ message = "gelezen", values = {
      namen = table.concat(namen, "|"), regels = table.concat(regels, ","), nevens = table.concat(nevens, ","),
      organisatie = neven:text("@organisatie"), bevoegd_gezag = neven:integer("@bevoegdGezag"),
      neven_regel = neven:line(), pad = lid2:path(), benoemd = lid2:date("@benoemd"),
      stemhebbend = lid2:bool("@stemhebbend"), heeft_neven = lid2:exists("nevenfunctie"),
      absoluut = lid2:text("/jaarverslag/swv/@code"), ouder = lid2:text("../@orgaan"),
      leeg = #doc:nodes("governance/bestaatniet"),
    } })");
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("namen") == "A. de Vries|B. Bakker|C. El Amrani");
  CHECK(f.values.at("regels") == "21,24,27");
  CHECK(f.values.at("nevens") == "1,1,0");
  CHECK(f.values.at("organisatie") == "Stichting Openbaar Onderwijs Voorbeeld");
  CHECK(f.values.at("bevoegd_gezag") == "41234");
  CHECK(f.values.at("neven_regel") == "25");
  CHECK(f.values.at("pad") == "/jaarverslag/governance/internToezicht/lid[2]");
  CHECK(f.values.at("benoemd") == "2020-03-01");
  CHECK(f.values.at("stemhebbend") == "ja");
  CHECK(f.values.at("heeft_neven") == "ja");
  CHECK(f.values.at("absoluut") == "PO2704");
  CHECK(f.values.at("ouder") == "raad van toezicht");
  CHECK(f.values.at("leeg") == "0");
  // Reads through nodes are evidence with the node's path.
  bool found = false;
  for (const auto& e : f.evidence)
    if (e.path == "/jaarverslag/governance/internToezicht/lid[2]/nevenfunctie/@organisatie") found = e.line == 25;
  CHECK(found);
}

TEST_CASE("an absent path reads as nil and is listed by ctx:missing()") {
  auto f = run_x(R"(
    local a = doc:text("financien/bestaatniet")
    local b = doc:amount("/jaarverslag/wnt/bestaatniet")
    local c = doc:text("governance/bestuur/lid/@bevoegdGezag")      -- empty attribute: absent
    local d = doc:integer("financien/bestaatniet")                   -- the same path again
    local e = doc:nodes("governance/internToezicht/lid")[3]:date("@herbenoemd")
    local m = ctx:missing()
    ctx:voldoet{ message = "gelezen", values = {
      allemaal_nil = a == nil and b == nil and c == nil and d == nil and e == nil,
      ontbreekt = table.concat(m, "|"), aantal = #m,
    } })");
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("allemaal_nil") == "ja");
  CHECK(f.values.at("ontbreekt") ==
        "/jaarverslag/financien/bestaatniet|/jaarverslag/wnt/bestaatniet|"
        "/jaarverslag/governance/bestuur/lid/@bevoegdGezag|/jaarverslag/governance/internToezicht/lid[3]/@herbenoemd");
  CHECK(f.values.at("aantal") == "4");
  // Nothing present was read: the finding cites where the missing values should have been.
  REQUIRE(f.evidence.size() == 3);
  CHECK(f.evidence[0].path == "/jaarverslag/financien");
  CHECK(f.evidence[1].path == "/jaarverslag/wnt");
  CHECK(f.evidence[2].path == "/jaarverslag/governance/bestuur/lid");
  CHECK(f.evidence[0].line > 3);
}

TEST_CASE("niet_te_beoordelen without a message names what is missing") {
  SECTION("one missing path") {
    auto f = run_x(R"(
      local ev = doc:amount("financien/balans/eigenVermogen/totaal")
      local x = doc:amount("financien/balans/bestaatniet")
      if x == nil then return ctx:niet_te_beoordelen{} end
      ctx:voldoet{ message = "niet bereikt" })");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK_THAT(f.message, Catch::Contains("/jaarverslag/financien/balans/bestaatniet"));
    CHECK(f.values.at("ontbreekt") == "/jaarverslag/financien/balans/bestaatniet");
    REQUIRE(f.evidence.size() == 1);
    CHECK(f.evidence[0].path == "/jaarverslag/financien/balans/eigenVermogen/totaal");
  }
  SECTION("two missing paths") {
    auto f = run_x(R"(
      doc:text("a/b")
      doc:text("c/@d")
      ctx:niet_te_beoordelen{ values = { extra = 1 } })");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK_THAT(f.message, Catch::Contains("/jaarverslag/a/b") && Catch::Contains("/jaarverslag/c/@d"));
    CHECK(f.values.at("ontbreekt") == "/jaarverslag/a/b, /jaarverslag/c/@d");
    CHECK(f.values.at("extra") == "1");
  }
  SECTION("a message and ontbreekt of the rule's own are kept") {
    auto f = run_x(R"(
      doc:text("a/b")
      ctx:niet_te_beoordelen{ message = "Eigen tekst.", values = { ontbreekt = "de balans" } })");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK(f.message == "Eigen tekst.");
    CHECK(f.values.at("ontbreekt") == "de balans");
  }
  SECTION("nothing missing and no message is an error") {
    require_fout(R"(
      doc:text("verslagjaar")
      ctx:niet_te_beoordelen{})",
                 "niet_te_beoordelen zonder message: zeg wat ontbreekt");
  }
}

TEST_CASE("values take strings, integers and booleans only") {
  SECTION("a float is refused") { require_fout(R"(ctx:voldoet{ message = "x", values = { ratio = 7 / 2 } })", "values.ratio is een kommagetal"); }
  SECTION("a float without fraction is refused too") {
    require_fout(R"(ctx:voldoet{ message = "x", values = { helft = 10 / 2 } })", "values.helft is een kommagetal");
  }
  SECTION("a table is refused") {
    require_fout(R"(ctx:voldoet{ message = "x", values = { lijst = { 1, 2 } } })", "values.lijst: alleen tekst, gehele getallen en ja/nee");
  }
  SECTION("strings, integers and booleans are kept") {
    auto f = run_x(R"(ctx:voldoet{ message = "x", values = { s = "0.035", i = 10 // 2, neg = -7, t = true, n = false } })");
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("s") == "0.035");
    CHECK(f.values.at("i") == "5");
    CHECK(f.values.at("neg") == "-7");
    CHECK(f.values.at("t") == "ja");
    CHECK(f.values.at("n") == "nee");
  }
}

TEST_CASE("an invalid XPath is an error naming it") {
  SECTION("text") { require_fout(R"(doc:text("financien/["))", "ongeldige XPath 'financien/['"); }
  SECTION("nodes") { require_fout(R"(doc:nodes("//lid[@naam="))", "ongeldige XPath '//lid[@naam='"); }
  SECTION("count of a number") { require_fout(R"lua(doc:count("count(//lid)"))lua", "ongeldige XPath 'count(//lid)'"); }
  SECTION("a value of a number") {
    require_fout(R"lua(doc:amount("sum(//totaal)"))lua", "XPath 'sum(//totaal)' moet elementen of attributen selecteren");
  }
  SECTION("on a node") {
    require_fout(R"(doc:nodes("governance/internToezicht/lid")[1]:text("@@naam"))", "ongeldige XPath '@@naam'");
  }
  SECTION("in evidence") {
    require_fout(R"(ctx:voldoet{ message = "x", evidence = { "financien/[" } })", "evidence:");
  }
}

TEST_CASE("a rule must report an outcome or say it does not apply") {
  SECTION("nothing reported") {
    require_fout(R"(local x = doc:text("verslagjaar"))", "regel gaf geen uitkomst");
  }
  SECTION("niet_van_toepassing gives no finding, other rules still report") {
    TestRules rules({{"x.lua", TestRules::rule("x", R"(
                        if doc.sector == "PO" then return ctx:niet_van_toepassing("alleen VO") end
                        ctx:voldoet{ message = "VO" })")},
                     {"y.lua", TestRules::rule("y", R"(ctx:signaal{ message = "altijd" })")}});
    auto findings = run_rules({rules.folder()}, kDocument);
    CHECK(findings_of(findings, "test.x").empty());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "test.y");
    CHECK(findings[0].status == Status::signaal);
  }
  SECTION("niet_van_toepassing after an outcome is an error") {
    require_fout(R"(
      ctx:voldoet{ message = "x" }
      ctx:niet_van_toepassing("toch niet"))",
                 "regel meldde een uitkomst én niet_van_toepassing");
  }
  SECTION("an outcome without message is an error") {
    require_fout(R"(ctx:overtreding{ values = { a = 1 } })", "een uitkomst heeft een message nodig");
  }
  SECTION("an error raised by the rule itself names file and line") {
    auto f = require_fout(R"(error("zelf gegooid"))", "zelf gegooid");
    CHECK_THAT(f.message, Catch::Contains("x.lua:12:"));
  }
  SECTION("a method called with a dot") {
    require_fout(R"(doc.text("verslagjaar"))", "gebruik doc:methode(...) of knoop:methode(...), met een dubbele punt");
  }
}

TEST_CASE("ctx:param reads dated parameters") {
  SECTION("on the peildatum and on given dates, changing on the from date") {
    auto f = run_x(R"(
      ctx:voldoet{ message = "x", values = {
        peil = ctx:param("test.grens"),
        oud = ctx:param("test.grens", "2021-12-31"),
        nieuw = ctx:param("test.grens", "2022-01-01"),
        aantal = ctx:param("test.aantal"), aantal_type = math.type(ctx:param("test.aantal")),
      } })",
                   "",
                   {{"params/extra.lua", "return { [\"test.aantal\"] = { description = \"aantal\", source = \"test\",\n"
                                         "  unit = \"aantal\", values = { { from = \"2019-01-01\", value = 3 } } } }\n"}});
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("peil") == "200.00");
    CHECK(f.values.at("oud") == "100.00");
    CHECK(f.values.at("nieuw") == "200.00");
    CHECK(f.values.at("aantal") == "3");
    CHECK(f.values.at("aantal_type") == "integer");
    CHECK(f.params.at("test.aantal") == "3");
    CHECK(f.params.size() == 2);
  }
  SECTION("a date on which the parameter has no value: niet-te-beoordelen naming it") {
    auto f = run_x(R"(
      local grens = ctx:param("test.grens", "2025-01-01")
      ctx:voldoet{ message = "niet bereikt" })");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK_THAT(f.message, Catch::Contains("'test.grens'") && Catch::Contains("2025-01-01"));
    CHECK(f.params.at("test.grens") == "geen waarde op 2025-01-01");
  }
  SECTION("a date before the first value: niet-te-beoordelen naming it") {
    auto f = run_x(R"(
      local grens = ctx:param("test.grens", "2018-12-31")
      ctx:voldoet{ message = "niet bereikt" })");
    CHECK(f.status == Status::niet_te_beoordelen);
    CHECK_THAT(f.message, Catch::Contains("'test.grens'") && Catch::Contains("2018-12-31"));
  }
  SECTION("param_opt returns nil there and the rule goes on") {
    auto f = run_x(R"(
      local leeg = ctx:param_opt("test.grens", "2025-01-01")
      local voor = ctx:param_opt("test.grens", "2018-12-31")
      local wel = ctx:param_opt("test.grens", "2023-06-30")
      ctx:voldoet{ message = "x", values = { leeg = leeg == nil, voor = voor == nil, wel = wel } })");
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("leeg") == "ja");
    CHECK(f.values.at("voor") == "ja");
    CHECK(f.values.at("wel") == "200.00");
    CHECK(f.params.at("test.grens") == "200.00");  // the last read
  }
  SECTION("an unknown parameter is an error") {
    require_fout(R"(ctx:param("test.onbekend"))", "ctx:param: onbekende parameter 'test.onbekend'");
  }
  SECTION("param_opt of an unknown parameter is an error too") {
    require_fout(R"(ctx:param_opt("test.onbekend"))", "onbekende parameter 'test.onbekend'");
  }
  SECTION("a date that is no ISO date is an error") {
    require_fout(R"(ctx:param("test.grens", "31-12-2023"))", "'31-12-2023' is geen datum");
  }
}

TEST_CASE("outcomes become findings with status, key, subject and metadata") {
  TestRules rules({{"x.lua", TestRules::rule("x", R"(
    ctx:voldoet{ message = "zonder onderwerp" }
    ctx:signaal{ message = "met onderwerp", subject = "subject" }
    ctx:overtreding{ message = "met getal", subject = 41234 })")}});
  auto findings = run_rules({rules.folder()}, kDocument);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].status == Status::voldoet);
  CHECK(findings[0].key == "test.x/PO2704");
  CHECK(findings[1].status == Status::signaal);
  CHECK(findings[1].key == "test.x/PO2704/subject");
  CHECK(findings[2].status == Status::overtreding);
  CHECK(findings[2].key == "test.x/PO2704/41234");
  for (const auto& f : findings) {
    CHECK(f.rule == "test.x");
    CHECK(f.family == "test");
    CHECK(f.swv == "PO2704");
    CHECK(f.jaar == 2023);
    CHECK(f.document == kDocument);
    CHECK(f.norm->id == "T-1");
    CHECK(f.norm->title == "Testnorm");
    CHECK(f.norm->source == "test");
    CHECK(f.norm->in_force_from == "2019-01-01");
  }
  SECTION("a subject of another type is an error") {
    require_fout(R"(ctx:voldoet{ message = "x", subject = { 1 } })", "subject moet tekst of een getal zijn");
  }
}

TEST_CASE("an explicit evidence list cites those paths with their lines") {
  SECTION("paths of elements and attributes, relative and absolute") {
    auto f = run_x(R"(
      local baten = doc:amount("financien/baten/totaal")
      local code = doc:text("swv/@code")
      local jaar = doc:integer("verslagjaar")
      ctx:signaal{ message = "x", evidence = { "financien/baten/totaal", "swv/@code",
                                               "/jaarverslag/governance/internToezicht/lid[2]" } })");
    REQUIRE(f.status == Status::signaal);
    REQUIRE(f.evidence.size() == 3);
    CHECK(f.evidence[0].path == "/jaarverslag/financien/baten/totaal");
    CHECK(f.evidence[0].line == 58);
    CHECK(f.evidence[1].path == "/jaarverslag/swv/@code");
    CHECK(f.evidence[1].line == 4);
    CHECK(f.evidence[2].path == "/jaarverslag/governance/internToezicht/lid[2]");
    CHECK(f.evidence[2].line == 24);
    for (const auto& e : f.evidence) CHECK(e.document == kDocument);
  }
  SECTION("without a list every present value read is cited, in reading order") {
    auto f = run_x(R"(
      local jaar = doc:integer("verslagjaar")
      local code = doc:text("swv/@code")
      local leeg = doc:text("financien/bestaatniet")
      ctx:signaal{ message = "x" })");
    REQUIRE(f.evidence.size() == 2);
    CHECK(f.evidence[0].path == "/jaarverslag/verslagjaar");
    CHECK(f.evidence[0].line == 6);
    CHECK(f.evidence[1].path == "/jaarverslag/swv/@code");
    CHECK(f.evidence[1].line == 4);
  }
  SECTION("a path that is not in the document is an error") {
    require_fout(R"(ctx:signaal{ message = "x", evidence = { "financien/bestaatniet" } })",
                 "evidence: 'financien/bestaatniet' staat niet in het document");
  }
}

TEST_CASE("a read repeated within a unit and by the next rule gives that unit's value, never the previous unit's") {
  // Reads are remembered for the unit (ReadMemo): two rules read the same path twice each,
  // over two documents with different totals.
  std::string body = R"(
    local eerst = doc:amount("financien/baten/totaal")
    local weer = doc:amount("financien/baten/totaal")
    ctx:voldoet{ message = "x", values = { eerst = eerst, weer = weer, swv_jaar = doc.swv .. doc.jaar } })";
  TestRules rules({{"x.lua", TestRules::rule("x", body)}, {"y.lua", TestRules::rule("y", body)}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  std::vector<std::string> files{kDocument, fixture("jaarverslagen/po2704-2022.xml")};
  for (int jobs : {1, 2}) {
    CheckOptions options;
    options.jobs = jobs;
    CheckResult result = check_files(catalog, files, {}, {}, "2026-11-25", options);
    REQUIRE(result.findings.size() == 4);
    for (const auto& f : result.findings) {
      INFO(f.rule << " " << f.document);
      CHECK(f.values.at("eerst") == f.values.at("weer"));
      CHECK(f.values.at("eerst") == (f.document == kDocument ? "2430000000" : "2366125000"));  // cents
    }
  }
}

TEST_CASE("nodes from one check call never reach a later call") {
  // A node kept in an upvalue is gone in the next call (the upvalue is put back after every
  // call, unit_state_test.cc); were it kept, its generation would refuse it.
  TestRules rules({{"x.lua", TestRules::rule("x", R"(
    if bewaard then
      local ok, naam = pcall(bewaard.text, bewaard, "@naam")
      return ctx:voldoet{ message = "oude knoop gelezen: " .. tostring(naam) }
    end
    bewaard = doc:nodes("governance/internToezicht/lid")[1]
    ctx:voldoet{ message = "knoop bewaard", values = { naam = bewaard:text("@naam") } })",
                                                    "local bewaard\n")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  CheckResult result = check_files(catalog, {kDocument, fixture("jaarverslagen/po2704-2022.xml")}, {}, {}, "2026-11-25");
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].status == Status::voldoet);
  CHECK(result.findings[0].values.at("naam") == "A. de Vries");
  CHECK(result.findings[1].document == fixture("jaarverslagen/po2704-2022.xml"));
  CHECK(result.findings[1].message == "knoop bewaard");
}

TEST_CASE("doc fields describe the document and ctx.check_date the run") {
  auto f = run_x(R"(
    ctx:voldoet{ message = "x", values = {
      kind = doc.kind, swv = doc.swv, jaar = doc.jaar, jaar_type = math.type(doc.jaar), sector = doc.sector,
      peildatum = doc.peildatum, path = doc.path, check_date = ctx.check_date,
      methode = type(doc.amount), onbekend = tostring(doc.onbekend),
      ctx_methode = type(ctx.voldoet), ctx_onbekend = tostring(ctx.onbekend),
    } })");
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("kind") == "jaarverslag");
  CHECK(f.values.at("swv") == "PO2704");
  CHECK(f.values.at("jaar") == "2023");
  CHECK(f.values.at("jaar_type") == "integer");
  CHECK(f.values.at("sector") == "PO");
  CHECK(f.values.at("peildatum") == "2023-12-31");
  CHECK(f.values.at("path") == kDocument);
  CHECK(f.values.at("check_date") == "2026-11-25");
  CHECK(f.values.at("methode") == "function");  // methods and fields side by side
  CHECK(f.values.at("onbekend") == "nil");
  CHECK(f.values.at("ctx_methode") == "function");  // ctx: methods and check_date side by side
  CHECK(f.values.at("ctx_onbekend") == "nil");
}

TEST_CASE("the same query from different nodes gives each node's own value, also when read again") {
  // The unit's reads are remembered by query and context node: one query string read from
  // every member must not give the first member's value for the others.
  auto f = run_x(R"(
    local namen, weer, los = {}, {}, {}
    for _, lid in ipairs(doc:nodes("governance/internToezicht/lid")) do namen[#namen + 1] = lid:text("@naam") end
    for _, lid in ipairs(doc:nodes("governance/internToezicht/lid")) do weer[#weer + 1] = lid:text("@naam") end
    for i = 1, doc:count("governance/internToezicht/lid") do  -- one query string per member
      los[i] = doc:text("governance/internToezicht/lid[" .. i .. "]/@naam")
    end
    ctx:voldoet{ message = "x", values = { namen = table.concat(namen, "|"), weer = table.concat(weer, "|"),
      los = table.concat(los, "|") } })");
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("namen") == f.values.at("los"));
  CHECK(f.values.at("weer") == f.values.at("los"));
  CHECK(f.values.at("los").substr(0, f.values.at("los").find('|')) == "A. de Vries");
  CHECK(f.values.at("los").find('|') != std::string::npos);  // more than one member
}
