#pragma once
// Text helpers shared by the metadata readers: JavaScript's notion of whitespace and length,
// which Readability's rules were written for, and the textContent of small nodes.

#include <article2md/html_node.hpp>

#include <cstddef>
#include <string>
#include <string_view>

// The names are generic, hence a namespace of their own.
namespace article2md::detail::metadata_text {

/// ECMAScript WhiteSpace and LineTerminator: what \s and String.prototype.trim() match.
bool is_js_space(char32_t c) noexcept;

/// `s` without leading and trailing JavaScript whitespace (String.prototype.trim()).
std::string_view js_trim(std::string_view s) noexcept;

/// String length as JavaScript counts it (UTF-16 code units).
std::size_t js_length(std::string_view s) noexcept;

/// `s` trimmed, runs of whitespace collapsed to one space (a lone no-break space stays).
std::string clean_text(std::string_view s);

/// How much of `b` is made of words that also occur in `a` (1 = all of it).
double text_similarity(std::string_view a, std::string_view b);

/// True for script, style, noscript and template: subtrees a reader never sees as text.
bool is_hidden_container(html_node n);

/// The textContent of `node` outside hidden containers, cut after about `limit` bytes.
std::string raw_text(html_node node, std::size_t limit);

/// raw_text() with a space for each <br> and without hidden elements (`hidden`, display:none):
/// the words of a heading as the page shows them ("News Product<br>Management" is "News Product
/// Management", where textContent runs them together).
std::string shown_text(html_node node, std::size_t limit);

/// `s` in ASCII lower case.
std::string lower(std::string_view s);

}  // namespace article2md::detail::metadata_text
