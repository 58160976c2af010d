#pragma once
// The page's <title> cleaned of the site's name (Readability's _getArticleTitle), with the
// page's h1 and h2 headings it is checked against.

#include <article2md/html_node.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace article2md::detail {

/// What the title cleaning needs of the page, gathered by scan_document().
struct title_context {
  std::string document_title;        // document.title: whitespace stripped and collapsed
  std::vector<html_node> headings;   // h1 and h2, in document order
  std::size_t h1_count = 0;
  html_node first_h1;
};

/// document.title cleaned of the site's name ("Site | Title"), or the one <h1> when the title
/// is too short or too long; the title as it was when cleaning leaves too few words.
std::string clean_document_title(const title_context& ctx);

}  // namespace article2md::detail
