#include "report/finding_log.h"

#include <algorithm>
#include <stdexcept>

#include "report/record_bytes.h"

namespace swv {
namespace {

void put_number(std::uint64_t n, std::string* out) { put_record_number(n, out); }
void put(const std::string& text, std::string* out) { put_record_text(text, out); }

void put(const std::map<std::string, std::string>& map, std::string* out) {
  put_number(map.size(), out);
  for (const auto& [key, value] : map) {
    put(key, out);
    put(value, out);
  }
}

class Reader : public RecordReader {
 public:
  Reader(const std::string& data, std::size_t* offset) : RecordReader(data, offset, "finding log") {}
  std::map<std::string, std::string> map() {
    std::map<std::string, std::string> m;
    for (std::uint64_t n = number(); n > 0; --n) {
      std::string key = text();
      m.emplace(std::move(key), text());
    }
    return m;
  }
};

// At most this many norms in a log's table; any further norm is written out in full (only a
// baseline of many rules versions could come near it).
constexpr std::size_t kMaxSharedNorms = 4096;

void put_norm(const SharedNorm& norm, std::string* out, SharedPartsTable* shared) {
  if (shared) {
    auto& norms = shared->norms;
    auto it = std::find_if(norms.begin(), norms.end(), [&](const SharedNorm& n) { return n.same_object(norm); });
    if (it == norms.end() && norms.size() < kMaxSharedNorms) it = norms.insert(norms.end(), norm);
    if (it != norms.end()) return put_number(1 + static_cast<std::uint64_t>(it - norms.begin()), out);
  }
  put_number(0, out);
  put(norm->id, out);
  put(norm->title, out);
  put(norm->source, out);
  put(norm->in_force_from, out);
  put(norm->in_force_until, out);
}

SharedNorm read_norm(Reader& in, const SharedPartsTable* shared) {
  if (std::uint64_t index = in.number(); index > 0) {
    if (!shared || index > shared->norms.size()) throw std::runtime_error("finding log: unknown norm");
    return shared->norms[index - 1];
  }
  NormRef norm;
  norm.id = in.text();
  norm.title = in.text();
  norm.source = in.text();
  norm.in_force_from = in.text();
  norm.in_force_until = in.text();
  return norm;
}

void put_params(const SharedParams& params, std::string* out, SharedPartsTable* shared) {
  if (shared) {
    auto& seen = shared->record_params;
    auto it = std::find_if(seen.begin(), seen.end(), [&](const SharedParams& p) { return p.same_object(params); });
    if (it != seen.end()) return put_number(1 + static_cast<std::uint64_t>(it - seen.begin()), out);
    seen.push_back(params);
  }
  put_number(0, out);
  put(params.map(), out);
}

SharedParams read_params(Reader& in, SharedPartsTable* shared) {
  if (std::uint64_t index = in.number(); index > 0) {
    if (!shared || index > shared->record_params.size()) throw std::runtime_error("finding log: unknown parameters");
    return shared->record_params[index - 1];
  }
  SharedParams params(in.map());
  if (shared) shared->record_params.push_back(params);
  return params;
}

}  // namespace

void encode_finding(const Finding& f, std::string* out, SharedPartsTable* shared) {
  put(f.rule, out);
  put(f.key, out);
  put(f.family, out);
  put_number(static_cast<std::uint64_t>(f.status), out);
  put(f.swv, out);
  put_number(static_cast<std::uint64_t>(static_cast<std::int64_t>(f.jaar)), out);
  put(f.document, out);
  put(f.message, out);
  put(f.values, out);
  put_number(f.evidence.size(), out);
  for (const auto& e : f.evidence) {
    put(e.document, out);
    put(e.path, out);
    put_number(static_cast<std::uint64_t>(static_cast<std::int64_t>(e.line)), out);
  }
  put_params(f.params, out, shared);
  put_norm(f.norm, out, shared);
  put_number(f.baseline ? 1 + static_cast<std::uint64_t>(*f.baseline) : 0, out);
  // 0: no acceptance; 1: one that applies; 2: an expired one.
  put_number(f.accepted ? (f.accepted->expired ? 2 : 1) : 0, out);
  if (f.accepted) {
    put(f.accepted->reason, out);
    put(f.accepted->who, out);
    put(f.accepted->date, out);
    put(f.accepted->expires, out);
  }
}

Finding decode_finding(const std::string& data, std::size_t* offset, SharedPartsTable* shared) {
  Reader in(data, offset);
  Finding f;
  f.rule = in.text();
  f.key = in.text();
  f.family = in.text();
  f.status = static_cast<Status>(in.number());
  f.swv = in.text();
  f.jaar = static_cast<int>(static_cast<std::int64_t>(in.number()));
  f.document = in.text();
  f.message = in.text();
  f.values = in.map();
  for (std::uint64_t n = in.number(); n > 0; --n) {
    Evidence e;
    e.document = in.text();
    e.path = in.text();
    e.line = static_cast<int>(static_cast<std::int64_t>(in.number()));
    f.evidence.push_back(std::move(e));
  }
  f.params = read_params(in, shared);
  f.norm = read_norm(in, shared);
  if (std::uint64_t mark = in.number(); mark > 0) f.baseline = static_cast<Baseline>(mark - 1);
  if (std::uint64_t accepted = in.number(); accepted > 0) {
    Acceptance a;
    a.reason = in.text();
    a.who = in.text();
    a.date = in.text();
    a.expires = in.text();
    a.expired = accepted == 2;
    f.accepted = std::move(a);
  }
  return f;
}

FindingLog::Entry FindingLog::append(const std::vector<Finding>& findings) {
  std::string record;
  shared_.record_params.clear();
  for (const auto& f : findings) encode_finding(f, &record, &shared_);
  return {spill_.append(record), record.size(), static_cast<std::uint32_t>(findings.size())};
}

std::vector<Finding> FindingLog::read(const Entry& entry) {
  std::string record;
  spill_.read_at(entry.offset, static_cast<std::size_t>(entry.size), &record);
  std::vector<Finding> findings;
  findings.reserve(entry.count);
  std::size_t offset = 0;
  shared_.record_params.clear();
  for (std::uint32_t i = 0; i < entry.count; ++i) findings.push_back(decode_finding(record, &offset, &shared_));
  return findings;
}

}  // namespace swv
