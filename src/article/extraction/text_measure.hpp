#pragma once
// Text as the extractor measures it, for all its stages: one text node's measure, joined node
// by node up the tree so that no element's text is ever built; the ASCII helpers of word tests.

#include "text/text_utils.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace article2md::detail::extraction {

// Text as Readability measures it: textContent, trimmed, whitespace runs counting one. Spans
// are measured apart and joined in document order: a run of whitespace across a boundary
// (text "a " then "<b> b</b>") still counts once, and none at the ends.
struct text_span {
  std::uint32_t chars = 0;       // code points, trimmed, a run of whitespace counting one
  std::uint32_t commas = 0;      // ',' (what _getCharCount counts), not between digits
  std::uint32_t all_commas = 0;  // Latin, Arabic, CJK... commas (paragraph scoring), the same
  bool content = false;          // anything but whitespace
  bool lead_space = false;       // whitespace before the content (or anywhere, without content)
  bool trail_space = false;      // whitespace after the content

  // Appends `b`, which follows this span in the document.
  void join(const text_span& b) {
    commas += b.commas;
    all_commas += b.all_commas;
    if (!b.content) {
      trail_space = trail_space || b.lead_space;
      if (!content) lead_space = trail_space;
      return;
    }
    if (!content) {
      bool space = lead_space || trail_space;
      chars = b.chars;
      content = true;
      lead_space = space || b.lead_space;
      trail_space = b.trail_space;
      return;
    }
    chars += b.chars + ((trail_space || b.lead_space) ? 1u : 0u);
    trail_space = b.trail_space;
  }
};

/// The measure of one text node's text, as it stands in the tree (entities decoded).
text_span measure(std::string_view s);

/// Sets `out` to `s` in ASCII lower case (reusing out's buffer).
inline void assign_lower(std::string& out, std::string_view s) {
  out.clear();
  for (char c : s) out.push_back(ascii_lower(c));
}

/// A word character of JavaScript regular expressions (\w): ASCII letter, digit or '_'.
constexpr bool is_word_char(char c) { return is_ascii_alnum(c) || c == '_'; }

}  // namespace article2md::detail::extraction
