#include "documents/personal_data.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "documents/annual_report_schema.h"

namespace swv {
namespace {

// A byte that continues a word: ASCII letters and digits, and every byte of a multi-byte UTF-8
// character (é, ë: names are not cut in the middle of a word).
bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

class Numbering {
 public:
  void add(const std::string& value, const std::string& kind, std::vector<PersonalValue>* out) {
    if (value.empty() || seen_.count(value)) return;
    seen_[value] = true;
    out->push_back({value, "[" + kind + " " + std::to_string(++count_[kind]) + "]"});
  }

 private:
  std::map<std::string, bool> seen_;
  std::map<std::string, int> count_;
};

std::string trimmed(const char* text) {
  std::string value(text);
  auto first = value.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::vector<PersonalValue> personal_values(const CheckUnit& unit) {
  std::vector<PersonalValue> out;
  Numbering numbering;
  if (unit.report) {
    // In document order, whichever field a person appears in first.
    std::vector<std::pair<std::ptrdiff_t, std::string>> names;
    for (auto field : annual_report_personal_fields())
      for (const auto& hit : unit.report->root().select_nodes(std::string(field).c_str()))
        names.emplace_back(hit.parent().offset_debug(), trimmed(hit.attribute().value()));
    std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [offset, name] : names) numbering.add(name, "persoon", &out);
  }
  for (const auto& [kind, refs] : unit.records)
    for (const auto& ref : refs)
      for (const auto& column : ref.file->format().columns)
        if (is_personal_column(ref.file->format(), column.name))
          if (const std::string* value = ref.file->value(*ref.record, column.name)) numbering.add(*value, "dossier", &out);
  return out;
}

std::string mask_personal(const std::string& text, const std::vector<PersonalValue>& personal) {
  if (personal.empty() || text.empty()) return text;
  std::vector<const PersonalValue*> longest_first;
  for (const auto& p : personal) longest_first.push_back(&p);
  std::stable_sort(longest_first.begin(), longest_first.end(),
                   [](const PersonalValue* a, const PersonalValue* b) { return a->value.size() > b->value.size(); });
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const PersonalValue* match = nullptr;
    bool after_word = i > 0 && word_byte(static_cast<unsigned char>(text[i - 1]));
    for (const PersonalValue* p : longest_first) {
      std::size_t end = i + p->value.size();
      if (text.compare(i, p->value.size(), p->value) != 0) continue;
      // "17" is no dossier inside "2017", "Jansen" no name inside "Jansens"
      if (after_word && word_byte(static_cast<unsigned char>(p->value.front()))) continue;
      if (end < text.size() && word_byte(static_cast<unsigned char>(text[end])) &&
          word_byte(static_cast<unsigned char>(p->value.back())))
        continue;
      match = p;
      break;
    }
    if (match) {
      out += match->label;
      i += match->value.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace swv
