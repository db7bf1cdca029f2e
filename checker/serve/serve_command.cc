#include "serve/serve_command.h"

#include <httplib.h>

#include <boost/program_options.hpp>

#include "cli/cli_support.h"
#include "documents/iso_date.h"
#include "documents/read_file.h"
#include "serve/serve_pages.h"
#include "serve/upload_check.h"

namespace swv {

namespace po = boost::program_options;

namespace {

constexpr const char* kHost = "127.0.0.1";  // never reachable from another machine
constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kFields[] = {"jaarverslag", "thuiszitters", "meldingen"};

}  // namespace

int serve_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options("Opties van swvcheck serve");
  options.add_options()
      ("help,h", "deze hulptekst")
      ("port,p", po::value<int>()->default_value(8080), "poort op 127.0.0.1 (0: een vrije poort, die swvcheck meldt)")
      ("check-date", po::value<std::string>(), "controledatum JJJJ-MM-DD (standaard: de dag van elke controle)");
  options.add(rules_options());
  po::variables_map vm = parse_command_line(args, options, "paths");
  if (vm.count("help")) {
    out << "Gebruik: swvcheck serve [--port N] [OPTIES]\n\n"
        << "Een webpagina op deze computer (alleen 127.0.0.1): upload een jaarverslag en eventueel de\n"
        << "registraties en zie wat de Inspectie zal zien. Er wordt niets bewaard of verstuurd.\n\n"
        << options;
    return 0;
  }
  if (vm.count("paths")) return usage_error(err, "serve neemt geen bestanden: upload ze op de pagina");
  int port = vm["port"].as<int>();
  if (port < 0 || port > 65535) return usage_error(err, "--port moet tussen 0 en 65535 liggen");
  std::string fixed_date = vm.count("check-date") ? vm["check-date"].as<std::string>() : "";
  if (!fixed_date.empty() && !parse_iso_date(fixed_date)) return usage_error(err, "--check-date moet een datum JJJJ-MM-DD zijn");
  auto limits = limits_from(vm);
  auto catalog = load_catalog(strings(vm, "rules"), limits, err);
  if (!catalog) return kUsageError;

  const std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
  httplib::Server server;
  // Three documents of at most the CLI's limit each, plus the form's own bytes.
  server.set_payload_max_length(3 * max_document_bytes + (1 << 16));
  server.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content(upload_form_page(), kHtml); });
  server.Post("/controleer", [&](const httplib::Request& req, httplib::Response& res) {
    std::vector<Upload> uploads;
    for (const char* field : kFields) {
      if (!req.has_file(field)) continue;
      auto file = req.get_file_value(field);
      if (file.filename.empty() && file.content.empty()) continue;  // an input left empty
      uploads.push_back({field, file.filename, std::move(file.content)});
    }
    if (uploads.empty() || uploads.front().field != "jaarverslag") {
      res.status = 400;
      res.set_content(upload_form_page("Kies eerst een jaarverslag (XML-bestand)."), kHtml);
      return;
    }
    try {
      std::string date = fixed_date.empty() ? today_iso() : fixed_date;
      res.set_content(with_link_to_form(check_uploads(uploads, *catalog, limits, date, max_document_bytes)), kHtml);
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(upload_form_page(std::string("De controle kon niet worden uitgevoerd: ") + e.what()), kHtml);
    }
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.status == 413)
      res.set_content(upload_form_page("De bestanden zijn samen te groot om te controleren."), kHtml);
    else if (res.status == 404)
      res.set_content(upload_form_page("Deze pagina bestaat niet; begin hier."), kHtml);
  });

  int bound = port == 0 ? server.bind_to_any_port(kHost) : (server.bind_to_port(kHost, port) ? port : -1);
  if (bound <= 0) {
    err << "swvcheck: kan niet luisteren op " << kHost << ":" << port << " (is de poort al in gebruik?)\n";
    return kUsageError;
  }
  out << "swvcheck serve: open http://" << kHost << ":" << bound << "/ in uw browser (Ctrl+C stopt)" << std::endl;
  server.listen_after_bind();
  return 0;
}

}  // namespace swv
