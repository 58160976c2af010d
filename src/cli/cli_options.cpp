#include "cli_options.hpp"

#include "charset_label.hpp"

#include "sources/fetch.hpp"

#include <article2md/version.hpp>

#include <CLI/CLI.hpp>

#include <limits>
#include <string_view>

namespace article2md::cli {
namespace {

constexpr const char* footer_text =
    "FILE is article HTML, an archived article (a `<!--stamp-->` line, a `[title](url)`\n"
    "line, a line of dashes, then the HTML body; options given here win over that header),\n"
    "or an http(s) URL to fetch. Without FILE, or with -, standard input is read.\n"
    "\n"
    "With --out-dir, every FILE becomes DIR/NAME.md, and a directory is walked recursively\n"
    "for *.html, *.htm and *.xhtml files, mirrored under DIR. Existing files are skipped\n"
    "unless --force. With --feed, each item of an RSS/Atom feed becomes\n"
    "DIR/YYYY-MM-DD-slug.md; re-running converts only the new items. With --format=json\n"
    "the files are .json instead: the metadata and the Markdown in one object.\n"
    "\n"
    "With --jsonl, each line of standard input is a JSON object {\"html\": ..., \"id\": ...,\n"
    "\"url\", \"title\", \"date\", \"timestamp\", \"base_url\" optional}; each gives one line\n"
    "on standard output, in input order: {\"id\": ..., metadata, \"markdown\": ...}, or\n"
    "{\"id\": ..., \"line\": N, \"error\": ...} for a bad record. Blank lines are skipped.\n"
    "For Hadoop Streaming, Spark's pipe() and GNU parallel --pipe (docs/scale-out.md).\n"
    "\n"
    "Exit status: 0 success, 1 input/output or conversion error (with --out-dir: any file\n"
    "failed; with --jsonl: reading or writing failed, error records do not count),\n"
    "2 usage error. SIGINT, SIGTERM or SIGHUP ends the command by that signal\n"
    "(status 130, 143, 129) with no partial file left; a batch first finishes the files\n"
    "(--jsonl: the records) it is converting, unless signalled twice.";

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

// A positive decimal integer no larger than `max`: digits only (no sign, space or suffix).
std::optional<unsigned long long> parse_positive(std::string_view s, unsigned long long max) {
  if (s.empty() || s.size() > 19) return std::nullopt;
  unsigned long long value = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<unsigned long long>(c - '0');
  }
  if (value == 0 || value > max) return std::nullopt;
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

  // Extras (unknown options) are collected rather than thrown, so that each gets a message
  // that says what is wrong with it.
  app.allow_extras();
  std::vector<std::string> inputs;
  std::string output, title, url, date, timestamp, base_url, header = "seed", format;
  std::string out_dir, feed, jobs, charset, timeout, max_size;
  app.add_option("FILE", inputs,
                 "Input file, http(s) URL, or - (the default: standard input); "
                 "with --out-dir, files and directories")
      ->type_name("");
  auto* output_opt =
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
  auto* header_opt =
      app.add_option("--header", header,
                     "Header style: seed (stamp, title link, date), yaml (front matter) or none")
          ->type_name("seed|yaml|none");
  auto* format_opt =
      app.add_option("--format", format,
                     "Write markdown (the default) or json (metadata and Markdown in one object)")
          ->type_name("markdown|json");
  bool jsonl = false;
  auto* jsonl_opt = app.add_flag(
      "--jsonl", jsonl,
      "Stream: a JSON record per line of stdin in, a JSON result per line out (see below)");
  auto* charset_opt =
      app.add_option("--charset", charset,
                     "Encoding of inputs that declare none (default UTF-8), e.g. gbk, "
                     "windows-1252")
          ->type_name("LABEL");
  auto* out_dir_opt =
      app.add_option("--out-dir", out_dir,
                     "Convert many: write one .md file per input (or feed item) under DIR")
          ->type_name("DIR");
  auto* feed_opt =
      app.add_option("--feed", feed,
                     "Convert each item of an RSS/Atom feed (file, - or URL); needs --out-dir")
          ->type_name("FEED");
  bool force = false;
  auto* force_opt =
      app.add_flag("--force", force, "With --out-dir: replace existing output files");
  auto* jobs_opt = app.add_option("-j,--jobs", jobs,
                                  "With --out-dir or --jsonl: convert N at once (default: cores)")
                       ->type_name("N");
  auto* timeout_opt =
      app.add_option("--timeout", timeout, "For URLs: give up after SECONDS (default 30)")
          ->type_name("SECONDS");
  auto* max_size_opt =
      app.add_option("--max-size", max_size,
                     "For URLs: refuse bodies over BYTES (default 256 MiB); with --jsonl: "
                     "records (lines) over BYTES are errors (default 64 MiB)")
          ->type_name("BYTES");

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
    inputs.push_back(extra);
  }

