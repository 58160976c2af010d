#pragma once
// One scan of the document: everything the metadata is read from besides the byline element
// (<title>, headings, <meta>, <link rel=canonical>, <base>, JSON-LD scripts, <time> elements).

#include "article/metadata/meta_tags.hpp"
#include "article/metadata/title.hpp"

#include <article2md/html_node.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail {

/// What scan_document() collects; the script texts point into the document.
struct page_scan {
  title_context title;
  bool have_title = false;
  std::string html_lang;
  meta_values meta;
  std::string canonical;
  std::string base_href;
  bool have_base = false;
  std::vector<std::string_view> jsonld_scripts;
  std::string time_pubdate;        // <time pubdate datetime>
  std::string time_itemprop;       // itemprop=datePublished on a non-meta element
  std::string time_in_header;      // <time datetime> inside an <article>'s <header>
  std::string time_in_article;     // the first <time datetime> inside an <article>
  std::string time_first;          // the first <time datetime> outside page furniture
  std::string time_updated;        // the same, for one marked as an update
  /// Dates written in the page's text (the date alone, as written): labelled or classed as a
  /// publication date ("Published on May 17, 2024", class="post-date"), as an update ("Last
  /// updated: …"), or a date alone in its element near the title. The first after the first
  /// <h1> wins over the first before it.
  struct written_dates {
    std::string published, updated, bare;
  };
  written_dates after_h1, before_h1;
  std::string far_published;  // a publication date far below the first <h1>
};

/// Fills `scan` from one walk over `document` (linear in its size).
void scan_document(html_node document, page_scan& scan);

}  // namespace article2md::detail
