#pragma once
// Writing the result so that failure is visible and harmless: write errors are reported
// (a full disk, /dev/full, a closed pipe), and a file is either fully replaced or untouched.

#include <string>
#include <string_view>

namespace article2md::cli {

/// Writes all of `data` to standard output. Throws io_error when any byte cannot be written.
void write_stdout(std::string_view data);

/// Replaces `path` with `data` atomically: writes a temporary file in the same directory,
/// fsyncs it and renames it over `path`. On failure the temporary file is removed, `path` is
/// left as it was, and io_error is thrown. A replaced file keeps its permission bits (and its
/// owner and group, where the process may set them); a new one gets 0666 minus the umask,
/// like any file the user creates.
///
/// A symbolic link is followed: the file it points to is replaced and the link stays (a link
/// to nothing is refused). A character device or a FIFO that exists (/dev/null, /dev/full,
/// /dev/stdout, a named pipe) is written into, never replaced: there is no atomicity for a
/// stream, but a write error (ENOSPC on /dev/full) is still reported. Anything else that is not
/// a regular file (a directory, a block device) is refused.
void write_file_atomically(const std::string& path, std::string_view data);

/// Like write_file_atomically, but never replaces anything: returns false, writing nothing,
/// when `path` already exists (even when it appeared while the data was being written). A new
/// file gets 0666 minus the umask. Throws io_error on failure, leaving no temporary file.
bool write_file_if_absent(const std::string& path, std::string_view data);

/// For a process about to die by a signal (interrupt.hpp): removes every temporary file that
/// the functions above have open, and keeps any thread from creating one again. Never returns
/// the lock it takes; call it only just before the process ends.
void abandon_temporary_files() noexcept;

}  // namespace article2md::cli
