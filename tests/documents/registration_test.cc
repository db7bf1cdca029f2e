#include <catch2/catch.hpp>

#include "documents/registration.h"

using swv::LoadError;
using swv::Registration;

namespace {

const std::string kHeader =
    "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n";

std::unique_ptr<Registration> parse_ok(const std::string& text) {
  LoadError error;
  auto registration = Registration::parse(text, "thuiszitters.csv", &error);
  INFO(error.message);
  REQUIRE(registration);
  return registration;
}

LoadError parse_fails(const std::string& text, const std::string& name = "registratie.csv") {
  LoadError error;
  REQUIRE_FALSE(Registration::parse(text, name, &error));
  return error;
}

}  // namespace

TEST_CASE("registration: thuiszitters rows become typed records with their lines") {
  auto r = parse_ok(kHeader + "PO2704;31-12-2023;D-1;2012;relatief-verzuim;1-8-2023;geen;;\n");
  CHECK(r->kind() == "thuiszitters");
  REQUIRE(r->records().size() == 1);
  const auto& record = r->records()[0];
  CHECK(record.line == 2);
  CHECK(*r->value(record, "peildatum") == "2023-12-31");    // dd-mm-jjjj normalised
  CHECK(*r->value(record, "thuis_sinds") == "2023-08-01");  // without leading zeros
  CHECK(r->value(record, "opgelost") == nullptr);
}

TEST_CASE("registration: bad lines are listed with their line and the good ones used") {
  auto r = parse_ok(kHeader +
                    "PO0001;2023-12-31;D-1;2012;relatief-verzuim;2023-02-30;geen;;\n"   // no such date
                    "PO0001;2023-12-31;D-2;2012;ziek;2023-02-01;geen;;\n"               // unknown category
                    "PO0001;2023-12-31;D-3;2012;overig;2023-02-01;geen\n"               // too few fields
                    "PO0001;2023-12-31;;2012;overig;2023-02-01;geen;;\n"                // empty dossier
                    "PO0001;2023-12-31;D-5;2012;overig;2023-02-01;geen;;\n");
  CHECK(r->records().size() == 1);
  REQUIRE(r->line_errors().size() == 4);
  CHECK(r->line_errors()[0].line == 2);
  CHECK_THAT(r->line_errors()[0].message, Catch::Contains("thuis_sinds"));
  CHECK(r->line_errors()[1].line == 3);
  CHECK_THAT(r->line_errors()[1].message, Catch::Contains("categorie"));
  CHECK(r->line_errors()[2].line == 4);
  CHECK_THAT(r->line_errors()[2].message, Catch::Contains("velden"));
  CHECK_THAT(r->line_errors()[3].message, Catch::Contains("dossier"));
}

TEST_CASE("registration: extra columns are ignored and headers are case-insensitive") {
  auto r = parse_ok("Opmerking;SWV_CODE;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
                    "\"vrije tekst; met puntkomma\";PO0001;2023-12-31;D-1;;overig;2023-01-01;geen;;\n");
  REQUIRE(r->records().size() == 1);
  CHECK(*r->value(r->records()[0], "swv_code") == "PO0001");
  CHECK(r->column_index("opmerking") == -1);
}

TEST_CASE("registration: a missing required column is an error naming it") {
  auto error = parse_fails("swv_code;peildatum;dossier;categorie;aanbod\nPO0001;2023-12-31;D-1;overig;geen\n");
  CHECK_THAT(error.message, Catch::Contains("thuis_sinds"));
}

TEST_CASE("registration: meldingen are recognised by their columns") {
  LoadError error;
  auto r = Registration::parse("swv_code;datum;bevoegd_gezag;brin;soort;status\nPO0001;2023-03-01;41234;12AB;wegadviseren;open\n"
                               "PO0001;2023-03-02;4123;;overig;open\n",
                               "x.csv", &error);
  REQUIRE(r);
  CHECK(r->kind() == "meldingen");
  CHECK(r->records().size() == 1);
  REQUIRE(r->line_errors().size() == 1);
  CHECK_THAT(r->line_errors()[0].message, Catch::Contains("bevoegd_gezag"));
}

TEST_CASE("registration: a value that may be a BSN refuses the whole file and is never echoed") {
  auto error = parse_fails(kHeader + "PO0001;2023-12-31;D-1;2012;overig;2023-01-01;geen;;\n"
                                     "PO0001;2023-12-31;123456782;2012;overig;2023-01-01;geen;;\n");
  CHECK(error.line == 3);
  CHECK_THAT(error.message, Catch::Contains("dossier"));
  CHECK_THAT(error.message, Catch::Contains("BSN"));
  CHECK(error.message.find("123456782") == std::string::npos);
  auto in_extra = parse_fails("naam;" + kHeader + "123456782;PO0001;2023-12-31;D-1;2012;overig;2023-01-01;geen;;\n");
  CHECK(in_extra.message.find("123456782") == std::string::npos);
}

