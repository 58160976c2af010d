#pragma once
// SIGINT and SIGTERM during a batch: noted, not fatal, so that the batch can stop taking new
// files, let the running ones finish (no temporary file is left behind) and print its summary.

namespace article2md::cli {

/// Installs the handlers for SIGINT and SIGTERM, for the rest of the process. After this, those
/// signals only set the flag read by interrupt_signal().
void catch_interrupts();

/// The first SIGINT or SIGTERM caught since catch_interrupts(), or 0. Safe from any thread.
int interrupt_signal() noexcept;

}  // namespace article2md::cli
