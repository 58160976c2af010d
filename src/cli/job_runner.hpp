#pragma once
// Runs the conversions of a batch (files or feed items) on a small pool of threads: each job
// makes one Markdown file, which is skipped when it exists (unless forced), written atomically
// otherwise. One job failing never stops the others; SIGINT/SIGTERM stops taking new ones.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace article2md::cli {

/// One output file to make.
struct job {
  std::string label;   ///< names the job in the summary: the input path, or the output file
  std::string output;  ///< the path to write
  /// Makes the Markdown; called on a worker thread. May throw io_error, article2md::error or
  /// any std::exception: the job fails with that reason.
  std::function<std::string()> produce;
  /// When not empty, the job fails with this reason without running (found while planning).
  std::string error;
};

enum class job_outcome { converted, skipped, failed, not_started };

struct job_result {
  job_outcome outcome = job_outcome::not_started;
  std::string reason;  ///< why it failed
};

struct run_settings {
  unsigned threads = 1;   ///< at least 1
  bool force = false;     ///< replace existing outputs instead of skipping them
  bool progress = false;  ///< draw a progress bar on stderr
};

/// Runs every job and returns their results in the jobs' order. Stops starting jobs once
/// interrupt_signal() is set; those left are not_started. Creates missing parent directories of
/// the outputs.
std::vector<job_result> run_jobs(const std::vector<job>& jobs, const run_settings& settings);

}  // namespace article2md::cli
