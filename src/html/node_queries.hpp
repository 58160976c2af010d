#pragma once
// Questions about nodes that the walk, the rules, the extractor and the feed reader all ask:
// document order without recursion, the visible text under a node, whether the page hides an
// element, whether HTML lays it out as a block.

#include <article2md/html_node.hpp>

#include <string>

namespace article2md::detail {

/// The node after `n` in document order, staying inside `root`'s subtree (null at its end).
/// `n`'s children are visited only when `descend` is true. Loops built on it never recurse.
html_node next_in_subtree(html_node n, html_node root, bool descend) noexcept;

/// Appends the visible text under `node` (collapsed, trimmed at the ends), skipping script,
/// style, template and comments. Iterative: safe on deep trees.
void append_text_content(html_node node, std::string& out);

/// True for elements the page hides from readers: the `hidden` attribute, inline
/// `display:none` or `visibility:hidden`.
bool is_hidden(html_node node) noexcept;
/// True for elements that HTML lays out as blocks (p, div, h1, li, table, ...).
bool is_block_element(html_node node) noexcept;

}  // namespace article2md::detail
