#pragma once
// Runs a measurement in a forked child, so its peak memory is its own and a case that takes
// too long (gumbo is quadratic on deep nesting) can be killed.

#include <functional>
#include <string>
#include <vector>

namespace article2md::bench {

struct child_outcome {
  bool ok = false;
  std::string error;           ///< why not ok: the child's exception, a signal, the timeout
  std::vector<double> values;  ///< what the job returned
  double max_rss = 0;          ///< the child's peak resident set (ru_maxrss), bytes
};

/// Forks; the child runs `job` and sends back its values. Call only while this process has a
/// single thread. The child is killed after `timeout_seconds`.
child_outcome run_in_child(const std::function<std::vector<double>()>& job,
                           double timeout_seconds);

}  // namespace article2md::bench