  if (*jsonl_opt) {
    // One record stream in, one out: every option that names a file or one article is wrong.
    if (!inputs.empty()) {
      return usage_error("--jsonl reads standard input: it takes no input file, got '" +
                         inputs[0] + "'");
    }
    if (*output_opt) return usage_error("--jsonl writes standard output: -o cannot be used");
    if (*out_dir_opt || *feed_opt) {
      return usage_error(std::string("--jsonl cannot be used with ") +
                         (*feed_opt ? "--feed" : "--out-dir"));
    }
    for (const auto* opt : {title_opt, url_opt, date_opt, timestamp_opt}) {
      if (*opt) {
        return usage_error(opt->get_name() + " describes one article: with --jsonl, give \"" +
                           opt->get_name().substr(2) + "\" in each record");
      }
    }
    if (*format_opt) return usage_error("--format does not apply to --jsonl: it writes JSON lines");
    if (*force_opt) return usage_error("--force applies to --out-dir");
    if (*charset_opt) return usage_error("--charset does not apply to --jsonl: JSON text is UTF-8");
    if (*timeout_opt) return usage_error("--timeout applies to URLs, which --jsonl does not fetch");
    o.mode = run_mode::jsonl;
  } else if (*feed_opt) {
    o.mode = run_mode::feed;
  } else if (*out_dir_opt) {
    o.mode = run_mode::batch;
  }

  if (o.mode == run_mode::single) {
    if (inputs.size() > 1) {
      return usage_error("only one input file can be given, got '" + inputs[0] + "' and '" +
                         inputs[1] + "'; use --out-dir DIR to convert many");
    }
    if (*force_opt) return usage_error("--force applies to --out-dir (-o always replaces)");
    if (*jobs_opt) return usage_error("-j applies to --out-dir and --jsonl");
    if (!inputs.empty()) o.input = inputs[0];
  } else if (o.mode == run_mode::jsonl) {
    if (*jobs_opt) {
      const auto n = parse_positive(jobs, 1024);
      if (!n) return usage_error("-j needs a number of jobs from 1 to 1024, not '" + jobs + "'");
      o.jobs = static_cast<unsigned>(*n);
    }
  } else {
    if (*output_opt) return usage_error("-o and --out-dir cannot be used together");
    if (!*out_dir_opt) return usage_error("--feed needs --out-dir DIR for the items' files");
    if (out_dir.empty()) return usage_error("--out-dir needs a directory name");
    for (const auto* opt : {title_opt, url_opt, date_opt, timestamp_opt}) {
      if (*opt) {
        return usage_error(opt->get_name() + " describes one article: it cannot be used with " +
                           (o.mode == run_mode::feed ? "--feed" : "--out-dir"));
      }
    }
    if (o.mode == run_mode::feed) {
      if (!inputs.empty()) {
        return usage_error("--feed takes no input files, got '" + inputs[0] + "'");
      }
      if (feed.empty()) return usage_error("--feed needs a file, - or an http(s) URL");
      if (*base_opt) {
        return usage_error("--base-url cannot be used with --feed: each item's links resolve "
                           "against the item's own link");
      }
      o.feed = feed;
    } else {
      if (inputs.empty()) {
        return usage_error("--out-dir needs input files or directories to convert");
      }
      for (const std::string& in : inputs) {
        if (in == "-") {
          return usage_error("standard input cannot be converted with --out-dir; use -o FILE");
        }
        if (in.empty()) return usage_error("an input file name is empty");
        if (sources::is_fetchable_url(in)) {
          return usage_error("URLs are converted one at a time, not with --out-dir: article2md '" +
                             in + "' -o FILE");
        }
      }
      o.inputs = inputs;
    }
    o.out_dir = out_dir;
    o.force = force;
    if (*jobs_opt) {
      const auto n = parse_positive(jobs, 1024);
      if (!n) return usage_error("-j needs a number of jobs from 1 to 1024, not '" + jobs + "'");
      o.jobs = static_cast<unsigned>(*n);
    }
  }

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
    } else if (header == "yaml") {
      o.header = article2md::header_style::yaml;
    } else if (header == "none") {
      o.header = article2md::header_style::none;
    } else {
      return usage_error("--header must be seed, yaml or none, not '" + header + "'");
    }
  }
  if (*format_opt) {
    if (format == "markdown") {
      o.format = output_format::markdown;
    } else if (format == "json") {
      o.format = output_format::json;
    } else {
      return usage_error("--format must be markdown or json, not '" + format + "'");
    }
  }
  if (*charset_opt) {
    if (!is_known_charset(charset)) {
      return usage_error("--charset: unknown character set '" + charset +
                         "' (try utf-8, gbk, shift_jis, windows-1252, iso-8859-1)");
    }
    o.charset = charset;
  }
  if (*timeout_opt) {
    // A day is far beyond any page; the bound keeps the value a plain long for libcurl.
    const auto n = parse_positive(timeout, 86400);
    if (!n) {
      return usage_error("--timeout needs whole seconds from 1 to 86400, not '" + timeout + "'");
    }
    o.timeout_seconds = static_cast<long>(*n);
  }
  if (*max_size_opt) {
    const auto n = parse_positive(max_size, std::numeric_limits<std::size_t>::max());
    if (!n) {
      return usage_error("--max-size needs a positive number of bytes, not '" + max_size + "'");
    }
    o.max_size = static_cast<std::size_t>(*n);
  }
  return r;
}

}  // namespace article2md::cli
