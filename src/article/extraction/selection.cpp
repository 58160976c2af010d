// The choice from the scores: the top candidate (or the ancestor several near-equal ones share),
// the siblings worth merging with it, and the page's own articleBody/<article>/<main> when the
// scores point beside it.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail::extraction {
namespace {

constexpr int n_top_candidates = 5;

template <class Text>
bool paragraph_sibling(std::uint32_t chars, double link, Text&& text) {
  double density = chars == 0 ? 0 : link / chars;
  if (chars > 80 && density < 0.25) return true;
  if (chars < 80 && chars > 0 && density == 0) {
    std::string t;
    text(t);
    std::string_view v = trim(t);
    return !v.empty() && (v.back() == '.' || v.find(". ") != std::string_view::npos);
  }
  return false;
}

}  // namespace

// The page's own word for its article: one element marked itemprop=articleBody, else one
// <article>, else one <main>, when it holds at least half the page's text.
index_t extractor::semantic_container() const {
  index_t body_count = 0, article_count = 0, main_count = 0;
  index_t body_at = no_index, article_at = no_index, main_at = no_index;
  for (index_t i = 1; i < size(); ++i) {
    if (gone_[i]) continue;
    if (icontains(els_[i].node.attr("itemprop"), "articlebody")) {
      ++body_count;
      body_at = i;
    }
    if (els_[i].kind == tag::article) {
      ++article_count;
      article_at = i;
    }
    // role=main is the landmark <main> stands for (WAI-ARIA), on pages older than <main>.
    if (els_[i].node.is("main") || els_[i].node.attr("role") == "main") {
      ++main_count;
      main_at = i;
    }
  }
  index_t found = body_count == 1      ? body_at
                  : article_count == 1 ? article_at
                  : main_count == 1    ? main_at
                                       : no_index;
  if (found == no_index || st_[found].text.chars * 2u < st_[0].text.chars) return no_index;
  return found;
}

// Scores that pick something beside the page's declared article (a comment thread longer
// than the story, a listing in a sidebar) lose to the declaration.
void extractor::prefer_semantic_container(std::vector<item>& chosen, index_t& parent) {
  index_t s = semantic_container();
  if (s == no_index) return;
  // The body (nothing stood out) yields to it too.
  bool body = chosen.size() == 1 && !chosen[0].is_run && chosen[0].index == 0;
  if (!body)
    for (const item& it : chosen) {
      index_t e = it.is_run ? runs_[it.index].owner : it.index;
      if (e == s || is_ancestor(e, s) || is_ancestor(s, e)) return;
    }
  chosen.assign(1, item{false, s});
  parent = logical_parent(s);
  zero_weight_ = no_index;
  kinds_[0] = tag::body;
}

bool extractor::is_ancestor(index_t a, index_t d) const { return a < d && d < els_[a].end; }

