// Readability's scores: each paragraph's commas and length, added to its ancestors (less at each
// level up) over a base by tag and the class/id weight, then discounted by link density.
#include "article/extraction/extractor.hpp"

#include <algorithm>
#include <cstdint>

namespace article2md::detail::extraction {
namespace {

// DEFAULT_TAGS_TO_SCORE.
bool is_scored(tag k) {
  return k == tag::section || (k >= tag::h2 && k <= tag::h6) || k == tag::p || k == tag::td ||
         k == tag::pre;
}

}  // namespace

// _initializeNode.
void extractor::init_candidate(index_t i) {
  if (scored_[i]) return;
  scored_[i] = 1;
  double base = 0;
  switch (kinds_[i]) {
    case tag::div:
      base = 5;
      break;
    case tag::pre:
    case tag::td:
    case tag::blockquote:
      base = 3;
      break;
    case tag::address:
    case tag::ol:
    case tag::ul:
    case tag::dl:
    case tag::dd:
    case tag::dt:
    case tag::li:
    case tag::form:
      base = -3;
      break;
    case tag::h1:
    case tag::h2:
    case tag::h3:
    case tag::h4:
    case tag::h5:
    case tag::h6:
    case tag::th:
      base = -5;
      break;
    default:
      break;
  }
  score_[i] = base + weight_of(i);
  candidates_.push_back(i);
}

void extractor::propagate(index_t first_ancestor, std::uint32_t chars, std::uint32_t all_commas) {
  if (chars < 25) return;
  double content = 1.0 + (all_commas + 1.0) + std::min(chars / 100u, 3u);
  index_t a = first_ancestor;
  for (int level = 0; level < 5 && a != no_index; ++level, a = logical_parent(a)) {
    init_candidate(a);
    double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
    score_[a] += content / divider;
  }
}

// Paragraph scores to parents (whole), grandparents (half) and further ancestors.
void extractor::score() {
  for (index_t i = 1; i < size(); ++i) {
    if (gone_[i] || empty_[i] || transparent_[i] || absorbed_[i]) continue;
    if (is_scored(kinds_[i]))
      propagate(logical_parent(i), st_[i].text.chars, st_[i].text.all_commas);
    for (index_t r = run_begin_[i]; r < run_end_[i]; ++r)
      if (!runs_[r].merged) propagate(i, runs_[r].text.chars, runs_[r].text.all_commas);
  }
  for (index_t c : candidates_) {
    const stats& s = st_[c];
    double density = s.text.chars == 0 ? 0 : s.link / s.text.chars;
    score_[c] *= 1 - density;
  }
}

}  // namespace article2md::detail::extraction
