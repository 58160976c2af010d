#include "interrupt.hpp"

#include "exit_status.hpp"
#include "write_output.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <system_error>
#include <thread>

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

namespace article2md::cli {
namespace {

// -1: a signal stops at once; 0: deferring, none yet; > 0: the signal deferred.
std::atomic<int> state{-1};
static_assert(std::atomic<int>::is_always_lock_free, "the signal state must be lock-free");

sigset_t watched;  // written once, before the waiting thread starts

void write_stderr(const std::string& s) noexcept {
  const char* p = s.data();
  std::size_t left = s.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void stop_now(int sig, bool again) {
  abandon_temporary_files();
  std::string line = ::isatty(STDERR_FILENO) == 1 ? "\r\x1b[K" : "";  // over a progress bar
  line += "article2md: interrupted by ";
  line += signal_name(sig);
  if (again) line += " again: stopped without finishing the files being converted";
  line += '\n';
  write_stderr(line);
  end_by_signal(sig);
}

void wait_for_signals() {
  for (;;) {
    int sig = 0;
    if (::sigwait(&watched, &sig) != 0) continue;
    int none = 0;
    if (state.compare_exchange_strong(none, sig)) continue;  // deferred: the batch stops
    stop_now(sig, none > 0);
  }
}

}  // namespace

const char* signal_name(int sig) noexcept {
  switch (sig) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
    default: return "a signal";
  }
}

void watch_interrupts() {
  sigemptyset(&watched);
  for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (::sigaction(sig, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaddset(&watched, sig);
  }
  // Blocked here, so in every thread started later: only sigwait() ever receives them.
  sigset_t previous;
  ::pthread_sigmask(SIG_BLOCK, &watched, &previous);
  try {
    std::thread(wait_for_signals).detach();
  } catch (const std::system_error&) {
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
}

void defer_interrupts() {
  int stop = -1;
  state.compare_exchange_strong(stop, 0);
}

int interrupt_signal() noexcept { return std::max(state.load(), 0); }

int stop_deferring_interrupts() noexcept { return std::max(state.exchange(-1), 0); }

void end_by_signal(int sig) {
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  ::sigaction(sig, &action, nullptr);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  ::pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  ::raise(sig);  // to this thread, where it is now unblocked: the process ends here
  std::_Exit(exit_signal_base + sig);
}

}  // namespace article2md::cli
