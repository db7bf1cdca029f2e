// The one escaping routine of the HTML report, the one quoting routine of the CSV report, the
// template language, and amounts written the Dutch way.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "report/amounts.h"
#include "report/csv_report.h"
#include "report/html_template.h"

using namespace swv;

TEST_CASE("html_escape: < > & and both quotes become entities, text and UTF-8 stay") {
  CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escape("&amp;") == "&amp;amp;");  // escaped once more: text is never taken for markup
  CHECK(html_escape("één € Öztürk, tab\tregel\nterug\r") == "één € Öztürk, tab\tregel\nterug\r");
  CHECK(html_escape("") == "");
}

TEST_CASE("html_escape: bytes that are not UTF-8 and control characters become U+FFFD") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(html_escape("a\xFF" "b") == "a" + replacement + "b");
  CHECK(html_escape("\xC3") == replacement);                     // cut-off sequence
  CHECK(html_escape("\xC0\xAF") == replacement + replacement);  // overlong '/'
  CHECK(html_escape("\xED\xA0\x80") == replacement + replacement + replacement);  // a surrogate
  CHECK(html_escape(std::string("x\x01y\0z", 5)) == "x" + replacement + "y" + replacement + "z");
  CHECK(html_escape("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // a valid 4-byte character
}

TEST_CASE("template: {{name}} is escaped, {{{name}}} inserted as it is, a missing value is an error") {
  TemplateValues values;
  values.text["titel"] = "<b>&\"'</b>";
  values.markup["blok"] = {"<p>klaar</p>"};
  CHECK(render_template("<h1>{{titel}}</h1>{{{blok}}}|{{ titel }}", values) ==
        "<h1>&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;</h1><p>klaar</p>|&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;");
  CHECK(render_template("zonder plaatshouders", values) == "zonder plaatshouders");
  CHECK_THROWS_AS(render_template("{{onbekend}}", values), std::runtime_error);
  CHECK_THROWS_AS(render_template("{{{titel}}}", values), std::runtime_error);  // text is never raw
  CHECK_THROWS_AS(render_template("{{blok}}", values), std::runtime_error);     // markup is never text
  CHECK_THROWS_AS(render_template("{{titel", values), std::runtime_error);
}

TEST_CASE("template: the shipped template's placeholders are all known to the HTML report") {
  const std::string& page = html_report_template();
  REQUIRE_FALSE(page.empty());
  CHECK_THAT(page, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(page, Catch::Contains("@media print"));
  CHECK_THAT(page, Catch::Contains("{{{overview}}}"));
}

TEST_CASE("csv_field: a semicolon, \" CR and LF make a quoted field with doubled quotes") {
  CHECK(csv_field("gewoon") == "gewoon");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a;b") == "\"a;b\"");
  CHECK(csv_field("zeg \"ja\"") == "\"zeg \"\"ja\"\"\"");
  CHECK(csv_field("regel\nregel") == "\"regel\nregel\"");
  CHECK(csv_field("regel\r\nregel") == "\"regel\r\nregel\"");
  CHECK(csv_field("1.234,56") == "1.234,56");  // a comma needs no quotes with ; as separator
  CHECK(csv_field("één € ü") == "één € ü");
}

TEST_CASE("csv_field: a field Excel would run as a formula starts with an apostrophe") {
  CHECK(csv_field("=SOM(A1:A2)") == "'=SOM(A1:A2)");
  CHECK(csv_field("+31") == "'+31");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("@x") == "'@x");
  CHECK(csv_field("=a;b") == "\"'=a;b\"");
  CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("amounts: two-decimal strings to cents, decimal comma, Dutch grouping") {
  CHECK(amount_cents("1234.56") == 123456);
  CHECK(amount_cents("-0.50") == -50);
  CHECK(amount_cents("0.00") == 0);
  for (const char* not_an_amount : {"1234.5", "12.345", "1234", ".50", "-.50", "-", "", "1,50", "1.5a", "a1.50",
                                    "1234567890123456.00"})
    CHECK_FALSE(amount_cents(not_an_amount).has_value());
  CHECK(with_decimal_comma("1234.56") == "1234,56");
  CHECK(with_decimal_comma("-0.50") == "-0,50");
  // every decimal, not only amounts (issue 15 item 4): fte, ratios, percentages
  CHECK(with_decimal_comma("0.8") == "0,8");
  CHECK(with_decimal_comma("0.5") == "0,5");
  CHECK(with_decimal_comma("0.035") == "0,035");
  CHECK(with_decimal_comma("-1.25") == "-1,25");
  for (const char* not_a_decimal : {"2023", "a.bc", "2023-12-31", "1.2.3", ".5", "5.", "-", "", "1.5a", "1,5"})
    CHECK(with_decimal_comma(not_a_decimal) == not_a_decimal);
  CHECK(dutch_amount(123456789) == "1.234.567,89");
  CHECK(dutch_amount(-50) == "-0,50");
  CHECK(dutch_amount(0) == "0,00");
  CHECK(dutch_amount(100000) == "1.000,00");
  CHECK(dutch_amount(123456789, true) == "1.234.568");
  CHECK(dutch_amount(-4521000, true) == "-45.210");
  CHECK(dutch_amount(-49, true) == "0");
}
