// The check behind `swvcheck serve`: uploads are checked as files are, named by their own
// names, and nothing of them stays behind. (The browser test, serve_browser_test.py, drives
// the server itself in Chromium.)
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <unistd.h>

#include "cli/cli_support.h"
#include "serve/serve_pages.h"
#include "serve/upload_check.h"
#include "support/paths.h"

using namespace swv;
using namespace swv::test;
namespace fs = std::filesystem;

namespace {

// This process's upload folders. Only its own: ctest runs other serve tests at the same time,
// each in a process of its own, and their folders come and go meanwhile.
std::size_t private_folders() {
  const std::string own = "swvcheck-serve-" + std::to_string(::getpid()) + "-";
  std::size_t n = 0;
  for (const char* base : {"/dev/shm", "/tmp"}) {
    std::error_code ignored;
    for (auto it = fs::directory_iterator(base, ignored); it != fs::directory_iterator(); ++it)
      if (it->path().filename().string().rfind(own, 0) == 0) ++n;
  }
  return n;
}

const RuleCatalog& shipped() {
  static RuleCatalog catalog = [] {
    std::ostringstream err;
    auto loaded = load_catalog({}, {}, err);
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return catalog;
}

}  // namespace

TEST_CASE("serve: an upload gets a safe file name with its own extension") {
  CHECK(upload_file_name("po3006-2022.xml", ".xml") == "po3006-2022.xml");
  CHECK(upload_file_name("C:\\Users\\jan\\Jaarverslag 2022.XML", ".xml") == "Jaarverslag_2022.XML");
  CHECK(upload_file_name("../../etc/passwd", ".xml") == "passwd.xml");
  CHECK(upload_file_name("", ".csv") == "upload.csv");
  CHECK(upload_file_name(".verborgen", ".csv") == "upload.verborgen.csv");
  CHECK(upload_file_name("thuiszitters<script>.csv", ".csv") == "thuiszitters_script_.csv");
}

TEST_CASE("serve: uploads with their registrations are checked as files are, named by their own names, and removed") {
  std::size_t before = private_folders();
  std::vector<Upload> uploads{
      {"jaarverslag", "po3006-2022.xml", read_text(fixture("jaarverslagen/po3006-2022.xml"))},
      {"thuiszitters", "thuiszitters-po3006-2022.csv", read_text(fixture("registraties/thuiszitters-po3006-2022.csv"))},
      {"meldingen", "meldingen-po3006-2022.csv", read_text(fixture("registraties/meldingen-po3006-2022.csv"))}};
  std::string page = check_uploads(uploads, shipped(), {}, "2026-11-25", kDefaultMaxDocumentBytes);
  CHECK_THAT(page, Catch::Contains("Samenwerkingsverband PO3006 · verslagjaar 2022"));
  CHECK_THAT(page, Catch::Contains("Document: po3006-2022.xml"));
  CHECK_THAT(page, Catch::Contains("ZP-1"));
  // With the registrations the zorgplicht rules are judged, not "registraties niet meegegeven".
  CHECK_THAT(page, !Catch::Contains("registraties niet meegegeven"));
  CHECK_THAT(page, !Catch::Contains("swvcheck-serve-"));
  CHECK(private_folders() == before);
}

TEST_CASE("serve: a broken upload shows file, line and column, one too large is refused as in the CLI") {
  std::string broken = read_text(fixture("broken/amount-comma.xml"));
  std::string page = check_uploads({{"jaarverslag", "amount-comma.xml", broken}}, shipped(), {}, "2026-11-25",
                                   kDefaultMaxDocumentBytes);
  CHECK_THAT(page, Catch::Contains("amount-comma.xml:8:24"));
  std::string too_large = check_uploads({{"jaarverslag", "groot.xml", broken}}, shipped(), {}, "2026-11-25", 100);
  CHECK_THAT(too_large, Catch::Contains("groot.xml"));
  CHECK_THAT(too_large, Catch::Contains("Niet geladen documenten"));
}

TEST_CASE("serve: the form works without JavaScript and shows an error escaped") {
  std::string form = upload_form_page("<b>fout</b>");
  CHECK_THAT(form, Catch::Contains(R"(<form method="post" action="/controleer" enctype="multipart/form-data">)"));
  CHECK_THAT(form, Catch::Contains(R"(<input type="file" id="jaarverslag" name="jaarverslag")"));
  CHECK_THAT(form, !Catch::Contains("<script"));
  CHECK_THAT(form, Catch::Contains("&lt;b&gt;fout&lt;/b&gt;"));
  CHECK_THAT(with_link_to_form("<html><body class=\"x\"><p>uitslag</p></body></html>"),
             Catch::Contains("<body class=\"x\">\n<p><a href=\"/\">Nog een jaarverslag controleren</a></p>"));
}
