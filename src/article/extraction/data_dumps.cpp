// A shop's template sometimes writes its whole data store into the page as a definition list
// (`<dt>retail_price_tier1:</dt><dd>$15.00_10–49 items</dd>`,
// `<dt>cat_thumb_Mushroom:</dt><dd>https://…</dd>`), hidden by its style sheet for its scripts
// to read. Field names in snake_case are what programs call things; what a reader is shown
// says them in words ("Fabric", "Care instructions"). A long list named so is left out.
#include "article/extraction/extractor.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace article2md::detail::extraction {
namespace {

// "retail_price_tier1", "cat_thumb_Mushroom:", "tab_Care Instructions:": a lower-case word
// joined to the next by an underscore ("HistogramConfigurationtokio_unstable", a type's name
// with its feature flag in a library's documentation, is not).
bool names_a_field(std::string_view term) {
  term = trim(term);
  std::size_t i = 0;
  while (i < term.size() &&
         ((term[i] >= 'a' && term[i] <= 'z') || is_ascii_digit(term[i])))
    ++i;
  return i > 0 && i + 1 < term.size() && term[i] == '_';
}

}  // namespace

void extractor::hide_data_dumps() {
  // Enough fields that no hand-written list of terms is taken for one.
  constexpr std::uint32_t min_terms = 8;
  std::string text;
  for (index_t i = 1; i < size(); ++i) {
    if (els_[i].kind != tag::dl || (els_[i].flags & f_hidden)) continue;
    std::uint32_t terms = 0, fields = 0;
    for (index_t c = i + 1; c < els_[i].end; ++c) {
      if (els_[c].kind == tag::dl) {
        c = els_[c].end - 1;  // a nested list is judged on its own
        continue;
      }
      if (els_[c].kind != tag::dt) continue;
      ++terms;
      text.clear();
      append_text_content(els_[c].node, text);
      if (names_a_field(text)) ++fields;
      c = els_[c].end - 1;
    }
    if (terms >= min_terms && fields * 2 >= terms) els_[i].flags |= f_hidden;
  }
}

}  // namespace article2md::detail::extraction
