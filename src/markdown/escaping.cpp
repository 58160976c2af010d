// The Markdown writer's escaping decisions: which characters of prose, link destinations and
// titles need a backslash (or another spelling) where, CommonMark 0.31.2 section numbers cited.
// A file of its own: what reads as syntax is a question apart from the layout of lines and spans.
#include <article2md/markdown_writer.hpp>

#include "markdown/flanking.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace article2md {

using detail::can_close;
using detail::can_open;
using detail::is_ascii_punct;
using detail::is_html_space;

namespace {

// Characters text() must look at; every other byte is copied as it is.
enum : std::uint8_t { plain = 0, special = 1 };
constexpr std::array<std::uint8_t, 256> make_special_table() {
  std::array<std::uint8_t, 256> t{};
  for (char c : {'\\', '*', '_', '`', '[', ']', '<', '&', '~', '|', ':', '.'})
    t[static_cast<unsigned char>(c)] = special;
  return t;
}
constexpr std::array<std::uint8_t, 256> special_chars = make_special_table();

bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

// `http://`, `https://`, `ftp://` (after a scheme in the output so far), or `www.` at the start
// of a word: where cmark-gfm's autolink extension starts a link.
bool markdown_writer::starts_bare_url(char c, std::string_view s, std::size_t i) const noexcept {
  if (link_text_ > 0) return false;  // no autolinks inside link text (GFM 6.9)
  // The word just written, as cmark-gfm's autolink extension reads it: the letters before `:`
  // (a scheme), or `www` after a space, a line start or one of `*_~(`.
  auto ends_with_word = [&](std::string_view word, bool after_delimiter) {
    if (out_.size() < line_start_pos_ + word.size()) return false;
    std::size_t start = out_.size() - word.size();
    for (std::size_t k = 0; k < word.size(); ++k)
      if (detail::ascii_lower(out_[start + k]) != word[k]) return false;
    if (start == line_start_pos_) return true;
    char before = out_[start - 1];
    if (after_delimiter)
      return before == ' ' || before == '*' || before == '_' || before == '~' || before == '(';
    return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z'));
  };
  if (c == ':')
    return s.substr(i + 1, 2) == "//" && (ends_with_word("http", false) ||
                                         ends_with_word("https", false) ||
                                         ends_with_word("ftp", false));
  return ends_with_word("www", true);
}

void markdown_writer::protect_heading_end() {
  if (!closes_.empty()) settle_closes(U'\n');
  std::size_t end = out_.size();
  std::size_t run = end;
  while (run > line_start_pos_ && out_[run - 1] == '#') --run;
  if (run == end || run == line_start_pos_) return;
  if (out_[run - 1] == ' ') out_.insert(run, 1, '\\');
}

bool markdown_writer::line_is_ordered_marker_digits() const noexcept {
  std::size_t len = out_.size() - line_start_pos_;
  if (len == 0 || len > 9) return false;
  for (std::size_t k = line_start_pos_; k < out_.size(); ++k)
    if (!is_ascii_digit(out_[k])) return false;
  return true;
}

// Line-start constructs (§4, §5): headings, block quotes, list markers, thematic breaks and
// setext underlines. Writes the escaped start of the run and returns how much was consumed.
std::size_t markdown_writer::escape_line_start(std::string_view s, std::size_t i) {
  char c = s[i];
  auto rest_is_only = [&](char mark) {
    for (std::size_t k = i; k < s.size(); ++k)
      if (s[k] != mark && !is_html_space(s[k])) return false;
    return true;
  };
  auto followed_by_space_or_end = [&](std::size_t k) {
    return k >= s.size() || is_html_space(s[k]);
  };
  switch (c) {
    case '#': {
      std::size_t k = i;
      while (k < s.size() && s[k] == '#') ++k;
      if (k - i <= 6 && followed_by_space_or_end(k)) break;
      return 0;
    }
    case '>':
      break;
    case '-':
    case '+':
      if (followed_by_space_or_end(i + 1) || (c == '-' && rest_is_only('-'))) break;
      return 0;
    case '=':
      if (rest_is_only('=')) break;
      return 0;
    default: {
      // §5.3: an ordered list marker is 1-9 digits then `.` or `)`, then a space or the end.
      if (!is_ascii_digit(c)) return 0;
      std::size_t k = i;
      while (k < s.size() && is_ascii_digit(s[k])) ++k;
      if (k - i > 9 || k >= s.size() || (s[k] != '.' && s[k] != ')') ||
          !followed_by_space_or_end(k + 1))
        return 0;
      out_.append(s.data() + i, k - i);
      out_ += '\\';
      out_ += s[k];
      return k + 1 - i;
    }
  }
  out_ += '\\';
  out_ += c;
  return 1;
}

void markdown_writer::text(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    if (is_html_space(s[i])) {
      pending_space_ = true;
      if (s[i] == '\n' || s[i] == '\r') pending_segment_break_ = true;
      ++i;
      continue;
    }
    // No-break spaces that open a line are spacing, not content: `<p>&nbsp;</p>` vanishes.
    if (s[i] == '\xC2' && i + 1 < n && s[i + 1] == '\xA0' && at_line_start()) {
      i += 2;
      continue;
    }
    std::size_t cp_end = i;
    begin_content(detail::decode_utf8(s, cp_end));
    if (out_.size() == line_start_pos_)
      i += escape_line_start(s, i);
    else if ((s[i] == '.' || s[i] == ')') && line_is_ordered_marker_digits() &&
             (i + 1 >= n || is_html_space(s[i + 1]))) {
      // The digits came in an earlier node: `<span>1</span>. x` is still a list marker.
      out_ += '\\';
      out_ += s[i++];
    }
    // One run of non-space characters.
    std::size_t copied = i;
    while (i < n && !is_html_space(s[i])) {
      auto c = static_cast<unsigned char>(s[i]);
      if (special_chars[c] == plain) {
        ++i;
        continue;
      }
      out_.append(s.data() + copied, i - copied);
      copied = i + 1;
      bool at_end = i + 1 >= n;
      std::size_t k = i + 1;
      char32_t next = at_end ? U'\0' : detail::decode_utf8(s, k);
      bool escape = true;
      switch (s[i]) {
        case '\\':
          // §2.4: only a backslash before punctuation (or a line end) escapes. One followed
          // by nothing but white space is escaped too: that space may be dropped (at the end
          // of link text, a span, a line) and leave the backslash against `]`, `*` or a line
          // break's `\`, which it would escape (fuzz regression
          // archive/backslash-before-trimmed-space).
          escape = at_end || is_ascii_punct(s[i + 1]) ||
                   std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i) + 1, s.end(),
                               [](char ch) { return is_html_space(ch); });
          break;
        case '*':
        case '_':
        case '~': {
          // §6.2: a delimiter that can open must be escaped; one that can only close matters
          // only inside a span of ours with the same delimiter. A list marker `*` (§5.2) too.
          char d = s[i];
          char32_t prev = last_char();
          bool line_start = out_.size() == line_start_pos_;
          escape = (d == '*' && line_start) || at_end || can_open(d, prev, next) ||
                   (inside_span(d) && can_close(d, prev, next));
          break;
        }
        case '<':  // §6.5, §6.6: only `<` before a letter, `/`, `!` or `?` can open a tag.
          escape = at_end || is_ascii_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!' ||
                   s[i + 1] == '?';
          break;
        case '&':
          escape = detail::starts_reference(s, i);
          break;
        case '|':
          escape = table_cell_ > 0;
          break;
        case ':':
        case '.':
          // GFM autolinks (extension, 6.9) would turn a URL in prose into a link the page did
          // not have; an escaped `:` or `.` keeps it text.
          escape = at_end ? false : starts_bare_url(s[i], s, i);
          break;
        default:  // ` [ ]: code spans and links could start anywhere.
          break;
      }
      if (escape) out_ += '\\';
      out_ += s[i];
      ++i;
    }
    out_.append(s.data() + copied, i - copied);
  }
}

