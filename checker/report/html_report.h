// The HTML report: one self-contained page (CSS and a small sorting script inline, no network,
// no external fonts or scripts) rendered from the template reports/report.html, built into the
// binary. It holds: an overview of the checked SWVs and years (rows) against the rule families
// (columns), with status colours and counts, sortable, and with --baseline what changed; the
// counts per family and the ranking of SWVs; inline SVG charts of a value against its threshold
// (publiek eigen vermogen against the signaleringswaarde) for every SWV, and per SWV over the
// years when several years were checked; documents that failed to load; and per SWV and year
// every finding with its message, values, evidence, norm and baseline mark. All text passes
// html_escape; the page is well-formed XML as well as HTML, and prints on paper.
#pragma once

#include <string>

#include "report/report_context.h"

namespace swv {

std::string write_html_report(const CheckResult& result, const ReportContext& context);

}  // namespace swv
