// The title the page shows: the <h1> that agrees with the title, else the title without its
// site's name (site_name.cpp). Its own file: title.cpp is Readability's _getArticleTitle, this
// is what comes after.

#include "article/metadata/shown_title.hpp"

#include "article/metadata/metadata_text.hpp"
#include "article/metadata/site_name.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace article2md::detail {
using namespace metadata_text;

namespace {
using title_words::words;
using namespace title_site;

// F1 of the two word multisets.
double word_f1(std::vector<std::string> a, std::vector<std::string> b) {
  if (a.empty() || b.empty()) return 0;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// A statement of the title cut at its separators, each part as words (empty parts left out),
// computed once for every heading compared with it.
struct split_title {
  std::vector<std::vector<std::string>> parts;
  std::vector<std::string> all;  // every word, in order
  bool first_names_site = false;
};

split_title split(std::string_view title, const evidence_view& v) {
  split_title out;
  std::vector<segment> segs = segments(title);
  for (std::size_t i = 0; i < segs.size(); ++i) {
    std::string_view text = segment_text(title, segs[i]);
    if (i == 0) out.first_names_site = names_site(v, text);
    std::vector<std::string> w = words(text);
    if (w.empty()) continue;
    out.all.insert(out.all.end(), w.begin(), w.end());
    out.parts.push_back(std::move(w));
  }
  return out;
}

// Whether `heading` is a part of the title after its first one: "The Rust Book" in "Traits -
// The Rust Book" names the site (or the book), not the page.
bool is_later_part(const std::vector<std::string>& heading, const split_title& t) {
  for (std::size_t i = 1; i < t.parts.size(); ++i)
    if (t.parts[i] == heading) return true;
  return false;
}

// Whether `heading` is one or more consecutive parts of the title, short of the whole
// ("Travel Insurance" in "Travel Insurance - Flight and Travel Insurance Quotes"), or its
// first words ("Hiking Boots" in "Hiking Boots: Shop Boots for Hiking"). A run that leaves out
// the first part counts only when that part names the site ("Site | Title"). Runs stop once
// longer than the heading, so this is linear in the title.
bool is_title_part(const std::vector<std::string>& heading, const split_title& t) {
  const std::size_t n = t.parts.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i == 1 && !t.first_names_site) break;
    std::size_t words_in_run = 0;
    for (std::size_t j = i; j < n; ++j) {
      if (i == 0 && j + 1 == n) break;  // the whole title is no part of it
      words_in_run += t.parts[j].size();
      if (words_in_run > heading.size()) break;
      if (words_in_run == heading.size()) {
        std::size_t k = 0;
        bool same = true;
        for (std::size_t p = i; p <= j && same; ++p)
          for (const std::string& w : t.parts[p]) same = same && w == heading[k++];
        if (same) return true;
        break;
      }
    }
  }
  return heading.size() < t.all.size() &&
         std::equal(heading.begin(), heading.end(), t.all.begin());
}

// `url` without its query and fragment.
std::string_view without_query(std::string_view url) {
  return url.substr(0, url.find_first_of("?#"));
}

// Whether a class or id names a logo or the site's name ("site-logo", "navbar-brand",
// "site-title"), token by token: "brand-new-story" is no brand.
bool names_logo(std::string_view attr) {
  return any_token(lower(attr), [](std::string_view t) {
    return t == "brand" || t == "navbar-brand" || t == "site-brand" ||
           t.find("logo") != std::string_view::npos ||
           t.find("site-title") != std::string_view::npos ||
           t.find("site-name") != std::string_view::npos ||
           t.find("sitename") != std::string_view::npos ||
           t.find("site-branding") != std::string_view::npos;
  });
}

