// Links.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <string>

namespace article2md::detail {
namespace {

bool has_element_child(html_node node) {
  for (html_node c : node.children())
    if (c.is_element()) return true;
  return false;
}

// A link whose text is its own address reads best as an autolink (CommonMark 6.5).
bool write_autolink(const html_node& node, const std::string& url,
                    markdown_writer& w) {
  if (has_element_child(node)) return false;
  std::string text = node.text_content();
  if (text.empty()) return false;
  if (text == url && is_autolink_safe(url)) {
    w.markup("<" + url + ">");
    return true;
  }
  // mailto:someone@example.com shown as someone@example.com: an email autolink.
  constexpr std::string_view mailto = "mailto:";
  if (url.size() > mailto.size() && iequals(url.substr(0, mailto.size()), mailto) &&
      url.compare(mailto.size(), std::string::npos, text) == 0 && is_email_autolink_safe(text)) {
    w.markup("<" + text + ">");
    return true;
  }
  return false;
}

rule_result link(const html_node& node, rule_context& ctx) {
  std::string_view href = trim(node.attr("href"));
  markdown_writer& w = ctx.writer();
  // A link inside a link (nested <a> elements: the parser never makes them from markup, but
  // foster parenting out of a table and scripts do) would be read by CommonMark as the inner
  // link, with the outer one's brackets, destination and title left as text, raw HTML in the
  // title included (fuzz_archive finding, tests/fuzz/regressions/archive/link-inside-link).
  // The outer link keeps the address; the inner one gives its content.
  if (w.in_link_text()) {
    ctx.render_children(node);
    return rule_result::done;
  }
  // A link to a place in the same document (#fn1, footnotes, tables of contents) stays one:
  // resolved, it would leave the Markdown for the original page.
  std::string url;
  if (node.has_attr("href"))
    url = href.substr(0, 1) == "#" ? std::string(href) : ctx.resolve_url(href);
  // javascript:, vbscript: and data: run code or smuggle content instead of pointing somewhere:
  // the link is dropped and its text kept. The scheme is read as a browser reads it
  // ("java\tscript:", " JAVASCRIPT:"), from the href and from what it resolves to (a relative
  // href under a <base href="javascript:…"> is one too).
  if (!node.has_attr("href") || is_unsafe_link_url(href) || is_unsafe_link_url(url)) {
    ctx.render_children(node);
    return rule_result::done;
  }
  if (write_autolink(node, url, w)) return rule_result::done;
  std::string destination;
  markdown_writer::append_destination(destination, url);
  std::string_view title = trim(node.attr("title"));
  if (!title.empty()) {
    destination += ' ';
    markdown_writer::append_title(destination, title);
  }
  std::string close;
  if (ctx.opts().links == link_style::reference) {
    // [text][n], with `[n]: destination` written after the body; one label per destination.
    walk_state& st = ctx.state();
    auto [it, added] = st.link_labels.try_emplace(destination, st.link_definitions.size() + 1);
    if (added) st.link_definitions.push_back(destination);
    close = "][" + std::to_string(it->second) + "]";
  } else {
    close = "](" + destination + ")";
  }
  // Link text stays on one line; a link with no visible content writes nothing at all.
  w.begin_inline_only();
  w.begin_link_text();
  ctx.render_wrapped(node, "[", close);
  w.end_link_text();
  w.end_inline_only();
  return rule_result::done;
}

}  // namespace

void add_link_rules(converter& c) { c.add_rule("a", link); }

}  // namespace article2md::detail
