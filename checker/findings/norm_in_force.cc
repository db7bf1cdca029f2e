#include "findings/finding.h"

namespace swv {

// ISO dates compare as text: "2020-11-04" < "2020-12-31".
std::optional<NotInForce> not_in_force(const NormRef& norm, const std::string& date) {
  if (!norm.in_force_from.empty() && date < norm.in_force_from) return NotInForce::not_yet;
  if (!norm.in_force_until.empty() && date > norm.in_force_until) return NotInForce::no_longer;
  return std::nullopt;
}

std::string in_force_text(const NormRef& norm) {
  if (norm.in_force_from.empty() && norm.in_force_until.empty()) return "altijd";
  if (norm.in_force_until.empty()) return "vanaf " + norm.in_force_from;
  if (norm.in_force_from.empty()) return "tot en met " + norm.in_force_until;
  return "van " + norm.in_force_from + " tot en met " + norm.in_force_until;
}

std::string to_string(NotInForce reason) {
  return reason == NotInForce::not_yet ? "nog-niet-van-kracht" : "niet-meer-van-kracht";
}

std::string NotApplicable::message() const {
  if (reason == NotInForce::not_yet) return "norm van kracht vanaf " + norm.in_force_from + "; de peildatum ligt ervoor";
  return "norm van kracht tot en met " + norm.in_force_until + "; de peildatum ligt erna";
}

}  // namespace swv
