#include <catch2/catch.hpp>

#include <sstream>

#include "report/acceptances.h"
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

TEST_CASE("text group: findings of equal weight keep their arrival order, also in a long group") {
  // Long enough that std::sort would not fall back to an insertion sort (which is stable).
  std::vector<TextFinding> findings;
  std::string expected_voldoet, expected_signaal;
  for (int i = 0; i < 60; ++i) {
    Status status = i % 3 == 0 ? Status::signaal : Status::voldoet;
    std::string line = std::to_string(i) + "\n";
    findings.push_back(item(status, line));
    (status == Status::signaal ? expected_signaal : expected_voldoet) += line;
  }
  CHECK(group(findings, false) == "PO1234 2023  (po1234-2023.xml)\n" + expected_signaal + expected_voldoet + "\n");
}

TEST_CASE("text group: a finding's lines, with colour, the baseline column, an acceptance and a few places") {
  Finding f;
  f.rule = "reserves.signaleringswaarde";
  f.status = Status::signaal;
  f.jaar = 2023;
  f.message = "Te veel\x01 reserve";
  f.norm = NormRef{"RS-1", "Signaleringswaarde", "Kamerbrief", "2019-01-01", ""};
  for (int line : {12, 0, 14, 15, 16}) f.evidence.push_back({"po1234-2023.xml", "/jaarverslag/p" + std::to_string(line), line});
  f.baseline = Baseline::nieuw;
  f.accepted = Acceptance{"bouwplan", "J. de Vries", "2024-06-01", "2027-06-01", false};
  TextOptions colour;
  colour.color = true;
  TextFinding laid = lay_out_text_finding(f, colour, true);
  CHECK(laid.status == Status::signaal);
  CHECK_FALSE(laid.carried);
  CHECK(laid.fold_kind.empty());
  std::string indent(45, ' ');
  CHECK(laid.lines == "  \033[33msignaal            \033[0mnieuw                   reserves.signaleringswaarde            "
                      "Te veel\\x01 reserve [RS-1]\n" +
                          std::string(33, ' ') + describe_acceptance(*f.accepted) + "\n" +
                          indent + "bewijs: po1234-2023.xml:12  /jaarverslag/p12\n" +
                          indent + "bewijs: po1234-2023.xml  /jaarverslag/p0\n" +
                          indent + "bewijs: po1234-2023.xml:14  /jaarverslag/p14\n" +
                          indent + "        (en nog 2, zie --verbose)\n" +
                          indent + "norm: Signaleringswaarde (Kamerbrief)\n");

  // Carried over from the baseline: one line, marked, nothing below it, never folded.
  f.baseline = Baseline::opgelost;
  f.accepted.reset();
  TextFinding carried = lay_out_text_finding(f, TextOptions{}, true);
  CHECK(carried.carried);
  CHECK(carried.lines == "  -                  opgelost                reserves.signaleringswaarde            "
                         "Te veel\\x01 reserve [RS-1] (vorig rapport, 2023: signaal)\n");

  // voldoet: one line unless --verbose; fout: places but no norm line.
  f.baseline.reset();
  f.status = Status::voldoet;
  CHECK(lay_out_text_finding(f, TextOptions{}, false).lines ==
        "  voldoet            reserves.signaleringswaarde            Te veel\\x01 reserve [RS-1]\n");
  TextOptions verbose;
  verbose.verbose = true;
  f.status = Status::fout;
  std::string fout = lay_out_text_finding(f, verbose, false).lines;
  CHECK(fout.find("(en nog") == std::string::npos);
  CHECK(fout.find(std::string(21, ' ') + "bewijs: po1234-2023.xml:16  /jaarverslag/p16\n") != std::string::npos);
  CHECK(fout.find("norm:") == std::string::npos);
}
