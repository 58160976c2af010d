#pragma once
// Metadata of a whole web page: title, canonical URL, date, byline, site name, language and
// description, read from <meta> tags, JSON-LD and the page's own markup.

#include <article2md/html_node.hpp>

#include <string>
#include <string_view>

namespace article2md::detail {

/// What a page says about itself. Every field is whitespace-collapsed and trimmed; a field the
/// page does not give is empty.
struct page_metadata {
  /// JSON-LD name/headline, then dc:title, og:title, meta name=title, twitter:title, then the
  /// <title> cleaned of the site name (or the one <h1> when the <title> is too short or long).
  std::string title;
  /// <link rel=canonical>, og:url, JSON-LD url/mainEntityOfPage, resolved against the page URL
  /// (and <base href>).
  std::string url;
  /// As written: JSON-LD datePublished, article:published_time and the other <meta> names of a
  /// publication date, itemprop=datePublished, <time datetime pubdate>, any JSON-LD node's
  /// datePublished/dateCreated/uploadDate, a <time datetime> in the article, a date in the
  /// URL's path, a <time datetime> outside page furniture, a date the text shows ("Published
  /// May 17, 2024"); last, dateModified and the other marks of an update.
  std::string date;
  /// JSON-LD author name(s), dc:creator, meta name=author, parsely-author, article:author (when
  /// not a URL), then a byline element of the page (rel=author, itemprop=author, class or id
  /// byline/author/dateline/writtenby; under 100 characters).
  std::string author;
  /// JSON-LD publisher.name, og:site_name, application-name, a JSON-LD WebSite's name.
  std::string site_name;
  /// <html lang>, meta http-equiv=content-language, og:locale (as a language tag).
  std::string language;
  /// JSON-LD description, dc:description, og:description, meta description, twitter:description.
  std::string description;
};

/// Reads the metadata of a parsed page. `document` is the document node (see
/// parsed_document::document()); `page_url` is where the page came from (may be empty), used
/// to resolve relative URLs. Never throws except std::bad_alloc; invalid JSON-LD is skipped.
/// Time is linear in the size of the page.
page_metadata extract_metadata(html_node document, std::string_view page_url);

}  // namespace article2md::detail
