#include "serve/serve_pages.h"

#include "report/html_template.h"

namespace swv {

std::string upload_form_page(const std::string& error) {
  std::string page = R"(<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8"/>
<title>swvcheck: controleer een jaarverslag</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
label { display: block; margin-top: 1rem; font-weight: 600; }
.hint { color: #555; font-size: 0.9rem; }
.fout { background: #fde8e8; border-left: 4px solid #b00020; padding: 0.6rem 0.8rem; }
button { margin-top: 1.5rem; padding: 0.5rem 1.2rem; font-size: 1rem; }
</style>
</head>
<body>
<h1>Controleer een jaarverslag</h1>
<p>Kies het jaarverslag (XML) van uw samenwerkingsverband en, als u die heeft, de registraties
van thuiszitters en meldingen (CSV). swvcheck controleert ze op deze computer en laat zien wat de
Inspectie zal zien: wat u moet herstellen, wat u moet toelichten en wat nog ontbreekt.
Er wordt niets bewaard of verstuurd.</p>
)";
  if (!error.empty()) page += "<p class=\"fout\" role=\"alert\">" + html_escape(error) + "</p>\n";
  page += R"(<form method="post" action="/controleer" enctype="multipart/form-data">
<label for="jaarverslag">Jaarverslag (.xml)</label>
<input type="file" id="jaarverslag" name="jaarverslag" accept=".xml"/>
<label for="thuiszitters">Thuiszittersregistratie (.csv, niet verplicht)</label>
<input type="file" id="thuiszitters" name="thuiszitters" accept=".csv"/>
<label for="meldingen">Meldingen (.csv, niet verplicht)</label>
<input type="file" id="meldingen" name="meldingen" accept=".csv"/>
<p class="hint">Zonder registraties zijn de zorgplichtnormen niet te beoordelen; de pagina zegt welke.</p>
<button type="submit">Controleren</button>
</form>
</body>
</html>
)";
  return page;
}

std::string with_link_to_form(std::string result_page) {
  const std::string link = "\n<p><a href=\"/\">Nog een jaarverslag controleren</a></p>\n";
  auto body = result_page.find("<body");
  auto end = body == std::string::npos ? std::string::npos : result_page.find('>', body);
  if (end == std::string::npos) return result_page + link;
  result_page.insert(end + 1, link);
  return result_page;
}

}  // namespace swv
