// article2md [FILE|URL|-] [-o FILE] [--title ...] [--whole]: converts one article to Markdown; a
// whole web page is cut down to its article unless --whole.
// article2md --out-dir DIR FILES...|DIRS...: many files at once (batch_mode.hpp).
// article2md --feed FEED --out-dir DIR: one file per feed item (feed_mode.hpp).
// article2md --jsonl: JSON records on stdin, one JSON result per record on stdout
// (jsonl_mode.hpp).
//
// Every failure of a single conversion ends here as one line on stderr and an exit status
// (2 usage, 1 input/output or conversion), with nothing written: output goes out only after the
// whole conversion worked. A batch reports each file's failure in its summary instead.
// SIGINT, SIGTERM and SIGHUP end the command by that signal, with no temporary file left
// (interrupt.hpp); a batch defers the first one until its running files are written.

#include "article_input.hpp"
#include "batch_mode.hpp"
#include "cli_options.hpp"
#include "exit_status.hpp"
#include "feed_mode.hpp"
#include "interrupt.hpp"
#include "io_error.hpp"
#include "jsonl_mode.hpp"
#include "load_input.hpp"
#include "write_output.hpp"

#include <article2md/converter.hpp>

#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <string_view>

namespace {

using namespace article2md::cli;

int report(std::string_view message, int status) {
  std::string line = "article2md: ";
  line.append(message);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  return status;
}

std::string describe_input(const std::string& input) {
  return input == "-" ? std::string("standard input") : "'" + input + "'";
}

int convert_one(const cli_options& options) {
  loaded_input loaded;
  try {
    loaded = load_input(options.input, options);
  } catch (const article2md::error& e) {
    // A failed fetch names its URL; a failed decoding says which encoding.
    return report(e.what(), exit_failure);
  }
  article_input in = prepare_article_input(loaded.text, options);
  // A fetched page's own address (after redirects) is its link and the base for relative
  // URLs, unless --url says otherwise.
  if (loaded.final_url && !options.url) in.meta.url = *loaded.final_url;

  std::string output;
  try {
    output = format_article(
        article2md::convert_article(in.html, in.meta, conversion_options(options)), options);
  } catch (const article2md::error& e) {
    return report("cannot convert " + describe_input(options.input) + ": " + e.what(),
                  exit_failure);
  }

  if (options.output.empty() || options.output == "-") {
    write_stdout(output);
  } else {
    write_file_atomically(options.output, output);
  }
  return exit_ok;
}

int run_mode_of(const cli_options& options) {
  switch (options.mode) {
    case run_mode::batch:
      return run_batch(options);
    case run_mode::feed:
      try {
        return run_feed(options);
      } catch (const article2md::error& e) {
        return report(e.what(), exit_failure);  // fetching the feed failed; the message names it
      }
    case run_mode::jsonl:
      return run_jsonl(options);
    case run_mode::single:
      break;
  }
  return convert_one(options);
}

int run(const cli_options& options) {
  // From here on, SIGINT/SIGTERM/SIGHUP remove any temporary file before the process ends.
  watch_interrupts();
  const int status = run_mode_of(options);
  // A batch that was interrupted has printed its summary: now it ends by the signal, as
  // shells expect of a command that was interrupted (a script's loop stops too).
  if (status > exit_signal_base) end_by_signal(status - exit_signal_base);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const parsed_command_line cmd = parse_command_line(argc, argv);
    switch (cmd.what) {
      case parsed_command_line::action::usage_error:
        return report(cmd.text, exit_usage);
      case parsed_command_line::action::print_help:
      case parsed_command_line::action::print_version:
        write_stdout(cmd.text);
        return exit_ok;
      case parsed_command_line::action::convert:
        break;
    }
    return run(cmd.options);
  } catch (const io_error& e) {
    return report(e.what(), exit_failure);
  } catch (const std::bad_alloc&) {
    return report("out of memory", exit_failure);
  } catch (const std::exception& e) {
    // Not expected from valid use; still one line and a failure status, never a crash.
    return report(std::string("internal error: ") + e.what(), exit_failure);
  }
}
