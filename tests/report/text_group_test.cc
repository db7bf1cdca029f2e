#include <catch2/catch.hpp>

#include <sstream>

#include "report/text_group.h"

using namespace swv;

namespace {

TextFinding item(Status status, const std::string& lines, bool carried = false, const std::string& fold_kind = {},
                 const std::string& rule = {}, const std::string& norm_id = {}) {
  TextFinding f;
  f.status = status;
  f.lines = lines;
  f.carried = carried;
  f.fold_kind = fold_kind;
  f.rule = rule;
  f.norm_id = norm_id;
  return f;
}

std::string group(std::vector<TextFinding> findings, bool fold) {
  std::ostringstream out;
  write_text_group(out, "PO1234", 2023, "po1234-2023.xml", std::move(findings), TextOptions{}, false, fold);
  return out.str();
}

}  // namespace

TEST_CASE("text group: laid-out findings come back from their bytes exactly, damaged bytes are refused") {
  std::vector<TextFinding> findings{item(Status::voldoet, "  voldoet a\n"),
                                    item(Status::signaal, std::string("  signaal \0 b\n", 14), true),
                                    item(Status::niet_te_beoordelen, "", false, "thuiszitters", "zorgplicht.x", "ZP-2"),
                                    item(Status::fout, "  fout\n")};
  std::string bytes;
  encode_text_findings(findings, &bytes);
  auto back = decode_text_findings(bytes);
  REQUIRE(back.size() == findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    CHECK(back[i].status == findings[i].status);
    CHECK(back[i].carried == findings[i].carried);
    CHECK(back[i].fold_kind == findings[i].fold_kind);
    CHECK(back[i].rule == findings[i].rule);
    CHECK(back[i].norm_id == findings[i].norm_id);
    CHECK(back[i].lines == findings[i].lines);
  }
  CHECK(decode_text_findings("").empty());
  CHECK_THROWS_AS(decode_text_findings(std::string_view(bytes).substr(0, bytes.size() - 1)), std::runtime_error);
  std::string bad_status = bytes;
  bad_status[0] = 9;
  CHECK_THROWS_AS(decode_text_findings(bad_status), std::runtime_error);
}

TEST_CASE("text group: most serious first, carried-over last, missing registrations folded into one line") {
  std::vector<TextFinding> findings{
      item(Status::voldoet, "A\n"),
      item(Status::niet_te_beoordelen, "ZP2\n", false, "thuiszitters", "zorgplicht.zonder-aanbod", "ZP-2"),
      item(Status::signaal, "C\n", true),
      item(Status::overtreding, "B\n"),
      item(Status::niet_te_beoordelen, "ZP4\n", false, "meldingen", "zorgplicht.meldingen", "ZP-4"),
      item(Status::niet_te_beoordelen, "D\n"),
  };
  CHECK(group(findings, true) ==
        "PO1234 2023  (po1234-2023.xml)\nB\nD\n"
        "  niet-te-beoordelen registraties niet meegegeven: ZP-2, ZP-4 niet te beoordelen (2 regels); "
        "voeg meldingen*.csv en thuiszitters*.csv toe om ze te beoordelen\n"
        "A\nC\n\n");
  CHECK(group(findings, false) == "PO1234 2023  (po1234-2023.xml)\nB\nZP2\nZP4\nD\nA\nC\n\n");
  // Only voldoet: the folded line comes first; nothing at all: no group.
  CHECK(group({item(Status::voldoet, "A\n"), findings[1]}, true) ==
        "PO1234 2023  (po1234-2023.xml)\n"
        "  niet-te-beoordelen registraties niet meegegeven: ZP-2 niet te beoordelen (1 regel); "
        "voeg thuiszitters*.csv toe om ze te beoordelen\nA\n\n");
  CHECK(group({}, true).empty());
}
