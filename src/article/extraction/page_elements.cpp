// The element array (page_elements.hpp), built once per page: each element's tag, class/id
// weight and attribute verdicts (hidden, unlikely, share bar, byline, video, layout table...);
// and, per attempt, what those verdicts remove before scoring.
#include "article/extraction/page_elements.hpp"

#include "article/extraction/extractor.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail::extraction {
namespace {

constexpr std::size_t max_tag_ids = 256;

struct tag_tables {
  std::array<tag, max_tag_ids> kind{};
  std::array<bool, max_tag_ids> phrasing{};
};

tag_tables make_tag_tables() {
  tag_tables t{};
  struct named {
    const char* name;
    tag kind;
  };
  // script/style/noscript/template: Readability deletes them before it starts (and a
  // template's content is not in the DOM's textContent).
  static const named kinds[] = {
      {"script", tag::skip},
      {"style", tag::skip},
      {"noscript", tag::skip},
      {"template", tag::skip},
      {"body", tag::body},
      {"div", tag::div},
      {"p", tag::p},
      {"section", tag::section},
      {"article", tag::article},
      {"header", tag::header},
      {"footer", tag::footer},
      {"aside", tag::aside},
      {"h1", tag::h1},
      {"h2", tag::h2},
      {"h3", tag::h3},
      {"h4", tag::h4},
      {"h5", tag::h5},
      {"h6", tag::h6},
      {"td", tag::td},
      {"th", tag::th},
      {"tr", tag::tr},
      {"table", tag::table},
      {"thead", tag::thead},
      {"tfoot", tag::tfoot},
      {"col", tag::col},
      {"colgroup", tag::colgroup},
      {"caption", tag::caption},
      {"pre", tag::pre},
      {"blockquote", tag::blockquote},
      {"address", tag::address},
      {"ol", tag::ol},
      {"ul", tag::ul},
      {"dl", tag::dl},
      {"dd", tag::dd},
      {"dt", tag::dt},
      {"li", tag::li},
      {"form", tag::form},
      {"fieldset", tag::fieldset},
      {"img", tag::img},
      {"figure", tag::figure},
      {"a", tag::a},
      {"del", tag::del},
      {"ins", tag::ins},
      {"br", tag::br},
      {"hr", tag::hr},
      {"object", tag::object},
      {"embed", tag::embed},
      {"iframe", tag::iframe},
      {"link", tag::link},
      {"input", tag::input},
      {"textarea", tag::textarea},
      {"select", tag::select},
      {"button", tag::button},
      {"code", tag::code},
      {"span", tag::span},
      {"math", tag::math},
      {"font", tag::span},
  };
  for (const named& n : kinds) {
    int id = html_node::tag_id_of(n.name);
    if (id >= 0 && static_cast<std::size_t>(id) < max_tag_ids)
      t.kind[static_cast<std::size_t>(id)] = n.kind;
  }
  // Readability's PHRASING_ELEMS (a, del and ins are phrasing when all their children are).
  for (const char* name : {"abbr",   "audio",  "b",        "bdo",   "br",   "button",   "cite",
                           "code",   "data",   "datalist", "dfn",   "em",   "embed",    "i",
                           "img",    "input",  "kbd",      "label", "mark", "math",     "meter",
                           "object", "output", "progress", "q",     "ruby", "samp",     "select",
                           "small",  "span",   "strong",   "sub",   "sup",  "textarea", "time",
                           "var",    "wbr",    "font"}) {  // _prepDocument turns <font> into <span>
    int id = html_node::tag_id_of(name);
    if (id >= 0 && static_cast<std::size_t>(id) < max_tag_ids)
      t.phrasing[static_cast<std::size_t>(id)] = true;
  }
  return t;
}

const tag_tables& tables() {
  static const tag_tables t = make_tag_tables();
  return t;
}

// --- class and id vocabularies (Readability's REGEXPS, as lower-case substring tables) ---

// Readability's unlikely words, less those that name a discussion (thread_words): on a page that
// is a discussion, its comments and replies are the content.
constexpr std::string_view unlikely_words[] = {
    "-ad-",       "ai2html", "banner",    "breadcrumbs",  "combx",    "cover-wrap",
    "extra",      "footer",  "gdpr",      "header",       "legends",  "menu",
    "related",    "rss",     "sidebar",   "skyscraper",   "social",   "sponsor",
    "supplemental", "ad-break", "agegate", "pagination",  "pager",    "popup",
    "yom-remote"};
constexpr std::string_view thread_words[] = {"comment", "community", "disqus",
                                             "remark",  "replies",   "shoutbox"};
constexpr std::string_view thread_negative_words[] = {"comment", "shoutbox"};
constexpr std::string_view maybe_candidate_words[] = {"and",     "article", "body",  "column",
                                                      "content", "main",    "shadow"};
constexpr std::string_view positive_words[] = {"article", "body", "content", "entry",      "hentry",
                                               "h-entry", "main", "page",    "pagination", "post",
                                               "text",    "blog", "story"};
// Readability's negative words, less thread_negative_words.
constexpr std::string_view negative_words[] = {
    "-ad-",     "hidden",  "banner",   "combx",    "com-",     "contact",  "foot",
    "footer",   "footnote", "gdpr",    "masthead", "media",    "meta",     "outbrain",
    "promo",    "related", "scroll",   "share",    "sidebar",  "skyscraper", "sponsor",
    "shopping", "tags",    "widget"};
constexpr std::string_view byline_words[] = {"byline", "author", "dateline", "writtenby",
                                             "p-author"};
// Boxes every page of a site repeats inside its articles: a newsletter or sign-up form, an
// author's biography. Left out like share bars when they hold little text, wherever they are.
constexpr std::string_view box_words[] = {
    "newsletter", "signup",     "sign-up",     "sign_up",     "optin",       "opt-in",
    "subscribe-", "subscribe_", "-subscribe",  "_subscribe",  "mailing-list", "mailchimp",
    "author-bio", "author_bio", "authorbio",   "author-box",  "author_box",   "authorbox",
    "about-author", "about_author", "author-info", "author_info", "author-card", "author-profile",
    "bio-box"};
// What every box word holds: one cheap look at the class and id before the word by word one.
constexpr std::string_view box_markers[] = {"news", "sign", "opt", "subscri", "mail", "author",
                                            "bio"};
constexpr std::string_view unlikely_roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};
// Hosts of the embeds Readability keeps (its `videos` expression).
constexpr std::string_view video_hosts[] = {
    "dailymotion.com", "youtube.com", "youtube-nocookie.com", "player.vimeo.com",
    "v.qq.com",        "archive.org", "upload.wikimedia.org", "player.twitch.tv"};


