#pragma once
// Getting an input's text as UTF-8: a file or standard input (read whole, then decoded), or an
// http(s) URL (fetched, then decoded with the help of its Content-Type).

#include "cli_options.hpp"

#include "sources/fetch.hpp"

#include <optional>
#include <string>

namespace article2md::cli {

struct loaded_input {
  std::string text;                      ///< UTF-8, without a byte order mark
  std::optional<std::string> final_url;  ///< for a URL: where the redirects ended
};

/// Reads (read_input) or fetches (an http(s) URL, see fetch_settings) `input`, then decodes it
/// with sources::decode_to_utf8, --charset being the fallback. Throws io_error for a file that
/// cannot be read, article2md::error for a failed fetch or decoding.
loaded_input load_input(const std::string& input, const cli_options& options);

/// For the bytes of a file or of standard input: decode_to_utf8(bytes, "", --charset).
std::string decode_file_bytes(std::string_view bytes, const cli_options& options);

/// fetch_options with --timeout and --max-size applied over the defaults.
sources::fetch_options fetch_settings(const cli_options& options);

}  // namespace article2md::cli
