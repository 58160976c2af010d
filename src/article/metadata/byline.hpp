#pragma once
// The byline element (Readability's _isValidByline): the page's own markup, when neither
// JSON-LD nor <meta> tags name the author.

#include <article2md/html_node.hpp>

#include <string>
#include <string_view>

namespace article2md::detail {

/// The text of the first visible byline element of the page (rel=author, itemprop=author,
/// class or id byline/author/...; under 100 characters), skipping page furniture and the first
/// heading that repeats `title`; empty when there is none.
std::string find_byline_element(html_node document, std::string_view title);

}  // namespace article2md::detail
