#pragma once
// The page as the extractor holds it: the body's elements in a pre-order array, each with the
// tag the heuristics tell apart, its attribute flags and its bottom-up measures.

#include "article/extraction/text_measure.hpp"

#include <article2md/html_node.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

namespace article2md::detail::extraction {

using index_t = std::uint32_t;
constexpr index_t no_index = std::numeric_limits<index_t>::max();

// The tags the heuristics tell apart; everything else is `other`.
enum class tag : std::uint8_t {
  other,
  skip,
  body,
  div,
  p,
  section,
  article,
  header,
  footer,
  aside,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  td,
  th,
  tr,
  table,
  thead,
  tfoot,
  col,
  colgroup,
  caption,
  pre,
  blockquote,
  address,
  ol,
  ul,
  dl,
  dd,
  dt,
  li,
  form,
  fieldset,
  img,
  figure,
  a,
  del,
  ins,
  br,
  hr,
  object,
  embed,
  iframe,
  link,
  input,
  textarea,
  select,
  button,
  code,
  span,
  math
};

/// h1 to h6.
inline bool is_heading(tag k) { return k >= tag::h1 && k <= tag::h6; }
/// Readability's DIV_TO_P_ELEMS: a div holding none of these is really a paragraph.
inline bool is_div_to_p(tag k) {
  return k == tag::blockquote || k == tag::dl || k == tag::div || k == tag::img || k == tag::ol ||
         k == tag::p || k == tag::pre || k == tag::table || k == tag::ul;
}
/// The "textish" tags of _cleanConditionally's text density.
inline bool is_textish(tag k) {
  return k == tag::span || k == tag::li || k == tag::td || is_div_to_p(k);
}
/// object, embed or iframe.
inline bool is_embed(tag k) { return k == tag::object || k == tag::embed || k == tag::iframe; }

enum : std::uint16_t {
  f_hidden = 1u << 0,     // hidden, aria-hidden, modal dialog: always dropped
  f_unlikely = 1u << 1,   // unlikely class/id or role: dropped while stripping unlikelys
  f_share = 1u << 2,      // share bar class/id
  f_video = 1u << 3,      // embed of an allowed video host
  f_hash_link = 1u << 4,  // <a href="#...">: link text weighs 0.3
  f_title = 1u << 5,      // h1/h2 that repeats the page title
  f_has_children = 1u << 6,
  f_layout_table = 1u << 7,  // role=presentation or datatable=0
  f_data_table = 1u << 8,    // summary attribute
  f_byline = 1u << 9,        // rel=author, itemprop=author, byline class/id
  f_thread = 1u << 10,       // comment/replies class/id: unlikely, unless on a discussion
  f_box = 1u << 11,          // newsletter, sign-up or author-bio box: left out when short
  f_consent = 1u << 12,      // names a cookie or consent notice (page_widgets.cpp)
  f_reviews = 1u << 13,      // class/id naming reviews: left out on a product's page
  f_aria_hidden = 1u << 14,  // aria-hidden=true: hidden unless around the main landmark
  f_filters = 1u << 15,      // names a listing's filter or facet panel (page_widgets.cpp)
};

/// Whether a class token files a post under a category or tag, as WordPress writes them
/// (category-…, tag-…, type-…, format-…, post-…, topic-…): it says what the post is about.
bool is_taxonomy_token(std::string_view token);
/// Whether a class or id (lower case) names a cookie or consent notice (page_widgets.cpp).
bool names_consent_notice(std::string_view lower);
/// Whether a class or id (lower case) names a listing's filter or facet panel (page_widgets.cpp).
bool names_filter_panel(std::string_view lower);
/// Whether a class or id (lower case) names skip links: a token containing skiplink,
/// skip-link, skip_link, skip-to, skipto, skip-nav or skipnav (page_widgets.cpp).
bool names_skip_links(std::string_view lower);
/// Whether an element's class (lower case) or role says it is a button.
bool names_control(std::string_view lower_class, std::string_view role);

struct element {
  html_node node;
  index_t parent = no_index;
  index_t end = 0;  // one past the last descendant (pre-order)
  tag kind = tag::other;
  bool phrasing_tag = false;
  std::uint16_t flags = 0;
  int class_weight = 0;
  int discussion_weight = 0;  // the weight on a discussion, where comments are content
  std::uint32_t span = 1;  // rowspan of a tr, colspan of a td
};

struct stats {
  text_span text;
  double link = 0;
  std::uint32_t p = 0, img = 0, li = 0, input = 0, embeds = 0;
  std::uint32_t heading_chars = 0, textish_chars = 0, list_chars = 0;
  std::uint32_t rows = 0, row_cells = 0, columns = 0;
  std::uint32_t text_nodes = 0;
  html_node text_node;
  std::uint32_t element_children = 0, brhr_children = 0;
  bool video = false, block_below = false, data_table_below = false;
  bool table_data_marks = false, table_below = false;
};

// A run of phrasing content that Readability wraps into a <p> of its own: the phrasing
// children of a div, or what follows a <br><br> chain.
struct run {
  index_t owner = no_index;
  html_node first, last;                 // inclusive range of the owner's children
  index_t elem_begin = 0, elem_end = 0;  // element indices of its members
  text_span text;
  double link = 0;
  bool merged = false;  // the owner itself became this paragraph
};

struct item {
  bool is_run = false;
  index_t index = 0;
};

}  // namespace article2md::detail::extraction
