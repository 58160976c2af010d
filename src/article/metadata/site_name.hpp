#pragma once
// What a page says of its own site's name, and a title without it: the separators between a
// title and the site's name, the evidence that a part names the site (og:site_name, the URL's
// domain, another statement of the title), and the cut. Used by shown_title.cpp, which then
// checks the title against the page's headings.

#include "article/metadata/shown_title.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail::title_site {

/// Titles are compared up to this many bytes: past a kilobyte a title is no title, and the
/// comparisons stay cheap whatever the page holds.
constexpr std::size_t max_title_bytes = 1024;

/// `s` cut to max_title_bytes, at a character boundary.
std::string_view capped(std::string_view s);

/// One part of a title between separators: [begin, end), separators excluded.
struct segment {
  std::size_t begin, end;
};

/// The parts of `s` between separators (" | ", " - ", " · ", unspaced "|"…); one when none.
std::vector<segment> segments(std::string_view s);

/// The text of a part, trimmed.
std::string_view segment_text(std::string_view s, segment seg);

/// Letters and digits only, lower-cased, "and" left out: "Motley Fool" and "motleyfool.com"
/// compare, so do "Nuts & Volts" and "Nuts and Volts".
std::string compact(std::string_view s);

/// The evidence, prepared once per page for the comparisons.
struct evidence_view {
  const title_evidence& ev;
  std::vector<std::string> site_compact;
  std::vector<std::string> host_labels;  // without www and the top-level domain
  std::string host_compact;
  std::vector<std::vector<std::string>> statement_words;
};

evidence_view make_view(const title_evidence& ev);

/// How closely a part of a title must match a name of the site to be it.
enum class match { exact, loose };

/// Whether a part of a title cut off at a separator names the site (see site_name.cpp).
bool names_site(const evidence_view& v, std::string_view part, match how = match::loose);

/// Whether `part` is what sites call their home page ("Home", "Startseite", "首页"…).
bool is_home_label(std::string_view part);

/// Whether `title` says nothing of the page: empty, "Home", or (but on the home page) the
/// site's name alone.
bool says_nothing(std::string_view title, const evidence_view& v);

/// Whether a leading or trailing part of `title` is exactly a name of the site.
bool ends_with_site(std::string_view title, const evidence_view& v);

/// `title` without a leading or trailing part that names the site (twice at most).
std::string strip_site(std::string_view title, const evidence_view& v, match how);

}  // namespace article2md::detail::title_site
