// One scan of the document, collecting every source of metadata in a single walk: <meta>,
// <link>, <base>, <title>, headings, JSON-LD scripts and the <time> elements dates fall back on.

#include "article/metadata/page_scan.hpp"

#include "article/metadata/metadata_text.hpp"
#include "html/node_queries.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"

#include <cstddef>
#include <initializer_list>

#include <string>
#include <string_view>

namespace article2md::detail {
using namespace metadata_text;
namespace {

// Whether an ancestor within a few levels is a `tag`: enough for "the <time> in the article's
// header", and it keeps the scan linear on deep trees.
bool inside(html_node n, std::string_view tag) {
  constexpr int max_depth = 32;
  int depth = 0;
  for (html_node p = n.parent(); p && depth < max_depth; p = p.parent(), ++depth)
    if (p.is(tag)) return true;
  return false;
}

// An SVG <title> names a drawing, not the page (bounded like inside()).
bool in_foreign_content(html_node n) {
  return inside(n, "svg") || inside(n, "math");
}

// Page furniture whose dates are other stories' or readers': navigation, sidebars, comments,
// lists of related or recent posts, and a footer outside the article. A class naming the main
// content as well ("sidebar-layout main-content") is not furniture, as in Readability's
// unlikelyCandidates test. Bounded like inside().
bool in_furniture(html_node n) {
  constexpr int max_depth = 32;
  int depth = 0;
  bool in_article = false;
  for (html_node p = n.parent(); p && p.is_element() && depth < max_depth;
       p = p.parent(), ++depth) {
    if (p.is("body") || p.is("html")) break;  // their classes describe the page
    if (p.is("nav") || p.is("aside") || p.is("select") || p.is("option")) return true;
    if (p.is("article") || p.is("main")) in_article = true;
    if (p.is("footer") && !in_article) return true;
    std::string match(p.attr("class"));
    match += ' ';
    match += p.attr("id");
    if (icontains_any(match, {"comment", "related", "sidebar", "widget", "recent", "popular",
                             "trending", "reply", "replies", "today"}) &&
        !icontains_any(match, {"article", "body", "column", "content", "main", "shadow"}))
      return true;
  }
  return false;
}

enum class date_kind { none, published, updated };

// What a label says of the date beside it ("Published on", "Last updated:", "Veröffentlicht").
date_kind label_kind(std::string_view label) {
  if (icontains_any(label, {"updat", "modif", "revised", "edited", "reviewed", "aktualisiert",
                           "mis \xC3\xA0 jour", "actualizado", "aggiornat", "bijgewerkt",
                           "atualizado", "a\xC5\xBEurirano", "\xE6\x9B\xB4\xE6\x96\xB0"}))
    return date_kind::updated;
  if (icontains_any(label, {"publi", "posted", "released", "date", "created", "written",
                           "ver\xC3\xB6" "ffentlicht", "erschienen", "gepubliceerd", "objavljeno",
                           "pubblicat", "\xE5\x8F\x91\xE5\xB8\x83" /* 发布 */,
                           "\xE7\x99\xBC\xE4\xBD\x88" /* 發佈 */,
                           "\xE5\x8F\x91\xE8\xA1\xA8" /* 发表 */,
                           "\xE6\x8A\x95\xE7\xA8\xBF" /* 投稿 */,
                           "\xE5\x85\xAC\xE9\x96\x8B" /* 公開 */}))
    return date_kind::published;
  return date_kind::none;
}

// The class and id of `n` and two ancestors, and whether one is a <time>: where themes mark
// a post's date (class="entry-date", "post-meta", "article__dateline").
date_kind class_kind(html_node n) {
  std::string match;
  bool is_time = false;
  html_node p = n;
  for (int i = 0; i < 3 && p && p.is_element(); ++i, p = p.parent()) {
    if (p.is("time")) is_time = true;
    match += p.attr("class");
    match += ' ';
    match += p.attr("id");
    match += ' ';
    match += p.attr("itemprop");
    match += ' ';
  }
  if (icontains_any(match, {"updat", "modif"})) return date_kind::updated;
  if (is_time || icontains_any(match, {"date", "time", "publish", "posted", "meta", "byline",
                                      "author", "dateline"}))
    return date_kind::published;
  return date_kind::none;
}

// The short text just before `n` or its parent: a label such as <div>Published on</div>
// <div>Oct 31, 2025</div> or <span>Last Updated</span> <span>on</span> <span>date</span>.
std::string previous_label(html_node n) {
  constexpr std::size_t max_label = 80;
  for (int level = 0; level < 2 && n; ++level, n = n.parent()) {
    std::string label;
    int taken = 0;
    for (html_node s = n.prev_sibling(); s && taken < 3; s = s.prev_sibling()) {
      std::string text = s.is_text() ? std::string(s.text()) : raw_text(s, max_label + 1);
      if (trim(text).empty()) continue;
      if (text.size() + label.size() > max_label) break;
      label.insert(0, text + " ");
      ++taken;
    }
    if (!trim(label).empty()) return label;
  }
  return {};
}

constexpr std::size_t max_date_text = 200;   // a dateline, not a paragraph
constexpr std::size_t max_label_prefix = 48; // "Published on " before the date
constexpr std::size_t max_extra_text = 64;   // the text around the date in its node
constexpr std::size_t near_h1_window = 60;   // text nodes after the first <h1>
constexpr std::size_t bare_date_window = 30;

void note_written_date(html_node text_node, page_scan& scan, std::size_t since_h1) {
  std::string_view text = trim(text_node.text());
  if (text.size() < 6 || text.size() > max_date_text) return;
  // Cheap test first: a date has at least four digits.
  std::size_t digits = 0;
  for (char c : text) digits += c >= '0' && c <= '9';
  if (digits < 4) return;
  auto found = find_written_date(text);
  if (!found) return;
  std::size_t date_size = found->end - found->begin;
  if (text.size() > date_size + max_extra_text) return;  // a date in a sentence
  html_node parent = text_node.parent();
  if (!parent || in_furniture(text_node)) return;
  std::string date(text.substr(found->begin, date_size));
  date_kind kind = date_kind::none;
  if (found->begin <= max_label_prefix) kind = label_kind(text.substr(0, found->begin));
  if (kind == date_kind::none) kind = label_kind(previous_label(text_node));
  if (kind == date_kind::none) kind = class_kind(parent);
  bool after = scan.title.h1_count > 0;
  if (after && since_h1 > near_h1_window) {
    if (kind == date_kind::published && scan.far_published.empty()) scan.far_published = date;
    return;
  }
  page_scan::written_dates& slot = after ? scan.after_h1 : scan.before_h1;
  if (kind == date_kind::published && slot.published.empty()) slot.published = date;
  if (kind == date_kind::updated && slot.updated.empty()) slot.updated = date;
  // A date alone in its element, soon after the title.
  if (kind == date_kind::none && after && since_h1 <= bare_date_window && slot.bare.empty() &&
      text.size() <= date_size + 16)
    slot.bare = date;
}

}  // namespace

void scan_document(html_node document, page_scan& scan) {
  std::size_t since_h1 = 0;  // text nodes seen since the first <h1> began
  for (html_node n = document.first_child(); n;) {
    if (!n.is_element()) {
      if (n.is_text() && !trim(n.text()).empty() && n.parent() && !n.parent().is("title") &&
          !n.parent().is("textarea")) {
        if (scan.title.h1_count > 0) ++since_h1;
        note_written_date(n, scan, since_h1);
      }
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("html") && scan.html_lang.empty() && n.parent() == document)
      scan.html_lang = std::string(trim(n.attr("lang")));
    if (n.is("script")) {
      if (iequals(trim(n.attr("type")), "application/ld+json")) {
        std::string_view text;
        if (html_node t = n.first_child(); t && t.is_text()) text = t.text();
        scan.jsonld_scripts.push_back(text);
      }
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("template") || n.is("noscript") || n.is("style")) {
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("title") && !scan.have_title && !in_foreign_content(n)) {
      scan.have_title = true;
      std::string text;
      for (html_node c : n.children())
        if (c.is_text()) text.append(c.text());
      append_collapsed(scan.title.document_title, trim(text));
    } else if (n.is("meta")) {
      scan.meta.add(n);
      if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished")
        scan.time_itemprop = std::string(trim(n.attr("content")));
    } else if (n.is("link")) {
      if (scan.canonical.empty() && has_token(lower(n.attr("rel")), "canonical"))
        scan.canonical = std::string(trim(n.attr("href")));
    } else if (n.is("base")) {
      if (!scan.have_base && n.has_attr("href")) {
        scan.have_base = true;
        scan.base_href = std::string(trim(n.attr("href")));
      }
    } else if (n.is("h1") || n.is("h2")) {
      scan.title.headings.push_back(n);
      if (n.is("h1") && scan.title.h1_count++ == 0) scan.title.first_h1 = n;
    } else if (n.is("time") && n.has_attr("datetime")) {
      std::string datetime(trim(n.attr("datetime")));
      if (!datetime.empty()) {
        if (scan.time_pubdate.empty() && n.has_attr("pubdate")) scan.time_pubdate = datetime;
        if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished")
          scan.time_itemprop = datetime;
        if (inside(n, "article")) {
          if (scan.time_in_header.empty() && inside(n, "header")) scan.time_in_header = datetime;
          if (scan.time_in_article.empty()) scan.time_in_article = datetime;
        }
        if ((scan.time_first.empty() || scan.time_updated.empty()) && !in_furniture(n)) {
          bool updated = class_kind(n) == date_kind::updated ||
                         label_kind(previous_label(n)) == date_kind::updated;
          std::string& slot = updated ? scan.time_updated : scan.time_first;
          if (slot.empty()) slot = datetime;
        }
      }
    } else if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished") {
      std::string_view content = n.attr("content");
      if (content.empty()) content = n.attr("datetime");
      // Microformats put the machine-readable date in an <abbr>'s title ("12:55 AM" shows).
      if (content.empty() && n.is("abbr")) content = n.attr("title");
      scan.time_itemprop = content.empty() ? n.text_content() : std::string(trim(content));
    }
    n = next_in_subtree(n, document, true);
  }
}

}  // namespace article2md::detail
