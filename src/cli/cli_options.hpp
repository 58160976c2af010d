#pragma once
// The command line, parsed and validated into plain values: nothing else in the command
// looks at argv.

#include <article2md/options.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace article2md::cli {

/// What the command does with its inputs.
enum class run_mode {
  single,  ///< one FILE, URL or standard input -> stdout or -o FILE
  batch,   ///< --out-dir DIR with FILES and/or directories -> one .md file per input
  feed,    ///< --feed FEED --out-dir DIR -> one .md file per feed item
  jsonl,   ///< --jsonl: JSON records on standard input -> one JSON result per record on stdout
};

/// --format: what a conversion writes.
enum class output_format {
  markdown,  ///< the Markdown (with the --header style)
  json,      ///< one JSON object: the metadata used and the Markdown (json_output.hpp)
};

/// What the user asked for. An unset optional means "not given", so fields read from an
/// archived input's header are only overridden by options that were actually given.
struct cli_options {
  run_mode mode = run_mode::single;
  std::string input = "-";   ///< single mode: a path, an http(s) URL, or "-" for standard input
  std::vector<std::string> inputs;  ///< batch mode: files and directories, in the order given
  std::string feed;          ///< feed mode: a path, "-" or an http(s) URL
  std::string output;        ///< single mode: a path; empty or "-" for standard output
  std::string out_dir;       ///< batch and feed modes: where the .md files go
  bool force = false;        ///< batch and feed modes: replace existing output files
  unsigned jobs = 0;         ///< batch, feed and jsonl modes: worker threads; 0 = one per core
  output_format format = output_format::markdown;  ///< single, batch and feed modes
  std::optional<std::string> title;
  std::optional<std::string> url;
  std::optional<std::string> date;
  std::optional<std::int64_t> timestamp_ms;
  std::optional<std::string> base_url;
  /// --charset: the input's character set when it does not declare one (a BOM, <meta charset>,
  /// an XML declaration or an HTTP header that does wins). Empty: UTF-8 or detected.
  std::string charset;
  /// --timeout and --max-size for http(s) inputs; unset means fetch_options' defaults.
  std::optional<long> timeout_seconds;
  /// With --jsonl, --max-size is the longest record (line) accepted instead.
  std::optional<std::size_t> max_size;
  article2md::header_style header = article2md::header_style::seed;
  /// --whole: convert the whole body even of a whole page (no article extraction).
  bool whole = false;
};

/// The outcome of parsing: run a conversion, or print `text` and exit.
struct parsed_command_line {
  enum class action {
    convert,      ///< `options` holds the conversion to run
    print_help,   ///< `text` is the usage text for stdout (exit 0)
    print_version,///< `text` is the version line for stdout (exit 0)
    usage_error,  ///< `text` is a one-line message for stderr (exit 2)
  };
  action what = action::convert;
  cli_options options;
  std::string text;
};

/// Parses argv (argv[0] is ignored). Never throws for bad user input: that is a usage_error.
parsed_command_line parse_command_line(int argc, const char* const* argv);

}  // namespace article2md::cli