// /(\b|_)(share|sharedaddy)(\b|_)/i
bool matches_share(std::string_view lower) {
  for (std::size_t at = lower.find("share"); at != std::string_view::npos;
       at = lower.find("share", at + 1)) {
    bool left = at == 0 || !is_word_char(lower[at - 1]) || lower[at - 1] == '_';
    if (!left) continue;
    for (std::size_t len : {std::size_t{5}, std::size_t{10}}) {
      if (len == 10 && lower.substr(at, 10) != "sharedaddy") continue;
      std::size_t after = at + len;
      if (after >= lower.size() || !is_word_char(lower[after]) || lower[after] == '_') return true;
    }
  }
  return false;
}

// Whether a class or id (lower case) names a newsletter, sign-up or author box. Tokens that
// file a post under a category or tag (WordPress's "category-newsletter", "tag-subscribe") say
// what the post is about, not that it is a box.
bool names_box(std::string_view lower) {
  return any_token(lower, [](std::string_view t) {
    return !is_taxonomy_token(t) && (contains_any(t, box_words) || t == "subscribe");
  });
}

// Whether a class or id (lower case) names an advertising slot: a token "ad" or "ads", or one
// beginning or ending with it between separators ("ad-container", "gpt-ad", "ads_slot"), or
// holding "advert" or an ad server's name. Readability's "-ad-" only sees it mid-token.
constexpr std::string_view ad_markers[] = {"ad-", "-ad", "ad_", "_ad", "ads", "advert", "adunit",
                                           "doubleclick"};
