#pragma once
/// \file
/// The one place that decides Markdown layout and escaping.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article2md {

/// Builds Markdown text. Rules never write '\n' and never escape: they say what they mean
/// (prose, markup, a line break, a blank line) and the writer decides the bytes.
///
/// - Newline requests (line_break < hard_break < blank_line) merge by maximum and are written
///   just before the next content, followed by the active line prefixes; requests still pending
///   at the end vanish, so there are no leading or trailing blank lines and no trailing spaces.
/// - text() is page prose: HTML whitespace collapses to one space, dropped at line edges, and
///   characters that would otherwise parse as Markdown are backslash-escaped, minimally, with
///   the line state known (line start, neighbours, inside link text).
/// - Spans (emphasis, link text) are opened lazily: a span with no visible content writes
///   nothing, whitespace at its edges moves outside the delimiters, and emphasis that
///   CommonMark's flanking rules would reject degrades to plain text instead of literal `*`.
class markdown_writer {
 public:
  markdown_writer() = default;
  /// Reserves room for about `expected_size` bytes of output.
  explicit markdown_writer(std::size_t expected_size);

  /// Hard breaks as two trailing spaces instead of a backslash.
  void use_space_hard_breaks(bool on) noexcept { space_hard_breaks_ = on; }

  /// Page prose (see class comment).
  void text(std::string_view prose);
  /// Syntax a rule emits (`---`, `![`), written exactly as given.
  void markup(std::string_view syntax);
  /// A code span (CommonMark 6.1) holding `code` exactly: backtick fence longer than any run
  /// inside, padded with a space where the content would merge with the fence; newlines become
  /// spaces; `|` escaped in table cells. Empty code writes nothing.
  void inline_code(std::string_view code);
  /// Code block lines written exactly, each after the current line prefixes (blank lines get
  /// the prefixes without trailing spaces). Starts on the current line: request a line first.
  void verbatim(std::string_view code);
  /// Between these, open emphasis is not written again: a code block's fences and lines must
  /// begin their lines (CommonMark 4.4, 4.5), so the spans around it close at the blank line
  /// before it and reopen after it. Calls nest.
  void suspend_spans() noexcept { ++spans_suspended_; }
  void resume_spans() noexcept { --spans_suspended_; }
  /// A collapsible space, as if the prose had whitespace here.
  void space();

  /// The following content starts on a new line of the same block.
  void line_break();
  /// A hard line break (`\` at the end of the line). Two in a row end the paragraph; one at the
  /// start or end of a block vanishes.
  void hard_break();
  /// The following content starts a new block, after one blank line.
  void blank_line();

  /// Opens a span whose `open` markup is written only when content arrives. `delimiter` is the
  /// emphasis character (`*`, `_`, `~`) whose flanking must hold, or '\0' for other spans.
  void open_span(std::string_view open, char delimiter = '\0');
  /// Opens a span for a block's line-start syntax (an ATX heading's `## `): written lazily like
  /// open_span's, closed with close_span, but always first on its line, before any emphasis
  /// that opens again there (`<i><h2>x</h2></i>` is `## *x*`, not `*## x*`).
  void open_line_span(std::string_view open);
  /// Closes the innermost span. When it had content, writes `close` (before any pending space)
  /// and returns true; otherwise writes nothing and returns false.
  bool close_span(std::string_view close);

  /// Prefixes for the lines of a container block: `first` for its first line, `rest` after
  /// (e.g. "> " and "> ", or "- " and "  "). Blank lines inside get `rest` without trailing
  /// spaces. Until the container has content, its blocks cannot ask for more space before
  /// them than the container did: a list item's first paragraph sits on the marker's line.
  void push_prefix(std::string_view first, std::string_view rest);
  void pop_prefix();
  /// Line prefixes in effect (list items, quotes): 0 at the top level.
  std::size_t prefix_depth() const noexcept { return prefixes_.size(); }
  /// Writes the current line's prefixes alone: an empty list item ("-") or quote (">").
  void empty_block();
  /// A pending blank line becomes a line break: the next list item follows the last block of
  /// the previous one without making the list loose.
  void tighten() noexcept;

  /// While inline-only scopes are open (link text, headings, captions), newline requests
  /// become spaces: the content must stay on one line.
  void begin_inline_only() noexcept { ++inline_only_; }
  void end_inline_only() noexcept { --inline_only_; }
  bool inline_only() const noexcept { return inline_only_ > 0; }

