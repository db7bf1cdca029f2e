#include "documents/annual_report.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include "documents/amount.h"
#include "documents/annual_report_schema.h"
#include "documents/read_file.h"

namespace swv {
namespace {

// Deeper than any valid report; refusing more keeps every later tree walk shallow.
constexpr int kMaxDepth = 32;

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  auto begin = s.find_first_not_of(ws);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(ws) - begin + 1);
}

// pugixml's parse statuses, in the words a Dutch user understands.
std::string describe_parse_error(const pugi::xml_parse_result& result) {
  switch (result.status) {
    case pugi::status_no_document_element: return "het bestand bevat geen XML-element (leeg of geen XML)";
    case pugi::status_end_element_mismatch: return "sluittag past niet bij de openingstag";
    case pugi::status_unrecognized_tag: return "onherkenbare tag";
    case pugi::status_bad_start_element: return "fout in een openingstag";
    case pugi::status_bad_end_element: return "fout in een sluittag";
    case pugi::status_bad_attribute: return "fout in een attribuut (aanhalingstekens?)";
    case pugi::status_bad_pcdata: return "fout in tekst";
    case pugi::status_bad_comment: return "fout in commentaar";
    case pugi::status_bad_cdata: return "fout in CDATA-sectie";
    case pugi::status_bad_doctype: return "fout in DOCTYPE";
    case pugi::status_bad_pi: return "fout in verwerkingsinstructie";
    case pugi::status_out_of_memory: return "onvoldoende geheugen";
    default: return std::string("XML-fout: ") + result.description();
  }
}

}  // namespace

AnnualReport::AnnualReport(std::string text, std::string path)
    : buffer_(std::move(text)), path_(std::move(path)), lines_(buffer_) {}

std::unique_ptr<AnnualReport> AnnualReport::load(const std::string& path, LoadError* error) {
  std::string contents;
  if (!read_file(path, &contents)) {
    *error = {std::string("kan bestand niet openen: ") + std::strerror(errno), 0, 0};
    return nullptr;
  }
  return parse(std::move(contents), path, error);
}

std::unique_ptr<AnnualReport> AnnualReport::parse(std::string text, const std::string& path, LoadError* error) {
  std::unique_ptr<AnnualReport> report(new AnnualReport(std::move(text), path));
  auto result = report->xml_.load_buffer_inplace(report->buffer_.data(), report->buffer_.size(),
                                                 pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    const std::string& raw = report->buffer_;  // in-place parsing leaves text after the error intact
    auto offset = static_cast<std::size_t>(result.offset);
    std::string message = describe_parse_error(result);
    if (result.status == pugi::status_no_document_element) {
      // pugixml points past the end; the defect is where the content starts.
      offset = std::min(raw.find_first_not_of(" \t\r\n"), raw.size());
    } else if (result.status == pugi::status_end_element_mismatch) {
      auto name_end = raw.find_first_of(" \t\r\n>", offset);
      message += ": </" + raw.substr(offset, std::min(name_end, raw.size()) - offset) +
                 "> sluit een ander element dan het laatst geopende (is een tag niet gesloten?)";
    }
    auto pos = report->lines_.position(offset);
    *error = {message, pos.line, pos.column};
    return nullptr;
  }
  if (!report->validate(error)) return nullptr;
  return report;
}

std::string AnnualReport::reference_date() const { return std::to_string(jaar_) + "-12-31"; }

TextPosition AnnualReport::position_of(pugi::xml_node node) const {
  if (!node || node.type() == pugi::node_document) return {};
  return lines_.position(static_cast<std::size_t>(node.offset_debug()));
}

TextPosition AnnualReport::position_of(pugi::xml_attribute attribute) const {
  const char* name = attribute.name();
  if (name < buffer_.data() || name >= buffer_.data() + buffer_.size()) return {};
  return lines_.position(static_cast<std::size_t>(name - buffer_.data()));
}

bool AnnualReport::validate(LoadError* error) {
  auto fail = [error](TextPosition pos, std::string message) {
    *error = {std::move(message), pos.line, pos.column};
    return false;
  };
  auto root = this->root();
  if (std::string_view(root.name()) != "jaarverslag")
    return fail(position_of(root), std::string("het hoofdelement moet <jaarverslag> zijn, niet <") + root.name() + ">");
  auto ns = root.attribute("xmlns");
  if (std::string_view(ns.value()) != kNamespace)
    return fail(ns ? position_of(ns) : position_of(root),
                std::string("namespace moet xmlns=\"") + kNamespace + "\" zijn" +
                    (ns ? std::string(", niet \"") + ns.value() + "\"" : std::string(" (ontbreekt)")));
  auto version = root.attribute("versie");
  if (!version) return fail(position_of(root), "attribuut versie ontbreekt op <jaarverslag>");
  if (std::string_view(version.value()) != kVersion)
    return fail(position_of(version), std::string("onbekende versie \"") + version.value() +
                                          "\": deze versie van swvcheck leest versie " + kVersion);

  // Typed values everywhere in the tree, before anything else reads them.
  std::vector<std::pair<pugi::xml_node, int>> stack{{root, 0}};
  std::vector<std::string> names;
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxDepth) return fail(position_of(node), "document is te diep genest");
    names.resize(static_cast<std::size_t>(depth));
    std::string prefix;
    if (depth > 0) {
      names.push_back(node.name());
      for (std::size_t i = 1; i < names.size(); ++i) prefix += (i > 1 ? "/" : "") + names[i];
    } else {
      names.push_back("");
    }
    if (std::strchr(node.name(), ':') != nullptr)
      return fail(position_of(node), std::string("element <") + node.name() +
                                         "> heeft een namespace-prefix; gebruik de standaard-namespace zonder prefix");
    for (auto attribute : node.attributes()) {
      if (depth == 0) continue;
      auto type = annual_report_field_type(prefix + "/@" + attribute.name());
      if (type == FieldType::text) continue;
      auto value = trim(attribute.value());
      if (!is_valid_field(type, value))
        return fail(position_of(attribute), std::string("attribuut ") + attribute.name() + " van <" + node.name() +
                                                "> heeft waarde \"" + std::string(value.substr(0, 40)) +
                                                "\"; verwacht " + describe_field_type(type));
    }
    bool has_child_element = false;
    for (auto child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      has_child_element = true;
      stack.push_back({child, depth + 1});
    }
    if (depth == 0 || has_child_element) continue;
    auto type = annual_report_field_type(prefix);
    if (type == FieldType::text) continue;
    auto value = trim(node.text().get());
    if (!is_valid_field(type, value)) {
      auto text = node.text().data();
      return fail(text ? position_of(text) : position_of(node),
                  std::string("<") + node.name() + "> heeft waarde \"" + std::string(value.substr(0, 40)) +
                      "\"; verwacht " + describe_field_type(type));
    }
  }

  auto swv = root.child("swv");
  if (!swv) return fail(position_of(root), "element <swv> ontbreekt");
  swv_ = trim(swv.attribute("code").value());
  if (swv_.empty()) return fail(position_of(swv), "attribuut code van <swv> ontbreekt of is leeg");
  sector_ = trim(swv.attribute("sector").value());
  auto year = root.child("verslagjaar");
  if (!year) return fail(position_of(root), "element <verslagjaar> ontbreekt");
  auto parsed_year = parse_integer(trim(year.text().get()));
  if (!parsed_year || *parsed_year < 1990 || *parsed_year > 2100)
    return fail(position_of(year), "verslagjaar moet een jaartal zijn (bijv. 2023)");
  jaar_ = static_cast<int>(*parsed_year);
  return true;
}

}  // namespace swv
