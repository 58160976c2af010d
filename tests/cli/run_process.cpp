#include "run_process.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace article2md::test {
namespace {

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

// Both ends of a pipe, closed on scope exit unless released.
struct pipe_pair {
  int fd[2] = {-1, -1};
  pipe_pair() {
    if (::pipe2(fd, O_CLOEXEC) != 0) fail("pipe");
  }
  pipe_pair(const pipe_pair&) = delete;
  pipe_pair& operator=(const pipe_pair&) = delete;
  ~pipe_pair() {
    close_end(0);
    close_end(1);
  }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
};

}  // namespace

process_result run_process(const std::vector<std::string>& argv,
                           const process_options& options) {
  if (argv.empty()) throw std::invalid_argument("run_process: empty argv");

  pipe_pair in, out, err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (options.stdin_data) {
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  }
  if (options.stdout_path) {
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, options.stdout_path->c_str(),
                                     O_WRONLY, 0);
  } else {
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  }
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);

  // The test process ignores SIGPIPE (below); the child must get the default back, as it
  // would from a shell.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  // A child that exits before reading all its input must not kill the test with SIGPIPE.
  ::signal(SIGPIPE, SIG_IGN);

  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    errno = rc;
    fail("posix_spawn " + argv[0]);
  }
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  if (!options.stdin_data) in.close_end(1);
  // Non-blocking, so a large stdin cannot block us while the child waits for us to read.
  if (in.fd[1] >= 0) ::fcntl(in.fd[1], F_SETFL, O_NONBLOCK);
  if (options.stdout_path) out.close_end(0);

  // Feed stdin and drain both outputs together: doing them one after another deadlocks as
  // soon as a pipe buffer fills.
  process_result result;
  std::string_view to_write = options.stdin_data ? *options.stdin_data : std::string_view();
  if (in.fd[1] >= 0 && to_write.empty()) in.close_end(1);
  char buffer[64 * 1024];
  bool signal_pending = options.signal_when_exists.has_value() && options.signal_to_send != 0;
  bool watching = static_cast<bool>(options.watch);
  while (in.fd[1] >= 0 || out.fd[0] >= 0 || err.fd[0] >= 0) {
    if (signal_pending && ::access(options.signal_when_exists->c_str(), F_OK) == 0) {
      ::kill(pid, options.signal_to_send);
      signal_pending = false;
    }
    if (watching && options.watch(pid, result)) watching = false;
    pollfd fds[3] = {{in.fd[1], POLLOUT, 0}, {out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
    // Waiting for the file to appear, or watching: look again every millisecond.
    const int poll_rc = ::poll(fds, 3, signal_pending || watching ? 1 : -1);
    if (poll_rc < 0) {
      if (errno == EINTR) continue;
      fail("poll");
    }
    if (poll_rc == 0) continue;
    if (in.fd[1] >= 0 && fds[0].revents != 0) {
      const ssize_t n = ::write(in.fd[1], to_write.data(), to_write.size());
      if (n < 0 && errno != EINTR && errno != EAGAIN) {
        in.close_end(1);  // EPIPE: the child stopped reading, which is its right
      } else if (n > 0) {
        to_write.remove_prefix(static_cast<std::size_t>(n));
        if (to_write.empty()) in.close_end(1);
      }
    }
    struct {
      pipe_pair* p;
      std::string* sink;
      short revents;
    } readers[2] = {{&out, &result.out, fds[1].revents}, {&err, &result.err, fds[2].revents}};
    for (auto& r : readers) {
      if (r.p->fd[0] < 0 || r.revents == 0) continue;
      const ssize_t n = ::read(r.p->fd[0], buffer, sizeof buffer);
      if (n > 0) {
        r.sink->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        r.p->close_end(0);
      }
    }
  }

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) fail("waitpid");
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  return result;
}

}  // namespace article2md::test
