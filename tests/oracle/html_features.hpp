#pragma once
// What the oracle compares, read from a gumbo tree the way score.py's analyze() reads an
// html5lib tree: visible text and its tokens, segments, links, images, element counts, code.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace article2md::oracle {

/// Element kinds counted for structure recall and spurious markup (score.py's STRUCT_KINDS
/// and SPURIOUS_KINDS share these names).
enum class kind : std::size_t {
  h1, h2, h3, h4, h5, h6, heading, list_item, list_item_nested, ordered_item, blockquote,
  code_block, code_inline, table, table_cell, em, strong, del, hr, link, image,
  count_
};
constexpr std::size_t kind_count = static_cast<std::size_t>(kind::count_);
std::string_view kind_name(kind k) noexcept;

/// Segments whose text must come back contiguous (score.py's SEG_KINDS).
enum class segment_kind : std::size_t { p, heading, li, cell, figcaption, blockquote, pre, count_ };
constexpr std::size_t segment_kind_count = static_cast<std::size_t>(segment_kind::count_);
std::string_view segment_kind_name(segment_kind k) noexcept;

/// A multiset of strings (score.py's Counter). Pairs are joined with U+001F.
using multiset = std::unordered_map<std::string, int>;

struct segment {
  segment_kind kind;
  std::vector<std::string> tokens;
};

struct html_features {
  /// Visible text of <body>, with a space around every block element.
  std::string text;
  std::vector<std::string> tokens;
  std::vector<segment> segments;
  multiset links;       ///< normalised href + U+001F + collapsed text
  multiset link_hrefs;  ///< normalised href
  multiset img_src;     ///< normalised src
  multiset img_pair;    ///< normalised src + U+001F + collapsed alt
  multiset pre_texts;   ///< text of each <pre>, newlines stripped at both ends
  std::array<int, kind_count> counts{};

  int count(kind k) const noexcept { return counts[static_cast<std::size_t>(k)]; }
};

/// Which side of the round trip a page is: the converter's documented conventions are read
/// into the source side only (see docs/quality.md, "Where the oracle differs from score.py").
enum class side { source, output };

/// Parses `html` as a whole document (gumbo) and extracts its features from <body>.
/// On the source side:
/// - a caption with text (<figcaption>, a table's <caption>, an element whose class or id names
///   a caption) counts as one emphasis: captions are written `*caption*`;
/// - <tt>, <kbd>, <samp> outside <pre> count as inline code, <var> and <dfn> as emphasis: the
///   Markdown forms of how browsers show them;
/// - an <img> without src whose lazy-loading attribute holds the source counts as an image;
/// - a layout table (role="presentation"/"none", a single row or a single column) counts as
///   no table:
///   its content is written, not a grid.
html_features extract_features(std::string_view html, side which = side::output);

}  // namespace article2md::oracle
