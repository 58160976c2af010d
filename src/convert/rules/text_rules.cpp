// Block text: paragraphs, breaks, headings, thematic breaks, and what is never article text.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace article2md::detail {
namespace {

rule_result paragraph(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  ctx.render_children(node);
  w.blank_line();
  return rule_result::done;
}

rule_result line_break(const html_node&, rule_context& ctx) {
  ctx.writer().hard_break();
  return rule_result::done;
}

rule_result heading(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  if (w.inline_only()) {  // a heading inside link text or a caption: its text, on the line
    w.space();
    ctx.render_children(node);
    w.space();
    return rule_result::done;
  }
  std::size_t level = static_cast<std::size_t>(node.tag()[1] - '0');
  const bool setext = ctx.opts().headings == heading_style::setext && level <= 2;
  static constexpr std::string_view marks = "###### ";
  w.blank_line();
  w.open_line_span(setext ? std::string_view() : marks.substr(marks.size() - 1 - level));
  w.begin_inline_only();  // a heading is one line (CommonMark 4.2, 4.3)
  ctx.render_children(node);
  w.end_inline_only();
  if (!setext) w.protect_heading_end();
  bool wrote = w.close_span("");
  if (setext && wrote) {
    // The underline as wide as the text reads best; CommonMark needs only one character.
    std::size_t width = std::max<std::size_t>(3, w.current_line_width());
    w.line_break();
    w.markup(std::string(width, level == 1 ? '=' : '-'));
  }
  w.blank_line();
  return rule_result::done;
}

rule_result thematic_break(const html_node&, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  if (w.inline_only()) return rule_result::done;
  w.blank_line();
  // The break is its line's only content (CommonMark 4.1): emphasis around it (<i>a<hr>b</i>)
  // closes before it and opens again after it.
  w.suspend_spans();
  // In a list item "- ---" would be one thematic break instead of an item holding one.
  w.markup(ctx.state().list_depth > 0 ? "___" : "---");
  w.blank_line();
  w.resume_spans();
  return rule_result::done;
}

rule_result drop(const html_node&, rule_context&) { return rule_result::done; }

// A <dialog> shows only when open (HTML, "the dialog element").
rule_result dialog(const html_node& node, rule_context&) {
  return node.has_attr("open") ? rule_result::pass : rule_result::done;
}

}  // namespace

void add_text_rules(converter& c) {
  c.add_rule("p", paragraph);
  c.add_rule("br", line_break);
  for (const char* h : {"h1", "h2", "h3", "h4", "h5", "h6"}) c.add_rule(h, heading);
  c.add_rule("hr", thematic_break);
  // Never article text: code, styling, document metadata, form controls, embedded objects.
  for (const char* tag : {"script", "style", "template", "head", "title", "meta", "link",
                          "base", "svg", "canvas", "button", "input", "select", "textarea",
                          "option", "datalist", "object", "embed", "map", "area"})
    c.add_rule(tag, drop);
  c.add_rule("dialog", dialog);
}

}  // namespace article2md::detail
