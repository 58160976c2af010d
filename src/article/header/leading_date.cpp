#include "article/header/leading_date.hpp"

#include "html/node_queries.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"

#include <string>

namespace article2md::detail {
namespace {

// A date is short; a longer text is not compared.
constexpr std::size_t max_date_length = 64;
// How far down a chain of wrappers (<article><header><div><time>) the date may sit.
constexpr int max_wrapper_depth = 8;

bool renders_nothing(html_node n) {
  if (n.is_text()) return trim(n.text()).empty();
  if (!n.is_element()) return true;
  if (n.is("script") || n.is("style") || n.is("template") || n.is("noscript")) return true;
  if (n.is("img") || n.is("picture") || n.is("video") || n.is("iframe") || n.is("hr") ||
      n.find("img"))
    return false;
  std::string text;
  append_text_content(n, text);
  return text.empty();
}

html_node first_meaningful_child(html_node parent) {
  for (html_node c : parent.children())
    if (!renders_nothing(c)) return c;
  return {};
}

// A date that opens a sentence (<p><span>date</span> was the day…</p>) is prose, not a dateline:
// only a block, or an element that nothing inline follows, stands apart.
bool stands_alone(html_node n) {
  if (is_block_element(n)) return true;
  for (html_node s = n.next_sibling(); s; s = s.next_sibling())
    if (!renders_nothing(s)) return s.is_element() && is_block_element(s);
  return true;
}

bool same_date(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto ta = parse_date_ms(a), tb = parse_date_ms(b);
  return ta && tb && *ta == *tb;
}

}  // namespace

html_node find_leading_date(html_node body, article_meta& meta) {
  if (meta.title.empty() && meta.url.empty()) return {};  // no header shows a date
  std::string wanted;
  append_collapsed(wanted, trim(meta.date));
  html_node n = first_meaningful_child(body);
  for (int depth = 0; n && n.is_element() && depth < max_wrapper_depth; ++depth) {
    // An image is content, not a dateline: nothing that holds one is dropped.
    if (n.is("img") || n.find("img")) return {};
    std::string text;
    append_text_content(n, text);
    if (text.size() <= max_date_length && stands_alone(n)) {
      if (!wanted.empty() && same_date(text, wanted)) return n;
      if (wanted.empty() && parse_date_ms(text)) {
        meta.date = text;
        return n;
      }
    }
    // Not a date itself: the date may open it (<article><header><time>…).
    n = first_meaningful_child(n);
  }
  return {};
}

}  // namespace article2md::detail
