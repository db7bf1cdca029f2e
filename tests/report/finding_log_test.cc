#include <catch2/catch.hpp>

#include "report/finding_log.h"
#include "support/temp_dir.h"

using namespace swv;

namespace {

Finding full_finding(int n) {
  Finding f;
  f.rule = "reserves.signaleringswaarde";
  f.key = "reserves.signaleringswaarde/PO2704/" + std::to_string(n);
  f.family = "reserves";
  f.status = n % 2 ? Status::signaal : Status::fout;
  f.swv = "PO2704";
  f.jaar = 2023 + n;
  f.document = "map met spatie/po2704-2023.xml";
  f.message = std::string("€ 1.234,56 \"quoted\"\nline two \0 with a NUL", 44);
  f.values = {{"eigen_vermogen", "1234.56"}, {"leeg", ""}};
  f.evidence = {{"a.xml", "/jaarverslag/financien", 12}, {"b.csv", "", 0}};
  f.params = {{"reserves.signaleringswaarde.percentage", "0.035"}};
  f.norm = NormRef{"RS-1", "Signaleringswaarde", "Kamerstuk 35 300", "2019-01-01", "2030-12-31"};
  if (n == 1) f.baseline = Baseline::opgelost;
  if (n == 1) f.accepted = Acceptance{"bouwplan ingezien", "J. de Vries", "2024-06-01", "2025-06-01", false};
  if (n == 2) f.accepted = Acceptance{"oud", "K. Jansen", "2020-01-01", "2021-01-01", true};
  return f;
}

bool same(const Finding& a, const Finding& b) {
  auto evidence = [](const Finding& f) {
    std::vector<std::tuple<std::string, std::string, int>> list;
    for (const auto& e : f.evidence) list.emplace_back(e.document, e.path, e.line);
    return list;
  };
  return a.rule == b.rule && a.key == b.key && a.family == b.family && a.status == b.status && a.swv == b.swv &&
         a.jaar == b.jaar && a.document == b.document && a.message == b.message && a.values == b.values &&
         evidence(a) == evidence(b) && a.params == b.params && a.norm->id == b.norm->id &&
         a.norm->title == b.norm->title && a.norm->source == b.norm->source &&
         a.norm->in_force_from == b.norm->in_force_from &&
         a.norm->in_force_until == b.norm->in_force_until && a.baseline == b.baseline &&
         a.accepted.has_value() == b.accepted.has_value() &&
         (!a.accepted || (a.accepted->reason == b.accepted->reason && a.accepted->who == b.accepted->who &&
                          a.accepted->date == b.accepted->date && a.accepted->expires == b.accepted->expires &&
                          a.accepted->expired == b.accepted->expired));
}

}  // namespace

TEST_CASE("finding log: every field of a finding comes back exactly") {
  for (int n : {0, 1}) {
    std::string bytes;
    encode_finding(full_finding(n), &bytes);
    encode_finding(Finding{}, &bytes);
    std::size_t offset = 0;
    CHECK(same(decode_finding(bytes, &offset), full_finding(n)));
    CHECK(same(decode_finding(bytes, &offset), Finding{}));
    CHECK(offset == bytes.size());
    std::size_t cut = 0;
    std::string short_bytes = bytes.substr(0, bytes.size() / 3);
    CHECK_THROWS_AS(decode_finding(short_bytes, &cut), std::runtime_error);
  }
}

TEST_CASE("finding log: units come back in any order, also while more are appended") {
  test::TempDir dir;
  FindingLog log(dir.path());
  auto first = log.append({full_finding(0), full_finding(1)});
  auto empty = log.append({});
  auto second = log.append({full_finding(3)});
  auto back = log.read(second);
  REQUIRE(back.size() == 1);
  CHECK(same(back[0], full_finding(3)));
  auto third = log.append({full_finding(5)});  // appending after a read
  CHECK(log.read(empty).empty());
  auto both = log.read(first);
  REQUIRE(both.size() == 2);
  CHECK(same(both[1], full_finding(1)));
  CHECK(same(log.read(third).at(0), full_finding(5)));
}

TEST_CASE("finding log: findings read back share their rule's norm and their call's parameters") {
  test::TempDir dir;
  FindingLog log(dir.path());
  Finding a = full_finding(0), b = full_finding(3);
  b.norm = a.norm;      // one rule: one norm object
  b.params = a.params;  // one rule call: one parameter map
  Finding other = full_finding(5);
  other.norm = NormRef{"RS-2", "Andere norm", "bron", "", ""};
  auto first = log.append({a, b, other});
  auto second = log.append({full_finding(7), a});
  auto back = log.read(first);
  REQUIRE(back.size() == 3);
  CHECK(same(back[0], a));
  CHECK(same(back[1], b));
  CHECK(same(back[2], other));
  CHECK(back[0].norm.same_object(back[1].norm));
  CHECK(back[0].params.same_object(back[1].params));
  CHECK_FALSE(back[2].norm.same_object(back[0].norm));
  auto later = log.read(second);
  REQUIRE(later.size() == 2);
  CHECK(same(later[1], a));
  CHECK(later[1].norm.same_object(back[0].norm));  // the norm table is the log's, not the record's
  CHECK(same(later[0], full_finding(7)));
}
