#pragma once
// Linear growth: synthetic inputs of 1, 10 and 100 MB, and pure deep nesting, each converted
// (and parsed alone) in a child process of its own, for its time and its peak memory.

#include "report_table.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace article2md::bench {

struct growth_settings {
  double max_mb = 100;              ///< sizes 1, 10, 100 ... MB up to this
  std::vector<std::string> shapes{"flat", "nested", "table"};
  std::vector<std::size_t> depths;  ///< pure deep-nesting cases
  double seconds = 1;               ///< repeat a case until this long; the median run counts
  double timeout = 600;
  bool parse = true;                ///< also gumbo's parse alone
};

/// Runs the cases (progress on `log`) and returns the growth and deep-nesting tables.
/// Call while this process has a single thread: it forks.
std::vector<report_table> run_growth(const growth_settings& settings, std::ostream& log);

}  // namespace article2md::bench
