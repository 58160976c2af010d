#pragma once
// Rounds: a corpus processed in whole passes for at least a given time, as MB/s.

#include "corpus_loader.hpp"

#include <functional>
#include <vector>

namespace article2md::bench {

/// Processes one document; returns a byte count that is summed so the work cannot be elided.
using document_job = std::function<std::size_t(const document&)>;

struct round_result {
  double mbps = 0;      ///< input MB (10^6 bytes) per second of wall time
  double cpu_mbps = 0;  ///< input MB per second of this process's CPU time (user + system)
  double cpus = 0;      ///< CPU time / wall time: how many cores the round actually had
};

/// Runs `job` over the corpus in whole passes until at least `seconds` have passed (one pass
/// when 0), with `threads` threads taking documents in turn. On a shared machine the wall
/// figure depends on what else runs; the CPU-time figure much less.
round_result run_round(const corpus& c, const document_job& job, unsigned threads,
                       double seconds);

struct spread {
  double median = 0, min = 0, max = 0;
};
spread summarize(std::vector<double> values);

/// CPU time (user + system) this process has used, in seconds.
double process_cpu_seconds();

/// Seconds from `f()`'s start to its end.
double time_seconds(const std::function<void()>& f);

/// Median of the wall time of `f()`, run until at least `seconds` have passed (at least once).
double median_seconds(const std::function<void()>& f, double seconds);

}  // namespace article2md::bench
