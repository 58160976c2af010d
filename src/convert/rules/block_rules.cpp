// Block quotes.
#include "convert/rules/builtin_rules.hpp"

namespace article2md::detail {
namespace {

rule_result blockquote(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  if (w.inline_only()) {  // a quote in link text or a table cell: its text, in place
    ctx.render_children(node);
    return rule_result::done;
  }
  w.blank_line();
  w.push_prefix("> ", "> ");
  bool empty = true;
  for (html_node c : node.children())
    if (!(c.is_text() && c.text().find_first_not_of(" \t\n\r\f") == std::string_view::npos) &&
        c.type() != html_node::kind::comment)
      empty = false;
  if (empty)
    w.empty_block();  // ">" alone: the page has a quote, even an empty one
  else
    ctx.render_children(node);
  w.pop_prefix();
  w.blank_line();
  return rule_result::done;
}

}  // namespace

void add_block_rules(converter& c) { c.add_rule("blockquote", blockquote); }

}  // namespace article2md::detail
