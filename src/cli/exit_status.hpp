#pragma once
// The command's exit statuses (README "Command").

namespace article2md::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;  ///< input/output or conversion error; a batch with failures
inline constexpr int exit_usage = 2;
/// Interrupted by a signal: 128 + its number (130 for SIGINT, 143 for SIGTERM), as shells do.
inline constexpr int exit_signal_base = 128;

}  // namespace article2md::cli
