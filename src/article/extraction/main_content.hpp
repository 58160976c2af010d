#pragma once
// Finding the article in a whole page: the container that holds it and what to leave out.

#include <article2md/html_node.hpp>

#include <unordered_set>

namespace article2md::detail {

/// The article of a page, as a view over the read-only parse tree.
struct content_selection {
  /// The element holding the article: the best-scoring container, or the common parent of
  /// several sibling containers (their other siblings are then in `excluded`), or the body
  /// when nothing stands out.
  html_node root;
  /// Nodes under `root` to leave out with their subtrees (html_node::id()): navigation, share
  /// bars, comment sections, related-article lists, ads, forms, hidden elements, and what
  /// the header already shows (the first h1/h2 repeating the page title; the byline when the
  /// page's metadata names no author). Mostly elements; when `root` is a merge of siblings,
  /// also text nodes lying directly in `root` between them.
  std::unordered_set<const void*> excluded;
};

/// What the header around the article already shows, so the article need not repeat it.
struct content_options {
  /// Leave out the first h1/h2 that repeats the page title (the header shows the title).
  bool drop_title_heading = true;
  /// Leave out the byline (a header that shows the author).
  bool drop_byline = true;
};

/// Scores the page the way Mozilla Readability does (paragraph scores by commas and length
/// propagated to ancestors, class/id weights, link density, sibling merging, conditional
/// cleaning) and returns the article's container and what to skip inside it. A single
/// [itemprop=articleBody], <article> or <main> holding half the page's text wins over a choice
/// outside it. `body` is the page's <body>; the title (<title>, og:title) and author metadata
/// are read from the <head> beside it. Never mutates the tree; iterative and linear in the
/// page size, so deep trees are safe. `revealed` (html/loading_state.hpp: find_revealed) names
/// the hidden and <noscript> elements that hold the content of a page whose scripts have not
/// run: they are read as visible containers.
content_selection select_main_content(html_node body, content_options opts = {},
                                      const std::unordered_set<const void*>& revealed = {});

}  // namespace article2md::detail
