// A title without its site's name (site_name.hpp): the separators, the evidence, the cut.
// Its own file: shown_title.cpp decides between the title and the page's headings.
#include "article/metadata/site_name.hpp"

#include "article/metadata/metadata_text.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
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

namespace title_site {
using title_words::words;

// `s` cut to max_title_bytes, at a character boundary.
std::string_view capped(std::string_view s) {
  if (s.size() <= max_title_bytes) return s;
  std::size_t end = max_title_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

namespace {

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

}  // namespace

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

// Whether a part of a title cut off at a separator names the site. Loosely, it may also hold
// the name with a word or two ("The Verge" for theverge.com's "Verge", "Rust Blog" for
// "Rust") or be part of it; exactly, it is the name and nothing else, for the places where a
// name plus a word is more likely a product of the site ("Cloudflare CDN", "Ridge Wallet").
bool names_site(const evidence_view& v, std::string_view part, match how) {
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
      "\xE9\xA6\x96\xE9\xA0\x81" /* 首頁 */,
      "\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0" /* ホーム */,
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

}  // namespace title_site
}  // namespace article2md::detail