bool names_ad_slot(std::string_view lower) {
  // One look at the whole class and id first: "ad" alone is in "header", "shadow", "gradient".
  if (lower.find("ad") == std::string_view::npos ||
      (!contains_any(lower, ad_markers) && !has_token(lower, "ad")))
    return false;
  return any_token(lower, [](std::string_view t) {
    if (t == "ad" || t == "ads") return true;
    for (std::string_view w : {"advert", "adsbygoogle", "adslot", "adunit", "doubleclick"})
      if (t.find(w) != std::string_view::npos) return true;
    auto sep = [](char c) { return c == '-' || c == '_'; };
    for (std::string_view a : {std::string_view("ad"), std::string_view("ads")}) {
      if (t.size() > a.size() && t.substr(0, a.size()) == a && sep(t[a.size()])) return true;
      if (t.size() > a.size() && t.substr(t.size() - a.size()) == a &&
          sep(t[t.size() - a.size() - 1]))
        return true;
    }
    return false;
  });
}

// Whether a class, id or name says "add to cart" (or bag, basket), however it is joined:
// add-to-cart, add_to_cart, AddToCart.
bool names_add_to_cart(std::string_view v) {
  std::string letters;
  for (char c : v)
    if (is_ascii_alnum(c)) letters.push_back(ascii_lower(c));
  for (std::string_view w : {"addtocart", "addtobag", "addtobasket"})
    if (letters.find(w) != std::string::npos) return true;
  return false;
}

bool is_video_url(std::string_view value, std::string& buf) {
  if (value.find("//") == std::string_view::npos) return false;
  assign_lower(buf, value);
  std::string_view v = buf;
  for (std::size_t at = v.find("//"); at != std::string_view::npos; at = v.find("//", at + 1)) {
    std::string_view rest = v.substr(at + 2);
    if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
    for (std::string_view host : video_hosts)
      if (rest.substr(0, host.size()) == host) return true;
  }
  return false;
}

std::uint32_t parse_span(std::string_view v) {
  v = trim(v);
  std::uint32_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
    if (n > 1000) break;
  }
  return n == 0 ? 1 : n;
}

// Whether the link's text begins with "Skip" ("Skip to content", "Skip navigation").
bool starts_with_skip(html_node a) {
  std::string text;
  append_text_content(a, text);
  return text.size() >= 4 && iequals(std::string_view(text).substr(0, 4), "skip");
}

tag kind_of(html_node n) {
  int id = n.tag_id();
  if (id < 0 || static_cast<std::size_t>(id) >= max_tag_ids) return tag::other;
  return tables().kind[static_cast<std::size_t>(id)];
}

}  // namespace

// The pre-order array of the body's elements, with their own text and attribute verdicts.
void extractor::build() {
  els_.clear();
  skip_link_lists_.clear();
  attribute_marks_.clear();
  add_element(body_, no_index);
  index_t cur = 0;
  html_node n = body_.first_child();
  while (n) {
    if (n.is_element()) {
      tag k = kind_of(n);
      if (k == tag::skip && n.is("script")) read_title_element(n);
      if (k != tag::skip || is_revealed(n)) {
        index_t idx = add_element(n, cur);
        if (n.first_child()) {
          cur = idx;
          n = n.first_child();
          continue;
        }
        els_[idx].end = idx + 1;
      }
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      if (!n || n == body_) {
        n = {};
        break;
      }
      els_[cur].end = size();
      cur = els_[cur].parent;
    }
    if (n) n = n.next_sibling();
  }
  els_[0].end = size();
  for (index_t h : headings_)
    if (repeats_title(els_[h].node)) els_[h].flags |= f_title;
  // A discussion's comments and replies are its content; elsewhere they are Readability's.
  for (element& e : els_) {
    if (declares_discussion_)
      e.class_weight = e.discussion_weight;
    else if (e.flags & f_thread)
      e.flags |= f_unlikely;
  }
  // Formulas are content: a MathJax container's class (CtxtMenu_Attached) is no menu.
  std::vector<std::uint8_t> math(els_.size(), 0);
  for (index_t i = size(); i-- > 1;) {
    if (els_[i].kind == tag::math) math[i] = 1;
    if (math[i]) {
      els_[i].flags = static_cast<std::uint16_t>(els_[i].flags & ~f_unlikely);
      math[els_[i].parent] = 1;
    }
  }
}

