// The Markdown writer: layout (newlines, line prefixes, spans and their delimiters), CommonMark
// 0.31.2 section numbers cited. What prose needs escaped is decided in escaping.cpp.
#include <article2md/markdown_writer.hpp>

#include "markdown/flanking.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <cctype>

namespace article2md {

using detail::can_close;
using detail::can_open;
using detail::is_punct;
using detail::is_ws;

markdown_writer::markdown_writer(std::size_t expected_size) { out_.reserve(expected_size); }

char32_t markdown_writer::last_char() const noexcept {
  if (out_.size() == line_start_pos_) return U'\n';
  return detail::last_code_point(out_);
}

void markdown_writer::write_prefix(bool blank) {
  if (blank) {
    // A container that has not started yet does not mark the blank line before it.
    std::size_t before = out_.size();
    for (prefix& p : prefixes_)
      if (p.used_first) out_ += p.rest;
    while (out_.size() > before && out_.back() == ' ') out_.pop_back();
    return;
  }
  for (prefix& p : prefixes_) {
    out_ += p.used_first ? p.rest : p.first;
    p.used_first = true;
  }
  line_start_pos_ = out_.size();
}

void markdown_writer::flush_newline() {
  newline req = pending_;
  pending_ = newline::none;
  if (req == newline::none || !any_content_) return;
  // Emphasis cannot span blocks or list items (CommonMark 6.2 works within one paragraph):
  // open delimiters close before the line ends and open again at the next content.
  if (req == newline::line || req == newline::blank) interrupt_spans();
  switch (req) {
    case newline::line:
      out_ += '\n';
      break;
    case newline::hard:
      // §6.7: a backslash at the end of a line is a hard break. One at a line's start means
      // nothing: the line is empty.
      if (!line_has_content_) return;
      out_ += space_hard_breaks_ ? "  \n" : "\\\n";
      break;
    case newline::blank:
      out_ += '\n';
      write_prefix(true);
      out_ += '\n';
      break;
    case newline::none:
      break;
  }
  line_has_content_ = false;
  pending_space_ = false;
}

// Code point boundaries, for moving a delimiter past punctuation.
namespace {
std::size_t next_cp_start(std::string_view s, std::size_t i) {
  detail::decode_utf8(s, i);
  return i;
}
std::size_t prev_cp_start(std::string_view s, std::size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}
char32_t cp_at(std::string_view s, std::size_t i) { return detail::decode_utf8(s, i); }
char32_t last_of(std::string_view s, std::size_t&) { return detail::last_code_point(s); }
}  // namespace

bool markdown_writer::settle_one(const pending_close& pc, char32_t next, bool may_move) {
  const span& s = pc.s;
  const char d = s.delimiter;
  bool open_ok = d == '\0' || can_open(d, s.before, s.first);
  bool close_ok = d == '\0' || can_close(d, pc.last, next);
  if (open_ok && close_ok) {
    out_ += pc.close;
    return true;
  }
  // Emphasis next to punctuation (`<b>Note:</b>text`, `**真，**她`) or Unicode spaces
  // (U+3000 opening a Chinese paragraph): CommonMark accepts the delimiters once those edge
  // characters stand outside them. Only text moves, never markup.
  auto is_edge = [](char32_t c) { return is_punct(c) || is_ws(c); };
  const std::size_t begin = s.open_pos + s.open.size();
  std::size_t new_begin = begin, new_end = out_.size();
  if (may_move && s.open_pos >= line_start_pos_ && markup_end_ <= new_end) {
    if (!open_ok && markup_end_ <= begin)
      while (new_begin < new_end && is_edge(cp_at(out_, new_begin)))
        new_begin = next_cp_start(out_, new_begin);
    if (!close_ok && new_end > std::max(markup_end_, new_begin))
      while (new_end > new_begin && new_end > markup_end_ &&
             is_edge(cp_at(out_, prev_cp_start(out_, new_end))))
        new_end = prev_cp_start(out_, new_end);
    bool moved = new_begin != begin || new_end != out_.size();
    if (moved && new_begin < new_end) {
      char32_t before = new_begin == begin ? s.before : cp_at(out_, prev_cp_start(out_, new_begin));
      char32_t after = new_end == out_.size() ? next : cp_at(out_, new_end);
      if (can_open(d, before, cp_at(out_, new_begin)) &&
          can_close(d, cp_at(out_, prev_cp_start(out_, new_end)), after)) {
        out_.insert(new_end, pc.close);
        if (new_begin != begin) {
          out_.insert(new_begin, s.open);
          out_.erase(s.open_pos, s.open.size());
        }
        return true;
      }
    }
  }
  // CommonMark would leave these delimiters as literal text: keep the content plain.
  out_.erase(s.open_pos, s.open.size());
  if (line_start_pos_ > s.open_pos) line_start_pos_ -= s.open.size();
  return false;
}

void markdown_writer::settle_closes(char32_t next) {
  if (closes_.empty()) return;
  if (closes_.size() == 1) {
    settle_one(closes_.front(), next, true);
  } else {
    // Spans closing together form one delimiter run with their neighbours: whether each holds
    // depends on the others (example 417). They stay only when every one holds; otherwise all
    // degrade to text, never leaving a literal delimiter.
    bool all_hold = true;
    char32_t last = closes_.front().last;
    for (const pending_close& pc : closes_) {
      const span& s = pc.s;
      if (s.delimiter != '\0' &&
          !(can_open(s.delimiter, s.before, s.first) && can_close(s.delimiter, last, next)))
        all_hold = false;
      std::size_t k = 0;
      if (!pc.close.empty()) last = last_of(pc.close, k);
    }
    // Innermost first: their opening delimiters sit after the outer ones, so erasing one never
    // moves a position still to be used.
    for (const pending_close& pc : closes_) {
      if (all_hold) {
        out_ += pc.close;
        continue;
      }
      out_.erase(pc.s.open_pos, pc.s.open.size());
      if (line_start_pos_ > pc.s.open_pos) line_start_pos_ -= pc.s.open.size();
    }
  }
  closes_.clear();
  markup_end_ = out_.size();
}

// `<b>very</b><b>bold</b>`: closing and reopening the same delimiter with nothing between
// would write `**very****bold**`; the spans become one instead.
bool markdown_writer::merge_adjacent_spans() {
  if (closes_.empty() || pending_ != newline::none || pending_space_) return false;
  std::size_t first_unwritten = 0;
  while (first_unwritten < spans_.size() && spans_[first_unwritten].written) ++first_unwritten;
  bool merged = false;
  while (!closes_.empty() && first_unwritten < spans_.size()) {
    pending_close& pc = closes_.back();
    span& s = spans_[first_unwritten];
    if (s.delimiter == '\0' || s.delimiter != pc.s.delimiter || s.open != pc.s.open ||
        pc.close != s.open)
      break;
    s = std::move(pc.s);
    closes_.pop_back();
    ++first_unwritten;
    merged = true;
  }
  return merged;
}

bool markdown_writer::inside_span(char delimiter) const noexcept {
  for (const span& s : spans_)
    if (s.written && s.delimiter == delimiter) return true;
  return false;
}

void markdown_writer::begin_content(char32_t next) {
  merge_adjacent_spans();
  if (!closes_.empty()) {
    char32_t seen = pending_ != newline::none ? U'\n' : pending_space_ ? U' ' : next;
    settle_closes(seen);
  }
  flush_newline();
  if (!line_has_content_) {
    write_prefix(false);
    pending_space_ = false;
  }
  // CSS Text 3, segment break transformation: a line break in the source between two CJK
  // characters disappears instead of becoming a space.
  if (pending_space_ && pending_segment_break_ && detail::is_cjk(last_char()) &&
      detail::is_cjk(next))
    pending_space_ = false;
  pending_segment_break_ = false;
  if (pending_space_) {
    out_ += ' ';
    pending_space_ = false;
  }
  // A block's line-start syntax goes first: emphasis that opens again on the line follows it.
  if (spans_suspended_ == 0)
    for (span& s : spans_)
      if (!s.written && s.line_start) write_open(s, next);
  span* previous_in_run = nullptr;
  for (span& s : spans_) {
    if (s.written || s.transparent || spans_suspended_ > 0) continue;
    // Delimiters opened together form one run: each is followed by the next one's first
    // character, the last by the content.
    if (previous_in_run != nullptr) {
      std::size_t k = 0;
      previous_in_run->first = detail::decode_utf8(s.open, k);
    }
    previous_in_run = &s;
    // `!` then `[` would open an image (CommonMark 6.4): the page's `!` is text.
    if (s.open.front() == '[' && out_.size() > line_start_pos_ && out_.back() == '!' &&
        (out_.size() < 2 || out_[out_.size() - 2] != '\\'))
      out_.insert(out_.size() - 1, 1, '\\');
    write_open(s, next);
  }
  line_has_content_ = true;
  any_content_ = true;
}

// A span's opening markup, written now that `next` begins its content.
void markdown_writer::write_open(span& s, char32_t next) {
  s.before = last_char();
  s.open_pos = out_.size();
  s.first = next;
  s.written = true;
  out_ += s.open;
  markup_end_ = out_.size();
}

void markdown_writer::append_markup(std::string_view syntax) {
  if (table_cell_ == 0) {
    out_ += syntax;
  } else {
    // GFM 4.10 splits a row at every unescaped `|` before any inline parsing, link
    // destinations and titles included; `\|` stands for the pipe there too.
    for (char c : syntax) {
      if (c == '|') out_ += '\\';
      out_ += c;
    }
  }
  markup_end_ = out_.size();
}

void markdown_writer::markup(std::string_view syntax) {
  if (syntax.empty()) return;
  std::size_t i = 0;
  begin_content(detail::decode_utf8(syntax, i));
  append_markup(syntax);
}

void markdown_writer::space() { pending_space_ = true; }

void markdown_writer::request(newline req) {
  if (!prefixes_.empty() && !prefixes_.back().used_first) {
    // A container without content yet: its first block starts where the container does.
    newline cap = prefixes_.back().cap;
    if (req > cap) req = cap;
  }
  if (pending_ < req) pending_ = req;
}

void markdown_writer::line_break() {
  if (inline_only_ > 0) return space();
  request(newline::line);
}

void markdown_writer::hard_break() {
  if (inline_only_ > 0) return space();
  if (!prefixes_.empty() && !prefixes_.back().used_first) return;
  // Two breaks in a row end the paragraph, as `<br><br>` does on a page.
  request(pending_ == newline::hard ? newline::blank : newline::hard);
}

void markdown_writer::blank_line() {
  if (inline_only_ > 0) return space();
  request(newline::blank);
}

void markdown_writer::tighten() noexcept {
  if (pending_ == newline::blank) pending_ = newline::line;
}

void markdown_writer::open_span(std::string_view open, char delimiter) {
  // Emphasis opening together with the same emphasis (<i><em>x</em></i>) would double its
  // delimiters into another kind (`**x**`): the inner span takes the other emphasis character
  // (`*_x_*`, CommonMark 6.2 example 408's form). Strikethrough has no other form: it is
  // transparent instead.
  std::string text(open);
  bool transparent = false, flipped = false;
  if (delimiter != '\0')
    for (auto it = spans_.rbegin(); it != spans_.rend(); ++it) {
      const span& s = *it;
      if (s.written || s.delimiter == '\0' || s.open.size() != text.size()) continue;
      bool emphasis = delimiter == '*' || delimiter == '_';
      if (emphasis && (s.delimiter == '*' || s.delimiter == '_')) {
        // Alternate with the nearest one: `**__**x**__**` for three nested strongs.
        flipped = s.delimiter == delimiter;
        if (flipped) {
          delimiter = delimiter == '*' ? '_' : '*';
          for (char& c : text) c = delimiter;
        }
      } else if (!emphasis && s.delimiter == delimiter) {
        transparent = true;
      } else {
        continue;
      }
      break;
    }
  spans_.push_back(span{std::move(text), delimiter, false, 0, U' ', U' ', transparent, flipped});
}

void markdown_writer::open_line_span(std::string_view open) {
  open_span(open);
  spans_.back().line_start = true;
}

void markdown_writer::interrupt_spans() {
  bool any = false;
  for (auto it = spans_.rbegin(); it != spans_.rend(); ++it) {
    if (!it->written || it->delimiter == '\0' || it->transparent) continue;
    closes_.push_back(pending_close{it->open, *it, last_char()});
    it->written = false;
    any = true;
  }
  if (any) settle_closes(U'\n');
}

bool markdown_writer::close_span(std::string_view close) {
  if (spans_.empty()) return false;
  span s = std::move(spans_.back());
  spans_.pop_back();
  if (s.transparent) return true;
  if (!s.written) return false;
  std::string flipped_close;
  if (s.flipped) {
    flipped_close.assign(close.size(), s.delimiter);
    close = flipped_close;
  }
  if (s.delimiter != '\0') {
    // Whether the delimiters hold depends on the character that follows: settled when it comes.
    closes_.push_back(pending_close{std::string(close), std::move(s), last_char()});
    return true;
  }
  std::size_t i = 0;
  settle_closes(close.empty() ? U'\n' : detail::decode_utf8(close, i));
  append_markup(close);
  return true;
}

void markdown_writer::push_prefix(std::string_view first, std::string_view rest) {
  // The request in force when the container opens is the most its first block may have; at
  // the very start of the output nothing is written anyway.
  newline cap = any_content_ ? pending_ : newline::blank;
  prefixes_.push_back(prefix{std::string(first), std::string(rest), false, cap});
}

void markdown_writer::pop_prefix() {
  if (!prefixes_.empty()) prefixes_.pop_back();
}

void markdown_writer::inline_code(std::string_view code) {
  std::string content;
  content.reserve(code.size());
  for (char c : code) content += (c == '\n' || c == '\r') ? ' ' : c;
  if (content.empty()) return;
  // Right after another code span, the two backtick runs would join into one (CommonMark 6.1:
  // a backtick string is a maximal run) and neither span would close where it should: a space
  // keeps them apart.
  if (code_span_end_ == out_.size() && !out_.empty()) space();
  std::size_t longest = 0, run = 0;
  for (char c : content) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  // cmark and cmark-gfm read no backtick run longer than 80 as a code span's fence (their
  // MAXBACKTICKS), so code holding a run of 80 cannot be a span there: it is written as text,
  // escaped like prose, which keeps every character and makes no raw HTML of a `<` inside
  // (fuzz regression archive/code-span-over-80-backticks).
  constexpr std::size_t max_fence = 80;
  if (longest + 1 > max_fence) {
    text(content);
    return;
  }
  // §6.1: the fence is a backtick run of a length that does not occur inside; one space is
  // stripped from each side when both are spaces, so content that starts or ends with a
  // backtick, or with a space on both sides, is padded.
  std::string fence(longest + 1, '`');
  bool all_spaces = content.find_first_not_of(' ') == std::string::npos;
  bool pad = !all_spaces && (content.front() == '`' || content.back() == '`' ||
                             (content.front() == ' ' && content.back() == ' '));
  std::string code_span = fence;
  if (pad) code_span += ' ';
  code_span += content;  // markup() escapes `|` in table cells (GFM 4.10)
  if (pad) code_span += ' ';
  code_span += fence;
  markup(code_span);
  code_span_end_ = out_.size();
}

void markdown_writer::verbatim(std::string_view code) {
  settle_closes(U'\n');
  flush_newline();
  std::size_t start = 0;
  while (true) {
    std::size_t end = code.find('\n', start);
    std::string_view line =
        code.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (line.empty()) {
      write_prefix(true);
    } else {
      if (!line_has_content_) write_prefix(false);
      out_ += line;
    }
    line_has_content_ = true;
    any_content_ = true;
    if (end == std::string_view::npos) break;
    out_ += '\n';
    line_has_content_ = false;
    start = end + 1;
  }
  markup_end_ = out_.size();
}

std::size_t markdown_writer::current_line_width() const noexcept {
  std::size_t width = 0;
  for (std::size_t k = line_start_pos_; k < out_.size(); ++k)
    if ((static_cast<unsigned char>(out_[k]) & 0xC0) != 0x80) ++width;
  return width;
}

void markdown_writer::empty_block() {
  begin_content(U'\n');
  // The prefix alone marks the block ("-", ">"); it must not leave a trailing space.
  if (out_.size() != line_start_pos_) return;
  while (!out_.empty() && out_.back() == ' ') out_.pop_back();
  line_start_pos_ = out_.size();
}

bool markdown_writer::at_line_start() const noexcept {
  return pending_ != newline::none || !line_has_content_;
}

std::string markdown_writer::finish() {
  settle_closes(U'\n');
  spans_.clear();
  pending_ = newline::none;
  pending_space_ = false;
  while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
  if (!out_.empty()) out_ += '\n';
  std::string result = std::move(out_);
  *this = markdown_writer();
  return result;
}

}  // namespace article2md
