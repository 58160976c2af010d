#pragma once
// The end of every batch (files or feed items): run the jobs on the thread pool, print the
// summary on stderr, and turn the outcome into the exit status.

#include "cli_options.hpp"
#include "job_runner.hpp"

#include <vector>

namespace article2md::cli {

/// Runs `jobs` with -j (default: one thread per core) and --force, a progress bar when stderr
/// is a terminal, the first SIGINT/SIGTERM/SIGHUP deferred (interrupt.hpp). Returns 0 when
/// nothing failed, 1 when anything did, 128 + the signal when interrupted (main() then ends the
/// process by that signal).
int run_batch_session(const std::vector<job>& jobs, const cli_options& options);

}  // namespace article2md::cli