// Whether the heading is a site's logo or name: a class or id that says so, a short text
// naming a logo ("Stripe logo", an SVG's label), or nothing but one link to the site's home
// or to a page above `page` (a blog's front page), unless its words begin a statement of the
// title (a post's heading linking to the post itself, read at ".../post/amp/").
bool is_site_heading(html_node h, std::string_view base, std::string_view page,
                     const std::vector<std::vector<std::string>>& first_parts) {
  if (names_logo(h.attr("class")) || names_logo(h.attr("id"))) return true;
  std::vector<std::string> w = words(raw_text(h, 512));
  if (w.size() <= 3 && std::find(w.begin(), w.end(), "logo") != w.end()) return true;
  html_node link = h.find("a");
  if (!link || clean_text(raw_text(link, 512)) != clean_text(raw_text(h, 512))) return false;
  for (const auto& part : first_parts)
    if (part == w) return false;
  std::string_view href = js_trim(link.attr("href"));
  if (href.empty() || href.front() == '#') return false;
  if (href == "/" || href == "./") return true;
  std::string target(without_query(resolve_url(base, href)));
  page = without_query(page);
  // "index.html" and its kin name the folder they sit in.
  std::size_t slash = target.rfind('/');
  if (slash != std::string::npos && lower(target.substr(slash + 1)).rfind("index.", 0) == 0)
    target.erase(slash + 1);
  std::string_view host = url_host(target);
  if (host.empty()) return false;
  if (iequals(host, url_host(page)) && target.find(host) + host.size() + 1 >= target.size())
    return true;  // the site's root
  while (!target.empty() && target.back() == '/') target.pop_back();
  return !page.empty() && page.size() > target.size() + 1 &&
         page.compare(0, target.size(), target) == 0 && page[target.size()] == '/';
}

constexpr std::size_t max_headings = 16;
constexpr std::size_t max_heading_bytes = 400;
constexpr double min_agreement = 0.5;     // word F1 above this: the heading may be the title
constexpr double strong_agreement = 0.75; // and from this on, it reads as the title

// The words a heading shows, whitespace-collapsed.
std::string heading_text(html_node h) {
  std::string text = clean_text(shown_text(h, max_heading_bytes + 64));
  // A permalink mark after the words ("Title¶", "Title #") is the heading's anchor.
  for (std::string_view mark : {"\xC2\xB6" /* ¶ */, "\xC2\xA7" /* § */, "#"})
    if (text.size() > mark.size() &&
        std::string_view(text).substr(text.size() - mark.size()) == mark)
      text = clean_text(std::string_view(text).substr(0, text.size() - mark.size()));
  return text;
}

}  // namespace

std::vector<std::string> title_headings(const std::vector<html_node>& headings,
                                        std::string_view base, std::string_view page_url,
                                        const std::vector<std::string>& statements) {
  std::vector<std::vector<std::string>> first_parts;
  for (const std::string& st : statements) {
    std::string_view s = capped(st);
    first_parts.push_back(words(segment_text(s, segments(s).front())));
  }
  std::vector<std::string> out;
  for (html_node h : headings) {
    if (out.size() >= max_headings) break;
    if (!h.is("h1") || is_site_heading(h, base, page_url, first_parts)) continue;
    out.push_back(heading_text(h));
  }
  return out;
}

bool is_home_page(std::string_view url) {
  if (url_host(url).empty()) return false;
  std::string_view path = url_path(url);
  if (path.empty() || path == "/") return true;
  return path.rfind('/') == 0 && lower(path.substr(1, 6)) == "index.";
}

std::vector<std::string> section_headings(const std::vector<html_node>& headings) {
  std::vector<std::string> out;
  for (html_node h : headings) {
    if (out.size() >= max_headings) break;
    if (h.is("h2")) out.push_back(heading_text(h));
  }
  return out;
}

