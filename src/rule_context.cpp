#include "walk_state.hpp"

#include "url.hpp"

namespace article2md {

markdown_writer& rule_context::writer() const noexcept { return state_->w; }
const options& rule_context::opts() const noexcept { return state_->conv.opts; }
const article_meta& rule_context::meta() const noexcept { return state_->meta; }

void rule_context::render(html_node node) { detail::render_node(*state_, node); }

void rule_context::render_children(html_node node) {
  for (html_node c : node.children()) detail::render_node(*state_, c);
}

bool rule_context::render_wrapped(html_node node, std::string_view open, std::string_view close,
                                  char delimiter) {
  state_->w.open_span(open, delimiter);
  render_children(node);
  return state_->w.close_span(close);
}

std::string rule_context::resolve_url(std::string_view url) const {
  return detail::resolve_url(state_->base_url, url);
}

void rule_context::consume(html_node node) {
  if (node) state_->consumed.insert(node.id());
}

bool rule_context::consumed(html_node node) const noexcept {
  return state_->consumed.count(node.id()) != 0;
}

}  // namespace article2md