  /// Link text and image descriptions: GFM makes no autolinks inside them.
  void begin_link_text() noexcept { ++link_text_; }
  void end_link_text() noexcept { --link_text_; }
  /// Inside link text or an image description: a link there is no link (CommonMark 6.3:
  /// links may not contain other links), so the link rule writes its content only.
  bool in_link_text() const noexcept { return link_text_ > 0; }

  /// Escape `|` in prose (table cells).
  void begin_table_cell() noexcept { ++table_cell_; }
  void end_table_cell() noexcept { --table_cell_; }

  /// Heading close: a trailing run of `#` preceded by a space would be read as the closing
  /// sequence of an ATX heading (CommonMark 4.2); escape it.
  void protect_heading_end();

  /// True when nothing but prefixes has been written on the current line and no content is
  /// pending: a block rule may start here without a newline.
  bool at_line_start() const noexcept;
  /// Characters (code points) on the current line after its prefixes.
  std::size_t current_line_width() const noexcept;
  /// Everything written so far (pending requests excluded).
  std::string_view view() const noexcept { return out_; }

  /// Ends the document: drops pending requests, settles open spans, and returns the Markdown
  /// with exactly one final newline (empty when nothing was written).
  std::string finish();

  /// Appends `url` to `out` as a CommonMark link destination (0.31.2 §6.3) that cannot break
  /// its link and reads back as `url`: spaces, controls, `<` and `>` percent-encoded; `\`
  /// escaped; parentheses escaped unless balanced and at most 3 deep; the `&` of a character
  /// reference written `&amp;`; an empty `url` written `<>`. Valid in a reference definition too.
  static void append_destination(std::string& out, std::string_view url);
  /// Appends `title` as a link title in double quotes (§6.3), on one line: whitespace runs
  /// collapsed, `"` and `\` escaped, the `&` of a character reference written `&amp;`, and a
  /// backslash that ends the title written `&#92;` (cmark reads `\\"` there as an escaped quote).
  static void append_title(std::string& out, std::string_view title);

 private:
  enum class newline : unsigned char { none, line, hard, blank };
  struct prefix {
    std::string first, rest;
    bool used_first = false;
    newline cap = newline::none;  // the most space blocks may ask for before the first content
  };
  struct span {
    std::string open;
    char delimiter = '\0';
    bool written = false;
    std::size_t open_pos = 0;     // where `open` starts in out_
    char32_t before = U' ';       // character before the opening run
    char32_t first = U' ';        // first content character
    bool transparent = false;     // inside a span with the same delimiters: writes nothing
    bool flipped = false;         // writes the other emphasis character (`_` for `*`)
    bool line_start = false;      // a block's line-start syntax: written before other spans
  };
  struct pending_close {
    std::string close;
    span s;
    char32_t last = U' ';  // last content character
  };

  void begin_content(char32_t next);
  void write_open(span& s, char32_t next);
  void request(newline req);
  void append_markup(std::string_view syntax);
  void flush_newline();
  void write_prefix(bool blank);
  void settle_closes(char32_t next);
  bool settle_one(const pending_close& pc, char32_t next, bool may_move);
  bool merge_adjacent_spans();
  void interrupt_spans();
  bool inside_span(char delimiter) const noexcept;
  bool line_is_ordered_marker_digits() const noexcept;
  bool starts_bare_url(char c, std::string_view s, std::size_t i) const noexcept;
  char32_t last_char() const noexcept;
  std::size_t escape_line_start(std::string_view s, std::size_t i);

  std::string out_;
  std::vector<prefix> prefixes_;
  std::vector<span> spans_;
  std::vector<pending_close> closes_;
  newline pending_ = newline::none;
  bool pending_space_ = false;
  bool pending_segment_break_ = false;  // the pending space came from a source line break
  bool line_has_content_ = false;
  bool any_content_ = false;
  std::size_t line_start_pos_ = 0;  // where the current line's content starts (after prefixes)
  std::size_t markup_end_ = 0;      // end of the last markup written: text may move, not it
  int inline_only_ = 0;
  int table_cell_ = 0;
  int link_text_ = 0;
  int spans_suspended_ = 0;
  std::size_t code_span_end_ = std::string::npos;  // where the last code span ended in out_
  bool space_hard_breaks_ = false;
};

}  // namespace article2md
