// Main-content extraction after Mozilla Readability (Readability.js, Apache-2.0): _grabArticle
// scores paragraphs, propagates the scores to their ancestors, picks the best container and
// merges its worthy siblings; _prepArticle then cleans that container conditionally. The
// rules are Readability's; the mechanics are ours: the tree is read-only, so every
// "remove" is a flag, and every measure (text length, link text, commas, counts of p/img/li)
// is computed bottom-up over a pre-order array of the elements, without recursion, instead of
// calling textContent per node.
//
// This file holds select_main_content and the order of work: the attempts, and the stages of one
// attempt. Each stage is a file of its own beside it (extractor.hpp names them).
#include "article/extraction/main_content.hpp"

#include "article/extraction/extractor.hpp"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace article2md::detail {
namespace extraction {

extractor::extractor(html_node body, content_options opts,
                     const std::unordered_set<const void*>& revealed)
    : body_(body), opts_(opts), revealed_(revealed) {
  read_title();
  build();
  measure_raw_text();
  settle_widgets();
  hide_data_dumps();
}

content_selection extractor::select() {
  flags_t flags;
  std::vector<attempt_result> attempts;
  for (int round = 0; round < 4; ++round) {
    attempt_result r = attempt(flags);
    if (r.chars >= char_threshold) return finish(settle(std::move(r), true));
    attempts.push_back(std::move(r));
    if (flags.strip_unlikely)
      flags.strip_unlikely = false;
    else if (flags.weight_classes)
      flags.weight_classes = false;
    else
      flags.clean_conditionally = false;
  }
  // No attempt reached the threshold: the longest one (stable: the earliest on a tie).
  std::size_t best = 0;
  for (std::size_t i = 1; i < attempts.size(); ++i)
    if (attempts[i].chars > attempts[best].chars) best = i;
  if (attempts[best].chars == 0) return body_only();
  return finish(settle(std::move(attempts[best]), false));
}

attempt_result extractor::attempt(flags_t flags) {
  flags_ = flags;
  const index_t n = size();
  dropped_.assign(n, 0);
  gone_.assign(n, 0);
  removed_.assign(n, 0);
  post_chrome_.assign(n, 0);
  kinds_.resize(n);
  st_.assign(n, stats{});
  data_table_.assign(n, 0);
  empty_.assign(n, 0);
  absorbed_.assign(n, 0);
  transparent_.assign(n, 0);
  proxy_.assign(n, no_index);
  items_count_.assign(n, 0);
  run_begin_.assign(n, 0);
  run_end_.assign(n, 0);
  score_.assign(n, 0);
  scored_.assign(n, 0);
  runs_.clear();
  candidates_.clear();
  zero_weight_ = no_index;

  mark_dropped();
  for (index_t i = 0; i < n; ++i) kinds_[i] = els_[i].kind;
  accumulate(0, n, [&](index_t i) {
    if (els_[i].kind == tag::table) decide_data_table(i);
    return false;
  });
  for (index_t i = 0; i < n; ++i) {
    tag k = els_[i].kind;
    const stats& s = st_[i];
    if ((k == tag::div || k == tag::section || k == tag::header || is_heading(k)) &&
        s.text.chars == 0 && s.element_children == s.brhr_children)
      empty_[i] = 1;
  }
  find_br_chains();
  shape();
  score();

  std::vector<item> chosen;
  index_t parent = no_index;
  pick(chosen, parent);
  prefer_semantic_container(chosen, parent);
  extend_to_thread(chosen, parent);
  return clean(chosen, parent);
}

content_selection extractor::finish(attempt_result r) {
  keep_product_description(r);
  leave_out_product_rails(r);
  content_selection out;
  out.root = r.root ? r.root : body_;
  out.excluded = std::move(r.excluded);
  return out;
}

content_selection extractor::body_only() {
  content_selection out;
  out.root = body_;
  for (index_t i = 1; i < size(); ++i)
    if ((els_[i].flags & f_hidden) && !(els_[els_[i].parent].flags & f_hidden))
      out.excluded.insert(els_[i].node.id());
  return out;
}

}  // namespace extraction

content_selection select_main_content(html_node body, content_options opts,
                                      const std::unordered_set<const void*>& revealed) {
  if (!body || !body.is_element()) return {body, {}};
  extraction::extractor x(body, opts, revealed);
  return x.select();
}

}  // namespace article2md::detail
