#pragma once
// SIGINT, SIGTERM and SIGHUP, taken by one thread that waits for them (sigwait), so that what
// is done about them is ordinary code: locks, messages, removing files.
//
// By default a signal stops the command at once: the temporary files being written are removed
// (an output file is either complete or untouched), one line says so on stderr, and the process
// ends by that same signal, so that a shell reports 128 + its number (130, 143, 129) and a
// script looping over files stops too. A batch defers the first signal instead: it only stops
// the batch from starting new files, the running ones finish, and the summary says so; a
// second signal stops at once.

namespace article2md::cli {

/// Blocks the three signals in the calling thread and every thread it starts after this, and
/// starts the thread that waits for them. Call it once, in main(), before any other thread
/// exists. A signal ignored when the command started (nohup, `cmd &` in a script) stays ignored.
/// When the thread cannot start, the signals are left to their default action.
void watch_interrupts();

/// From now on the first signal only sets interrupt_signal(); a second one stops at once.
void defer_interrupts();

/// The signal deferred since defer_interrupts(), or 0. Safe from any thread.
int interrupt_signal() noexcept;

/// Ends deferring: returns the signal deferred (or 0); any later signal stops at once.
int stop_deferring_interrupts() noexcept;

/// "SIGINT", "SIGTERM" or "SIGHUP"; "a signal" for any other.
const char* signal_name(int sig) noexcept;

/// Ends the process by `sig`, as its default action would (after the summary of a batch that
/// it interrupted).
[[noreturn]] void end_by_signal(int sig);

}  // namespace article2md::cli
