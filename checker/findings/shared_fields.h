// Parts of a finding that many findings hold alike: the norm of its rule and the norm
// parameters a rule call used. They are shared, not copied: a check of 10,000 reports makes
// about 280,000 findings from 24 norms, and each finding of a rule call cites the same
// parameters.
#pragma once

#include <map>
#include <memory>
#include <string>

namespace swv {

/// The norm a rule checks, as the rule's metadata states it.
struct NormRef {
  std::string id;  ///< e.g. "RS-1"
  std::string title;
  std::string source;
  std::string in_force_from;   ///< ISO date; empty: the norm always applied (CO-1)
  std::string in_force_until;  ///< ISO date, the last day; empty: no end
};

/// A norm held by a rule and every finding it makes: copying it copies a pointer. A default
/// one, and one moved from, reads as the empty norm. Read its fields with `->`.
class SharedNorm {
 public:
  SharedNorm() = default;
  SharedNorm(NormRef norm);  // NOLINT(google-explicit-constructor): a norm to share
  const NormRef& operator*() const { return norm_ ? *norm_ : empty(); }
  const NormRef* operator->() const { return &**this; }
  operator const NormRef&() const { return **this; }  // NOLINT(google-explicit-constructor)
  /// True when both hold the very same norm (then their fields are equal too).
  bool same_object(const SharedNorm& other) const { return norm_ == other.norm_; }

 private:
  static const NormRef& empty();
  std::shared_ptr<const NormRef> norm_;  ///< null: the empty norm
};

/// Name -> value of the norm parameters used, as in force. Read like a std::map; a copy shares
/// the entries until one of the two is changed (copy on write), so the findings of one rule
/// call hold one map between them.
class SharedParams {
 public:
  using Map = std::map<std::string, std::string>;
  using const_iterator = Map::const_iterator;

  SharedParams() = default;
  SharedParams(Map entries);  // NOLINT(google-explicit-constructor): a map to share
  SharedParams(std::initializer_list<Map::value_type> entries) : SharedParams(Map(entries)) {}

  const Map& map() const;
  const_iterator begin() const { return map().begin(); }
  const_iterator end() const { return map().end(); }
  bool empty() const { return !entries_ || entries_->empty(); }
  std::size_t size() const { return entries_ ? entries_->size() : 0; }
  const std::string& at(const std::string& name) const { return map().at(name); }
  const_iterator find(const std::string& name) const { return map().find(name); }
  std::size_t count(const std::string& name) const { return map().count(name); }

  /// Sets `name` to `value`; copies the entries first when another holder shares them.
  void set(const std::string& name, const std::string& value);
  void clear() { entries_.reset(); }

  friend bool operator==(const SharedParams& a, const SharedParams& b) { return a.map() == b.map(); }
  /// True when both hold the very same entries (or none).
  bool same_object(const SharedParams& other) const { return entries_ == other.entries_; }

 private:
  std::shared_ptr<Map> entries_;  ///< null: none
};

}  // namespace swv
