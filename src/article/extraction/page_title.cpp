// What the page says its title and author are (<title>, meta tags, JSON-LD): the header shows
// them, so the heading that repeats the title and the byline are left out of the article.
#include "article/extraction/extractor.hpp"

#include "article/metadata/jsonld.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace article2md::detail::extraction {
namespace {

// Readability's _textSimilarity: how much of `b`'s words (ASCII word characters, as JS's \W
// splits) also occur in `a`.
std::vector<std::string> ascii_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (is_word_char(c)) {
      cur.push_back(ascii_lower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

double text_similarity(const std::vector<std::string>& a, std::string_view b_text) {
  std::vector<std::string> b = ascii_words(b_text);
  if (a.empty() || b.empty()) return 0;
  std::size_t all = 0, unique = 0, unique_count = 0;
  for (const std::string& w : b) {
    all += w.size();
    if (std::find(a.begin(), a.end(), w) == a.end()) {
      unique += w.size();
      ++unique_count;
    }
  }
  all += b.size() - 1;
  if (unique_count > 0) unique += unique_count - 1;
  return 1.0 - static_cast<double>(unique) / static_cast<double>(all);
}

// schema.org's article types: Article and its subtypes named ...Article (NewsArticle,
// TechArticle, ScholarlyArticle...), BlogPosting, LiveBlogPosting, Report. Forum posts
// (DiscussionForumPosting) and web pages are not.
bool is_article_type(std::string_view t) {
  constexpr std::string_view article = "Article";
  return (t.size() >= article.size() && t.substr(t.size() - article.size()) == article) ||
         t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report";
}

// schema.org's types of a product.
bool is_product_type(std::string_view t) {
  return t == "Product" || t == "IndividualProduct" || t == "ProductModel" ||
         t == "ProductGroup" || t == "Vehicle" || t == "Car";
}

bool is_discussion_type(std::string_view t) {
  return t == "DiscussionForumPosting" || t == "QAPage";
}

// Whether a JSON-LD text declares a type that `wanted` accepts: any "@type" whose value (a
// string or an array of strings) it accepts. The shape is enough; no JSON parser needed.
template <class Wanted>
bool declares_type(std::string_view json, Wanted wanted) {
  for (std::size_t at = json.find("\"@type\""); at != std::string_view::npos;
       at = json.find("\"@type\"", at + 1)) {
    std::size_t i = at + 7;
    while (i < json.size() && (is_html_space(json[i]) || json[i] == ':')) ++i;
    const bool list = i < json.size() && json[i] == '[';
    while (i < json.size()) {
      while (i < json.size() && (is_html_space(json[i]) || json[i] == '[' || json[i] == ',')) ++i;
      if (i >= json.size() || json[i] != '"') break;
      const std::size_t end = json.find('"', i + 1);
      if (end == std::string_view::npos) break;
      if (wanted(json.substr(i + 1, end - i - 1))) return true;
      i = end + 1;
      if (!list) break;
    }
  }
  return false;
}

}  // namespace

// Readability compares headings with the page title (og:title, twitter:title, <title>...).
// Parsers move a malformed head's elements into the body: look there too.
void extractor::read_title() {
  html_node head = body_.parent().child("head");
  for (html_node c = head.first_child(); c; c = c.next_sibling()) read_title_element(c);
}

void extractor::read_title_element(html_node c) {
  if (c.is("title")) {
    std::string text;
    append_text_content(c, text);
    add_title(text);
  } else if (c.is("meta")) {
    std::string_view content = c.attr("content");
    if (content.empty()) return;
    std::string_view property = c.attr("property");
    // Properties are a space-separated list (article:author, dc:creator...).
    assign_lower(buf_, property);
    for (std::size_t b = 0; b < buf_.size();) {
      std::size_t e = buf_.find(' ', b);
      if (e == std::string::npos) e = buf_.size();
      std::string_view p = std::string_view(buf_).substr(b, e - b);
      if (p == "og:title" || p == "twitter:title" || p == "dc:title" || p == "dcterm:title")
        add_title(content);
      if (p == "og:type" && iequals(trim(content), "article")) declares_article_ = true;
      if (p == "og:type" &&
          (iequals(trim(content), "product") || iequals(trim(content), "product.item")))
        declares_product_ = true;
      if (p == "og:type" && icontains(content, "product.group")) declares_product_group_ = true;
      // A publication date is what an article has and a product, listing or home page lacks.
      if (p == "article:published_time") declares_article_ = true;
      if (p == "dc:creator" || p == "dcterm:creator" ||
          (p == "article:author" && content.find("://") == std::string_view::npos))
        meta_byline_ = true;
      b = e + 1;
    }
    assign_lower(buf_, trim(c.attr("name")));
    std::replace(buf_.begin(), buf_.end(), '.', ':');
    if (buf_ == "og:title" || buf_ == "twitter:title" || buf_ == "dc:title" ||
        buf_ == "dcterm:title" || buf_ == "title")
      add_title(content);
    if (buf_ == "date" || buf_ == "pubdate" || buf_ == "publishdate" || buf_ == "dc:date" ||
        buf_ == "dcterms:created" || buf_ == "sailthru:date" || buf_ == "parsely-pub-date")
      declares_article_ = true;
    if (buf_ == "author" || buf_ == "dc:creator" || buf_ == "dcterm:creator" ||
        buf_ == "parsely-author")
      meta_byline_ = true;
  } else if (c.is("script") && iequals(trim(c.attr("type")), "application/ld+json")) {
    // A schema.org article with an author's name gives the byline (Readability's
    // JSON-LD metadata); without a JSON parser, the shape is enough.
    std::string text;
    for (html_node t = c.first_child(); t; t = t.next_sibling()) text += t.text();
    if (declares_type(text, is_discussion_type)) declares_discussion_ = true;
    // News sites mark a paywalled article `isPartOf` a `["CreativeWork", "Product"]` with a
    // productID and nothing else: beside an article, a product counts when it is for sale
    // (offers, a SKU, a GTIN, ratings).
    const bool article_here = declares_type(text, is_article_type);
    if (article_here) declares_article_ = true;
    if (declares_type(text, is_product_type) &&
        (!article_here ||
         icontains_any(text, {"\"offers\"", "\"sku\"", "\"gtin", "\"aggregateRating\""}))) {
      declares_product_ = true;
      // What the shop says of the product, to find it on the page (product_anchor.cpp).
      if (product_description_.empty())
        if (auto m = read_jsonld(text)) product_description_ = std::move(m->product_description);
    }
    std::size_t at = text.find("\"author\"");
    if (at != std::string::npos && text.find("schema.org") != std::string::npos &&
        text.find("\"name\"", at) != std::string::npos && text.find("\"name\"", at) < at + 300)
      meta_byline_ = true;
  }
}

void extractor::add_title(std::string_view t) {
  std::vector<std::string> words = ascii_words(t);
  if (!words.empty()) titles_.push_back(std::move(words));
}

bool extractor::repeats_title(html_node heading) const {
  if (titles_.empty()) return false;
  std::string text;
  append_text_content(heading, text);
  for (const auto& t : titles_)
    if (text_similarity(t, text) > 0.75) return true;
  return false;
}

}  // namespace article2md::detail::extraction
