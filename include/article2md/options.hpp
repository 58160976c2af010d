#pragma once
/// \file
/// What a conversion is told: the article's metadata and the output options.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace article2md {

/// Metadata written in the article header and used to resolve links.
/// Every field is optional; an empty string means unknown.
struct article_meta {
  /// Article title, written as the text of the header link.
  std::string title;
  /// Canonical article URL: the header link, and the base for relative links.
  std::string url;
  /// Publication date as written by the source, e.g. "Wed, 29 Jan 2025 16:21:20 GMT".
  std::string date;
  /// Milliseconds since the Unix epoch, written as `<!--stamp-->`. When absent and `date`
  /// parses (RFC 822/1123 or ISO 8601), it is computed from `date`.
  std::optional<std::int64_t> timestamp_ms;
  /// Base for relative links and images when it differs from `url`; wins over `<base href>`.
  std::string base_url;
  /// The lines of an archived article's header (stamp, link, underline) as they were written:
  /// the seed header keeps them byte for byte instead of writing its own (see
  /// parse_archived_article). Leave empty to have the header written from the fields.
  std::string verbatim_header;
  /// Byline, site name and language (BCP 47), found on whole pages when not given.
  std::string author;
  std::string site_name;
  std::string language;
};

/// What part of the input is converted.
enum class content_scope {
  /// A whole page (one with its own <html>/<body> tags or a <head> holding <title>/<meta>) is
  /// cut down to its article, and its metadata fills the fields the caller left empty; a
  /// fragment is converted whole, never cut.
  automatic,
  /// The whole body, always.
  whole,
};

/// How the header above the body is written.
enum class header_style {
  seed,  ///< `<!--stamp-->`, `[Title](URL)`, `------`, blank line, `*date*` (the sample's format)
  none,  ///< the body alone
  /// YAML front matter, as static-site generators and note apps read it: `---`, one line per
  /// known field (title, url, date, date_text, timestamp, author, site_name, language), `---`,
  /// a blank line, then the body. Strings are YAML double-quoted scalars; `date` is ISO 8601 in
  /// UTC and `timestamp` epoch milliseconds (docs/output-format.md, "YAML front matter").
  yaml,
};

/// Heading syntax (CommonMark 4.2 / 4.3). Setext applies to h1 and h2; h3-h6 stay ATX.
enum class heading_style { atx, setext };
/// Code block syntax (CommonMark 4.4 / 4.5). Indented blocks cannot carry a language.
enum class code_block_style { fenced, indented };
/// Hard line break syntax (CommonMark 6.7): `\` before the newline, or two trailing spaces.
enum class hard_break_style { backslash, spaces };
/// Link syntax: `[text](url)`, or `[text][n]` with `[n]: url` definitions after the body.
enum class link_style { inline_links, reference };

/// Output options. Defaults give the sample's format.
struct options {
  header_style header = header_style::seed;
  content_scope scope = content_scope::automatic;
  /// Drop the body's first element when its text is the header's date (archived articles and
  /// feeds often start their body with the date that the header already shows).
  bool drop_leading_date = true;
  /// Elements nested deeper than this are still converted, but as plain text: the walk never
  /// recurses without bound. Must be at least 1.
  std::size_t max_depth = 256;
  /// Inputs longer than this many bytes are refused with article2md::error (0: no limit).
  /// Gumbo's tree takes 10-25 times the input in memory.
  std::size_t max_input_bytes = 256u * 1024u * 1024u;
  /// A conversion whose Markdown would pass this many bytes stops with article2md::error
  /// (0: no limit).
  std::size_t max_output_bytes = 512u * 1024u * 1024u;
  /// Images given inline as data: URLs (image/* only) are kept up to this many bytes of URL;
  /// larger ones, and all of them when 0, are left out like any image without a usable source
  /// (nothing is written). Links to data: URLs never are kept.
  std::size_t max_data_image_bytes = 32u * 1024u;

  heading_style headings = heading_style::atx;
  /// List item marker for unordered lists: '-', '*' or '+'.
  char bullet = '-';
  /// Delimiters for <strong>/<b> ("**" or "__") and <em>/<i> ("*" or "_").
  std::string strong_delimiter = "**";
  std::string emphasis_delimiter = "*";
  code_block_style code_blocks = code_block_style::fenced;
  /// Fence character for fenced code blocks: '`' or '~'.
  char fence = '`';
  hard_break_style hard_breaks = hard_break_style::backslash;
  link_style links = link_style::inline_links;
  /// GitHub Flavored Markdown extensions; when off, tables render as paragraphs of cell text,
  /// strikethrough as plain text and task items with a literal [ ] / [x].
  bool gfm_tables = true;
  bool gfm_strikethrough = true;
  bool gfm_task_lists = true;
};

}  // namespace article2md