// The top candidate, then the siblings worth merging with it.
void extractor::pick(std::vector<item>& chosen, index_t& parent) {
  std::vector<index_t> top;
  for (index_t c : candidates_) {
    for (int t = 0; t < n_top_candidates; ++t) {
      auto ti = static_cast<std::size_t>(t);
      if (ti >= top.size() || score_[c] > score_[top[ti]]) {
        top.insert(top.begin() + t, c);
        if (top.size() > static_cast<std::size_t>(n_top_candidates)) top.pop_back();
        break;
      }
    }
  }
  if (top.empty() || top[0] == 0) {
    // Nothing stands out: the whole body, as the div Readability wraps it in.
    zero_weight_ = 0;
    kinds_[0] = tag::div;
    chosen.push_back({false, 0});
    parent = no_index;
    return;
  }
  index_t best = top[0];
  // Several near-equal candidates under one ancestor: that ancestor holds the article.
  std::vector<index_t> alternatives;
  for (std::size_t i = 1; i < top.size(); ++i)
    if (score_[top[i]] / score_[best] >= 0.75) alternatives.push_back(top[i]);
  constexpr std::size_t minimum_top_candidates = 3;
  if (alternatives.size() >= minimum_top_candidates) {
    for (index_t p = logical_parent(best); p != no_index && p != 0; p = logical_parent(p)) {
      std::size_t containing = 0;
      for (index_t alt : alternatives)
        if (is_ancestor(p, alt)) ++containing;
      if (containing >= minimum_top_candidates) {
        best = p;
        break;
      }
    }
  }
  // A near-equal candidate around or beside it with several times its text holds the
  // article: the best scorer was a box of teasers or a short aside that scoring favours
  // ("related articles" inside the story's container, a card beside the description). Only
  // when the best holds an article's worth of text itself: a tiny best is settled by the
  // page-without-chrome fallback, which a mid-sized alternative would hide.
  for (index_t alt : alternatives)
    if (alt != 0 && !is_ancestor(best, alt) && st_[best].text.chars >= char_threshold &&
        st_[alt].text.chars >= 3 * st_[best].text.chars) {
      best = alt;
      break;
    }
  init_candidate(best);
  // A parent scoring higher than its child on the way up holds more of the article.
  {
    double last = score_[best];
    double threshold = last / 3;
    for (index_t p = logical_parent(best); p != no_index && p != 0; p = logical_parent(p)) {
      if (!scored_[p]) continue;
      double s = score_[p];
      if (s < threshold) break;
      if (s > last) {
        best = p;
        break;
      }
      last = s;
    }
  }
  // An only child: its parent, so that the siblings below are the parent's.
  for (index_t p = logical_parent(best); p != no_index && p != 0 && items_count_[p] == 1;
       p = logical_parent(p))
    best = p;
  init_candidate(best);

  parent = logical_parent(best);
  double top_score = score_[best];
  double threshold = std::max(10.0, top_score * 0.2);
  std::string_view best_class = els_[best].node.attr("class");
  for_each_item(parent, [&](item it) {
    if (!it.is_run) {
      index_t s = resolve(it.index);
      if (s == best) {
        chosen.push_back(it);
        return;
      }
      // A short newsletter or author box beside the article is not part of it.
      if (((els_[it.index].flags | els_[s].flags) & f_box) && st_[s].text.chars < char_threshold)
        return;
      double bonus = 0;
      if (!best_class.empty() && els_[s].node.attr("class") == best_class)
        bonus = top_score * 0.2;
      if (scored_[s] && score_[s] + bonus >= threshold) {
        chosen.push_back(it);
        return;
      }
      if (kinds_[s] == tag::p &&
          paragraph_sibling(st_[s].text.chars, st_[s].link,
                            [&](std::string& out) { append_live_text(s, out); }))
        chosen.push_back(it);
      return;
    }
    const run& r = runs_[it.index];
    if (paragraph_sibling(r.text.chars, r.link,
                          [&](std::string& out) { append_run_text(r, out); }))
      chosen.push_back(it);
  });
  // A candidate inside a run (a span holding paragraphs) is not one of the parent's items.
  bool has_best = false;
  for (const item& it : chosen)
    if (!it.is_run && resolve(it.index) == best) has_best = true;
  if (!has_best) chosen.assign(1, item{false, best});
}

// The items of a node after Readability's edits: its element children that survive, and
// the paragraphs made of its runs, in document order.
template <class F>
void extractor::for_each_item(index_t p, F&& f) const {
  index_t r = run_begin_[p];
  const index_t r_end = run_end_[p];
  for_each_child(p, [&](html_node c, index_t idx) {
    while (r < r_end && runs_[r].first == c) {
      f(item{true, r});
      ++r;
    }
    if (idx == no_index || gone_[idx] || absorbed_[idx] || empty_[idx]) return;
    f(item{false, idx});
  });
  for (; r < r_end; ++r) f(item{true, r});
}

// The text of element i's live subtree, in document order, without recursion.
template <class F>
void extractor::walk_live_text(index_t i, F&& on_text) const {
  struct frame {
    html_node child;
    index_t next, end;
  };
  std::vector<frame> stack{{els_[i].node.first_child(), i + 1, els_[i].end}};
  while (!stack.empty()) {
    frame& f = stack.back();
    if (!f.child) {
      stack.pop_back();
      continue;
    }
    html_node c = f.child;
    f.child = c.next_sibling();
    if (c.is_element() && f.next < f.end && els_[f.next].node == c) {
      index_t idx = f.next;
      f.next = els_[idx].end;
      if (!gone_[idx]) stack.push_back({c.first_child(), idx + 1, els_[idx].end});
    } else if (c.is_text()) {
      on_text(c.text());
    }
  }
}

void extractor::append_live_text(index_t i, std::string& out) const {
  walk_live_text(i, [&](std::string_view t) { append_collapsed(out, t); });
}

void extractor::append_run_text(const run& r, std::string& out) const {
  for_each_in_run(r, [&](html_node c, index_t idx) {
    if (idx != no_index) {
      if (!gone_[idx]) append_live_text(idx, out);
    } else if (c.is_text()) {
      append_collapsed(out, c.text());
    }
  });
}

}  // namespace article2md::detail::extraction
