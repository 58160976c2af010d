#pragma once
// The command line, parsed and validated into plain values: nothing else in the command
// looks at argv.

#include <article2md/options.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace article2md::cli {

/// What the user asked for. An unset optional means "not given", so fields read from an
/// archived input's header are only overridden by options that were actually given.
struct cli_options {
  std::string input = "-";   ///< a path, or "-" for standard input
  std::string output;        ///< a path; empty or "-" for standard output
  std::optional<std::string> title;
  std::optional<std::string> url;
  std::optional<std::string> date;
  std::optional<std::int64_t> timestamp_ms;
  std::optional<std::string> base_url;
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
