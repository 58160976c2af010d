// Questions about nodes (see node_queries.hpp).
#include "html/node_queries.hpp"

#include "text/text_utils.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace article2md::detail {

namespace {

constexpr std::size_t max_tag_ids = 256;

std::array<bool, max_tag_ids> make_block_table() {
  std::array<bool, max_tag_ids> t{};
  for (const char* name :
       {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "search"}) {
    int id = html_node::tag_id_of(name);
    if (id >= 0 && static_cast<std::size_t>(id) < max_tag_ids) t[static_cast<std::size_t>(id)] = true;
  }
  return t;
}

}  // namespace

html_node next_in_subtree(html_node n, html_node root, bool descend) noexcept {
  if (descend && n.first_child()) return n.first_child();
  while (n && n != root && !n.next_sibling()) n = n.parent();
  if (!n || n == root) return {};
  return n.next_sibling();
}

void append_text_content(html_node node, std::string& out) {
  std::size_t start = out.size();
  bool space = false;
  auto skipped = [](html_node n) {
    return n.is("script") || n.is("style") || n.is("template") || n.is("noscript");
  };
  auto add = [&](std::string_view s) {
    for (char c : s) {
      if (is_html_space(c)) {
        space = out.size() > start;
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  };
  if (node.is_text()) {
    add(node.text());
    return;
  }
  for (html_node n = node.first_child(); n;) {
    bool descend = false;
    if (n.is_text())
      add(n.text());
    else if (n.is_element())
      descend = !skipped(n);
    n = next_in_subtree(n, node, descend);
  }
}


// The `hidden` attribute and inline `display:none` hide content from readers: not the article.
bool is_hidden(html_node node) noexcept {
  if (node.has_attr("hidden")) return true;
  std::string_view style = node.attr("style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (!is_html_space(c)) compact.push_back(ascii_lower(c));
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool is_block_element(html_node node) noexcept {
  static const std::array<bool, max_tag_ids> table = make_block_table();
  int id = node.tag_id();
  return id >= 0 && static_cast<std::size_t>(id) < max_tag_ids &&
         table[static_cast<std::size_t>(id)];
}

}  // namespace article2md::detail