index_t extractor::add_element(html_node n, index_t parent) {
  element e;
  e.node = n;
  e.parent = parent;
  e.kind = parent == no_index ? tag::body : kind_of(n);
  int id = n.tag_id();
  e.phrasing_tag = id >= 0 && static_cast<std::size_t>(id) < max_tag_ids &&
                   tables().phrasing[static_cast<std::size_t>(id)];
  if (n.first_child()) e.flags |= f_has_children;

  std::string_view cls = n.attr("class"), id_attr = n.attr("id");
  assign_lower(lower_class_, cls);
  assign_lower(lower_id_, id_attr);
  // Two weights: Readability's, and the one on a discussion, where comments are content.
  auto weigh = [&](const std::string& s) {
    if (s.empty()) return;
    const int positive = contains_any(s, positive_words) ? 25 : 0;
    if (contains_any(s, negative_words) || has_token(s, "hid")) {
      e.class_weight += positive - 25;
      e.discussion_weight += positive - 25;
    } else {
      e.class_weight += positive - (contains_any(s, thread_negative_words) ? 25 : 0);
      e.discussion_weight += positive;
    }
  };
  weigh(lower_class_);
  weigh(lower_id_);
  if (std::string_view type = n.attr("itemtype"); !type.empty()) {
    if (type.find("DiscussionForumPosting") != std::string_view::npos ||
        type.find("QAPage") != std::string_view::npos)
      declares_discussion_ = true;
    // Not the paywall's marking of an article as part of a product ("CreativeWork Product",
    // itemprop isPartOf).
    else if (type.find("schema.org/Product") != std::string_view::npos &&
             type.find("CreativeWork") == std::string_view::npos &&
             n.attr("itemprop") != "isPartOf")
      declares_product_ = true;
  }
  match_ = lower_class_;
  match_ += ' ';
  match_ += lower_id_;

  const bool revealed = is_revealed(n);
  // A revealed <noscript> is read as the container it is once scripts are off.
  if (e.kind == tag::skip) e.kind = tag::div;
  if ((is_hidden(n) && !revealed) ||
      (n.attr("aria-modal") == "true" && n.attr("role") == "dialog"))
    e.flags |= f_hidden;
  else if (n.attr("aria-hidden") == "true" &&
           lower_class_.find("fallback-image") == std::string::npos)
    e.flags |= f_aria_hidden;  // hidden unless around the main landmark (page_widgets.cpp)
  if (e.kind != tag::body && e.kind != tag::a && !contains_any(match_, maybe_candidate_words) &&
      !near_ancestor(parent, tag::table) && !near_ancestor(parent, tag::code)) {
    if (contains_any(match_, unlikely_words))
      e.flags |= f_unlikely;
    else if (contains_any(match_, thread_words))
      e.flags |= f_thread;  // unlikely unless the page is a discussion (build())
  }
  std::string_view role = n.attr("role");
  if (!role.empty())
    for (std::string_view r : unlikely_roles)
      if (role == r) e.flags |= f_unlikely;
  if (matches_share(match_)) e.flags |= f_share;
  if (e.kind != tag::body && e.kind != tag::article && match_.size() > 1 &&
      ((contains_any(match_, box_markers) && names_box(match_)) ||
       // A heading, link or list item named "ad-…" is a promoted result in a listing (a shop's
       // sponsored card, id "ad-listing-title-…"): a result all the same. Slots are boxes.
       (!is_heading(e.kind) && e.kind != tag::a && e.kind != tag::li && names_ad_slot(match_))))
    e.flags |= f_box;
  // Panels are blocks: a notice, a filter, a list of skip links is never a <span> or <b>, and
  // phrasing elements (icons and labels with classes) are most of a page's elements.
  if (e.kind != tag::body && e.kind != tag::article && !e.phrasing_tag && e.kind != tag::a &&
      match_.size() > 1) {
    // A list of skip links ("Skip to content", "Accessibility statement") is keyboard-only
    // navigation; hidden in settle_widgets when it holds little text (not a link's target).
    if (match_.find("skip") != std::string::npos && names_skip_links(match_))
      skip_link_lists_.push_back(size());
    if (names_consent_notice(match_)) e.flags |= f_consent;
    if (names_filter_panel(match_)) e.flags |= f_filters;
  }
  // An "Add to cart" control (Amazon's add-to-cart-button, WooCommerce's add_to_cart_button,
  // Shopify's AddToCart): the page sells something, whether or not it says so in metadata.
  if ((e.kind == tag::button || e.kind == tag::input || e.kind == tag::form) &&
      (names_add_to_cart(match_) || names_add_to_cart(n.attr("name"))))
    declares_product_ = true;
  // Customers' reviews ("reviews", "review-card", "user_reviews"; a "preview" is none, and
  // the press's "editorialReviews" of a book are its blurbs, not its buyers' verdicts).
  if (match_.find("review") != std::string::npos &&
      any_token(match_, [](std::string_view t) {
        return t.find("review") != std::string_view::npos &&
               t.find("preview") == std::string_view::npos &&
               t.find("editorial") == std::string_view::npos;
      }))
    e.flags |= f_reviews;
  if (n.attr("rel") == "author" || n.attr("itemprop").find("author") != std::string_view::npos ||
      contains_any(match_, byline_words))
    e.flags |= f_byline;
  if (n.is("title") || n.is("meta")) {
    // Head elements in the body: hidden by the browser's style sheet.
    e.flags |= f_hidden;
    read_title_element(n);
  }

  switch (e.kind) {
    case tag::a:
      if (std::string_view href = n.attr("href"); href.size() > 1 && href[0] == '#') {
        e.flags |= f_hash_link;
        // A skip link ("Skip to main content"): shown only to keyboard users, as it is
        // focused; page furniture for everyone else.
        if (match_.find("skip") != std::string::npos || starts_with_skip(n))
          e.flags |= f_hidden;
      }
      break;
    case tag::object:
    case tag::embed:
    case tag::iframe:
      for (std::string_view name : {"src", "data-src", "data", "href"})
        if (is_video_url(n.attr(name), buf_)) e.flags |= f_video;
      if (e.kind == tag::object)
        for (html_node c = n.first_child(); c; c = c.next_sibling())
          if (is_video_url(c.attr("value"), buf_) || is_video_url(c.attr("src"), buf_))
            e.flags |= f_video;
      break;
    case tag::h1:
    case tag::h2:
      headings_.push_back(size());
      break;
    case tag::tr:
      e.span = parse_span(n.attr("rowspan"));
      break;
    case tag::td:
      e.span = parse_span(n.attr("colspan"));
      break;
    case tag::table:
      if (n.attr("role") == "presentation" || n.attr("datatable") == "0")
        e.flags |= f_layout_table;
      else if (!n.attr("summary").empty())
        e.flags |= f_data_table;
      break;
    default:
      break;
  }
  page_flags_ = static_cast<std::uint16_t>(page_flags_ | e.flags);
  attribute_marks_.push_back(attribute_post_marks(n, e.kind, match_, buf_));
  els_.push_back(e);
  return size() - 1;
}