// CommonMark 0.31.2 §6.3. A destination without <> may not be empty, may not contain spaces
// or ASCII controls, and its parentheses must balance unless escaped. It is written that way
// (never in <>, which cannot hold a newline and changes meaning in a reference definition):
// - empty: `<>`, the one way to write an empty destination (§6.3), also in a definition (§4.7);
// - spaces, controls (newlines included), `<` and `>`: percent-encoded, as a browser would
//   send them;
// - `\`: escaped as `\\` (a backslash before punctuation would be an escape);
// - parentheses: left as they are when they balance and nest at most 3 deep (the depth §6.3
//   asks every implementation to support; cmark-gfm gives up past 32), else all escaped;
// - an `&` that starts a character reference: written `&amp;`. A backslash would not do:
//   cmark-gfm decodes references before it removes backslash escapes, so `\&amp;` reads back
//   as `&`; `&amp;amp;` reads back as `&amp;` in every renderer.
void markdown_writer::append_destination(std::string& out, std::string_view url) {
  if (url.empty()) {
    out += "<>";
    return;
  }
  int depth = 0, max_depth = 0;
  bool balanced = true;
  for (char c : url) {
    if (c == '(') max_depth = std::max(max_depth, ++depth);
    if (c == ')' && --depth < 0) balanced = false;
  }
  const bool escape_parens = !balanced || depth != 0 || max_depth > 3;
  static constexpr char hex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < url.size(); ++i) {
    auto c = static_cast<unsigned char>(url[i]);
    if (c <= 0x20 || c == 0x7F || c == '<' || c == '>') {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    } else if (c == '&' && detail::starts_reference(url, i)) {
      out += "&amp;";
    } else if (c == '\\' || ((c == '(' || c == ')') && escape_parens)) {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(c);
    }
  }
}

// CommonMark 0.31.2 §6.3, a title in double quotes: `"` and `\` escaped with a backslash, an
// `&` that starts a character reference written `&amp;` (see append_destination), and
// whitespace collapsed to single spaces so that the title stays on one line (a blank line
// would end the paragraph, §4.8).
//
// A backslash that ends the title is written `&#92;`, not `\\`: cmark and cmark-gfm scan a
// title as the longest `"…"` in which every inner `"` follows a backslash, so in `"C:\\")`
// they take the closing quote as escaped by the second backslash, run on to a later `"` on the
// line, find no `)` after it, and the whole link or image falls apart into text, its `<…>`
// raw HTML (fuzz_archive finding, tests/fuzz/regressions/archive/title-ending-in-backslash).
// With no backslash before it, the closing quote is the first unescaped one for every reader.
void markdown_writer::append_title(std::string& out, std::string_view title) {
  out += '"';
  bool space = false, started = false, ends_in_backslash = false;
  for (std::size_t i = 0; i < title.size(); ++i) {
    char c = title[i];
    if (is_html_space(c)) {
      space = started;
      continue;
    }
    if (space) out += ' ';
    started = true;
    space = false;
    ends_in_backslash = c == '\\';
    if (c == '&' && detail::starts_reference(title, i)) {
      out += "&amp;";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  if (ends_in_backslash) out.replace(out.size() - 2, 2, "&#92;");
  out += '"';
}

}  // namespace article2md
