#include "convert/walk_state.hpp"

#include "text/url.hpp"

namespace article2md {

markdown_writer& rule_context::writer() const noexcept { return *state_->out; }
const options& rule_context::opts() const noexcept { return state_->conv.opts; }
const article_meta& rule_context::meta() const noexcept { return state_->meta; }

void rule_context::render(html_node node) { detail::render_node(*state_, node); }

void rule_context::render_children(html_node node) {
  for (html_node c : node.children()) detail::render_node(*state_, c);
}

bool rule_context::render_wrapped(html_node node, std::string_view open, std::string_view close,
                                  char delimiter) {
  state_->out->open_span(open, delimiter);
  render_children(node);
  return state_->out->close_span(close);
}

std::string rule_context::render_inline(html_node node, bool table_cell) {
  markdown_writer cell;
  cell.begin_inline_only();
  if (table_cell) cell.begin_table_cell();
  markdown_writer* saved = state_->out;
  state_->out = &cell;
  try {
    render_children(node);
  } catch (...) {
    state_->out = saved;
    throw;
  }
  state_->out = saved;
  std::string text = cell.finish();
  if (!text.empty()) text.pop_back();  // the final newline
  return text;
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
