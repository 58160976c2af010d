#include "cli_options.hpp"

#include <article2md/version.hpp>

#include <CLI/CLI.hpp>

#include <string_view>

namespace article2md::cli {
namespace {

constexpr const char* footer_text =
    "FILE is article HTML, or an archived article (a `<!--stamp-->` line, a `[title](url)`\n"
    "line, a line of dashes, then the HTML body); options given here win over that header.\n"
    "Without FILE, or with -, the input is read from standard input.\n"
    "\n"
    "Exit status: 0 success, 1 input/output or conversion error, 2 usage error.";

// The header's stamp is epoch milliseconds: 13 digits for every date from 2001 to 2286.
// Requiring exactly 13 also catches the common slip of passing epoch seconds (10 digits).
std::optional<std::int64_t> parse_timestamp(std::string_view s) {
  if (s.size() != 13) return std::nullopt;
  std::int64_t value = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;  // no sign, space or separator either
    value = value * 10 + (c - '0');
  }
  return value;
}

// CLI11 messages are sometimes several lines; ours must be one.
std::string one_line(std::string message) {
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

parsed_command_line usage_error(std::string message) {
  parsed_command_line r;
  r.what = parsed_command_line::action::usage_error;
  r.text = one_line(std::move(message)) + " (see article2md --help)";
  return r;
}

}  // namespace

parsed_command_line parse_command_line(int argc, const char* const* argv) {
  CLI::App app{"Convert article HTML to Markdown.", "article2md"};
  app.set_version_flag("--version", std::string("article2md ") + article2md::version,
                       "Print the version and exit");
  app.footer(footer_text);
  app.get_formatter()->column_width(26);

  // Extras (unknown options, a second file) are collected rather than thrown, so that each
  // gets a message that says what is wrong with it.
  app.allow_extras();
  std::string input = "-";
  std::string output, title, url, date, timestamp, base_url, header = "seed";
  app.add_option("FILE", input, "Input file; - or none reads standard input")->type_name("");
  app.add_option("-o,--output", output,
                 "Write to FILE (atomically: replaced only on success) instead of stdout")
      ->type_name("FILE");
  auto* title_opt = app.add_option("--title", title, "Article title for the header")
                        ->type_name("TEXT");
  auto* url_opt = app.add_option("--url", url, "Article URL for the header; base for links")
                      ->type_name("URL");
  auto* date_opt =
      app.add_option("--date", date, "Publication date, e.g. 'Wed, 29 Jan 2025 16:21:20 GMT'")
          ->type_name("TEXT");
  auto* timestamp_opt =
      app.add_option("--timestamp", timestamp,
                     "Header stamp in epoch milliseconds, 13 digits (default: from --date)")
          ->type_name("MS");
  auto* base_opt = app.add_option("--base-url", base_url,
                                  "Resolve relative links against URL (wins over --url)")
                       ->type_name("URL");
  bool whole = false;
  app.add_flag("--whole", whole,
               "Convert the whole body of a web page, not only its article");
  auto* header_opt = app.add_option("--header", header,
                                    "Header style: seed (stamp, title link, date) or none")
                         ->type_name("seed|none");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return {parsed_command_line::action::print_help, {}, app.help()};
  } catch (const CLI::CallForAllHelp&) {
    return {parsed_command_line::action::print_help, {}, app.help()};
  } catch (const CLI::CallForVersion& e) {
    return {parsed_command_line::action::print_version, {}, std::string(e.what()) + "\n"};
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  }

  parsed_command_line r;
  cli_options& o = r.options;
  for (const std::string& extra : app.remaining()) {
    if (extra == "--") continue;  // kept by CLI11 as an extra; it only ends the options
    if (extra.size() > 1 && extra[0] == '-') return usage_error("unknown option '" + extra + "'");
    return usage_error("only one input file can be given, got '" + input + "' and '" + extra +
                       "'");
  }
  o.input = input;
  o.output = output;
  o.whole = whole;
  if (*title_opt) o.title = title;
  if (*url_opt) o.url = url;
  if (*date_opt) o.date = date;
  if (*base_opt) o.base_url = base_url;
  if (*timestamp_opt) {
    o.timestamp_ms = parse_timestamp(timestamp);
    if (!o.timestamp_ms) {
      return usage_error("--timestamp needs 13 digits of epoch milliseconds, e.g. "
                         "1738168743000, not '" + timestamp + "'");
    }
  }
  if (*header_opt) {
    if (header == "seed") {
      o.header = article2md::header_style::seed;
    } else if (header == "none") {
      o.header = article2md::header_style::none;
    } else {
      return usage_error("--header must be seed or none, not '" + header + "'");
    }
  }
  return r;
}

}  // namespace article2md::cli
