// The title the page shows: site names removed on evidence, and the <h1> that agrees with the
// title. Its own file: title.cpp is Readability's _getArticleTitle, this is what comes after.

#include "article/metadata/shown_title.hpp"

#include "article/metadata/metadata_text.hpp"
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

namespace title_words {

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    if (c < 0x80) {
      char a = static_cast<char>(c);
      if (is_ascii_alnum(a) || a == '_')
        current.push_back(ascii_lower(a));
      else
        flush();
    } else if (is_js_space(c) || is_unicode_punctuation(c)) {
      flush();
    } else if (is_cjk(c)) {
      flush();
      out.emplace_back(s.substr(start, i - start));
    } else {
      current.append(s.substr(start, i - start));
    }
  }
  flush();
  return out;
}

}  // namespace title_words

namespace {
using title_words::words;

// Separators between a title and a site's name: spaced ("Title | Site", "Title - Site") or, for
// the bars, also unspaced ("标题｜网站").
std::size_t separator_at(std::string_view s, std::size_t i) noexcept {
  static constexpr std::array<std::string_view, 3> unspaced{"|", "\xEF\xBD\x9C" /* ｜ */,
                                                            "\xE4\xB8\xA8" /* 丨 */};
  for (std::string_view sep : unspaced)
    if (s.substr(i, sep.size()) == sep) return sep.size();
  if (s[i] != ' ') return 0;
  static constexpr std::array<std::string_view, 12> spaced{
      "-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */, "\xC2\xB7" /* · */,
      "\xE2\x80\xA2" /* • */, "::", "\xC2\xBB" /* » */, "/", "~", "\xE2\x80\xBA" /* › */,
      "\\", ">"};
  for (std::string_view sep : spaced) {
    std::size_t end = i + 1 + sep.size();
    if (s.substr(i + 1, sep.size()) == sep && end < s.size() && s[end] == ' ')
      return sep.size() + 2;
  }
  return 0;
}

struct segment {
  std::size_t begin, end;  // of the text, separators excluded
};

std::vector<segment> segments(std::string_view s) {
  std::vector<segment> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t len = separator_at(s, i)) {
      out.push_back({start, i});
      i += len;
      start = i;
      continue;
    }
    ++i;
  }
  out.push_back({start, s.size()});
  return out;
}

std::string_view segment_text(std::string_view s, segment seg) {
  return js_trim(s.substr(seg.begin, seg.end - seg.begin));
}

// Letters and digits only, lower-cased: "Motley Fool" and "motleyfool.com" compare; "and" is
// left out, as names write it either way ("Nuts & Volts", "Nuts and Volts").
std::string compact(std::string_view s) {
  std::string out;
  for (const std::string& w : words(s))
    if (w != "and") out += w;
  return out;
}

struct evidence_view {
  const title_evidence& ev;
  std::vector<std::string> site_compact;
  std::vector<std::string> host_labels;  // without www and the top-level domain
  std::string host_compact;
  std::vector<std::vector<std::string>> statement_words;
};

evidence_view make_view(const title_evidence& ev) {
  evidence_view v{ev, {}, {}, {}, {}};
  for (const std::string& s : ev.statements) v.statement_words.push_back(words(s));
  // A page that names its site in two ways, one of them its title, has put its title where a
  // name belongs (application-name repeating <title> beside og:site_name="MSN"): that one is
  // no name. A page whose every name is its title (og:site_name and og:title "Glossier") is
  // another matter: its title is the site's name.
  for (const std::string& s : ev.site_names)
    if (std::string c = compact(s); !c.empty()) v.site_compact.push_back(std::move(c));
  std::vector<std::string> statement_compact;
  for (const std::string& s : ev.statements) statement_compact.push_back(compact(s));
  auto is_statement = [&](const std::string& c) {
    return std::find(statement_compact.begin(), statement_compact.end(), c) !=
           statement_compact.end();
  };
  bool two_names = std::any_of(v.site_compact.begin(), v.site_compact.end(),
                               [&](const std::string& c) { return c != v.site_compact.front(); });
  if (two_names)
    v.site_compact.erase(std::remove_if(v.site_compact.begin(), v.site_compact.end(), is_statement),
                         v.site_compact.end());
  std::string_view host = ev.host;
  if (host.substr(0, 4) == "www.") host.remove_prefix(4);
  v.host_compact = compact(host);
  std::size_t last_dot = host.rfind('.');
  std::string_view name = last_dot == std::string_view::npos ? host : host.substr(0, last_dot);
  while (!name.empty()) {
    std::size_t dot = name.find('.');
    std::string label = compact(name.substr(0, dot));
    if (label.size() >= 3) v.host_labels.push_back(std::move(label));
    if (dot == std::string_view::npos) break;
    name.remove_prefix(dot + 1);
  }
  return v;
}

