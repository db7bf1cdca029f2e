#include "cli/progress_line.h"

#include <string>

namespace swv {

bool progress_wanted(bool err_is_terminal, std::size_t files) { return err_is_terminal && files >= kProgressMinFiles; }

void ProgressLine::update(std::size_t done, std::size_t total) {
  std::string line = "swvcheck: " + std::to_string(done) + "/" + std::to_string(total) + " gecontroleerd";
  err_ << '\r' << line;
  if (line.size() < width_) err_ << std::string(width_ - line.size(), ' ');
  err_ << std::flush;
  width_ = std::max(width_, line.size());
}

void ProgressLine::finish() {
  if (width_ == 0) return;
  err_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

}  // namespace swv
