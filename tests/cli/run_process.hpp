#pragma once
// Runs a program as a child process with exact argv (no shell, so no quoting pitfalls), feeds
// its stdin and captures stdout and stderr, for tests of the command.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace article2md::test {

struct process_result {
  int exit_code = -1;   ///< the exit status, or -1 when the child was killed by a signal
  int signal = 0;       ///< the signal that killed it, 0 when it exited
  std::string out;      ///< everything written to stdout (empty when redirected)
  std::string err;      ///< everything written to stderr
};

struct process_options {
  /// Bytes for the child's stdin; nullopt gives it /dev/null.
  std::optional<std::string> stdin_data;
  /// When set, the child's stdout is this file (e.g. "/dev/full") instead of a pipe.
  std::optional<std::string> stdout_path;
  /// When set, `signal_to_send` goes to the child (once) as soon as this path exists: a way to
  /// interrupt it in the middle of its work.
  std::optional<std::string> signal_when_exists;
  int signal_to_send = 0;
  /// When set, called with the child's pid and what it has printed so far about every
  /// millisecond while it runs, until it returns true: for tests that act on the child at a
  /// moment they choose (signals sent in steps, a temporary file seen, a first line printed).
  /// Called on the test's thread; it must not block.
  std::function<bool(pid_t, const process_result& so_far)> watch;
};

/// Runs `argv` (argv[0] is the program path) and waits for it. Throws std::runtime_error when
/// the process cannot be started or the pipes fail.
process_result run_process(const std::vector<std::string>& argv,
                           const process_options& options = {});

}  // namespace article2md::test