// How closely a part of a title must match a name of the site to be it.
enum class match { exact, loose };

// Whether a part of a title cut off at a separator names the site. Loosely, it may also hold
// the name with a word or two ("The Verge" for theverge.com's "Verge", "Rust Blog" for
// "Rust") or be part of it; exactly, it is the name and nothing else, for the places where a
// name plus a word is more likely a product of the site ("Cloudflare CDN", "Ridge Wallet").
bool names_site(const evidence_view& v, std::string_view part, match how = match::loose) {
  std::string c = compact(part);
  if (c.empty()) return false;
  bool loose = how == match::loose;
  for (const std::string& site : v.site_compact) {
    if (c == site) return true;
    if (!loose) continue;
    if (c.size() >= 4 && site.find(c) != std::string::npos) return true;
    if (site.size() >= 4 && c.find(site) != std::string::npos && c.size() <= site.size() * 2)
      return true;
  }
  if (!v.host_compact.empty() && c == v.host_compact) return true;
  for (const std::string& label : v.host_labels) {
    if (c == label) return true;
    // Loosely, the domain's name with at most four more letters ("BBC News" on bbc.co.uk),
    // but not a product named after the company ("GitHub Copilot" on github.com).
    if (loose && label.size() >= 3 && c.size() >= label.size() && c.size() <= label.size() + 4 &&
        (c.compare(0, label.size(), label) == 0 ||
         c.compare(c.size() - label.size(), label.size(), label) == 0))
      return true;
  }
  return false;
}

// Whether `part` is what sites call their home page ("Home - Site", "Startseite | Site",
// "首页 - 网站"): it says which page this is, not what it holds.
bool is_home_label(std::string_view part) {
  static constexpr std::array<std::string_view, 20> labels{
      "home", "homepage", "startseite", "accueil", "inicio", "in\xC3\xAD" "cio" /* início */,
      "pocetna", "po\xC4\x8D" "etna" /* početna */, "naslovnica", "hem", "forside", "etusivu",
      "anasayfa", "stronag\xC5\x82\xC3\xB3wna" /* strona główna */,
      "\xD0\xB3\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xB0\xD1\x8F" /* главная */,
      "\xE9\xA6\x96\xE9\xA1\xB5" /* 首页 */, "\xE4\xB8\xBB\xE9\xA1\xB5" /* 主页 */,
      "\xE9\xA6\x96\xE9\xA0\x81" /* 首頁 */, "\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0" /* ホーム */,
      "\xED\x99\x88" /* 홈 */};
  std::string c = compact(part);
  return std::find(labels.begin(), labels.end(), c) != labels.end();
}

// Whether `title` says nothing of the page: it is empty, "Home", or, but on the home page, the
// site's name alone.
bool says_nothing(std::string_view title, const evidence_view& v) {
  return words(title).empty() || is_home_label(title) ||
         (!v.ev.home_page && names_site(v, title, match::exact));
}

