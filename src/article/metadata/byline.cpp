// The byline element (Readability's _isValidByline, met while walking the page in order), with
// the visibility and page-furniture tests only this walk makes.

#include "article/metadata/byline.hpp"

#include "article/metadata/metadata_text.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace article2md::detail {
using namespace metadata_text;
namespace {

// The raw textContent of `node` (whitespace as written), or nullopt when its trimmed length
// reaches `max_units` UTF-16 units or the subtree is too large to be a short label. Bounded, so
// asking it about every candidate keeps the whole scan linear.
std::optional<std::string> short_text(html_node node, std::size_t max_units) {
  constexpr std::size_t max_nodes = 256;  // a byline is a few elements, not a page
  std::string out;
  std::size_t units = 0, core_units = 0, nodes = 0;
  html_node n = node.first_child();
  while (n) {
    if (++nodes > max_nodes) return std::nullopt;
    if (n.is_element() && is_hidden_container(n)) {
      n = next_in_subtree(n, node, false);
      continue;
    }
    if (!n.is_text()) {
      n = next_in_subtree(n, node, true);
      continue;
    }
    std::string_view t = n.text();
    for (std::size_t i = 0; i < t.size();) {
      std::size_t start = i;
      char32_t c = decode_utf8(t, i);
      bool space = is_js_space(c);
      if (space && units == 0) continue;  // leading whitespace is trimmed
      out.append(t.substr(start, i - start));
      units += c >= 0x10000 ? 2u : 1u;
      if (!space) {
        core_units = units;
        if (core_units >= max_units) return std::nullopt;
      }
    }
    n = next_in_subtree(n, node, true);
  }
  return std::string(js_trim(out));
}

// A declaration of an inline style attribute, lower-cased ("display: none" -> "none").
std::string style_value(std::string_view style, std::string_view property) {
  std::string result;
  while (!style.empty()) {
    std::size_t semi = style.find(';');
    std::string_view decl = style.substr(0, semi);
    style = semi == std::string_view::npos ? std::string_view() : style.substr(semi + 1);
    std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    if (!iequals(trim(decl.substr(0, colon)), property)) continue;
    std::string_view value = trim(decl.substr(colon + 1));
    if (std::size_t bang = value.find('!'); bang != std::string_view::npos)
      value = trim(value.substr(0, bang));
    result = lower(value);  // the last declaration wins, as in CSS
  }
  return result;
}

// Readability's _isProbablyVisible.
bool probably_visible(html_node n) {
  std::string_view style = n.attr("style");
  if (!style.empty()) {
    if (style_value(style, "display") == "none") return false;
    if (style_value(style, "visibility") == "hidden") return false;
  }
  if (n.has_attr("hidden")) return false;
  if (n.attr("aria-hidden") == "true" &&
      n.attr("class").find("fallback-image") == std::string_view::npos)
    return false;
  return true;
}

// Readability's _hasAncestorTag with its default depth: the parent and three more.
bool has_near_ancestor(html_node n, std::string_view tag) {
  int depth = 0;
  for (html_node p = n.parent(); p; p = p.parent(), ++depth) {
    if (depth > 3) return false;
    if (p.is(tag)) return true;
  }
  return false;
}

// Readability's unlikelyCandidates / okMaybeItsACandidate test (its first pass): page
// furniture whose bylines are not the article's. Letting "header" through finds more article
// bylines but as many bylines of other stories in page headers, so it stays.
bool unlikely_candidate(html_node n, std::string_view match) {
  if (n.is("body") || n.is("a")) return false;
  if (!icontains_any(match, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
                            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
                            "header", "legends", "menu", "related", "remark", "replies", "rss",
                            "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
                            "supplemental", "ad-break", "agegate", "pagination", "pager",
                            "popup", "yom-remote"}))
    return false;
  if (icontains_any(match, {"and", "article", "body", "column", "content", "main", "shadow"}))
    return false;
  return !has_near_ancestor(n, "table") && !has_near_ancestor(n, "code");
}

bool unlikely_role(std::string_view role) {
  for (std::string_view r :
       {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})
    if (role == r) return true;
  return false;
}

constexpr std::size_t max_byline_units = 100;

bool byline_class(std::string_view match) {
  return icontains_any(match, {"byline", "author", "dateline", "writtenby", "p-author"});
}

}  // namespace

std::string find_byline_element(html_node document, std::string_view title) {
  bool check_title_header = !title.empty();
  for (html_node n = document.first_child(); n;) {
    if (!n.is_element() || is_hidden_container(n) || !probably_visible(n) ||
        (n.attr("aria-modal") == "true" && n.attr("role") == "dialog")) {
      n = next_in_subtree(n, document, false);
      continue;
    }
    std::string match(n.attr("class"));
    match += ' ';
    match += n.attr("id");
    if (n.attr("rel") == "author" ||
        n.attr("itemprop").find("author") != std::string_view::npos || byline_class(match)) {
      if (auto text = short_text(n, max_byline_units); text && !text->empty()) {
        // A nested itemprop=name holds the name alone, without "By" and the date.
        for (html_node d = next_in_subtree(n, n, true); d; d = next_in_subtree(d, n, true)) {
          if (!d.is_element() || d.attr("itemprop").find("name") == std::string_view::npos)
            continue;
          std::string name = clean_text(d.is("meta") ? d.attr("content") : raw_text(d, 4096));
          if (!name.empty()) return name;
          break;
        }
        return clean_text(*text);
      }
    }
    // Readability drops the first heading that repeats the title, and page furniture, before
    // looking inside them.
    if (check_title_header && (n.is("h1") || n.is("h2"))) {
      std::string heading = raw_text(n, std::string::npos);
      if (text_similarity(title, js_trim(heading)) > 0.75) {
        check_title_header = false;
        n = next_in_subtree(n, document, false);
        continue;
      }
    }
    if (unlikely_candidate(n, match) || unlikely_role(n.attr("role"))) {
      n = next_in_subtree(n, document, false);
      continue;
    }
    n = next_in_subtree(n, document, true);
  }
  return {};
}

}  // namespace article2md::detail
