#include "gold_header.hpp"

namespace article2md::oracle {
namespace {

// SEED = \A(?:<!--(?P<stamp>\d*)-->\n)?(?:\[(?P<title>.*?)\]\([^\n]*\)|(?P<plain>[^\n]+))
//        \n-{3,}\n(?:\n\*[^\n]*\*\n)?
// Every part but the stamp is bounded by newlines, so the match is decided line by line; the
// expression first tries with the stamp line, then without it.
struct seed_match {
  std::size_t end = 0;
  std::string_view stamp;
  std::string_view line;  ///< the title line
  bool link = false;      ///< it is [title](url); the title is line[1, line.find("](", 1))
};

std::size_t stamp_line_end(std::string_view md) {
  if (md.substr(0, 4) != "<!--") return 0;
  std::size_t i = 4;
  while (i < md.size() && md[i] >= '0' && md[i] <= '9') ++i;
  return md.substr(i, 4) == "-->\n" ? i + 4 : 0;
}

std::optional<seed_match> match_from(std::string_view md, std::size_t start) {
  const std::size_t nl = md.find('\n', start);
  if (nl == std::string_view::npos || nl == start) return std::nullopt;  // [^\n]+ then \n
  seed_match m;
  m.line = md.substr(start, nl - start);
  // The link form needs the line to open with '[' and close with ')', a "](" between.
  m.link = m.line.front() == '[' && m.line.back() == ')' &&
           m.line.find("](", 1) != std::string_view::npos;
  std::size_t i = nl + 1;
  const std::size_t dashes = i;
  while (i < md.size() && md[i] == '-') ++i;
  if (i - dashes < 3 || i >= md.size() || md[i] != '\n') return std::nullopt;
  m.end = i + 1;
  // (?:\n\*[^\n]*\*\n)? : a blank line, then a line of at least two characters in stars.
  if (m.end + 1 < md.size() && md[m.end] == '\n' && md[m.end + 1] == '*') {
    const std::size_t date_nl = md.find('\n', m.end + 1);
    if (date_nl != std::string_view::npos && date_nl - (m.end + 1) >= 2 &&
        md[date_nl - 1] == '*') {
      m.end = date_nl + 1;
    }
  }
  return m;
}

std::optional<seed_match> match_seed(std::string_view md) {
  if (const std::size_t after_stamp = stamp_line_end(md)) {
    if (auto m = match_from(md, after_stamp)) {
      m->stamp = md.substr(4, after_stamp - 8);
      return m;
    }
  }
  return match_from(md, 0);
}

// re.sub(r"\\(.)", r"\1", t): each backslash before a character other than a newline goes.
std::string unescape(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] != '\n') ++i;
    out.push_back(t[i]);
  }
  return out;
}

}  // namespace

std::string_view gold_body_of(std::string_view md) {
  // YAML = \A---\n.*?\n---\n (DOTALL): the first "\n---\n" from the fifth character on.
  if (md.substr(0, 4) == "---\n") {
    const std::size_t close = md.find("\n---\n", 4);
    if (close != std::string_view::npos) return md.substr(close + 5);
  }
  if (const auto m = match_seed(md)) return md.substr(m->end);
  return md;
}

gold_header gold_header_of(std::string_view md) {
  gold_header h;
  const auto m = match_seed(md);
  if (!m) return h;
  h.title = unescape(m->link ? m->line.substr(1, m->line.find("](", 1) - 1) : m->line);
  if (!m->stamp.empty() && m->stamp.size() <= 18) h.stamp_ms = std::stoll(std::string(m->stamp));
  return h;
}

}  // namespace article2md::oracle
