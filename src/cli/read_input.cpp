#include "read_input.hpp"

#include "io_error.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace article2md::cli {
namespace {

// Closes a descriptor we opened; standard input is left alone.
struct fd_closer {
  int fd;
  bool owned;
  ~fd_closer() {
    if (owned && fd >= 0) ::close(fd);
  }
};

std::string describe(const std::string& path) {
  return path == "-" ? std::string("standard input") : "'" + path + "'";
}

[[noreturn]] void too_large(const std::string& path, std::size_t limit) {
  const std::string what =
      "larger than " + std::to_string(limit / (1024 * 1024)) + " MiB, the input size limit";
  throw io_error(describe(path) + " is " + what, "file is " + what);
}

[[noreturn]] void fail(const char* action, const std::string& path, int err) {
  const std::string cause = std::strerror(err);
  throw io_error(std::string(action) + " " + describe(path) + ": " + cause,
                 std::string(action) + ": " + cause);
}

}  // namespace

std::string read_input(const std::string& path, std::size_t limit) {
  const bool from_stdin = path == "-";
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    fail("cannot open", path, errno);
  }
  fd_closer closer{fd, !from_stdin};

  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    fail("cannot read", path, errno);
  }
  if (S_ISDIR(st.st_mode)) {
    throw io_error(describe(path) + " is a directory, not a file", "is a directory, not a file");
  }

  std::string data;
  // A regular file says its size up front: refuse early, and read without reallocating.
  // Pipes and terminals do not, so the limit is also enforced while reading.
  if (S_ISREG(st.st_mode) && st.st_size > 0) {
    const auto size = static_cast<unsigned long long>(st.st_size);
    if (size > limit) too_large(path, limit);
    data.reserve(static_cast<std::size_t>(size));
  }

  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot read", path, errno);
    }
    const auto count = static_cast<std::size_t>(n);
    if (count > limit - data.size()) too_large(path, limit);
    data.append(buffer, count);
  }
  return data;
}

}  // namespace article2md::cli
