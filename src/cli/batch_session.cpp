#include "batch_session.hpp"

#include "batch_summary.hpp"
#include "exit_status.hpp"
#include "interrupt.hpp"
#include "progress_bar.hpp"

#include <cstdio>
#include <string>
#include <thread>

namespace article2md::cli {

int run_batch_session(const std::vector<job>& jobs, const cli_options& options) {
  run_settings settings;
  settings.threads = options.jobs != 0 ? options.jobs : std::thread::hardware_concurrency();
  if (settings.threads == 0) settings.threads = 1;  // "not computable", says the standard
  settings.force = options.force;
  settings.progress = progress_bar::stderr_is_terminal();

  defer_interrupts();
  const std::vector<job_result> results = run_jobs(jobs, settings);
  const int signal = stop_deferring_interrupts();

  const std::string summary = format_summary(jobs, results, signal);
  std::fwrite(summary.data(), 1, summary.size(), stderr);
  std::fflush(stderr);

  if (signal != 0) return exit_signal_base + signal;
  return count_results(results).failed == 0 ? exit_ok : exit_failure;
}

}  // namespace article2md::cli
