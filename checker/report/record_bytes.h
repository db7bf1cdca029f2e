// The byte layout of the records reports spill to disk (the finding log, the text report's
// laid-out findings): numbers as eight bytes, texts as their length and their bytes. Written
// and read by the same program, so no text format and no portability concerns.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace swv {

inline void put_record_number(std::uint64_t n, std::string* out) {
  char bytes[8];
  std::memcpy(bytes, &n, 8);
  out->append(bytes, 8);
}

inline void put_record_text(std::string_view text, std::string* out) {
  put_record_number(text.size(), out);
  out->append(text);
}

/// Reads numbers and texts from `data` at `*offset`, moving it on; throws std::runtime_error
/// "<what>: record cut short" when the bytes end too soon.
class RecordReader {
 public:
  RecordReader(std::string_view data, std::size_t* offset, const char* what)
      : data_(data), offset_(*offset), what_(what) {}

  bool done() const { return offset_ == data_.size(); }
  std::uint64_t number() {
    need(8);
    std::uint64_t n;
    std::memcpy(&n, data_.data() + offset_, 8);
    offset_ += 8;
    return n;
  }
  std::string text() {
    std::uint64_t size = number();
    need(size);
    std::string s(data_.substr(offset_, size));
    offset_ += size;
    return s;
  }

 private:
  void need(std::uint64_t size) const {
    if (size > data_.size() - offset_) throw std::runtime_error(std::string(what_) + ": record cut short");
  }
  std::string_view data_;
  std::size_t& offset_;
  const char* what_;
};

}  // namespace swv
