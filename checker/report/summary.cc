#include "report/summary.h"

namespace swv {

int Summary::count(Status status) const {
  auto it = by_status.find(status);
  return it == by_status.end() ? 0 : it->second;
}

Summary summarize(const CheckResult& result) {
  Summary summary;
  summary.documents = static_cast<int>(result.documents.size());
  for (const auto& document : result.documents)
    if (document.error) ++summary.errors;
  for (auto status : {Status::overtreding, Status::signaal, Status::voldoet, Status::niet_te_beoordelen, Status::fout})
    summary.by_status[status] = 0;
  for (const auto& finding : result.findings) ++summary.by_status[finding.status];
  return summary;
}

int exit_code_for(const Summary& summary) {
  if (summary.errors > 0 || summary.count(Status::fout) > 0) return 2;
  if (summary.count(Status::overtreding) + summary.count(Status::signaal) > 0) return 1;
  return 0;
}

}  // namespace swv
