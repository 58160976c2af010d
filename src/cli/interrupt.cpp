#include "interrupt.hpp"

#include <atomic>

#include <signal.h>

namespace article2md::cli {
namespace {

// Lock-free atomics are the one shared state a signal handler may touch (C++17 [support.signal]).
std::atomic<int> caught{0};
static_assert(std::atomic<int>::is_always_lock_free, "the signal flag must be lock-free");

void on_interrupt(int sig) {
  int none = 0;
  caught.compare_exchange_strong(none, sig);
}

}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: reads and writes in progress carry on; the flag is checked between files.
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() noexcept { return caught.load(); }

}  // namespace article2md::cli
