#include "child_process.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <sstream>
#include <stdexcept>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace article2md::bench {
namespace {

void write_all(int fd, const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// The child's whole life: run the job, report "ok v1 v2 ..." or "error message", exit
// without running the parent's atexit handlers or flushing its buffers.
[[noreturn]] void child_main(int fd, const std::function<std::vector<double>()>& job) {
  std::ostringstream msg;
  msg.precision(17);
  int status = 0;
  try {
    const std::vector<double> values = job();
    msg << "ok";
    for (double v : values) msg << ' ' << v;
  } catch (const std::exception& e) {
    msg.str("");
    msg << "error " << e.what();
    status = 1;
  } catch (...) {
    msg.str("");
    msg << "error unknown exception";
    status = 1;
  }
  write_all(fd, msg.str());
  ::close(fd);
  ::_exit(status);
}

}  // namespace

child_outcome run_in_child(const std::function<std::vector<double>()>& job,
                           double timeout_seconds) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child_main(fds[1], job);
  }
  ::close(fds[1]);

  child_outcome out;
  std::string text;
  bool timed_out = false;
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(timeout_seconds));
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 60000)));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) break;
    if (r == 0) continue;
    char buf[4096];
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EOF: the child is done
    text.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);

  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  out.max_rss = static_cast<double>(usage.ru_maxrss) * 1024.0;  // kB on Linux

  if (timed_out) {
    std::ostringstream msg;
    msg << "timeout after " << timeout_seconds << " s";
    out.error = msg.str();
  } else if (WIFSIGNALED(status)) {
    out.error = std::string("killed by signal ") + strsignal(WTERMSIG(status));
  } else if (text.compare(0, 2, "ok") == 0) {
    std::istringstream in(text.substr(2));
    double v = 0;
    while (in >> v) out.values.push_back(v);
    out.ok = true;
  } else {
    out.error = text.compare(0, 6, "error ") == 0 ? text.substr(6) : "no result";
  }
  return out;
}

}  // namespace article2md::bench
