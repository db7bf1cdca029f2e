// A streaming JSON writer that lays text out byte for byte as nlohmann's
// `dump(2, ' ', false, error_handler_t::replace)` does, without building a tree: the reports
// write tens of findings per document, and a tree per finding cost more than the check.
// The layout rules it follows: two spaces per level, `"key": value`, one member or item per
// line, `{}` and `[]` for empty containers, control characters escaped (`\n`, `\u001b`
// lower-case), other characters as they are, invalid UTF-8 replaced by U+FFFD exactly as
// nlohmann replaces it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

namespace swv {

/// Appends `text` as a JSON string (with quotes) to `out`.
void append_json_string(std::string_view text, std::string* out);

class JsonWriter;
/// Opens item number `index` of an array on a line indented by `indent` (the first item opens
/// the array, as append_array_item in json_dump.h lays items out) and gives the writer for it.
JsonWriter array_item_writer(std::size_t index, std::size_t indent, std::string* out);

/// A member name fixed in the source that needs no escaping: printable ASCII without `"` and
/// `\`, checked when the program is compiled (a name that fails does not compile).
class PlainName {
 public:
  template <std::size_t N>
  consteval PlainName(const char (&name)[N]) : name_(name, N - 1) {  // NOLINT(google-explicit-constructor)
    for (char c : name_)
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') throw "PlainName: this name needs escaping";
  }
  std::string_view view() const { return name_; }

 private:
  std::string_view name_;
};

class JsonWriter {
 public:
  /// Writes into `out`; `indent` is the indentation of the line the first value starts on
  /// (nested lines are indented relative to it).
  JsonWriter(std::string* out, std::size_t indent = 0) : out_(out), base_indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The next member's name; its value follows with one of the value calls.
  void key(std::string_view name);
  /// The same for a name known to need no escaping: no scan of its bytes.
  void plain_key(PlainName name);

  void string(std::string_view text);
  void integer(std::int64_t number);
  void boolean(bool value);
  /// A value already laid out by another JsonWriter started at the same indentation level
  /// (a piece that is the same in many findings, laid out once).
  void raw(std::string_view text);

  /// A member with a string value: key(name) + string(text).
  void member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void plain_member(PlainName name, std::string_view text) {
    plain_key(name);
    string(text);
  }
  /// The indentation where a value written now would have its nested lines relative to.
  std::size_t depth_indent() const { return base_indent_ + 2 * levels_.size(); }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline(std::size_t indent);
  /// Writes the separator, line break, indentation and `"name": ` at once; false (nothing
  /// written) when the name or the indentation is too long for that.
  bool write_plain_key(std::string_view name);

  std::string* out_;
  std::size_t base_indent_;
  struct Level {
    std::size_t items = 0;
  };
  boost::container::small_vector<Level, 8> levels_;  // findings nest a few levels: no allocation
  bool after_key_ = false;
};

}  // namespace swv
