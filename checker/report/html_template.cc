#include "report/html_template.h"

#include <stdexcept>

namespace swv {

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one.
std::size_t utf8_length(const std::string& s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;                                       // overlong
  if (n == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;                // overlong
  if (n == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;               // surrogates
  if (n == 4 && c == 0xF0 && byte(i + 1) < 0x90) return 0;                // overlong
  if (n == 4 && (c > 0xF4 || (c == 0xF4 && byte(i + 1) >= 0x90))) return 0;  // beyond U+10FFFF
  if (n == 3 && c == 0xEF && byte(i + 1) == 0xBF && byte(i + 2) >= 0xBE) return 0;  // U+FFFE/FFFF
  return n;
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      default: break;
    }
    auto u = static_cast<unsigned char>(c);
    std::size_t n = utf8_length(text, i);
    if (n == 0 || (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text, i, n);
    i += n;
  }
  return out;
}

std::string render_template(const std::string& source, const TemplateValues& values) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    std::size_t open = source.find("{{", at);
    if (open == std::string::npos) break;
    out.append(source, at, open - at);
    bool raw = source.compare(open, 3, "{{{") == 0;
    std::size_t name_start = open + (raw ? 3 : 2);
    std::size_t close = source.find(raw ? "}}}" : "}}", name_start);
    if (close == std::string::npos) throw std::runtime_error("sjabloon: '{{' zonder '}}' bij byte " + std::to_string(open));
    std::string name = source.substr(name_start, close - name_start);
    while (!name.empty() && name.front() == ' ') name.erase(name.begin());
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (raw) {
      auto it = values.markup.find(name);
      if (it == values.markup.end()) throw std::runtime_error("sjabloon: geen waarde voor {{{" + name + "}}}");
      out += it->second.html;
    } else {
      auto it = values.text.find(name);
      if (it == values.text.end()) throw std::runtime_error("sjabloon: geen waarde voor {{" + name + "}}");
      out += html_escape(it->second);
    }
    at = close + (raw ? 3 : 2);
  }
  out.append(source, at, std::string::npos);
  return out;
}

}  // namespace swv
