#include "report/finding_layout_cache.h"

#include "report/json_writer.h"

namespace swv {

namespace {

bool same_norm(const NormRef& a, const NormRef& b) {
  return a.id == b.id && a.title == b.title && a.source == b.source && a.in_force_from == b.in_force_from &&
         a.in_force_until == b.in_force_until;
}

}  // namespace

void write_norm_json(const NormRef& norm, JsonWriter& out) {
  out.begin_object();
  out.member("id", norm.id);
  out.member("title", norm.title);
  out.member("source", norm.source);
  // as norm_to_json: the dates only when set (CO-1 has always applied)
  if (!norm.in_force_from.empty()) out.member("in_force_from", norm.in_force_from);
  if (!norm.in_force_until.empty()) out.member("in_force_until", norm.in_force_until);
  out.end_object();
}

std::string_view FindingLayoutCache::norm(const SharedNorm& norm, std::size_t indent) {
  auto [it, added] = norms_.try_emplace(norm->id);
  LaidOutNorm& entry = it->second;
  if (added || entry.indent != indent || (!entry.norm.same_object(norm) && !same_norm(*entry.norm, *norm))) {
    entry.norm = norm;
    entry.indent = indent;
    entry.text.clear();
    JsonWriter writer(&entry.text, indent);
    write_norm_json(norm, writer);
  }
  return entry.text;
}

std::string_view FindingLayoutCache::escaped_document(const std::string& text) {
  if (text != document_ || escaped_document_.empty()) {
    document_ = text;
    escaped_document_.clear();
    append_json_string(text, &escaped_document_);
  }
  return escaped_document_;
}

}  // namespace swv
