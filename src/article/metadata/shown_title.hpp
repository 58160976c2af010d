#pragma once
// The title the page shows: the title its metadata gives (Readability's choice, title.cpp and
// metadata.cpp), checked against the page's <h1> headings and cleaned of a site name, both only
// on evidence the page itself gives.

#include <article2md/html_node.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail {

/// What the page says besides its chosen title, gathered by extract_metadata().
struct title_evidence {
  /// Names the page gives its site: og:site_name, application-name, JSON-LD publisher and
  /// WebSite names.
  std::vector<std::string> site_names;
  /// The host of the page's URL (canonical, og:url, or where it came from); may be empty.
  std::string host;
  /// Whether that URL is the site's home page (its path empty, "/" or "/index.*").
  bool home_page = false;
  /// Every statement of the title: <title>, og:title, twitter:title, JSON-LD headline and name.
  std::vector<std::string> statements;
  /// The text of the page's <h1> headings, whitespace-collapsed, in document order.
  std::vector<std::string> headings;
  /// The text of the page's <h2> headings, whitespace-collapsed, in document order.
  std::vector<std::string> subheadings;
};

/// `title` with a leading or trailing site name removed when the evidence names it ("Title |
/// Site" where Site is og:site_name, the URL's domain, or missing from another statement of the
/// title), or the <h1> that agrees with it: the same words, a part of it between separators, or
/// mostly the same words (a headline reworded for search engines). Without evidence the title
/// is returned as it is.
std::string shown_title(std::string_view title, const title_evidence& evidence);

/// The text of the <h1> headings among `headings` that could be the page's title, in order:
/// without those that name the site (a logo's class, or nothing but a link to the site's home
/// or a page above this one, `page_url`'s parent, unless its words begin one of `statements`
/// of the title). `base` resolves relative links.
std::vector<std::string> title_headings(const std::vector<html_node>& headings,
                                        std::string_view base, std::string_view page_url,
                                        const std::vector<std::string>& statements);

/// Whether `url` is a site's home page: an absolute URL whose path is empty, "/" or a
/// "/index.*" file.
bool is_home_page(std::string_view url);

/// The text of the <h2> headings among `headings`, in order (the first 16).
std::vector<std::string> section_headings(const std::vector<html_node>& headings);

namespace title_words {
/// The words of `s` for comparing titles: ASCII lower-cased, other letters as written, each
/// CJK character a word of its own, punctuation and symbols dropped.
std::vector<std::string> words(std::string_view s);
}  // namespace title_words

}  // namespace article2md::detail
