#pragma once
// Resident memory of this process, from /proc/self/status (Linux).

#include <cstddef>

namespace article2md::bench {

/// VmRSS in bytes; 0 when unknown.
std::size_t current_rss();
/// VmHWM (peak resident set since start or the last reset_peak_rss) in bytes; 0 when unknown.
std::size_t peak_rss();
/// Returns free heap memory to the system (so an earlier peak is not reused unseen) and resets
/// VmHWM to the current RSS (/proc/self/clear_refs, Linux 4.0+). False when it cannot reset.
bool reset_peak_rss();

}  // namespace article2md::bench
