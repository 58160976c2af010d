#include <article2md/archive.hpp>

#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <cstdint>
#include <limits>

namespace article2md {
namespace {

// The next line of `text` from `pos` (without its LF or CRLF); `pos` moves past it.
std::string_view next_line(std::string_view text, std::size_t& pos) {
  std::size_t end = text.find('\n', pos);
  std::size_t stop = end == std::string_view::npos ? text.size() : end;
  std::string_view line = text.substr(pos, stop - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  pos = end == std::string_view::npos ? text.size() : end + 1;
  return line;
}

std::optional<std::int64_t> parse_stamp_line(std::string_view line) {
  constexpr std::string_view open = "<!--", close = "-->";
  if (line.size() <= open.size() + close.size() || line.substr(0, open.size()) != open ||
      line.substr(line.size() - close.size()) != close)
    return std::nullopt;
  std::string_view digits = detail::trim(line.substr(open.size(), line.size() - 7));
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  std::int64_t v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// CommonMark backslash escapes (§2.4): a backslash before ASCII punctuation stands for it.
std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && detail::is_ascii_punct(s[i + 1])) ++i;
    out += s[i];
  }
  return out;
}

// True when `s` holds one of `chars` that no backslash escapes. In link text, '<' and '>' may
// be raw HTML (CommonMark 6.6) and '[' and ']' an inner link or image (6.3, 6.4), whose
// destination nothing here checks: `[[x](javascript:…)](https://…)` is a javascript: link
// inside text whose own link fails. The header must carry neither into the output.
bool has_unescaped(std::string_view s, std::string_view chars) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (chars.find(s[i]) != std::string_view::npos) return true;
  }
  return false;
}

// A link destination CommonMark reads back whole (6.3): `<...>` without angle brackets or
// line ends inside, or a run without spaces or controls whose parentheses balance; angle
// brackets are refused in both, so that nothing in the line can be read as a tag.
bool is_plain_destination(std::string_view dest, bool bracketed) {
  int open = 0;  // unescaped parentheses must balance in a bare destination
  for (std::size_t i = 0; i < dest.size(); ++i) {
    char c = dest[i];
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F || c == '<' || c == '>') return false;
    if (c == '\\') {
      ++i;
    } else if (!bracketed && c == ' ') {
      return false;
    } else if (!bracketed && c == '(') {
      ++open;
    } else if (!bracketed && c == ')' && --open < 0) {
      return false;
    }
  }
  return open == 0;
}

// True when a character reference (§2.5) stands where it could change the destination's scheme:
// before its first `:`, `/`, `?` or `#`. Renderers decode references in destinations, so
// `java&#9;script:` and `javascript&colon;` are javascript: links once rendered, while the
// fields read here keep them as written; `?a=1&amp;b=2` changes no scheme.
bool has_reference_in_scheme(std::string_view dest) {
  for (std::size_t i = 0; i < dest.size(); ++i) {
    const char c = dest[i];
    if (c == ':' || c == '/' || c == '?' || c == '#') return false;
    if (c == '\\') {
      ++i;  // an escaped `&` starts no reference
    } else if (c == '&' && detail::starts_reference(dest, i)) {
      return true;
    }
  }
  return false;
}

// `[title](url)` or `<url>` filling the whole line. `verbatim_ok` tells whether the line may
// be written back as it is: only when it holds no raw HTML and reads back as the same link.
bool parse_link_line(std::string_view line, article_meta& meta, bool& verbatim_ok) {
  verbatim_ok = false;
  if (line.size() > 2 && line.front() == '<' && line.back() == '>') {
    std::string_view url = line.substr(1, line.size() - 2);
    // Anything else in angle brackets is an HTML tag, not an autolink.
    if (!detail::is_autolink_safe(url)) return false;
    meta.url = std::string(url);
    verbatim_ok = true;
    return true;
  }
  if (line.size() < 4 || line.front() != '[' || line.back() != ')') return false;
  // The link text ends at the first unescaped `]` that balances the brackets (§6.3).
  int depth = 0;
  std::size_t close = std::string_view::npos;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == '[') ++depth;
    if (line[i] == ']' && depth-- == 0) {
      close = i;
      break;
    }
  }
  if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != '(')
    return false;
  std::string_view dest = line.substr(close + 2, line.size() - close - 3);
  bool bracketed = dest.size() >= 2 && dest.front() == '<' && dest.back() == '>';
  if (bracketed) dest = dest.substr(1, dest.size() - 2);
  std::string_view text = line.substr(1, close - 1);
  meta.title = unescape(text);
  meta.url = unescape(dest);
  verbatim_ok = !has_unescaped(text, "<>[]") && is_plain_destination(dest, bracketed) &&
                !has_reference_in_scheme(dest);
  return true;
}

bool is_underline(std::string_view line) {
  line = detail::trim(line);
  if (line.empty()) return false;
  for (char c : line)
    if (c != line.front() || (c != '-' && c != '=')) return false;
  return true;
}

}  // namespace

std::optional<archived_article> parse_archived_article(std::string_view text) {
  // A UTF-8 byte order mark is not part of the header.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  archived_article a;
  std::size_t pos = 0;
  std::string_view line = next_line(text, pos);
  if (auto stamp = parse_stamp_line(line)) {
    a.meta.timestamp_ms = stamp;
    line = next_line(text, pos);
  }
  bool verbatim_ok = false;
  if (!parse_link_line(line, a.meta, verbatim_ok)) return std::nullopt;
  std::string_view underline = next_line(text, pos);
  if (!is_underline(underline)) return std::nullopt;
  // The header as written, without its line ends (LF or CRLF) and the spaces before them (the
  // writer ends no line with white space; they mean nothing at the end of these lines), one
  // line per '\n'; a header that could carry raw HTML is written anew from its fields instead.
  for (std::size_t p = 0; verbatim_ok && p < pos;) {
    std::string_view header_line = next_line(text, p);
    while (!header_line.empty() && (header_line.back() == ' ' || header_line.back() == '\t'))
      header_line.remove_suffix(1);
    a.meta.verbatim_header.append(header_line);
    if (p < pos) a.meta.verbatim_header += '\n';
  }
  while (!a.meta.verbatim_header.empty() && a.meta.verbatim_header.back() == '\n')
    a.meta.verbatim_header.pop_back();
  std::size_t body_start = pos;
  if (!detail::trim(next_line(text, pos)).empty()) pos = body_start;
  a.body = text.substr(pos);
  return a;
}

}  // namespace article2md
