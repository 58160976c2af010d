// Block quotes.
#include "rules/builtin_rules.hpp"

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
  ctx.render_children(node);
  w.pop_prefix();
  w.blank_line();
  return rule_result::done;
}

}  // namespace

void add_block_rules(converter& c) { c.add_rule("blockquote", blockquote); }

}  // namespace article2md::detail
