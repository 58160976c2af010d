// One scan of the document, collecting every source of metadata in a single walk: <meta>,
// <link>, <base>, <title>, headings, JSON-LD scripts and the <time> elements dates fall back on.

#include "article/metadata/page_scan.hpp"

#include "article/metadata/metadata_text.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

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

}  // namespace

void scan_document(html_node document, page_scan& scan) {
  for (html_node n = document.first_child(); n;) {
    if (!n.is_element()) {
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
