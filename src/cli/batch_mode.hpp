#pragma once
// article2md --out-dir DIR FILES...|DIRS...: many files at once (batch_inputs.hpp says which
// and where to).

#include "cli_options.hpp"

namespace article2md::cli {

/// Converts every input of `options` (mode batch) and returns the exit status. Throws io_error
/// only when the output directory cannot be created; each file's failure is in the summary.
int run_batch(const cli_options& options);

/// Creates `dir` and its parents when missing. Throws io_error when it cannot, or when it is
/// not a directory.
void make_output_directory(const std::string& dir);

}  // namespace article2md::cli
