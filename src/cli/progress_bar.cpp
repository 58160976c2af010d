#include "progress_bar.hpp"

#include <string>

#include <unistd.h>

namespace article2md::cli {
namespace {

constexpr std::size_t bar_width = 30;

void write_stderr(const std::string& s) noexcept {
  const char* p = s.data();
  std::size_t left = s.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n <= 0) return;  // a progress bar is not worth an error
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

}  // namespace

bool progress_bar::stderr_is_terminal() noexcept { return ::isatty(STDERR_FILENO) == 1; }

void progress_bar::update(std::size_t done) {
  if (!enabled_ || done == last_) return;
  last_ = done;
  const std::size_t filled = total_ == 0 ? bar_width : done * bar_width / total_;
  std::string line = "\r\x1b[K[";  // carriage return, erase to the end of the line
  line.append(filled, '#');
  line.append(bar_width - filled, '.');
  line += "] ";
  line += std::to_string(done);
  line += '/';
  line += std::to_string(total_);
  write_stderr(line);
  drawn_ = true;
}

void progress_bar::clear() noexcept {
  if (!drawn_) return;
  drawn_ = false;
  write_stderr("\r\x1b[K");
}

}  // namespace article2md::cli
