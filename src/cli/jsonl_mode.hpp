#pragma once
// article2md --jsonl: a stream of JSON records on standard input, one result per record on
// standard output, in input order, converted -j N at a time. The record contract of Hadoop
// Streaming, Spark's RDD.pipe and GNU parallel --pipe (docs/scale-out.md).
//
// Memory is bounded: at most a window of records (4 per thread, and about 256 MiB of their
// text, or one record when it alone is larger) is read ahead of the output; a line over the
// record limit (--max-size, default 64 MiB) is skipped as it is read, never held, and answered
// with an error object. Each run of finished results is written with one write(2), so a pipe
// consumer gets them as they come.

#include "cli_options.hpp"

#include <cstddef>

namespace article2md::cli {

/// The record limit when --max-size is not given.
inline constexpr std::size_t default_max_record_bytes = std::size_t{64} * 1024 * 1024;

/// Runs the stream of `options` (mode jsonl) and returns the exit status: 0 when all of the
/// input was read and every record answered (error objects included), 1 when standard input
/// could not be read (the records before are still answered), 128 + the signal when a
/// SIGINT/SIGTERM/SIGHUP stopped it: then the records being converted are finished and written,
/// and no later one is. Throws io_error when standard output cannot be written.
int run_jsonl(const cli_options& options);

}  // namespace article2md::cli
