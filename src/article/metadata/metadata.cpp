// extract_metadata: the order of precedence between what a page says about itself (JSON-LD,
// <meta> tags, <title>, the byline element), each read by its own file beside this one.
#include "article/metadata/metadata.hpp"

#include "article/metadata/byline.hpp"
#include "article/metadata/jsonld.hpp"
#include "article/metadata/meta_tags.hpp"
#include "article/metadata/metadata_text.hpp"
#include "article/metadata/page_scan.hpp"
#include "article/metadata/shown_title.hpp"
#include "article/metadata/title.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

// The precedence of sources follows Mozilla Readability (_getJSONLD, _getArticleMetadata,
// _getArticleTitle, _isValidByline), whose output is what readers and our corpus expect: JSON-LD
// first, then <meta> tags, then the page itself. Readability's regular expressions are written
// out here as small scanners: one pass over the document, no std::regex.

namespace article2md::detail {
using namespace metadata_text;
namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Readability's _unescapeHtmlEntities: the parser has decoded attributes once, but pages (and
// JSON-LD) often carry a second, literal level of escaping ("&amp;#8217;").
std::string unescape_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> named{{
      {"quot;", "\""}, {"amp;", "&"}, {"apos;", "'"}, {"lt;", "<"}, {"gt;", ">"}}};
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view rest = s.substr(i + 1);
    bool done = false;
    for (const auto& [name, value] : named) {
      if (rest.substr(0, name.size()) == name) {
        out.append(value);
        i += 1 + name.size();
        done = true;
        break;
      }
    }
    if (done) continue;
    if (!rest.empty() && rest[0] == '#') {
      bool hex = rest.size() > 1 && (rest[1] == 'x' || rest[1] == 'X');
      std::size_t k = hex ? 2 : 1;
      std::uint32_t value = 0;
      bool overflow = false;
      std::size_t digits_start = k;
      for (; k < rest.size(); ++k) {
        char c = rest[k];
        std::uint32_t digit;
        if (c >= '0' && c <= '9')
          digit = static_cast<std::uint32_t>(c - '0');
        else if (hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f')
          digit = static_cast<std::uint32_t>(ascii_lower(c) - 'a' + 10);
        else
          break;
        if (value > 0x10FFFF) {
          overflow = true;
        } else {
          value = value * (hex ? 16u : 10u) + digit;
        }
      }
      if (k > digits_start && k < rest.size() && rest[k] == ';') {
        if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
          value = 0xFFFD;
        append_utf8(out, static_cast<char32_t>(value));
        i += 1 + k + 1;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

// "en_US" (og:locale) -> "en-US"; the first of a comma-separated list (content-language).
std::string language_tag(std::string_view s) {
  s = trim(s.substr(0, s.find(',')));
  std::string out(s);
  for (char& c : out)
    if (c == '_') c = '-';
  return out;
}

// A date in a URL's path, as WordPress and news sites write permalinks: /2024/05/17/ or
// /2024-05-17-slug; "2024/05/17" or "2024-05-17", empty when there is none.
std::string url_date(std::string_view page) {
  const std::string_view url = url_path(page);
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > url.size()) return false;
    for (std::size_t k = at; k < at + n; ++k)
      if (url[k] < '0' || url[k] > '9') return false;
    return true;
  };
  auto boundary = [&](std::size_t at) {
    return at >= url.size() || !(is_ascii_alnum(url[at]));
  };
  for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/' || !digits(i + 1, 4)) continue;
    char sep = i + 5 < url.size() ? url[i + 5] : '\0';
    if ((sep != '/' && sep != '-') || !digits(i + 6, 2) || i + 8 >= url.size() ||
        url[i + 8] != sep || !digits(i + 9, 2) || !boundary(i + 11))
      continue;
    std::string date(url.substr(i + 1, 10));
    int year = std::stoi(date.substr(0, 4));
    if (year < 1990 || year > 2100) continue;
    if (!parse_date_ms(date)) continue;
    return date;
  }
  return {};
}

std::string first_nonempty(std::initializer_list<std::string_view> values) {
  for (std::string_view v : values)
    if (!js_trim(v).empty()) return std::string(v);
  return {};
}

}  // namespace

