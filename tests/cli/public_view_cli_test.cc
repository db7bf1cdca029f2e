// End-to-end: `check --view public` masks personal names and dossier ids in every format, for
// publication (issue 17 item 4). The names and ids are collected from the input files here,
// not written into the test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "documents/personal_data.h"
#include "support/paths.h"
#include "support/run_process.h"
#include "support/temp_dir.h"

using namespace swv::test;

namespace {

struct Inputs {
  std::vector<std::string> files;
  std::set<std::string> names;     ///< bestuurders, toezichthouders, topfunctionarissen
  std::set<std::string> dossiers;  ///< thuiszitters registrations
};

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string text = line;
  if (!text.empty() && text.back() == '\r') text.pop_back();  // CRLF as Excel writes it
  std::stringstream in(text);
  for (std::string field; std::getline(in, field, separator);) fields.push_back(field);
  return fields;
}

Inputs collect_inputs() {
  Inputs inputs;
  for (const auto& entry : std::filesystem::directory_iterator(fixture("jaarverslagen"))) {
    inputs.files.push_back(entry.path().string());
    pugi::xml_document doc;
    REQUIRE(doc.load_file(entry.path().c_str()));
    for (const char* xpath : {"//governance//lid/@naam", "//wnt/topfunctionaris/@naam"})
      for (const auto& hit : doc.select_nodes(xpath)) inputs.names.insert(hit.attribute().value());
  }
  for (const auto& entry : std::filesystem::directory_iterator(fixture("registraties"))) {
    if (!entry.is_regular_file()) continue;
    inputs.files.push_back(entry.path().string());
    if (entry.path().filename().string().rfind("thuiszitters", 0) != 0) continue;
    std::istringstream csv(read_text(entry.path().string()));
    std::string line;
    std::getline(csv, line);
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    auto header = split(line, ';');
    for (auto& name : header)  // column names in any case ("Dossier")
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    auto column = std::find(header.begin(), header.end(), "dossier") - header.begin();
    REQUIRE(column < static_cast<long>(header.size()));
    while (std::getline(csv, line)) {
      auto fields = split(line, ';');
      if (static_cast<std::size_t>(column) < fields.size() && !fields[column].empty()) inputs.dossiers.insert(fields[column]);
    }
  }
  std::sort(inputs.files.begin(), inputs.files.end());
  return inputs;
}

// The forms a value can take in a report: as it is, HTML-escaped, and inside JSON strings
// (read back from json and sarif, so a \u escape hides nothing).
std::vector<std::string> leaks(const std::string& output, const std::set<std::string>& values) {
  std::string readable = output;
  try {
    readable += nlohmann::json::parse(output).dump();
  } catch (const std::exception&) {
  }
  std::vector<std::string> found;
  for (const auto& value : values) {
    std::string escaped;
    for (char c : value) escaped += c == '\'' ? std::string("&#39;") : c == '&' ? std::string("&amp;") : std::string(1, c);
    if (readable.find(value) != std::string::npos || readable.find(escaped) != std::string::npos) found.push_back(value);
  }
  return found;
}

std::string xlsx_text(const std::string& path) {
  auto run = run_process("/usr/bin/python3",
                         {"-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                                "print(''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist()))",
                          path});
  REQUIRE(run.exit_code == 0);
  return run.out;
}

}  // namespace

TEST_CASE("cli: --view public leaves no name or dossier id of the input in any format") {
  Inputs inputs = collect_inputs();
  REQUIRE(inputs.names.size() > 20);
  REQUIRE(inputs.dossiers.size() > 5);

  // Without the public view the reports do name them: otherwise this test could not fail.
  auto plain = run_swvcheck(check_args([&] {
    auto args = inputs.files;
    args.push_back("--verbose");
    return args;
  }()));
  CHECK(leaks(plain.out, inputs.names).size() > 5);
  CHECK(!leaks(plain.out, inputs.dossiers).empty());

  std::vector<std::vector<std::string>> variants = {
      {"--format", "text", "--verbose"}, {"--format", "json"}, {"--format", "html"}, {"--format", "csv"},
      {"--format", "sarif"}, {"--format", "text", "--view", "swv"}, {"--format", "html", "--view", "swv"}};
  bool has_xlsx = run_swvcheck({"check", "--help"}).out.find("xlsx") != std::string::npos;
  TempDir dir;
  if (has_xlsx) variants.push_back({"--format", "xlsx", "--output", dir.path() + "/rapport.xlsx"});
  for (const auto& variant : variants) {
    auto args = inputs.files;
    args.insert(args.end(), variant.begin(), variant.end());
    args.push_back("--view");
    args.push_back("public");
    auto run = run_swvcheck(check_args(args));
    std::string label;
    for (const auto& a : variant) label += a + " ";
    INFO(label);
    CHECK(run.exit_code == plain.exit_code);  // the same outcome, only masked
    std::string output = run.out + run.err;
    if (label.find("xlsx") != std::string::npos) output += xlsx_text(dir.path() + "/rapport.xlsx");
    CHECK(output.size() > 1000);
    CHECK(leaks(output, inputs.names).empty());
    CHECK(leaks(output, inputs.dossiers).empty());
    // what was masked stays readable as a label
    if (label.find("csv") == std::string::npos) CHECK_THAT(output, Catch::Contains("[persoon 1]"));
    CHECK_THAT(output, Catch::Contains("[dossier "));
  }
}

TEST_CASE("public view: a personal value is masked as a word of its own, the longest first") {
  std::vector<swv::PersonalValue> personal = {{"J. Jansen", "[persoon 1]"}, {"J. Jansen-de Vries", "[persoon 2]"},
                                              {"17", "[dossier 1]"}};
  CHECK(swv::mask_personal("J. Jansen en J. Jansen-de Vries", personal) == "[persoon 1] en [persoon 2]");
  // no id inside a number or a word
  CHECK(swv::mask_personal("in 2017: dossier 17 (17 dagen), € 1.170,17", personal) ==
        "in 2017: dossier [dossier 1] ([dossier 1] dagen), € 1.170,[dossier 1]");
  CHECK(swv::mask_personal("J. Jansens", personal) == "J. Jansens");
  CHECK(swv::mask_personal("", personal).empty());
}

TEST_CASE("cli: --view public with --accept: accepted on the real key, shown masked, not with --baseline or --store") {
  TempDir dir;
  std::string accept = dir.write("acceptaties.toml",
                                 "[[accept]]\nrule = \"WN-1\"\nswv = \"PO2210\"\njaar = 2022\n"
                                 "subject = \"topfunctionaris-1/bezoldiging\"\nreason = \"Afspraak uit 2019, afgebouwd\"\n"
                                 "who = \"K. Analist\"\ndate = 2024-06-01\nexpires = 2030-06-01\n");
  auto run = run_swvcheck(check_args({fixture("jaarverslagen/po2210-2022.xml"), "--accept", accept, "--view", "public",
                                      "--view", "swv"}));
  CHECK_THAT(run.out, Catch::Contains("geaccepteerd: Afspraak uit 2019, afgebouwd ([beoordelaar], 2024-06-01"));
  CHECK_THAT(run.out, Catch::Contains("De bezoldiging van [persoon "));
  CHECK_THAT(run.out, !Catch::Contains("K. Analist") && !Catch::Contains("J. Jansen"));
  for (const std::string option : {"--baseline", "--store"}) {
    auto refused = run_swvcheck(check_args({fixture("jaarverslagen/po2210-2022.xml"), "--view", "public", option,
                                            dir.path() + "/x"}));
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("--view public is voor publicatie"));
  }
}
