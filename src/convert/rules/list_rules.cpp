// Lists: bullets, numbers, nesting (also the invalid <ul><ul> of real pages), task items.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace article2md::detail {
namespace {

bool is_list(html_node n) { return n.is("ul") || n.is("ol") || n.is("menu") || n.is("dir"); }

long parse_long(std::string_view s, long fallback) {
  s = trim(s);
  long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() ? v : fallback;
}

// Two lists in a row with the same marker would read back as one (CommonMark 5.3): each list
// after another of its kind takes the other marker, alternating along the run.
std::size_t lists_of_same_kind_before(html_node list) {
  std::size_t run = 0;
  for (html_node s = list.prev_sibling(); s; s = s.prev_sibling()) {
    if (s.is_text() && trim(s.text()).empty()) continue;
    if (s.type() == html_node::kind::comment) continue;
    if (!(s.is_element() && is_list(s) && s.is("ol") == list.is("ol"))) break;
    ++run;
  }
  return run;
}

char bullet_for(const html_node& list, const options& o) {
  char b = o.bullet;
  if (lists_of_same_kind_before(list) % 2 == 1) b = b == '-' ? '*' : '-';
  return b;
}

// A task item starts with a checkbox (GFM 5.3), possibly inside a <p> or <label>.
html_node leading_checkbox(html_node li) {
  html_node n = li.first_child();
  for (int depth = 0; n && depth < 3;) {
    if (n.is_text() && trim(n.text()).empty()) {
      n = n.next_sibling();
      continue;
    }
    if (n.is("input")) return iequals(n.attr("type"), "checkbox") ? n : html_node();
    if (!n.is("p") && !n.is("label") && !n.is("span")) return {};
    n = n.first_child();
    ++depth;
  }
  return {};
}

// A list item whose single block is a paragraph is written as its paragraph's content: the
// <p> would otherwise make the whole list loose.
html_node sole_paragraph(html_node li) {
  html_node found;
  for (html_node c : li.children()) {
    if (c.is_text() && trim(c.text()).empty()) continue;
    if (c.type() == html_node::kind::comment) continue;
    if (!c.is("p") || found) return {};
    found = c;
  }
  return found;
}

void render_item_content(html_node li, html_node checkbox, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  if (checkbox) {
    bool checked = checkbox.has_attr("checked");
    if (ctx.opts().gfm_task_lists)
      w.markup(checked ? "[x]" : "[ ]");
    else
      w.text(checked ? "[x]" : "[ ]");
    w.space();
    ctx.consume(checkbox);
  }
  html_node para = sole_paragraph(li);
  ctx.render_children(para ? para : li);
}

bool is_empty_item(html_node li) {
  for (html_node c : li.children())
    if (!(c.is_text() && trim(c.text()).empty()) && c.type() != html_node::kind::comment)
      return false;
  return true;
}

// A list is loose when its items hold paragraphs (CommonMark 5.3): every item a <p>.
bool is_loose(html_node list) {
  bool any = false;
  for (html_node c : list.children()) {
    if (!c.is("li")) continue;
    if (is_empty_item(c)) continue;
    if (!sole_paragraph(c)) return false;
    any = true;
  }
  return any;
}

bool has_content_item(html_node list) {
  for (html_node c : list.children())
    if (c.is("li") && !is_empty_item(c)) return true;
  return false;
}

void render_item(html_node li, const std::string& marker, bool loose, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  loose ? w.blank_line() : w.line_break();
  w.push_prefix(marker, std::string(marker.size(), ' '));
  if (is_empty_item(li))
    w.empty_block();  // the marker alone, as the page shows an empty bullet
  else
    render_item_content(li, leading_checkbox(li), ctx);
  w.pop_prefix();
  if (!loose) w.tighten();
  loose ? w.blank_line() : w.line_break();
}

rule_result list(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  walk_state& st = ctx.state();
  if (w.inline_only()) {
    // In link text or a table cell, items become a run of text.
    for (html_node c : node.children()) {
      ctx.render(c);
      w.space();
    }
    return rule_result::done;
  }
  bool nested = st.list_depth > 0;
  nested ? w.line_break() : w.blank_line();
  ++st.list_depth;
  const bool ordered = node.is("ol");
  const bool reversed = ordered && node.has_attr("reversed");
  long count = 0;
  for (html_node c : node.children())
    if (c.is("li")) ++count;
  long number = parse_long(node.attr("start"), reversed ? count : 1);
  const char bullet = bullet_for(node, ctx.opts());
  const bool loose = is_loose(node);
  // Items that are all empty are spacing, not a list.
  const bool keep_empty = has_content_item(node);
  const char delimiter = ordered && lists_of_same_kind_before(node) % 2 == 1 ? ')' : '.';
  std::string indent = "  ";
  bool item_before = false;
  for (html_node c : node.children()) {
    if (c.is("li")) {
      if (c.has_attr("value")) number = parse_long(c.attr("value"), number);
      // CommonMark 5.2: an ordered marker has at most nine digits.
      constexpr long max_number = 999999999;
      std::string marker = ordered ? std::to_string(std::clamp(number, 0L, max_number)) +
                                         delimiter + ' '
                                   : std::string{bullet, ' '};
      indent.assign(marker.size(), ' ');
      if (keep_empty || !is_empty_item(c)) {
        render_item(c, marker, loose, ctx);
        item_before = true;
      }
      number += reversed ? -1 : 1;
      continue;
    }
    if (c.is_text() && trim(c.text()).empty()) continue;
    // Anything else directly in a list (a nested <ul>, stray text) belongs to the item before.
    // Before any item there is no item to indent into: an indent without a list marker opens
    // no container (CommonMark 5.2), and nested, it reaches four spaces, where a fence is
    // paragraph text and the code in it raw HTML (fuzz regression stray-text-nested-lists).
    w.line_break();
    if (item_before) w.push_prefix(indent, indent);
    ctx.render(c);
    if (item_before) w.pop_prefix();
    w.tighten();
  }
  --st.list_depth;
  // Text after a nested list in the same item is a paragraph of that item, not a lazy line of
  // the nested list's last item: a blank line (the item's end tightens it away otherwise).
  w.blank_line();
  return rule_result::done;
}

// An <li> outside any list still reads as an item.
rule_result orphan_item(const html_node& node, rule_context& ctx) {
  if (ctx.state().list_depth > 0 || ctx.writer().inline_only()) return rule_result::pass;
  markdown_writer& w = ctx.writer();
  w.blank_line();
  render_item(node, std::string{ctx.opts().bullet, ' '}, false, ctx);
  w.blank_line();
  return rule_result::done;
}

}  // namespace

void add_list_rules(converter& c) {
  for (const char* tag : {"ul", "ol", "menu", "dir"}) c.add_rule(tag, list);
  c.add_rule("li", orphan_item);
}

}  // namespace article2md::detail
