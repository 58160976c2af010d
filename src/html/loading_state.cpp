// find_revealed (loading_state.hpp): one pass measuring prose per element, then the verdict.
#include "html/loading_state.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace article2md::detail {
namespace {

// Prose: characters of text that are not spaces. Link text is left out so that a hidden
// menu of links (a mega menu, a mobile drawer) weighs little against the page's paragraphs.
std::size_t prose_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if (!is_html_space(c)) ++n;
  return n;
}

// Tags compared by id: this pass visits every element of every page.
struct tag_ids {
  int script = html_node::tag_id_of("script"), style = html_node::tag_id_of("style"),
      template_ = html_node::tag_id_of("template"), svg = html_node::tag_id_of("svg"),
      noscript = html_node::tag_id_of("noscript"), a = html_node::tag_id_of("a"),
      iframe = html_node::tag_id_of("iframe");
};

const tag_ids& ids() {
  static const tag_ids t;
  return t;
}

bool never_read(int id) {
  const tag_ids& t = ids();
  // An <iframe>'s own content is never shown (its content model is nothing); inside a
  // <noscript> read with scripts off, a self-closed "<iframe ... />" swallows the rest of the
  // page as its text.
  return id == t.script || id == t.style || id == t.template_ || id == t.svg || id == t.iframe;
}

struct hider {
  html_node node;
  std::size_t prose = 0;
};

constexpr std::size_t none = static_cast<std::size_t>(-1);

// Less than this is a notice ("Please enable JavaScript to use this site"), not content.
constexpr std::size_t min_content = 200;

struct frame {
  std::size_t hider = none;  // the nearest hiding ancestor-or-self, if any
  bool opens_hider = false;  // this element is that hider
  bool in_link = false;
  bool hidden = false;
};

}  // namespace

std::unordered_set<const void*> find_revealed(html_node body) {
  std::unordered_set<const void*> revealed;
  if (!body || !body.is_element()) return revealed;
  std::vector<hider> hiders;
  // A hider's prose is added to the hider around it when its element ends.
  std::vector<std::size_t> hider_parent;
  std::vector<frame> stack{frame{}};
  std::size_t total = 0;
  std::size_t visible = 0;

  html_node n = body.first_child();
  while (n) {
    const frame& top = stack.back();
    bool descend = false;
    if (n.is_text()) {
      const std::size_t chars = top.in_link ? 0 : prose_chars(n.text());
      total += chars;
      if (!top.hidden) visible += chars;
      if (top.hider != none) hiders[top.hider].prose += chars;
    } else if (n.is_element() && n.first_child() && !never_read(n.tag_id())) {
      const int id = n.tag_id();
      frame f = top;
      f.in_link = f.in_link || id == ids().a;
      if (id == ids().noscript || is_hidden(n)) {
        hider_parent.push_back(f.hider);
        f.hider = hiders.size();
        f.opens_hider = true;
        f.hidden = true;
        hiders.push_back({n, 0});
      }
      stack.push_back(f);
      descend = true;
    }
    if (descend) {
      n = n.first_child();
      continue;
    }
    while (n != body && !n.next_sibling()) {
      n = n.parent();
      const frame& closing = stack.back();
      if (closing.opens_hider && hider_parent[closing.hider] != none)
        hiders[hider_parent[closing.hider]].prose += hiders[closing.hider].prose;
      stack.pop_back();
    }
    n = n == body ? html_node{} : n.next_sibling();
  }

  if (visible * 4 >= total) return revealed;
  for (const hider& h : hiders)
    if (h.prose * 4 >= total && h.prose >= min_content) revealed.insert(h.node.id());
  return revealed;
}

}  // namespace article2md::detail
