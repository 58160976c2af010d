// One text node's measure (text_measure.hpp): its length in code points, its commas, and the
// whitespace at its ends that decides whether a space counts where it meets its neighbours.
#include "article/extraction/text_measure.hpp"

#include "text/text_utils.hpp"

#include <cstdint>
#include <string_view>

namespace article2md::detail::extraction {
namespace {

bool is_comma_variant(char32_t c) {
  return c == 0x2C || c == 0x60C || c == 0xFE50 || c == 0xFE10 || c == 0xFE11 || c == 0x2E41 ||
         c == 0x2E34 || c == 0x2E32 || c == 0xFF0C;
}

}  // namespace

text_span measure(std::string_view s) {
  text_span m;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (is_html_space(c)) {
      space = true;
      ++i;
      continue;
    }
    if (space) {
      if (m.content)
        ++m.chars;
      else
        m.lead_space = true;
    }
    space = false;
    m.content = true;
    ++m.chars;
    if (c == ',') {
      // A comma between digits groups them ("220,031", "$1,299"): a number, not a clause.
      auto digit = [](char d) { return d >= '0' && d <= '9'; };
      bool grouping = i > 0 && digit(s[i - 1]) && i + 1 < s.size() && digit(s[i + 1]);
      if (!grouping) {
        ++m.commas;
        ++m.all_commas;
      }
      ++i;
    } else if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
    } else if (is_comma_variant(decode_utf8(s, i))) {
      ++m.all_commas;
    }
  }
  if (space) {
    if (m.content)
      m.trail_space = true;
    else
      m.lead_space = m.trail_space = true;
  }
  return m;
}

}  // namespace article2md::detail::extraction
