#pragma once
// The summary a batch prints on stderr when it ends:
//
//     converted 2, skipped 1 (exists; use --force), failed 1
//     docs/bad.html: cannot open: Permission denied
//     interrupted by SIGINT: 5 not converted
//
// Failures are listed in input order, whatever order the threads finished in.

#include "job_runner.hpp"

#include <string>
#include <vector>

namespace article2md::cli {

struct batch_counts {
  std::size_t converted = 0, skipped = 0, failed = 0, not_started = 0;
};

batch_counts count_results(const std::vector<job_result>& results);

/// The summary's text, every line ending in '\n'. `signal` is the interrupting signal or 0.
std::string format_summary(const std::vector<job>& jobs, const std::vector<job_result>& results,
                           int signal);

}  // namespace article2md::cli
