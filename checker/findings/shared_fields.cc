#include "findings/shared_fields.h"

namespace swv {

const NormRef& SharedNorm::empty() {
  static const NormRef none;
  return none;
}

SharedNorm::SharedNorm(NormRef norm) : norm_(std::make_shared<const NormRef>(std::move(norm))) {}

SharedParams::SharedParams(Map entries) {
  if (!entries.empty()) entries_ = std::make_shared<Map>(std::move(entries));
}

const SharedParams::Map& SharedParams::map() const {
  static const Map none;
  return entries_ ? *entries_ : none;
}

void SharedParams::set(const std::string& name, const std::string& value) {
  if (!entries_) {
    entries_ = std::make_shared<Map>();
  } else if (auto it = entries_->find(name); it != entries_->end() && it->second == value) {
    return;  // unchanged: whoever shares the entries keeps sharing them
  } else if (entries_.use_count() > 1) {
    entries_ = std::make_shared<Map>(*entries_);
  }
  (*entries_)[name] = value;
}

}  // namespace swv
