#pragma once
// Reading the whole input, bytes unchanged, with a size limit so that a huge or endless input
// fails with a message instead of exhausting memory.

#include <cstddef>
#include <string>

namespace article2md::cli {

/// Inputs larger than this are refused: far beyond any article, well within memory.
inline constexpr std::size_t max_input_bytes = std::size_t{256} * 1024 * 1024;

/// Reads all of `path` ("-" for standard input) in binary. Throws io_error with a one-line
/// message naming the input when it cannot be opened or read, is a directory, or is larger
/// than `limit` bytes.
std::string read_input(const std::string& path, std::size_t limit = max_input_bytes);

}  // namespace article2md::cli