TEST_CASE("registration: a BSN inside free text or written with dots refuses the file too") {
  const std::string header = "swv_code;datum;bevoegd_gezag;brin;soort;status;toelichting\n";
  for (const char* note : {"\"moeder belt, BSN 123456782\"", "bsn 123.456.782", "leerling D123456782"}) {
    INFO(note);
    auto error = parse_fails(header + "PO0001;2023-01-09;40412;20XY;overig;open;geen\n" +
                             "PO0001;2023-01-10;40412;20XY;overig;open;" + note + "\n");
    CHECK(error.line == 3);
    CHECK_THAT(error.message, Catch::Contains("toelichting"));
    CHECK_THAT(error.message, Catch::Contains("BSN"));
    CHECK(error.message.find("123") == std::string::npos);
  }
}

TEST_CASE("registration: a BSN on a line that is not UTF-8 refuses the file, not only that line") {
  auto error = parse_fails(kHeader + "PO0001;2023-12-31;D-1;2012;overig;2023-01-01;geen;;\n"
                                     "PO0001;2023-12-31;D-2 \xff 123456782;2012;overig;2023-01-01;geen;;\n");
  CHECK(error.line == 3);
  CHECK_THAT(error.message, Catch::Contains("BSN"));
  CHECK(error.message.find("123456782") == std::string::npos);
  // With CRLF and bare CR line ends the line is counted as the reader counts it.
  auto crlf = parse_fails(kHeader + "PO0001;2023-12-31;D-1;2012;overig;2023-01-01;geen;;\r\r\n"
                                    "PO0001;2023-12-31;\x01 123456782;2012;overig;2023-01-01;geen;;\r\n");
  CHECK(crlf.line == 4);
}

TEST_CASE("registration: an SWV code in lower case is read in upper case, as the annual report has it") {
  auto r = parse_ok(kHeader + "po2704;31-12-2023;D-1;2012;relatief-verzuim;1-8-2023;geen;;\n"
                              " Vo2801 ;31-12-2023;D-2;2012;relatief-verzuim;1-8-2023;geen;;\n");
  REQUIRE(r->records().size() == 2);
  CHECK(*r->value(r->records()[0], "swv_code") == "PO2704");
  CHECK(*r->value(r->records()[1], "swv_code") == "VO2801");
  auto too_long = parse_ok(kHeader + "PO2704PO2704PO2704;31-12-2023;D-1;2012;overig;1-8-2023;geen;;\n");
  CHECK(too_long->records().empty());
  REQUIRE(too_long->line_errors().size() == 1);
  CHECK_THAT(too_long->line_errors()[0].message, Catch::Contains("swv_code"));
}

TEST_CASE("registration: unknown columns, empty files and no header are file errors") {
  CHECK_THAT(parse_fails("a;b\n1;2\n").message, Catch::Contains("onbekende registratie"));
  CHECK_THAT(parse_fails("").message, Catch::Contains("leeg"));
}

TEST_CASE("registration dates: ISO and dd-mm-jjjj, nothing else") {
  CHECK(swv::parse_registration_date("2023-12-31") == std::string("2023-12-31"));
  CHECK(swv::parse_registration_date("31-12-2023") == std::string("2023-12-31"));
  CHECK(swv::parse_registration_date("1-2-2023") == std::string("2023-02-01"));
  for (const char* bad : {"31/12/2023", "2023-02-29", "29-02-2023", "31-12-23", "123-1-2023", ""}) {
    INFO(bad);
    CHECK_FALSE(swv::parse_registration_date(bad).has_value());
  }
}

TEST_CASE("issue 18.7: a registration's swv_code is PO or VO and four digits after trimming Unicode spaces") {
  auto r = parse_ok(kHeader + "PO2704\u00A0;31-12-2023;D-1;2012;overig;1-8-2023;geen;;\n"  // no-break space
                              "\uFEFF vo2801;31-12-2023;D-2;2012;overig;1-8-2023;geen;;\n"
                              "PO2704-OOST;31-12-2023;D-3;2012;overig;1-8-2023;geen;;\n"
                              "PO 2704;31-12-2023;D-4;2012;overig;1-8-2023;geen;;\n"
                              "\u00A0;31-12-2023;D-5;2012;overig;1-8-2023;geen;;\n");
  REQUIRE(r->records().size() == 2);
  CHECK(*r->value(r->records()[0], "swv_code") == "PO2704");
  CHECK(*r->value(r->records()[1], "swv_code") == "VO2801");
  REQUIRE(r->line_errors().size() == 3);
  for (const auto& error : r->line_errors()) {
    INFO(error.line);
    CHECK_THAT(error.message, Catch::Contains("kolom 'swv_code' is geen SWV-code (PO of VO en vier cijfers"));
  }
  CHECK(r->line_errors()[0].line == 4);
}
