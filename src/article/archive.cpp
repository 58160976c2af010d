#include <article2md/archive.hpp>

#include "text_utils.hpp"

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

// `[title](url)` or `<url>` filling the whole line.
bool parse_link_line(std::string_view line, article_meta& meta) {
  if (line.size() > 2 && line.front() == '<' && line.back() == '>') {
    std::string_view url = line.substr(1, line.size() - 2);
    if (url.find_first_of(" <>") != std::string_view::npos) return false;
    meta.url = std::string(url);
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
  if (dest.size() >= 2 && dest.front() == '<' && dest.back() == '>')
    dest = dest.substr(1, dest.size() - 2);
  meta.title = unescape(line.substr(1, close - 1));
  meta.url = unescape(dest);
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
  if (!parse_link_line(line, a.meta)) return std::nullopt;
  std::string_view underline = next_line(text, pos);
  if (!is_underline(underline)) return std::nullopt;
  // The header as written, without its line ends (LF or CRLF), one line per '\n'.
  for (std::size_t p = 0; p < pos;) {
    std::string_view header_line = next_line(text, p);
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
