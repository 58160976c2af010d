#pragma once
// The batch's progress bar: one line on a terminal's stderr, redrawn in place; nothing at all
// when stderr is not a terminal (a log or a pipe gets only the summary).

#include <cstddef>

namespace article2md::cli {

class progress_bar {
 public:
  /// Draws only when `enabled` (normally: isatty(stderr)); `total` is the number of files.
  progress_bar(std::size_t total, bool enabled) noexcept : total_(total), enabled_(enabled) {}
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;
  ~progress_bar() { clear(); }

  /// Redraws the line for `done` files finished. The caller paces the calls (about ten a
  /// second); an unchanged count is not redrawn.
  void update(std::size_t done);
  /// Erases the line, so that what follows starts on a clean line.
  void clear() noexcept;

  /// True when standard error is a terminal.
  static bool stderr_is_terminal() noexcept;

 private:
  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::size_t last_ = static_cast<std::size_t>(-1);
};

}  // namespace article2md::cli
