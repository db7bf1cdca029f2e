#include <catch2/catch.hpp>

#include "findings/finding.h"

using namespace swv;

TEST_CASE("shared norm: a copy holds the very same norm, a default one the empty norm") {
  SharedNorm norm(NormRef{"RS-1", "Signaleringswaarde", "Kamerstuk", "2019-01-01", ""});
  SharedNorm copy = norm;
  CHECK(copy.same_object(norm));
  CHECK(&*copy == &*norm);
  CHECK(copy->title == "Signaleringswaarde");
  SharedNorm equal_but_other(NormRef{"RS-1", "Signaleringswaarde", "Kamerstuk", "2019-01-01", ""});
  CHECK_FALSE(equal_but_other.same_object(norm));
  SharedNorm none;
  CHECK(none->id.empty());
  CHECK(none->in_force_until.empty());
  const NormRef& as_ref = norm;  // what not_in_force and the writers take
  CHECK(not_in_force(as_ref, "2018-12-31") == NotInForce::not_yet);
}

TEST_CASE("shared params: findings share one map until it changes, and a change leaves the copies alone") {
  SharedParams used;
  CHECK(used.empty());
  CHECK(used.size() == 0);
  CHECK(used.find("x") == used.end());
  used.set("a", "1");
  SharedParams first_finding = used;
  CHECK(first_finding.same_object(used));
  used.set("a", "1");  // the same value again: still shared
  CHECK(first_finding.same_object(used));
  used.set("b", "2");  // a change: the finding keeps what it had
  CHECK_FALSE(first_finding.same_object(used));
  CHECK(first_finding.size() == 1);
  CHECK(first_finding.count("b") == 0);
  CHECK(used.at("b") == "2");
  CHECK(used.at("a") == "1");
  SharedParams second_finding = used;
  used.set("a", "3");
  CHECK(second_finding.at("a") == "1");
  CHECK(used.at("a") == "3");
  CHECK(used == SharedParams({{"a", "3"}, {"b", "2"}}));
  CHECK_FALSE(used == second_finding);
  used.clear();
  CHECK(used.empty());
  CHECK(second_finding.size() == 2);
}

TEST_CASE("shared norm and params: one moved from reads as empty, not as a null pointer") {
  SharedNorm norm(NormRef{"RS-1", "t", "s", "", ""});
  SharedNorm moved = std::move(norm);
  CHECK(moved->id == "RS-1");
  CHECK(norm->id.empty());  // NOLINT(bugprone-use-after-move): what this case is about
  CHECK(static_cast<const NormRef&>(norm).title.empty());
  SharedParams params({{"a", "1"}});
  SharedParams taken = std::move(params);
  CHECK(taken.at("a") == "1");
  CHECK(params.empty());  // NOLINT(bugprone-use-after-move)
  CHECK(params.begin() == params.end());
}