page_metadata extract_metadata(html_node document, std::string_view page_url) {
  page_metadata out;
  if (!document) return out;
  page_scan scan;
  scan_document(document, scan);
  const meta_values& meta = scan.meta;

  // The first script describing an article gives its fields; dates and the site's name of
  // other nodes come from the first script that has them.
  jsonld_metadata ld, any;
  for (std::string_view script : scan.jsonld_scripts) {
    auto found = read_jsonld(script);
    if (!found) continue;
    for (auto field : {&jsonld_metadata::any_published, &jsonld_metadata::created,
                       &jsonld_metadata::modified, &jsonld_metadata::website_name})
      if ((any.*field).empty()) any.*field = (*found).*field;
    if (found->is_article && !ld.is_article) ld = std::move(*found);
  }
  ld.website_name = any.website_name;

  // URL: relative references resolve against <base href>, itself against the page URL.
  std::string base = scan.have_base ? resolve_url(page_url, scan.base_href) : std::string(page_url);
  std::string url = first_nonempty({scan.canonical, meta.get_any("og:url"), ld.url});
  url = std::string(trim(url));
  if (!url.empty()) out.url = resolve_url(base, url);

  std::string cleaned_title = clean_document_title(scan.title);

  // Title. When a JSON-LD article names itself twice, the headline wins only when it is the one
  // that matches the page's own title.
  std::string ld_title;
  if (ld.has_name && ld.has_headline && ld.name != ld.headline) {
    bool name_matches = text_similarity(ld.name, cleaned_title) > 0.75;
    bool headline_matches = text_similarity(ld.headline, cleaned_title) > 0.75;
    ld_title = headline_matches && !name_matches ? ld.headline : ld.name;
  } else if (ld.has_name) {
    ld_title = std::string(js_trim(ld.name));
  } else if (ld.has_headline) {
    ld_title = std::string(js_trim(ld.headline));
  }
  std::string title = first_nonempty(
      {ld_title, meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"),
       meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
       meta.get("twitter:title"), meta.get("parsely-title")});
  if (title.empty()) title = cleaned_title;
  title = clean_text(unescape_entities(title));

  out.site_name = clean_text(unescape_entities(first_nonempty(
      {ld.site_name, meta.get("og:site_name"), meta.get_any("application-name"),
       ld.website_name})));

  // The title the page shows: its <h1> when one agrees with the title, else the title without
  // a site name the page itself names.
  title_evidence evidence;
  for (std::string_view s : {std::string_view(ld.site_name), meta.get("og:site_name"),
                             meta.get_any("application-name"), std::string_view(ld.website_name)})
    if (!js_trim(s).empty()) evidence.site_names.push_back(clean_text(unescape_entities(s)));
  std::string_view evidence_url = out.url.empty() ? page_url : std::string_view(out.url);
  evidence.host = std::string(url_host(evidence_url));
  evidence.home_page = is_home_page(evidence_url);
  for (std::string_view s : {std::string_view(scan.title.document_title), meta.get("og:title"),
                             meta.get("twitter:title"), std::string_view(ld.headline),
                             std::string_view(ld.name)})
    if (!js_trim(s).empty()) evidence.statements.push_back(clean_text(unescape_entities(s)));
  evidence.headings = title_headings(scan.title.headings, base, evidence_url,
                                     evidence.statements);
  evidence.subheadings = section_headings(scan.title.headings);
  out.title = shown_title(title, evidence);

  // Byline.
  std::string_view article_author = meta.get("article:author");
  if (!url_scheme(js_trim(article_author)).empty()) article_author = {};
  std::string author =
      first_nonempty({ld.byline, meta.get("dc:creator"), meta.get("dcterm:creator"),
                      meta.get("author"), meta.get("parsely-author"), article_author});
  out.author = author.empty() ? find_byline_element(document, out.title)
                              : clean_text(unescape_entities(author));

  // Date, as written: what the page declares as its publication date, then the date its text
  // shows or its URL holds, then (last) when it was changed.
  std::string date = first_nonempty(
      {ld.date, meta.get("article:published_time"), meta.get("parsely-pub-date"),
       meta.get_any("article:published_time"), meta.get_any("og:published_time"),
       meta.get_any("og:article:published_time"), meta.get_any("article:published"),
       meta.get_any("date"), meta.get_any("pubdate"), meta.get_any("publishdate"),
       meta.get_any("publish-date"), meta.get_any("publish_date"), meta.get_any("publish_time"),
       meta.get_any("published"), meta.get_any("published_at"), meta.get_any("published_date"),
       meta.get_any("publisheddate"), meta.get_any("publication_date"),
       meta.get_any("og:publish_date"), meta.get_any("og:publication_time"),
       meta.get_any("datepublished"), meta.get_any("date-pub"), meta.get_any("dc.date"),
       meta.get_any("dc:date"), meta.get_any("dc.date.issued"), meta.get_any("dc.date.created"),
       meta.get_any("dcterms.created"), meta.get_any("dcterms:created"),
       meta.get_any("dcterms.issued"), meta.get_any("dcterms.date"),
       meta.get_any("citation_publication_date"), meta.get_any("citation_date"),
       meta.get_any("citation_online_date"), meta.get_any("prism.publicationdate"),
       meta.get_any("cxenseparse:publishtime"), meta.get_any("sailthru.date"),
       scan.time_itemprop, scan.time_pubdate, any.any_published, ld.created, any.created,
       meta.get_any("datecreated"), meta.get_any("uploaddate"), scan.time_in_header,
       scan.time_in_article, url_date(out.url), url_date(page_url), scan.time_first,
       scan.after_h1.published, scan.before_h1.published, scan.after_h1.bare, scan.far_published,
       ld.modified, any.modified, meta.get_any("article:modified_time"),
       meta.get_any("og:updated_time"), meta.get_any("datemodified"),
       meta.get_any("dcterms.modified"), meta.get_any("last-modified"), scan.time_updated,
       scan.after_h1.updated, scan.before_h1.updated});
  out.date = clean_text(unescape_entities(date));
  // Templates that quote the value twice: content="&quot;2025-12-17T13:22:47Z&quot;".
  if (out.date.size() >= 2 && out.date.front() == '"' && out.date.back() == '"')
    out.date = clean_text(std::string_view(out.date).substr(1, out.date.size() - 2));

  out.description = clean_text(unescape_entities(first_nonempty(
      {ld.description, meta.get("dc:description"), meta.get("dcterm:description"),
       meta.get("og:description"), meta.get("weibo:article:description"),
       meta.get("weibo:webpage:description"), meta.get("description"),
       meta.get("twitter:description")})));

  out.language = first_nonempty({scan.html_lang,
                                 language_tag(meta.get_any("http-equiv:content-language")),
                                 language_tag(meta.get_any("og:locale"))});

  return out;
}

}  // namespace article2md::detail
