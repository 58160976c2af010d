#include "batch_summary.hpp"

#include "interrupt.hpp"

namespace article2md::cli {
namespace {

// One line per failure, even for a file name or a message with a line break in it.
std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

}  // namespace

batch_counts count_results(const std::vector<job_result>& results) {
  batch_counts c;
  for (const job_result& r : results) {
    switch (r.outcome) {
      case job_outcome::converted: ++c.converted; break;
      case job_outcome::skipped: ++c.skipped; break;
      case job_outcome::failed: ++c.failed; break;
      case job_outcome::not_started: ++c.not_started; break;
    }
  }
  return c;
}

std::string format_summary(const std::vector<job>& jobs, const std::vector<job_result>& results,
                           int signal) {
  const batch_counts c = count_results(results);
  std::string s = "converted " + std::to_string(c.converted) + ", skipped " +
                  std::to_string(c.skipped) + " (exists; use --force), failed " +
                  std::to_string(c.failed) + "\n";
  for (std::size_t i = 0; i < results.size() && i < jobs.size(); ++i) {
    if (results[i].outcome != job_outcome::failed) continue;
    s += one_line(jobs[i].label);
    s += ": ";
    s += one_line(results[i].reason);
    s += '\n';
  }
  if (signal != 0) {
    s += std::string("interrupted by ") + signal_name(signal) + ": " +
         std::to_string(c.not_started) + " not converted\n";
  }
  return s;
}

}  // namespace article2md::cli
