// Widgets that are not the page's content: panels that ask the visitor for input, and what a
// dialog shown over the page does to it.
//
// Every page served in Europe (and most others) opens with a consent manager's notice: "We
// and our 977 partners store and access personal data…", "Accept all", "Manage preferences".
// It is shown over the page until a visitor answers, so nothing marks it hidden, and its
// paragraphs of legal prose can outscore a listing's short teasers: it was chosen as the
// content of whole category pages. Consent managers (OneTrust, Cookiebot, Didomi,
// Usercentrics, CookieYes, Complianz, the WordPress cookie-law plugins, and the hand-made
// ones) all name their notice after what it is about: a class or id token with "cookie",
// "consent", "gdpr", or the manager's name. A shop's category page has the same kind of
// panel beside its products: the filters ("Brand", "Colour", "Price", with a checkbox and a
// count for each value), named "filter" or "facet" by every shop platform; read as text it
// is a long list of words that are not the page's.
//
// What tells such a panel from a section *about* cookies (a documentation page's
// `<h2 id="cookies">`, a recipe) or an article about photo filters is that it asks for an
// answer: it holds a control (a button, an input, an element marked or styled as a button; for
// a filter, a field to choose with: an input or a select).
//
// While a modal dialog is open, sites mark the rest of the page `aria-hidden="true"` so that
// screen readers stay in the dialog (WAI-ARIA's dialog pattern): saved at that moment, the
// page's whole `<main>` says it is hidden. aria-hidden hides nothing from sight: on the page's
// main landmark (`<main>`, role=main) or an element around it, it is that pattern and counts for
// nothing; elsewhere (an icon, a decorative copy, a closed menu, a teaser carousel) it stands.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail::extraction {

bool is_taxonomy_token(std::string_view t) {
  for (std::string_view prefix : {"category-", "tag-", "type-", "format-", "post-", "topic-"})
    if (t.substr(0, prefix.size()) == prefix) return true;
  return false;
}

// Each name check looks at the whole class and id once before the token by token look: most
// elements name none of these.
bool names_consent_notice(std::string_view lower) {
  auto says_consent = [](std::string_view s) {
    return contains_any(s, {"cookie", "consent", "gdpr", "onetrust", "didomi", "usercentrics"});
  };
  if (!says_consent(lower)) return false;
  // WordPress files posts under categories and tags with the post's own words
  // ("tag-cookies", "category-gdpr"): they say what the post is about.
  return any_token(lower, [&](std::string_view t) {
    return !is_taxonomy_token(t) && says_consent(t);
  });
}

bool names_filter_panel(std::string_view lower) {
  if (!contains_any(lower, {"filter", "facet", "sort"})) return false;
  return any_token(lower, [](std::string_view t) {
    if (is_taxonomy_token(t)) return false;
    // "filter-results", "filtered-list": what the filters select, the content itself.
    if (t.find("result") != std::string_view::npos || t.find("filtered") != std::string_view::npos)
      return false;
    // "sort-by", "sorting", "js-sort-select": the order of the results, chosen the same way.
    const bool sort = t.substr(0, 4) == "sort" || t.find("-sort") != std::string_view::npos ||
                      t.find("_sort") != std::string_view::npos;
    return sort || t.find("facet") != std::string_view::npos ||
           t.find("filter") != std::string_view::npos;
  });
}

bool names_skip_links(std::string_view lower) {
  // A token cannot hold a space: the words are found in the tokens exactly when in the whole.
  return contains_any(lower,
                      {"skiplink", "skip-link", "skip_link", "skip-to", "skipto", "skip-nav",
                       "skipnav"});
}

bool names_control(std::string_view lower_class, std::string_view role) {
  return role == "button" || contains_any(lower_class, {"btn", "button"});
}

void extractor::settle_widgets() {
  // Skip links are for keyboard users, shown only when focused; an element so named that holds
  // more than a few links' text is their target (`<div id=skip-to-content>` around the page).
  constexpr std::uint32_t skip_links_max_chars = 200;
  for (index_t i : skip_link_lists_)
    if (raw_chars_[i] < skip_links_max_chars) els_[i].flags |= f_hidden;
  if (!(page_flags_ & (f_consent | f_filters | f_aria_hidden))) return;
  // What each element holds, bottom-up over the pre-order array (children come after their
  // parent, so a reverse pass sees every child before its parent): a control, the main landmark.
  enum : std::uint8_t { holds_control = 1, holds_main = 2, holds_field = 4 };
  std::vector<std::uint8_t> holds(els_.size(), 0);
  std::string lower_class;
  const bool notices = (page_flags_ & f_consent) != 0;
  for (index_t i = size(); i-- > 1;) {
    const element& e = els_[i];
    if (e.kind == tag::input || e.kind == tag::select) holds[i] |= holds_field | holds_control;
    if (e.kind == tag::button) {
      holds[i] |= holds_control;
    } else if (notices) {
      // Read here, on the few pages with a notice, not for every page's elements.
      assign_lower(lower_class, e.node.attr("class"));
      if (names_control(lower_class, e.node.attr("role"))) holds[i] |= holds_control;
    }
    if (e.node.is("main") || e.node.attr("role") == "main") holds[i] |= holds_main;
    holds[e.parent] |= holds[i];
  }
  for (index_t i = 1; i < size(); ++i) {
    element& e = els_[i];
    if ((e.flags & f_aria_hidden) && !(holds[i] & holds_main)) e.flags |= f_hidden;
    if (raw_chars_[i] * 2 > raw_chars_[0]) continue;
    // A notice's answer is a button; a filter is a field (a checkbox, a choice): a button
    // alone is as likely an accordion's toggle around a FAQ.
    if (((e.flags & f_consent) && (holds[i] & holds_control)) ||
        ((e.flags & f_filters) && (holds[i] & holds_field)))
      e.flags |= f_hidden;
  }
}

}  // namespace article2md::detail::extraction
