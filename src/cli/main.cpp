// article2md [FILE|-] [-o FILE] [--title ...] [--whole]: converts one article to Markdown; a
// whole web page is cut down to its article unless --whole.
//
// Every failure ends here as one line on stderr and an exit status (2 usage, 1 input/output or
// conversion), with nothing written: output goes out only after the whole conversion worked.

#include "article_input.hpp"
#include "cli_options.hpp"
#include "io_error.hpp"
#include "read_input.hpp"
#include "write_output.hpp"

#include <article2md/converter.hpp>

#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <string_view>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

int report(std::string_view message, int status) {
  std::string line = "article2md: ";
  line.append(message);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  return status;
}

int convert(const article2md::cli::cli_options& options) {
  using namespace article2md::cli;
  const std::string text = read_input(options.input);
  const article_input in = prepare_article_input(text, options);

  article2md::options convert_options;
  convert_options.header = options.header;
  if (options.whole) convert_options.scope = article2md::content_scope::whole;
  std::string markdown;
  try {
    markdown = article2md::to_markdown(in.html, in.meta, convert_options);
  } catch (const article2md::error& e) {
    const std::string name =
        options.input == "-" ? std::string("standard input") : "'" + options.input + "'";
    return report("cannot convert " + name + ": " + e.what(), exit_failure);
  }

  if (options.output.empty() || options.output == "-") {
    write_stdout(markdown);
  } else {
    write_file_atomically(options.output, markdown);
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  using article2md::cli::parsed_command_line;
  try {
    const parsed_command_line cmd = article2md::cli::parse_command_line(argc, argv);
    switch (cmd.what) {
      case parsed_command_line::action::usage_error:
        return report(cmd.text, exit_usage);
      case parsed_command_line::action::print_help:
      case parsed_command_line::action::print_version:
        article2md::cli::write_stdout(cmd.text);
        return exit_ok;
      case parsed_command_line::action::convert:
        break;
    }
    return convert(cmd.options);
  } catch (const article2md::cli::io_error& e) {
    return report(e.what(), exit_failure);
  } catch (const std::bad_alloc&) {
    return report("out of memory", exit_failure);
  } catch (const std::exception& e) {
    // Not expected from valid use; still one line and a failure status, never a crash.
    return report(std::string("internal error: ") + e.what(), exit_failure);
  }
}