// Whether another statement of the title is `rest` alone: the part cut off is what one of them
// adds ("Title | Site" beside og:title "Title").
bool stated_without(const evidence_view& v, std::string_view rest) {
  std::vector<std::string> w = words(rest);
  if (w.empty()) return false;
  for (const auto& s : v.statement_words)
    if (s == w) return true;
  return false;
}

// Whether a leading or trailing part of `title` is exactly a name of the site.
bool ends_with_site(std::string_view title, const evidence_view& v) {
  std::vector<segment> segs = segments(title);
  return segs.size() >= 2 && (names_site(v, segment_text(title, segs.back()), match::exact) ||
                              names_site(v, segment_text(title, segs.front()), match::exact));
}

// `title` without a leading or trailing part that names the site (twice at most: "Title |
// Section | Site" loses only what evidence names). A trailing part may hold the name loosely
// ("Rain again - Breitbart News"), unless the name has shown itself exactly, here or in
// another statement of the title (`how` is then exact), or a part has already gone: in
// "Cloudflare CDN | Content Delivery Network | Cloudflare" the site signs at the end, and
// "Cloudflare CDN" is its product. A leading part must be the name exactly: a name with more
// words before the title is a product's ("Stripe Payments | Global Payment Platform").
std::string strip_site(std::string_view title, const evidence_view& v, match how) {
  std::string t(js_trim(title));
  for (int round = 0; round < 2; ++round) {
    std::vector<segment> segs = segments(t);
    if (segs.size() < 2) break;
    if (round > 0) how = match::exact;
    // A part that names the site, or the page as a home page, goes; but when all that would
    // be left is "Home", the site's name is the title ("Home - Site" is the site's page).
    auto goes = [&](std::string_view part, std::string_view rest, match name_match) {
      return !rest.empty() && (is_home_label(part) || names_site(v, part, name_match) ||
                               stated_without(v, rest));
    };
    std::string_view view(t);
    std::string_view last = segment_text(view, segs.back());
    std::string_view before_last = js_trim(view.substr(0, segs[segs.size() - 2].end));
    if (goes(last, before_last, how)) {
      t = std::string(is_home_label(before_last) ? last : before_last);
      continue;
    }
    std::string_view first = segment_text(view, segs.front());
    std::string_view after_first = js_trim(view.substr(segs[1].begin));
    if (goes(first, after_first, match::exact)) {
      t = std::string(is_home_label(after_first) ? first : after_first);
      continue;
    }
    break;
  }
  return t;
}

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
  std::string l = lower(attr);
  std::size_t b = 0;
  while (b < l.size()) {
    std::size_t e = l.find_first_of(" \t\n\r\f", b);
    if (e == std::string::npos) e = l.size();
    std::string_view t = std::string_view(l).substr(b, e - b);
    if (t.find("logo") != std::string_view::npos || t == "brand" || t == "navbar-brand" ||
        t == "site-brand" || t.find("site-title") != std::string_view::npos ||
        t.find("site-name") != std::string_view::npos ||
        t.find("sitename") != std::string_view::npos ||
        t.find("site-branding") != std::string_view::npos)
      return true;
    b = e + 1;
  }
  return false;
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
constexpr std::size_t max_title_bytes = 1024;

// `s` cut to max_title_bytes, at a character boundary.
std::string_view capped(std::string_view s) {
  if (s.size() <= max_title_bytes) return s;
  std::size_t end = max_title_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}


// The words a heading shows, whitespace-collapsed.
std::string heading_text(html_node h) {
  std::string text = clean_text(shown_text(h, max_heading_bytes + 64));
  // A permalink mark after the words ("Title¶", "Title #") is the heading's anchor.
  for (std::string_view mark : {"\xC2\xB6" /* ¶ */, "\xC2\xA7" /* § */, "#"})
    if (text.size() > mark.size() && std::string_view(text).substr(text.size() - mark.size()) == mark)
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
          if (std::string t = strip_site(s, v, match::exact); !words(t).empty() && !is_home_label(t))
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
