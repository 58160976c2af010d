#include "load_input.hpp"

#include "read_input.hpp"

#include "sources/charset.hpp"

namespace article2md::cli {

sources::fetch_options fetch_settings(const cli_options& options) {
  sources::fetch_options f;
  if (options.timeout_seconds) {
    f.timeout_seconds = *options.timeout_seconds;
    // A connect timeout longer than the whole transfer's would never apply.
    if (f.connect_timeout_seconds > f.timeout_seconds) {
      f.connect_timeout_seconds = f.timeout_seconds;
    }
  }
  if (options.max_size) f.max_bytes = *options.max_size;
  return f;
}

std::string decode_file_bytes(std::string_view bytes, const cli_options& options) {
  return sources::decode_to_utf8(bytes, {}, options.charset).utf8;
}

loaded_input load_input(const std::string& input, const cli_options& options) {
  loaded_input in;
  if (input != "-" && sources::is_fetchable_url(input)) {
    sources::fetched_page page = sources::fetch(input, fetch_settings(options));
    in.text = sources::decode_to_utf8(page.body, page.content_type, options.charset).utf8;
    in.final_url = std::move(page.final_url);
  } else {
    in.text = decode_file_bytes(read_input(input), options);
  }
  return in;
}

}  // namespace article2md::cli
