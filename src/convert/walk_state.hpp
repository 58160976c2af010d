#pragma once
// Internals shared by the converter, the rule context and the built-in rules.

#include <article2md/converter.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace article2md {

namespace detail {
struct rule_entry {
  int priority = 0;
  std::uint64_t seq = 0;  // registration order: on a priority tie the newest runs first
  std::shared_ptr<const rule> fn;
};
}  // namespace detail

struct converter::impl {
  options opts;
  std::uint64_t next_seq = 0;
  /// Rules by tag id for known tags, by lower-case name for the others; `*` apart. Each list is
  /// kept sorted: priority descending, then newest first.
  std::vector<std::vector<detail::rule_entry>> by_id;
  std::map<std::string, std::vector<detail::rule_entry>, std::less<>> by_name;
  std::vector<detail::rule_entry> any;
  std::vector<bool> removed_id;
  std::vector<std::string> removed_names;
};

namespace detail {

/// One conversion in progress.
struct walk_state {
  walk_state(const converter::impl& c, markdown_writer& writer, const article_meta& m)
      : conv(c), out(&writer), meta(m) {}

  const converter::impl& conv;
  /// Where Markdown goes; a rule may point it at another writer for a while (table cells).
  markdown_writer* out;
  const article_meta& meta;
  /// Effective base for relative URLs (explicit base, <base href>, article URL).
  std::string base_url;
  /// Hidden and <noscript> elements that are the page's content (html/loading_state.hpp).
  std::unordered_set<const void*> revealed;

  /// Whether `n` is hidden only until the page's scripts run (in `revealed`).
  bool is_revealed(html_node n) const { return !revealed.empty() && revealed.count(n.id()) != 0; }
  /// Nodes already rendered by a rule (e.g. a caption taken by the image before it).
  std::unordered_set<const void*> consumed;
  /// Captions of images written inside link text: written after the link, as captions.
  std::unordered_set<const void*> deferred_captions;
  /// Caption of the figure being rendered: the alt text of its images when they have none.
  std::string figure_caption;
  std::size_t depth = 0;
  /// Reference-style links: each distinct destination's definition, numbered in order.
  std::vector<std::string> link_definitions;
  std::map<std::string, std::size_t, std::less<>> link_labels;
  /// Lists open around the current node: a nested list sits tight under its item.
  int list_depth = 0;
};

/// Renders one node through the rules (text, element, document).
void render_node(walk_state& st, html_node node);
/// The rendering of an element when no rule answers done: blocks get blank lines around
/// their children, inline elements render their children.
void render_default(walk_state& st, html_node node);
/// An element's children between blank lines, whatever its kind.
void render_default_block(walk_state& st, html_node node);
}  // namespace detail
}  // namespace article2md
