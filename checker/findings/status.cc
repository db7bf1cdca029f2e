#include "findings/finding.h"

#include <array>
#include <utility>

namespace swv {
namespace {
constexpr std::array<std::pair<Status, const char*>, 5> kNames{{
    {Status::overtreding, "overtreding"},
    {Status::signaal, "signaal"},
    {Status::voldoet, "voldoet"},
    {Status::niet_te_beoordelen, "niet-te-beoordelen"},
    {Status::fout, "fout"},
}};
}  // namespace

std::string to_string(Status status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "fout";
}

std::optional<Status> status_from_string(const std::string& text) {
  for (const auto& [s, name] : kNames)
    if (text == name) return s;
  return std::nullopt;
}

bool is_flagged(Status status) { return status == Status::overtreding || status == Status::signaal; }

std::string to_string(Baseline baseline) {
  switch (baseline) {
    case Baseline::nieuw: return "nieuw";
    case Baseline::opgelost: return "opgelost";
    case Baseline::niet_meer_te_beoordelen: return "niet-meer-te-beoordelen";
    case Baseline::ongewijzigd: return "ongewijzigd";
  }
  return "ongewijzigd";
}

}  // namespace swv
