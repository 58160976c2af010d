// Emphasis.
#include "convert/rules/builtin_rules.hpp"

namespace article2md::detail {
namespace {

rule_result strong(const html_node& node, rule_context& ctx) {
  const std::string& d = ctx.opts().strong_delimiter;
  ctx.render_wrapped(node, d, d, d.front());
  return rule_result::done;
}

rule_result emphasis(const html_node& node, rule_context& ctx) {
  const std::string& d = ctx.opts().emphasis_delimiter;
  ctx.render_wrapped(node, d, d, d.front());
  return rule_result::done;
}

}  // namespace

void add_inline_rules(converter& c) {
  c.add_rule("strong", strong);
  c.add_rule("b", strong);
  c.add_rule("em", emphasis);
  c.add_rule("i", emphasis);
}

}  // namespace article2md::detail
