// Never empty: when no attempt finds an article, the page without its chrome.
//
// Readability's attempts look for one container of paragraphs. A listing, a product grid, a
// landing page, a forum thread or a job board has none: the best attempt is then one card,
// one post or one line, and the reader gets next to nothing of a page full of text. When the
// best attempt holds less than half the text of the page without its chrome (a sixth, on a
// page that says it is an article), that page is the content.
#include "article/extraction/extractor.hpp"

#include <cstdint>
#include <string_view>

namespace article2md::detail::extraction {
namespace {

// Landmark roles that are not the page's content (WAI-ARIA: banner is the site header,
// contentinfo its footer).
bool chrome_role(std::string_view role) {
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search",
                             "menu", "menubar", "dialog", "alertdialog"})
    if (role == r) return true;
  return false;
}

}  // namespace

bool extractor::is_chrome(index_t i, bool in_content) const {
  const element& e = els_[i];
  if (e.flags & f_hidden) return true;
  // A class or id naming chrome on a wrapper that holds most of the page's text is a layout
  // name ("header-experience" around the whole app), not chrome: look inside it instead.
  if ((e.flags & (f_unlikely | f_share)) && raw_chars_[i] * 2 <= raw_chars_[0]) return true;
  if ((e.flags & f_box) && raw_chars_[i] < char_threshold) return true;
  if (e.kind == tag::footer || e.kind == tag::aside || e.kind == tag::form) return true;
  // A <header> of the page is its masthead; one inside an <article> or <main> heads the content.
  if (e.kind == tag::header && !in_content) return true;
  html_node n = e.node;
  return n.is("nav") || n.is("dialog") || chrome_role(n.attr("role"));
}

attempt_result extractor::pruned_body() const {
  attempt_result r;
  r.root = body_;
  std::uint64_t chars = raw_chars_[0];
  // in_content: the end of the innermost <article> or <main> being inside (pre-order ranges).
  index_t content_end = 0;
  for (index_t i = 1; i < size();) {
    const element& e = els_[i];
    if (i >= content_end &&
        (e.kind == tag::article || e.node.is("main") || e.node.attr("role") == "main"))
      content_end = e.end;
    if (is_chrome(i, i < content_end)) {
      r.excluded.insert(e.node.id());
      chars -= raw_chars_[i];
      i = e.end;
      continue;
    }
    ++i;
  }
  r.chars = static_cast<std::uint32_t>(chars);
  return r;
}

attempt_result extractor::settle(attempt_result best, bool found) const {
  // An article page's teasers, comments and lists may well outweigh a short article; a page
  // that is not one, with one container holding under half its text, is a page of many
  // parts (a listing, a thread, a landing page). Without an article found, half decides too.
  const std::uint64_t ratio = found && declares_article_ ? 6 : 2;
  attempt_result pruned = pruned_body();
  if (pruned.chars > ratio * best.chars) return pruned;
  return best;
}

}  // namespace article2md::detail::extraction
