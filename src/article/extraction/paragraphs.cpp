// Readability's DOM edits before scoring (_replaceBrs, the div-to-p of _grabArticle's walk), as
// flags over the read-only tree: runs of phrasing content become paragraphs, <br><br> chains
// split them, a div holding one paragraph or no block becomes a paragraph.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace article2md::detail::extraction {
namespace {

bool is_blank_text(html_node c, index_t idx) {
  return idx == no_index && c.is_text() && trim(c.text()).empty();
}

}  // namespace

// Readability's _isPhrasingContent over the live tree.
bool extractor::phrasing(html_node c, index_t idx) const {
  if (idx == no_index) return c.is_text();
  if (els_[idx].phrasing_tag) return true;
  tag k = els_[idx].kind;
  if (k != tag::a && k != tag::del && k != tag::ins) return false;
  return all_children_phrasing_[idx] != 0;
}

// Whitespace text or a <br>: what _isWhitespace skips.
bool extractor::whitespace(html_node c, index_t idx) const {
  if (idx != no_index) return els_[idx].kind == tag::br;
  return c.is_text() && trim(c.text()).empty();
}

// <p> elements holding a <br><br> chain turn into divs (_replaceBrs); a/del/ins children
// decide whether they are phrasing.
void extractor::find_br_chains() {
  const index_t n = size();
  has_br_chain_.assign(n, 0);
  all_children_phrasing_.assign(n, 1);
  for (index_t i = n; i-- > 0;) {
    if (gone_[i]) continue;
    bool all = true;
    bool after_br = false;
    for_each_child(i, [&](html_node c, index_t idx) {
      if (idx != no_index && gone_[idx]) return;
      if (idx == no_index && c.is_element()) return;  // script, style: deleted before
      if (!phrasing(c, idx)) all = false;
      if (idx != no_index && els_[idx].kind == tag::br) {
        if (after_br) has_br_chain_[i] = 1;
        after_br = true;
      } else if (!is_blank_text(c, idx)) {
        after_br = false;
      }
    });
    all_children_phrasing_[i] = all ? 1 : 0;
  }
}

bool extractor::is_br(index_t idx) const { return idx != no_index && els_[idx].kind == tag::br; }

// The DOM edits of _replaceBrs and of _grabArticle's walk, as flags: phrasing runs become
// paragraphs, a div holding one paragraph becomes that paragraph, a div without blocks
// becomes a paragraph.
void extractor::shape() {
  const index_t n = size();
  for (index_t i = 0; i < n; ++i) {
    if (gone_[i]) continue;
    const element& e = els_[i];
    bool div_like = e.kind == tag::div || (e.kind == tag::p && has_br_chain_[i]);
    run_begin_[i] = static_cast<index_t>(runs_.size());
    if (div_like || has_br_chain_[i]) collect_runs(i, div_like);
    run_end_[i] = static_cast<index_t>(runs_.size());

    std::uint32_t items = 0, items_with_empty = 0;
    index_t only = no_index;
    for_each_child(i, [&](html_node, index_t idx) {
      if (idx == no_index || gone_[idx] || absorbed_[idx]) return;
      ++items_with_empty;
      only = idx;
      if (!empty_[idx]) ++items;
    });
    index_t nruns = run_end_[i] - run_begin_[i];
    items_count_[i] = items + nruns;
    kinds_[i] = div_like ? tag::div : e.kind;
    if (!div_like || i == 0) continue;
    const stats& s = st_[i];
    double density = s.text.chars == 0 ? 0 : s.link / s.text.chars;
    bool single = items_with_empty + nruns == 1 && density < 0.25;
    if (single && nruns == 1) {
      runs_[run_begin_[i]].merged = true;
      kinds_[i] = tag::p;
    } else if (single && els_[only].kind == tag::p && !has_br_chain_[only]) {
      transparent_[i] = 1;
      proxy_[i] = only;
    } else if (nruns == 0 && !s.block_below) {
      kinds_[i] = tag::p;
    }
  }
}

void extractor::collect_runs(index_t owner, bool div_like) {
  bool open = false;
  run cur;
  auto close = [&]() {
    if (open) runs_.push_back(cur);
    open = false;
  };
  auto start = [&](html_node first) {
    cur = run{};
    cur.owner = owner;
    cur.first = cur.last = first;
    cur.elem_begin = cur.elem_end = no_index;
    open = true;
  };
  auto add = [&](html_node c, index_t idx) {
    cur.last = c;
    if (idx == no_index) {
      if (c.is_text()) cur.text.join(measure(c.text()));
      return;
    }
    absorbed_[idx] = 1;
    if (cur.elem_begin == no_index) cur.elem_begin = idx;
    cur.elem_end = els_[idx].end;
    const stats& s = st_[idx];
    cur.text.join(s.text);
    cur.link += els_[idx].kind == tag::a
                    ? s.text.chars * ((els_[idx].flags & f_hash_link) ? 0.3 : 1.0)
                    : s.link;
  };
  std::vector<std::pair<html_node, index_t>>& kids = kids_;
  kids.clear();
  for_each_child(owner, [&](html_node c, index_t idx) {
    if (idx != no_index && gone_[idx]) return;
    if (idx == no_index && c.is_element()) return;  // script, style: deleted before
    kids.emplace_back(c, idx);
  });
  for (std::size_t k = 0; k < kids.size(); ++k) {
    auto [c, idx] = kids[k];
    if (is_br(idx)) {
      std::size_t j = k + 1;
      while (j < kids.size() && is_blank_text(kids[j].first, kids[j].second)) ++j;
      if (j < kids.size() && is_br(kids[j].second)) {
        // A <br><br> chain: its brs vanish, the first turning into a <p> that gathers the
        // phrasing content after it.
        close();
        absorbed_[idx] = 1;
        while (j < kids.size() &&
               (is_br(kids[j].second) || is_blank_text(kids[j].first, kids[j].second))) {
          if (is_br(kids[j].second)) absorbed_[kids[j].second] = 1;
          ++j;
        }
        k = j - 1;
        start(c);
        continue;
      }
    }
    if (phrasing(c, idx)) {
      if (open) {
        add(c, idx);
      } else if (div_like && !whitespace(c, idx)) {
        start(c);
        add(c, idx);
      }
    } else {
      close();
    }
  }
  close();
}

}  // namespace article2md::detail::extraction
