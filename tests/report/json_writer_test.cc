#include <catch2/catch.hpp>

#include "report/json_dump.h"
#include "report/json_report.h"
#include "report/json_writer.h"
#include "report/report_support.h"
#include "report/summary.h"

using nlohmann::ordered_json;
using swv::JsonWriter;

namespace {

std::string nlohmann_dump(const ordered_json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Writes `value` with JsonWriter, member by member, as the reports do.
void write(const ordered_json& value, JsonWriter& out) {
  if (value.is_object()) {
    out.begin_object();
    for (const auto& [name, member] : value.items()) {
      out.key(name);
      write(member, out);
    }
    out.end_object();
  } else if (value.is_array()) {
    out.begin_array();
    for (const auto& item : value) write(item, out);
    out.end_array();
  } else if (value.is_string()) {
    out.string(value.get<std::string>());
  } else if (value.is_boolean()) {
    out.boolean(value.get<bool>());
  } else {
    out.integer(value.get<std::int64_t>());
  }
}

std::string written(const ordered_json& value, std::size_t indent = 0) {
  std::string text;
  JsonWriter out(&text, indent);
  write(value, out);
  return text;
}

// Every byte from 0 to 255 alone, and sequences nlohmann treats in special ways: overlong
// forms, surrogates, code points above U+10FFFF, truncated sequences at the end and inside.
std::vector<std::string> awkward_strings() {
  std::vector<std::string> strings{"",
                                   "plain",
                                   "quote \" backslash \\ slash /",
                                   "\b\f\n\r\t\x01\x1f\x7f",
                                   "Öztürk 's-Hertogenbosch € 1.234,56 \xF0\x9F\x98\x80",
                                   "\xC0\xAF",
                                   "\xED\xA0\x80 surrogate",
                                   "\xF4\x90\x80\x80 above",
                                   "ends in \xE2\x82",
                                   "\xE2\x82 inside",
                                   "\xE2\x28\xA1",
                                   "caf\xe9",
                                   "\xFF\xFE",
                                   "a\xC3"};
  for (int c = 0; c < 256; ++c) strings.push_back(std::string(1, static_cast<char>(c)) + "x");
  return strings;
}

}  // namespace

TEST_CASE("json writer: every string is escaped and replaced byte for byte as nlohmann dumps it") {
  for (const auto& text : awkward_strings()) {
    INFO(ordered_json(text).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace));
    std::string mine;
    swv::append_json_string(text, &mine);
    CHECK(mine == ordered_json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("json writer: every byte value at every place of a sixteen- and an eight-byte step is escaped as nlohmann does") {
  // The writer skips plain text sixteen bytes at a time (SSE2), then eight (SWAR), then one:
  // each byte value, alone or after a multi-byte character, at each offset of a 41-byte text
  // (two sixteen-byte steps, an eight-byte one and a tail), must still be seen.
  for (const std::string prefix : {"", "\xe2\x82\xac "}) {  // "€ ": the UTF-8 check has run
    for (int byte = 0; byte < 256; ++byte) {
      for (std::size_t at = 0; at < 41; ++at) {
        std::string text = prefix + std::string(41, 'a');
        text[prefix.size() + at] = static_cast<char>(byte);
        std::string mine;
        swv::append_json_string(text, &mine);
        INFO("byte " << byte << " at " << at << " after '" << prefix << "'");
        REQUIRE(mine == ordered_json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
    }
  }
}

TEST_CASE("json writer: member names are escaped as nlohmann does, plain ones and others") {
  ordered_json value;
  for (const std::string& name : std::vector<std::string>{"rule", "som_onderdelen", "a.b-c", "naam met spatie", "quote\"", "back\\slash", "tab\t",
                           "\x01", "\xe2\x82\xac", std::string(70, 'k'), std::string(64, 'k'), "bad\xff"})
    value[name] = 1;
  CHECK(written(value) == nlohmann_dump(value));
}

TEST_CASE("json writer: a plain name fixed in the source is written as key() writes it, also nested deeper than its fast path") {
  for (std::size_t start : {std::size_t{0}, std::size_t{6}, std::size_t{70}}) {
    INFO("indentation " << start);
    std::string by_key, by_plain;
    JsonWriter a(&by_key, start), b(&by_plain, start);
    for (JsonWriter* out : {&a, &b}) out->begin_object();
    a.member("rule", "x");
    b.plain_member("rule", "x");
    a.key("acceptance_expired");
    b.plain_key("acceptance_expired");
    for (JsonWriter* out : {&a, &b}) {
      out->begin_object();
      out->end_object();
      out->end_object();
    }
    CHECK(by_plain == by_key);
    CHECK(by_plain.find("\"acceptance_expired\": {}") != std::string::npos);
  }
}

TEST_CASE("json writer: nested objects and arrays, empty ones and numbers are laid out as dump(2)") {
  ordered_json value{{"rule", "x"},
                     {"n", -12},
                     {"big", 9007199254740993LL},
                     {"ok", true},
                     {"no", false},
                     {"empty_object", ordered_json::object()},
                     {"empty_array", ordered_json::array()},
                     {"list", {1, "two", ordered_json::object(), ordered_json::array(), {{"deep", {{"deeper", "d"}}}}}},
                     {"strings", awkward_strings()}};
  CHECK(written(value) == nlohmann_dump(value));
  CHECK(written(ordered_json::array()) == "[]");
  CHECK(written(ordered_json::object()) == "{}");
  CHECK(written(ordered_json("top")) == "\"top\"");
}

TEST_CASE("json writer: a value started at an indentation keeps every nested line relative to it") {
  ordered_json value{{"a", {{"b", ordered_json::array({1, 2})}}}};
  std::string expected;
  swv::append_array_item(value, 0, 4, &expected);
  std::string mine = "[\n      ";
  JsonWriter out(&mine, 6);
  write(value, out);
  CHECK(mine == expected);
}

TEST_CASE("json writer: a finding written straight out is the same text as its JSON tree, every status and mark, with and without the layout cache") {
  swv::CheckResult result = swv::test::golden_result();
  REQUIRE(result.findings.size() > 5);
  // Marks and values that the golden run does not have: every baseline mark, empty lists,
  // evidence without a line, invalid UTF-8 from a rule.
  std::vector<swv::Finding> findings = result.findings;
  swv::Finding odd = findings.front();
  odd.values.clear();
  odd.params.clear();
  odd.evidence = {{"doc.xml", "/jaarverslag", 0}};
  odd.message = "bericht met \x1b[2J en caf\xe9";
  findings.push_back(odd);
  odd.evidence.clear();
  findings.push_back(odd);
  swv::NormRef norm = *odd.norm;
  norm.in_force_from.clear();  // a norm that always applied (CO-1)
  odd.norm = norm;
  findings.push_back(odd);
  norm.in_force_from = "2014-08-01";
  norm.in_force_until = "2024-07-31";
  odd.norm = norm;
  findings.push_back(odd);
  for (auto mark : swv::kBaselineOrder) {
    findings.push_back(result.findings.back());
    findings.back().baseline = mark;
  }
  for (bool expired : {false, true}) {  // --accept, and an acceptance that expired
    findings.push_back(result.findings.back());
    findings.back().accepted = swv::Acceptance{"reden \"met\" tekens", "J. de Vries", "2024-06-01", "2025-06-01", expired};
  }
  // The same norm id with another title, as a baseline of an older rules version carries it,
  // and a document path that needs escaping.
  swv::Finding renamed = findings.front();
  swv::NormRef renamed_norm = *renamed.norm;
  renamed_norm.title = "Andere titel";
  renamed.norm = renamed_norm;
  renamed.document = "map \"met\" aanhalingstekens/po2704-2023.xml";
  renamed.evidence = {{renamed.document, "/jaarverslag/a", 3}, {"ander.xml", "/b", 0}, {renamed.document, "/c", 4}};
  findings.push_back(renamed);
  findings.push_back(findings.front());
  swv::FindingLayoutCache cache;  // one for the whole list, as a report writer keeps it
  for (std::size_t i = 0; i < findings.size(); ++i) {
    INFO(findings[i].key);
    std::string expected, mine, cached;
    swv::append_array_item(swv::finding_to_json(findings[i]), i, 2, &expected);
    swv::append_finding_item(findings[i], i, 2, &mine);
    CHECK(mine == expected);
    swv::append_finding_item(findings[i], i, 2, &cached, &cache);
    CHECK(cached == expected);
    std::string deeper, deeper_cached;  // another indentation: the norm is laid out anew
    swv::append_array_item(swv::finding_to_json(findings[i]), i, 6, &deeper);
    swv::append_finding_item(findings[i], i, 6, &deeper_cached, &cache);
    CHECK(deeper_cached == deeper);
  }
}