// _hasAncestorTag with its default depth: the parent and three more levels.
bool extractor::near_ancestor(index_t i, tag k) const {
  for (int depth = 0; i != no_index && depth <= 3; ++depth, i = els_[i].parent)
    if (els_[i].kind == k) return true;
  return false;
}

// Text lengths before anything is removed (what the byline test sees).
void extractor::measure_raw_text() {
  const index_t n = size();
  gone_.assign(n, 0);
  removed_.assign(n, 0);
  kinds_.resize(n);
  for (index_t i = 0; i < n; ++i) kinds_[i] = els_[i].kind;
  st_.assign(n, stats{});
  data_table_.assign(n, 0);
  run_begin_.assign(n, 0);
  run_end_.assign(n, 0);
  accumulate(0, n, [](index_t) { return false; });
  raw_chars_.resize(n);
  for (index_t i = 0; i < n; ++i) raw_chars_[i] = st_[i].text.chars;
}

// Hidden nodes, the heading that repeats the title, unlikely candidates: removed (with
// their subtrees) before scoring, in document order as Readability's walk meets them.
void extractor::mark_dropped() {
  bool title_pending = true;
  for (index_t i = 1; i < size(); ++i) {
    const element& e = els_[i];
    if (gone_[e.parent]) {
      gone_[i] = 1;
      continue;
    }
    bool drop = (e.flags & f_hidden) != 0;
    // The byline goes to the header: the first one met, once (Readability keeps it found
    // across attempts), and only when the page's metadata names no author.
    if (!drop && opts_.drop_byline && !meta_byline_ && !byline_found_ &&
        (e.flags & f_byline) && raw_chars_[i] > 0 &&
        raw_chars_[i] < 100) {
      drop = true;
      byline_found_ = true;
    }
    if (!drop && opts_.drop_title_heading && title_pending && (e.flags & f_title)) {
      drop = true;
      title_pending = false;
    }
    if (!drop && flags_.strip_unlikely && (e.flags & f_unlikely)) drop = true;
    if (drop) dropped_[i] = gone_[i] = 1;
  }
}

}  // namespace article2md::detail::extraction
