// Confidentiality (issue 7, item 6): nothing from a document reaches the output unless a rule
// put it in a finding; messages about a document quote at most a short excerpt; the program
// has no way to send anything anywhere.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "documents/read_file.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

namespace {

std::string fixture_text(const std::string& relative) {
  std::string text;
  REQUIRE(swv::read_file(fixture(relative), &text));
  return text;
}

std::string edit(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

// Runs `check` on `paths` in every report format (text also with --verbose, which shows all
// evidence) and returns stdout and stderr of all runs together.
std::string all_output(const std::vector<std::string>& paths) {
  std::string everything;
  const std::vector<std::vector<std::string>> variants{{"--format", "text"}, {"--format", "text", "--verbose"},
                                                       {"--format", "json"}, {"--format", "html"},
                                                       {"--format", "csv"},  {"--format", "sarif"}};
  for (const auto& variant : variants) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), paths.begin(), paths.end());
    args.insert(args.end(), variant.begin(), variant.end());
    args.insert(args.end(), {"--check-date", "2026-11-25", "--color", "never"});
    auto run = run_swvcheck(args);
    INFO(run.err);
    CHECK(run.exit_code >= 0);  // it ran and ended normally: 0, 1 or 2
    CHECK(run.exit_code <= 2);
    everything += run.out + run.err;
  }
  return everything;
}

const char* const kMarkers[] = {"GEHEIM-ELEMENT-4b1d", "GEHEIM-ATTRIBUUT-93fe", "GEHEIM-COMMENTAAR-0a7c",
                                "GEHEIM-LID-ATTRIBUUT-5e21", "GEHEIM-CDATA-77aa", "GEHEIM-CSV-KOLOM-c3d9"};

}  // namespace

TEST_CASE("confidentiality: what no rule reads never appears in any report format") {
  TempDir dir;
  std::string report = fixture_text("jaarverslagen/po2704-2023.xml");
  report = edit(report, "<verslagjaar>", "<interneNotitie>GEHEIM-ELEMENT-4b1d</interneNotitie>\n  <verslagjaar>");
  report = edit(report, "rechtsvorm=\"stichting\"", "rechtsvorm=\"stichting\" notitie=\"GEHEIM-ATTRIBUUT-93fe\"");
  report = edit(report, "<governance>", "<!-- GEHEIM-COMMENTAAR-0a7c -->\n  <governance>");
  report = edit(report, "rol=\"voorzitter\"", "rol=\"voorzitter\" privé=\"GEHEIM-LID-ATTRIBUUT-5e21\"");
  report = edit(report, "<wnt>", "<bijlage><![CDATA[GEHEIM-CDATA-77aa]]></bijlage>\n  <wnt>");
  std::string xml = dir.write("po2704-2023.xml", report);
  std::string csv = dir.write(
      "thuiszitters-po2704-2023.csv",
      "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost;notitie\n"
      "PO2704;2023-12-31;D-1;2012;relatief-verzuim;2023-01-09;geen;;;GEHEIM-CSV-KOLOM-c3d9\n"
      "PO2704;2023-12-31;D-2;2013;vrijstelling-5a;2023-03-01;geen;;;GEHEIM-CSV-KOLOM-c3d9\n"
      "PO2704;2023-12-31;D-3;2011;overig;2023-10-01;deels;2023-11-01;;GEHEIM-CSV-KOLOM-c3d9\n");

  std::string output = all_output({xml, csv});
  CHECK_THAT(output, Catch::Contains("PO2704 2023"));  // the run did check both documents
  CHECK_THAT(output, Catch::Contains("thuiszitters-po2704-2023.csv"));
  for (const char* marker : kMarkers) {
    INFO(marker);
    CHECK(output.find(marker) == std::string::npos);
    CHECK(output.find("GEHEIM") == std::string::npos);
  }
}

TEST_CASE("confidentiality: an error about a 10 KB value quotes its first 40 characters only") {
  TempDir dir;
  std::string head(40, '7');
  std::string value = head + "GEHEIM-STAART-e8b0" + std::string(10 * 1024, '8') + ",5";  // a comma: not an amount
  std::string xml = dir.write(
      "po2704-2023.xml", edit(fixture_text("jaarverslagen/po2704-2023.xml"), "<resultaat>96200.00</resultaat>",
                              "<resultaat>" + value + "</resultaat>"));
  std::string output = all_output({xml});
  CHECK_THAT(output, Catch::Contains("<resultaat> heeft waarde \\\"" + head + "...\\\""));  // as JSON writes it
  CHECK_THAT(output, Catch::Contains("<resultaat> heeft waarde \"" + head + "...\""));      // as text
  CHECK(output.find(head + "G") == std::string::npos);
  CHECK(output.find("GEHEIM") == std::string::npos);
  CHECK(output.find(std::string(41, '8')) == std::string::npos);
}

TEST_CASE("confidentiality: a registration line error names the column, not the value") {
  TempDir dir;
  std::string csv = dir.write(
      "thuiszitters-po2704-2023.csv",
      "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
      "PO2704;GEHEIM-DATUM-1f2e" + std::string(10 * 1024, 'x') + ";D-1;2012;overig;2023-01-09;geen;;\n"
      "PO2704;2023-12-31;D-2;2012;GEHEIM-CATEGORIE-aa01;2023-01-09;geen;;\n"
      "PO2704;2023-12-31;D-3;GEHEIM-JAAR-66b2;overig;2023-01-09;geen;;\n");
  std::string output = all_output({csv});
  CHECK_THAT(output, Catch::Contains("peildatum"));
  CHECK_THAT(output, Catch::Contains("categorie"));
  CHECK(output.find("GEHEIM") == std::string::npos);
  CHECK(output.find(std::string(41, 'x')) == std::string::npos);
}

TEST_CASE("confidentiality: the program has no way to send anything over a network or run a program") {
  // The binary imports no socket, name-lookup or process function: nothing it does can leave
  // the machine. (Lua's io and os libraries, which could, are never opened: see the sandbox tests.)
  if (!std::filesystem::exists("/usr/bin/nm")) {
    WARN("nm not found; import check skipped");
    return;
  }
  auto imports = run_process("/usr/bin/nm", {"-D", "--undefined-only", binary()});
  REQUIRE(imports.exit_code == 0);
  REQUIRE_THAT(imports.out, Catch::Contains("fopen") || Catch::Contains("open"));  // the list is real
  for (const char* function : {"socket", "connect", "sendto", "sendmsg", "getaddrinfo", "gethostbyname", "popen",
                               "system", "fork", "vfork", "execv", "execve", "execvp", "posix_spawn", "dlopen"}) {
    INFO(function);
    // One symbol per line, as "                 U name" (with a version suffix such as @GLIBC_2.2.5).
    std::string line_end = std::string(" U ") + function;
    auto at = imports.out.find(line_end);
    bool imported = false;
    while (at != std::string::npos) {
      auto end = at + line_end.size();
      if (end == imports.out.size() || imports.out[end] == '\n' || imports.out[end] == '@') imported = true;
      at = imports.out.find(line_end, at + 1);
    }
    CHECK_FALSE(imported);
  }
}
