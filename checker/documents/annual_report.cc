#include "documents/annual_report.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "documents/amount.h"
#include "documents/annual_report_schema.h"
#include "documents/element_text.h"
#include "documents/swv_code.h"
#include "documents/read_file.h"
#include "documents/sha256.h"
#include "documents/utf8.h"

namespace swv {
namespace {

// Deeper than any valid report; refusing more keeps every later tree walk shallow.
constexpr int kMaxDepth = 32;
// Longer than any typed path of the format (annual_report_schema.cc).
constexpr std::size_t kMaxTypedPath = 128;

// The type of attribute `name` of the element at `element_path`, asked as "@name" without
// building a string per attribute.
FieldType attribute_field_type(std::string_view element_path, const char* name) {
  char at_name[kMaxTypedPath + 2];
  std::size_t size = std::strlen(name);
  if (size > kMaxTypedPath) return FieldType::text;  // no typed attribute has such a name
  at_name[0] = '@';
  std::memcpy(at_name + 1, name, size);
  return annual_report_field_type(element_path, std::string_view(at_name, size + 1));
}

constexpr const char* kNoElement = "het bestand bevat geen XML-element (leeg of geen XML)";

// pugixml's parse statuses, in the words a Dutch user understands.
std::string describe_parse_error(const pugi::xml_parse_result& result) {
  switch (result.status) {
    case pugi::status_no_document_element: return kNoElement;
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

std::unique_ptr<AnnualReport> AnnualReport::load(const std::string& path, LoadError* error, std::size_t max_bytes,
                                                 std::string* sha256) {
  std::string contents;
  auto status = read_document(path, max_bytes, &contents);
  if (status != ReadStatus::ok) {
    *error = {describe_read_failure(status, max_bytes, errno), 0, 0};
    return nullptr;
  }
  if (sha256) *sha256 = sha256_hex(contents).value_or("");  // before parsing in place changes the bytes
  return parse(std::move(contents), path, error);
}

std::unique_ptr<AnnualReport> AnnualReport::parse(std::string text, const std::string& path, LoadError* error) {
  std::unique_ptr<AnnualReport> report(new AnnualReport(std::move(text), path));
  if (!report->check_characters(error)) return nullptr;
  // The DOCTYPE and the XML declaration are kept only to be checked (check_prolog). pugixml
  // never reads a DTD, never fetches anything and never expands an entity other than the
  // five predefined ones and character references. Fragment mode keeps text outside the root
  // element, which pugixml would otherwise drop unseen, so check_prolog can refuse it.
  auto result = report->xml_.load_buffer_inplace(report->buffer_.data(), report->buffer_.size(),
                                                 pugi::parse_default | pugi::parse_doctype | pugi::parse_declaration |
                                                     pugi::parse_fragment,
                                                 pugi::encoding_utf8);
  if (!result) {
    const std::string& raw = report->buffer_;  // in-place parsing leaves text after the error intact
    auto offset = static_cast<std::size_t>(result.offset);
    std::string message = describe_parse_error(result);
    if (result.status == pugi::status_no_document_element) {
      // pugixml points past the end; the defect is where the content starts.
      offset = std::min(raw.find_first_not_of(" \t\r\n"), raw.size());
    } else if (result.status == pugi::status_end_element_mismatch) {
      auto name_end = raw.find_first_of(" \t\r\n>", offset);
      message += ": </" + excerpt(std::string_view(raw).substr(offset, std::min(name_end, raw.size()) - offset)) +
                 "> sluit een ander element dan het laatst geopende (is een tag niet gesloten?)";
    }
    auto pos = report->lines_.position(offset);
    *error = {message, pos.line, pos.column};
    return nullptr;
  }
  if (!report->check_prolog(error) || !report->validate(error)) return nullptr;
  return report;
}

std::string AnnualReport::reference_date() const { return std::to_string(jaar_) + "-12-31"; }

TextPosition AnnualReport::position_of(pugi::xml_node node) const {
  if (!node || node.type() == pugi::node_document) return {};
  auto offset = node.offset_debug();  // -1 when pugixml does not know it
  if (offset < 0 || static_cast<std::size_t>(offset) > buffer_.size()) return {};
  return lines_.position(static_cast<std::size_t>(offset));
}

TextPosition AnnualReport::position_of(pugi::xml_attribute attribute) const {
  const char* name = attribute.name();
  if (name < buffer_.data() || name >= buffer_.data() + buffer_.size()) return {};
  return lines_.position(static_cast<std::size_t>(name - buffer_.data()));
}

// Before parsing: only UTF-8, and none of the control characters XML 1.0 forbids (a NUL byte
// would also end pugixml's view of the text early).
bool AnnualReport::check_characters(LoadError* error) const {
  std::string_view text = buffer_;
  if (auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    auto pos = lines_.position(bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    bool utf16 = text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF";
    *error = {utf16 ? std::string("het bestand is UTF-16; swvcheck leest alleen UTF-8 (sla het op als UTF-8)")
                    : std::string("het bestand is geen geldige UTF-8 (byte ") + byte +
                          "); sla het op als UTF-8 of controleer of het wel een XML-bestand is",
              pos.line, pos.column};
    return false;
  }
  if (auto bad = first_forbidden_control(text); bad != std::string_view::npos) {
    auto pos = lines_.position(bad);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    *error = {std::string("stuurteken ") + code +
                  " is niet toegestaan in XML (een NUL-byte of ander binair teken; is het wel een XML-bestand?)",
              pos.line, pos.column};
    return false;
  }
  return true;
}

// After parsing: no DOCTYPE (the format has no DTD, and entities are never expanded, so a
// document that relies on them would be read differently than its author meant), and an
// XML declaration may only name UTF-8.
bool AnnualReport::check_prolog(LoadError* error) {
  if (!xml_.document_element()) {
    auto pos = lines_.position(std::min(buffer_.find_first_not_of(" \t\r\n"), buffer_.size()));
    *error = {kNoElement, pos.line, pos.column};
    return false;
  }
  int elements = 0;
  for (auto node = xml_.first_child(); node;) {
    auto next = node.next_sibling();
    if ((node.type() == pugi::node_element && ++elements > 1) || node.type() == pugi::node_pcdata ||
        node.type() == pugi::node_cdata) {
      auto pos = position_of(node);
      *error = {"buiten het hoofdelement <jaarverslag> mag alleen commentaar staan: hier staat nog een element of tekst", pos.line,
                pos.column};
      return false;
    }
    if (node.type() == pugi::node_doctype) {
      auto pos = position_of(node);
      *error = {"een DOCTYPE is niet toegestaan: het jaarverslag kent geen DTD, en entiteiten worden nooit "
                "uitgebreid of opgehaald",
                pos.line, pos.column};
      return false;
    }
    if (node.type() == pugi::node_declaration) {
      auto encoding = node.attribute("encoding");
      std::string name = encoding.value();
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (encoding && name != "utf-8" && name != "utf8" && name != "us-ascii") {
        auto pos = position_of(encoding);
        *error = {"de XML-declaratie noemt encoding=\"" + excerpt(encoding.value()) +
                      "\"; swvcheck leest alleen UTF-8 (sla het bestand op als UTF-8 en pas de declaratie aan)",
                  pos.line, pos.column};
        return false;
      }
      xml_.remove_child(node);  // the tree rules see is the same as without it
    }
    node = next;
  }
  return true;
}

bool AnnualReport::validate(LoadError* error) {
  auto fail = [error](TextPosition pos, std::string message) {
    *error = {std::move(message), pos.line, pos.column};
    return false;
  };
  auto root = this->root();
  if (std::string_view(root.name()) != "jaarverslag")
    return fail(position_of(root), "het hoofdelement moet <jaarverslag> zijn, niet <" + excerpt(root.name()) + ">");
  auto ns = root.attribute("xmlns");
  if (std::string_view(ns.value()) != kNamespace)
    return fail(ns ? position_of(ns) : position_of(root),
                std::string("namespace moet xmlns=\"") + kNamespace + "\" zijn" +
                    (ns ? ", niet \"" + excerpt(ns.value()) + "\"" : std::string(" (ontbreekt)")));
  auto version = root.attribute("versie");
  if (!version) return fail(position_of(root), "attribuut versie ontbreekt op <jaarverslag>");
  if (std::string_view(version.value()) != kVersion)
    return fail(position_of(version), "onbekende versie \"" + excerpt(version.value()) +
                                          "\": deze versie van swvcheck leest versie " + kVersion);

  // Typed values everywhere in the tree, before anything else reads them. A walk in document
  // order without a stack of its own (so the first defect is the one reported); `path` grows
  // and shrinks with the walk, so a long name costs once, not once per descendant.
  std::string path;                    // the parent's path: "financien/baten", "" below the root
  std::vector<std::size_t> path_sizes;  // path.size() of each ancestor below the root
  // Per depth, the once-only elements (occurs_once) seen so far among the current siblings.
  std::vector<std::unordered_map<std::string_view, pugi::xml_node>> seen_once(1);
  // Per depth, the format's rules for the children of the element being walked below.
  std::vector<ChildrenSchema> schemas(1);
  std::string node_path;  // the node's own path, for its attributes and the element index
  int depth = 0;
  pugi::xml_node node = root;
  while (node) {
    if (depth > kMaxDepth) return fail(position_of(node), "document is te diep genest");
    if (std::strchr(node.name(), ':') != nullptr)
      return fail(position_of(node), "element <" + excerpt(node.name()) +
                                         "> heeft een namespace-prefix; gebruik de standaard-namespace zonder prefix");
    // The node's own path, for its attributes; none of the typed ones has a long path.
    bool short_path = depth > 0 && path.size() + 1 + std::strlen(node.name()) <= kMaxTypedPath;
    if (short_path) {
      node_path.assign(path);
      if (!path.empty()) node_path += '/';
      node_path += node.name();
      elements_.add(node_path, node);
    }
    const ElementSchema schema =
        depth > 0 ? schemas[static_cast<std::size_t>(depth)].element(path, node.name()) : ElementSchema{};
    if (short_path && schema.once) {
      auto [earlier, first] = seen_once[static_cast<std::size_t>(depth)].try_emplace(node.name(), node);
      if (!first) {
        auto line = [this](pugi::xml_node n) { return std::to_string(position_of(n).line); };
        return fail(position_of(node), "<" + excerpt(node.name()) + "> staat twee keer in <" +
                                           excerpt(node.parent().name()) +
                                           "> (regel " + line(earlier->second) + " en regel " + line(node) +
                                           "); het mag er één keer staan");
      }
    }
    if (short_path) {
      for (auto attribute : node.attributes()) {
        auto type = attribute_field_type(node_path, attribute.name());
        if (type == FieldType::text) continue;
        auto value = trim_xml_space(attribute.value());
        if (auto problem = field_problem(type, value); !problem.empty())
          return fail(position_of(attribute), "attribuut " + excerpt(attribute.name()) + " van <" +
                                                  excerpt(node.name()) + "> heeft waarde \"" + excerpt(value) +
                                                  "\"; " + problem);
      }
    }
    auto first_child = node.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; });
    if (depth > 0) {
      // A typed value is the element's whole text (documents/element_text.h), as rules read it.
      auto type = schema.type;
      if (type != FieldType::text && first_child)
        return fail(position_of(first_child), "<" + excerpt(node.name()) + "> mag alleen een waarde bevatten, geen element <" +
                                                  excerpt(first_child.name()) + ">");
      std::string joined;  // only when the text is in pieces
      auto value = type == FieldType::text ? std::string_view() : trim_xml_space(element_text(node, &joined));
      if (auto problem = field_problem(type, value); !problem.empty()) {
        auto where = first_text_child(node);
        return fail(where ? position_of(where) : position_of(node),
                    "<" + excerpt(node.name()) + "> heeft waarde \"" + excerpt(value) + "\"; " + problem);
      }
    }
    if (first_child) {  // down
      path_sizes.push_back(path.size());
      if (depth > 0) {
        if (!path.empty()) path += '/';
        path += node.name();
      }
      ++depth;
      if (seen_once.size() <= static_cast<std::size_t>(depth)) seen_once.resize(static_cast<std::size_t>(depth) + 1);
      seen_once[static_cast<std::size_t>(depth)].clear();
      if (schemas.size() <= static_cast<std::size_t>(depth)) schemas.resize(static_cast<std::size_t>(depth) + 1);
      schemas[static_cast<std::size_t>(depth)] = ChildrenSchema(path);
      node = first_child;
      continue;
    }
    // across, or up until there is a next element; back at the root the walk is done
    while (true) {
      if (depth == 0) {
        node = pugi::xml_node();
        break;
      }
      auto next = node.next_sibling();
      while (next && next.type() != pugi::node_element) next = next.next_sibling();
      if (next) {
        node = next;
        break;
      }
      node = node.parent();
      --depth;
      path.resize(path_sizes.back());
      path_sizes.pop_back();
    }
  }

  elements_.finish();

  auto swv = root.child("swv");
  if (!swv) return fail(position_of(root), "element <swv> ontbreekt");
  auto code = swv.attribute("code");
  auto raw_code = trim_xml_space(code.value());
  if (raw_code.empty()) return fail(position_of(swv), "attribuut code van <swv> ontbreekt of is leeg");
  auto parsed_code = parse_swv_code(raw_code);
  if (!parsed_code && raw_code.size() > kMaxSwvCodeLength)
    return fail(position_of(code), "attribuut code van <swv> is te lang (\"" + excerpt(raw_code, 12) +
                                       "\"); een SWV-code is " + kSwvCodeForm);
  if (!parsed_code)
    return fail(position_of(code), "attribuut code van <swv> heeft waarde \"" + excerpt(raw_code) +
                                       "\"; verwacht een SWV-code: " + kSwvCodeForm);
  swv_ = *parsed_code;
  sector_ = trim_xml_space(swv.attribute("sector").value());
  auto year = root.child("verslagjaar");
  if (!year) return fail(position_of(root), "element <verslagjaar> ontbreekt");
  auto parsed_year = parse_integer(trim_xml_space(element_text(year)));
  if (!parsed_year || *parsed_year < 1990 || *parsed_year > 2100)
    return fail(position_of(year), "verslagjaar moet een jaartal zijn (bijv. 2023)");
  jaar_ = static_cast<int>(*parsed_year);
  return true;
}

}  // namespace swv
