#include "article/leading_date.hpp"

#include "article/date.hpp"
#include "text_utils.hpp"

#include <string>

namespace article2md::detail {
namespace {

// A date is short; anything longer is prose that merely starts with one.
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
    if (n.find("img") || n.is("img")) return {};
    std::string text;
    append_text_content(n, text);
    if (text.size() > max_date_length) {
      n = first_meaningful_child(n);
      continue;
    }
    if (!wanted.empty()) return same_date(text, wanted) ? n : html_node();
    if (!parse_date_ms(text)) return {};
    meta.date = text;
    return n;
  }
  return {};
}

}  // namespace article2md::detail
