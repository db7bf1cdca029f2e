// A progress line on stderr for long batches ("swvcheck: 12/150 gecontroleerd"), rewritten in
// place and cleared when the run ends. Only when stderr is a terminal: a log or a pipe never
// gets it. The engine reports progress through CheckOptions::progress and prints nothing.
#pragma once

#include <cstddef>
#include <ostream>

namespace swv {

/// Batches of at least this many input files show progress.
inline constexpr std::size_t kProgressMinFiles = 10;

/// True when a run over `files` input files should show a progress line.
bool progress_wanted(bool err_is_terminal, std::size_t files);

class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& err) : err_(err) {}
  ~ProgressLine() { finish(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Rewrites the line; calls must be serialised (the engine does).
  void update(std::size_t done, std::size_t total);
  /// Clears the line (once), so the report or the next message starts on a clean line.
  void finish();

 private:
  std::ostream& err_;
  std::size_t width_ = 0;
};

}  // namespace swv
