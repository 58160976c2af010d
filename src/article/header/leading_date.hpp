#pragma once
// Bodies that open with their own date, which the header already shows.

#include <article2md/html_node.hpp>
#include <article2md/options.hpp>

namespace article2md::detail {

/// Finds the element that opens `body` when its whole text is a date: the header's date
/// (same text, or the same instant when both parse), or, when `meta.date` is empty and the
/// header has a title or URL, any text that parses as a date, which then becomes
/// `meta.date`. Returns the element to leave out, or a null handle.
html_node find_leading_date(html_node body, article_meta& meta);

}  // namespace article2md::detail