std::string shown_title(std::string_view title_in, const title_evidence& evidence_in) {
  // Titles past a kilobyte are no titles; cut there, the comparisons below stay cheap.
  title_evidence evidence = evidence_in;
  for (std::string& s : evidence.statements) s = std::string(capped(s));
  std::string_view title = capped(title_in);
  evidence_view v = make_view(evidence);
  // An <h1> that repeats a part after the title's first separator, on a page whose <h2>
  // repeats the first part, is the site's name in its masthead (a book's, a manual's):
  // "Traits - The Rust Programming Language" under an <h1> "The Rust Programming Language" and
  // an <h2> "Traits". Without the <h2> the <h1> may as well be the page's own title.
  if (std::vector<segment> segs = segments(title); segs.size() >= 2) {
    std::vector<std::string> first = words(segment_text(title, segs.front()));
    bool shown = false;
    for (std::size_t i = 0; i < evidence.subheadings.size() && i < max_headings && !shown; ++i)
      shown = words(evidence.subheadings[i]) == first;
    std::size_t seen = 0;
    for (const std::string& heading : evidence.headings) {
      if (!shown || ++seen > max_headings) break;
      std::vector<std::string> hw = words(heading);
      if (!hw.empty() && is_later_part(hw, split(title, v)))
        v.site_compact.push_back(compact(heading));
    }
  }
  // A title that says nothing but the site's name or "Home" is a template's default (a shop's
  // "Glossier" on every page, a blog's "Home" in og:title): another statement of the title
  // that says more comes first, then the page's only <h1> (of several, none is surely the
  // title). A page without a title keeps none, as Readability's.
  if (!words(title).empty() && says_nothing(title, v)) {
    std::string_view better;
    for (const std::string& s : evidence.statements)
      if (better.empty() && !says_nothing(strip_site(s, v, match::exact), v)) better = s;
    if (!better.empty()) {
      title = better;
    } else {
      if (evidence.headings.size() == 1 && !says_nothing(evidence.headings.front(), v))
        return clean_text(evidence.headings.front());
      if (is_home_label(title))
        for (const std::string& s : evidence.statements)
          if (std::string t = strip_site(s, v, match::exact);
              !words(t).empty() && !is_home_label(t))
            return t;
    }
  }
  match how = ends_with_site(title, v) ? match::exact : match::loose;
  for (const std::string& s : evidence.statements)
    if (ends_with_site(s, v)) how = match::exact;
  std::string stripped = strip_site(title, v, how);
  std::vector<std::string> title_w = words(title), stripped_w = words(stripped);

  // The statements of the title, each without the site's name, for the looser comparisons.
  std::vector<std::string> candidates{std::string(js_trim(title)), stripped};
  for (const std::string& s : evidence.statements)
    if (!js_trim(s).empty()) candidates.push_back(strip_site(s, v, how));
  std::vector<std::vector<std::string>> candidate_w;
  std::vector<split_title> candidate_parts;
  for (const std::string& c : candidates) {
    candidate_w.push_back(words(c));
    candidate_parts.push_back(split(c, v));
  }

  // The heading that agrees best: the same words as a statement; else mostly the same words
  // (a reworded headline); else a part of a statement or its first words ("Hiking Boots");
  // else half or more of the same words. A headline that reads like the title beats a short
  // heading that only begins it ("Opinion" above "Opinion: Why we need more trees").
  double best_score = 0;
  const std::string* best = nullptr;
  std::size_t seen = 0;
  for (const std::string& heading : evidence.headings) {
    if (++seen > max_headings) break;
    if (heading.empty() || heading.size() > max_heading_bytes) continue;
    std::vector<std::string> hw = words(heading);
    if (hw.empty()) continue;
    double score = 0;
    for (const auto& cw : candidate_w)
      if (hw == cw) score = 4;
    // Only a heading that is the site's name and nothing more is the site's: "Ridge Wallet"
    // on ridge.com is a product's name.
    if (score == 0 && !names_site(v, heading, match::exact)) {
      bool later_part = false, part = false;
      for (const split_title& t : candidate_parts) {
        later_part = later_part || is_later_part(hw, t);
        part = part || is_title_part(hw, t);
      }
      double f1 = 0;
      if (!later_part)
        for (const auto& cw : candidate_w) f1 = std::max(f1, word_f1(hw, cw));
      if (f1 >= strong_agreement)
        score = 2 + f1;
      else if (part)
        score = 1.5;
      else if (f1 > min_agreement)
        score = f1;
    }
    if (score > best_score) {
      best_score = score;
      best = &heading;
    }
  }
  if (best) {
    std::vector<std::string> hw = words(*best);
    if (hw == title_w) return std::string(js_trim(title));
    if (hw == stripped_w) return stripped;
    return clean_text(*best);
  }
  return stripped;
}

}  // namespace article2md::detail
