#include "article/metadata/metadata.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// The precedence of sources follows Mozilla Readability (_getJSONLD, _getArticleMetadata,
// _getArticleTitle, _isValidByline), whose output is what readers and our corpus expect: JSON-LD
// first, then <meta> tags, then the page itself. Readability's regular expressions are written
// out here as small scanners: one pass over the document, no std::regex.

namespace article2md::detail {
namespace {

using json = nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Text helpers with JavaScript's notion of whitespace (\s), which the rules were written for.

// ECMAScript WhiteSpace and LineTerminator: what \s and String.prototype.trim() match.
bool is_js_space(char32_t c) noexcept {
  return c == 0x0B || c == 0xFEFF || c == 0x2028 || c == 0x2029 || is_unicode_whitespace(c);
}

// Where the code point that ends at s[end - 1] starts (not before `floor`).
std::size_t last_code_point_start(std::string_view s, std::size_t end,
                                  std::size_t floor) noexcept {
  std::size_t b = end - 1;
  while (b > floor && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return b;
}

std::string_view js_trim(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t next = b;
    if (!is_js_space(decode_utf8(s, next))) break;
    b = next;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t start = last_code_point_start(s, e, b);
    std::size_t probe = start;
    if (!is_js_space(decode_utf8(s, probe))) break;
    e = start;
  }
  return s.substr(b, e - b);
}

// `str.split(/\s+/).length`: one more than the runs of whitespace (leading and trailing runs
// count, as they do in JavaScript).
std::size_t word_count(std::string_view s) noexcept {
  std::size_t count = 1;
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    bool space = is_js_space(decode_utf8(s, i));
    if (space && !in_space) ++count;
    in_space = space;
  }
  return count;
}

// String length as JavaScript counts it (UTF-16 code units).
std::size_t js_length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += decode_utf8(s, i) >= 0x10000 ? 2u : 1u;
  return n;
}

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

// The value as we hand it out: trimmed, runs of HTML whitespace collapsed to one space, and
// runs of two or more other spaces too (Readability's /\s{2,}/); a lone no-break space stays.
std::string clean_text(std::string_view s) {
  s = js_trim(s);
  std::string out;
  out.reserve(s.size());
  std::size_t run_start = std::string_view::npos;
  std::size_t run_length = 0;
  auto flush_run = [&](std::size_t end) {
    if (run_start == std::string_view::npos) return;
    std::string_view run = s.substr(run_start, end - run_start);
    if (run_length == 1 && !is_html_space(run[0]))
      out.append(run);
    else
      out.push_back(' ');
    run_start = std::string_view::npos;
    run_length = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    if (is_js_space(c)) {
      if (run_start == std::string_view::npos) run_start = start;
      ++run_length;
      continue;
    }
    flush_run(start);
    out.append(s.substr(start, i - start));
  }
  return out;
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

// The tokens of Readability's _textSimilarity (/\W+/), lower-cased. Letters outside ASCII count
// as word characters too, so non-Latin titles compare by words rather than as nothing.
std::vector<std::string> similarity_tokens(std::string_view s) {
  std::vector<std::string> tokens;
  std::string current;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    bool word = c < 0x80 ? (is_ascii_alnum(static_cast<char>(c)) || c == '_')
                         : !is_js_space(c) && !is_unicode_punctuation(c);
    if (word) {
      if (c < 0x80)
        current.push_back(ascii_lower(static_cast<char>(c)));
      else
        current.append(s.substr(start, i - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

// How much of `b` is made of words that also occur in `a` (1 = all of it).
double text_similarity(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = similarity_tokens(a), tb = similarity_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::vector<std::string_view> known(ta.begin(), ta.end());
  std::sort(known.begin(), known.end());
  std::size_t total = 0, unique = 0, unique_count = 0;
  for (const std::string& t : tb) {
    total += js_length(t);
    if (!std::binary_search(known.begin(), known.end(), std::string_view(t))) {
      unique += js_length(t);
      ++unique_count;
    }
  }
  total += tb.size() - 1;
  if (unique_count > 0) unique += unique_count - 1;
  return 1.0 - static_cast<double>(unique) / static_cast<double>(total);
}

// ---------------------------------------------------------------------------------------------
// DOM helpers.

// Subtrees a browser-side reader never sees as text: scripts are removed, template contents
// live outside the tree, and noscript markup is dropped by Readability before it reads anything.
bool is_hidden_container(html_node n) {
  return n.is("script") || n.is("style") || n.is("noscript") || n.is("template");
}

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

// The full textContent of `node`, for the few nodes (headings) whose text we compare whole.
// `limit` bytes are enough to decide any comparison the callers make.
std::string raw_text(html_node node, std::size_t limit) {
  std::string out;
  for (html_node n = node.first_child(); n && out.size() <= limit;) {
    if (n.is_element() && is_hidden_container(n)) {
      n = next_in_subtree(n, node, false);
      continue;
    }
    if (n.is_text()) out.append(n.text());
    n = next_in_subtree(n, node, true);
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
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

bool contains_any(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles)
    if (icontains(haystack, needle)) return true;
  return false;
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
  if (!contains_any(match, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
                            "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
                            "header", "legends", "menu", "related", "remark", "replies", "rss",
                            "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
                            "supplemental", "ad-break", "agegate", "pagination", "pager",
                            "popup", "yom-remote"}))
    return false;
  if (contains_any(match, {"and", "article", "body", "column", "content", "main", "shadow"}))
    return false;
  return !has_near_ancestor(n, "table") && !has_near_ancestor(n, "code");
}

bool unlikely_role(std::string_view role) {
  for (std::string_view r :
       {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})
    if (role == r) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// <title> cleaning (Readability's _getArticleTitle).

// Separators between a title and the site's name. Readability knows | - \ / > »; en and em
// dashes serve the same purpose on many sites.
std::size_t separator_length(std::string_view s, std::size_t i) noexcept {
  static constexpr std::array<std::string_view, 8> seps{"|", "-", "\\", "/", ">", "\xC2\xBB",
                                                        "\xE2\x80\x93", "\xE2\x80\x94"};
  for (std::string_view sep : seps)
    if (s.substr(i, sep.size()) == sep) return sep.size();
  return 0;
}

bool is_hierarchical_separator(std::string_view sep) noexcept {
  return sep == "\\" || sep == "/" || sep == ">" || sep == "\xC2\xBB";
}

struct separator_scan {
  std::size_t count = 0;
  std::size_t last = std::string_view::npos;  // index of the space before the last one
  bool hierarchical = false;
};

// Occurrences of " <sep> ", left to right and non-overlapping.
separator_scan scan_separators(std::string_view s) {
  separator_scan scan;
  for (std::size_t i = 0; i + 2 < s.size();) {
    if (s[i] == ' ') {
      std::size_t len = separator_length(s, i + 1);
      if (len > 0 && i + 1 + len < s.size() && s[i + 1 + len] == ' ') {
        ++scan.count;
        scan.last = i;
        if (is_hierarchical_separator(s.substr(i + 1, len))) scan.hierarchical = true;
        i += len + 2;
        continue;
      }
    }
    ++i;
  }
  return scan;
}

// `s` without any separator characters (Readability's /[|\-\\\/>»]+/g removal).
std::string without_separators(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t len = separator_length(s, i)) {
      i += len;
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

struct title_context {
  std::string document_title;        // document.title: whitespace stripped and collapsed
  std::vector<html_node> headings;   // h1 and h2, in document order
  std::size_t h1_count = 0;
  html_node first_h1;
};

std::string clean_document_title(const title_context& ctx) {
  const std::string& orig = ctx.document_title;
  std::string cur = orig;
  bool hierarchical = false;
  separator_scan seps = scan_separators(orig);
  if (seps.count > 0) {
    hierarchical = seps.hierarchical;
    cur = orig.substr(0, seps.last);
    // Too short: the site's name came first ("Site | Title"); drop up to the first separator.
    if (word_count(cur) < 3) {
      std::size_t i = 0;
      while (i < orig.size() && separator_length(orig, i) == 0) ++i;
      cur = i < orig.size() ? orig.substr(i + separator_length(orig, i)) : std::string();
    }
  } else if (orig.find(": ") != std::string::npos) {
    // "Site: Title" unless a heading shows the whole string is the title.
    bool heading_matches = false;
    for (html_node h : ctx.headings) {
      if (js_trim(raw_text(h, orig.size() * 2 + 64)) == std::string_view(orig)) {
        heading_matches = true;
        break;
      }
    }
    if (!heading_matches) {
      std::size_t last = orig.rfind(':'), first = orig.find(':');
      cur = orig.substr(last + 1);
      if (word_count(cur) < 3)
        cur = orig.substr(first + 1);
      else if (word_count(std::string_view(orig).substr(0, first)) > 5)
        cur = orig;
    }
  } else {
    std::size_t length = js_length(cur);
    if ((length > 150 || length < 15) && ctx.h1_count == 1)
      cur = clean_text(raw_text(ctx.first_h1, std::string::npos));
  }
  cur = clean_text(cur);
  std::size_t words = word_count(cur);
  if (words <= 4 &&
      (!hierarchical || words != word_count(without_separators(orig)) - 1))
    cur = orig;
  return cur;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD (Readability's _getJSONLD, extended to @id references and author strings).

struct jsonld_metadata {
  std::string name, headline;
  bool has_name = false, has_headline = false;
  std::string byline, description, site_name, date, url;
};

std::optional<std::string> json_string(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

bool is_schema_org(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.back() == '/') s.remove_suffix(1);
  for (std::string_view prefix : {"http://", "https://"})
    if (s.size() > prefix.size() && iequals(s.substr(0, prefix.size()), prefix))
      return iequals(s.substr(prefix.size()), "schema.org");
  return false;
}

bool context_is_schema_org(const json& context) {
  if (context.is_string()) return is_schema_org(context.get_ref<const std::string&>());
  if (context.is_object()) {
    auto vocab = json_string(context, "@vocab");
    return vocab && is_schema_org(*vocab);
  }
  if (context.is_array()) {
    for (const json& c : context)
      if (context_is_schema_org(c)) return true;
  }
  return false;
}

bool is_article_type_name(std::string_view type) {
  for (std::string_view prefix : {"http://schema.org/", "https://schema.org/", "schema:"})
    if (type.substr(0, prefix.size()) == prefix) type.remove_prefix(prefix.size());
  static constexpr std::array<std::string_view, 19> types{
      "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
      "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
      "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
      "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
      "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference"};
  for (std::string_view t : types)
    if (type == t) return true;
  return false;
}

bool is_article_type(const json& object) {
  auto it = object.find("@type");
  if (it == object.end()) return false;
  if (it->is_string()) return is_article_type_name(it->get_ref<const std::string&>());
  if (it->is_array()) {
    for (const json& t : *it)
      if (t.is_string() && is_article_type_name(t.get_ref<const std::string&>())) return true;
  }
  return false;
}

using id_map = std::unordered_map<std::string, const json*>;

// Nodes of a @graph (or a top-level array) by @id, so {"@id": "#author"} finds the author.
void index_ids(const json& value, id_map& ids) {
  auto add = [&](const json& item) {
    if (!item.is_object()) return;
    if (auto id = json_string(item, "@id"); id && item.size() > 1) ids.emplace(*id, &item);
  };
  if (value.is_array())
    for (const json& item : value) add(item);
  if (value.is_object()) {
    add(value);
    auto graph = value.find("@graph");
    if (graph != value.end() && graph->is_array())
      for (const json& item : *graph) add(item);
  }
}

const json& resolve(const json& value, const id_map& ids) {
  if (value.is_object() && !value.contains("name")) {
    if (auto id = json_string(value, "@id")) {
      auto it = ids.find(*id);
      if (it != ids.end()) return *it->second;
    }
  }
  return value;
}

// The first Article-like object: the value itself, an element of a top-level array, or a node
// of a @graph. Its schema.org @context may sit on an enclosing object.
const json* find_article(const json& value, bool context_ok, int depth) {
  if (depth > 2) return nullptr;
  if (value.is_array()) {
    for (const json& item : value)
      if (const json* found = find_article(item, context_ok, depth + 1)) return found;
    return nullptr;
  }
  if (!value.is_object()) return nullptr;
  auto context = value.find("@context");
  if (context != value.end()) context_ok = context_is_schema_org(*context);
  if (context_ok && is_article_type(value)) return &value;
  auto graph = value.find("@graph");
  if (graph != value.end() && graph->is_array()) {
    for (const json& item : *graph)
      if (item.is_object() && is_article_type(item)) {
        auto item_context = item.find("@context");
        bool ok = item_context != item.end() ? context_is_schema_org(*item_context) : context_ok;
        if (ok) return &item;
      }
  }
  return nullptr;
}

std::string person_name(const json& value, const id_map& ids) {
  const json& v = resolve(value, ids);
  if (v.is_object()) {
    if (auto name = json_string(v, "name")) return std::string(js_trim(*name));
    return {};
  }
  if (v.is_string()) {
    std::string_view s = js_trim(v.get_ref<const std::string&>());
    if (!url_scheme(s).empty()) return {};  // a profile URL, not a name
    return std::string(s);
  }
  return {};
}

std::string jsonld_authors(const json& author, const id_map& ids) {
  if (!author.is_array()) return person_name(author, ids);
  std::string out;
  for (const json& a : author) {
    std::string name = person_name(a, ids);
    if (name.empty()) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string jsonld_url(const json& article) {
  if (auto url = json_string(article, "url")) return *url;
  auto main = article.find("mainEntityOfPage");
  if (main == article.end()) return {};
  if (main->is_string()) return main->get<std::string>();
  if (main->is_object()) {
    if (auto id = json_string(*main, "@id")) return *id;
    if (auto url = json_string(*main, "url")) return *url;
  }
  return {};
}

// JSON-LD scripts may wrap their body in a CDATA section (XHTML habits).
std::string_view strip_cdata(std::string_view s) {
  s = trim(s);
  if (s.substr(0, 9) == "<![CDATA[") s = trim(s.substr(9));
  if (s.size() >= 3 && s.substr(s.size() - 3) == "]]>") s = trim(s.substr(0, s.size() - 3));
  return s;
}

std::optional<jsonld_metadata> read_jsonld(std::string_view script) {
  json parsed = json::parse(strip_cdata(script), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return std::nullopt;
  const json* article = find_article(parsed, false, 0);
  if (!article) return std::nullopt;
  id_map ids;
  index_ids(parsed, ids);

  jsonld_metadata m;
  if (auto name = json_string(*article, "name")) {
    m.name = *name;
    m.has_name = true;
  }
  if (auto headline = json_string(*article, "headline")) {
    m.headline = *headline;
    m.has_headline = true;
  }
  if (auto author = article->find("author"); author != article->end())
    m.byline = jsonld_authors(*author, ids);
  if (auto description = json_string(*article, "description"))
    m.description = std::string(js_trim(*description));
  if (auto publisher = article->find("publisher"); publisher != article->end()) {
    const json& p = resolve(publisher->is_array() && !publisher->empty() ? (*publisher)[0]
                                                                          : *publisher,
                            ids);
    if (p.is_object())
      if (auto name = json_string(p, "name")) m.site_name = std::string(js_trim(*name));
  }
  if (auto date = json_string(*article, "datePublished")) m.date = std::string(js_trim(*date));
  m.url = jsonld_url(*article);
  return m;
}

// ---------------------------------------------------------------------------------------------
// <meta> tags.

// Readability's propertyPattern, /(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|
// description|published_time|title|site_name)/i: the leftmost match anywhere in the attribute,
// so "og:article:author" reads as article:author and "x:title dc:title" as dc:title.
std::string readability_property_key(std::string_view property) {
  static constexpr std::array<std::string_view, 5> prefixes{"article", "dc", "dcterm", "og",
                                                            "twitter"};
  static constexpr std::array<std::string_view, 6> names{
      "author", "creator", "description", "published_time", "title", "site_name"};
  const std::string p = lower(property);
  const std::string_view v(p);
  auto skip_space = [&](std::size_t i) {
    while (i < v.size() && is_html_space(v[i])) ++i;
    return i;
  };
  for (std::size_t i = 0; i < v.size(); ++i) {
    for (std::string_view prefix : prefixes) {
      if (v.substr(i, prefix.size()) != prefix) continue;
      std::size_t k = skip_space(i + prefix.size());
      if (k >= v.size() || v[k] != ':') continue;
      k = skip_space(k + 1);
      for (std::string_view name : names)
        if (v.substr(k, name.size()) == name) return std::string(prefix) + ":" + std::string(name);
    }
  }
  return {};
}

// Readability's namePattern: [(dc|dcterm|og|twitter|parsely|weibo:article|weibo:webpage)
// (-|.|:)](author|creator|pub-date|description|title|site_name); dots read as colons.
std::string readability_name_key(std::string_view name) {
  std::string n;
  for (char c : name)
    if (!is_html_space(c)) n.push_back(ascii_lower(c));
  static constexpr std::array<std::string_view, 6> names{
      "author", "creator", "pub-date", "description", "title", "site_name"};
  static constexpr std::array<std::string_view, 7> prefixes{
      "dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"};
  auto is_name = [&](std::string_view s) {
    for (std::string_view x : names)
      if (s == x) return true;
    return false;
  };
  bool ok = is_name(n);
  for (std::string_view prefix : prefixes) {
    if (ok) break;
    if (n.size() > prefix.size() + 1 && n.compare(0, prefix.size(), prefix) == 0) {
      char sep = n[prefix.size()];
      ok = (sep == '-' || sep == '.' || sep == ':') &&
           is_name(std::string_view(n).substr(prefix.size() + 1));
    }
  }
  if (!ok) return {};
  for (char& c : n)
    if (c == '.') c = ':';
  return n;
}

struct meta_values {
  // Keyed the way Readability keys them; a later tag overwrites an earlier one.
  std::map<std::string, std::string, std::less<>> readability;
  // Every name, property token, itemprop and http-equiv, lower-cased; the first tag wins.
  std::map<std::string, std::string, std::less<>> any;

  std::string_view get(std::string_view key) const {
    auto it = readability.find(key);
    return it == readability.end() ? std::string_view() : std::string_view(it->second);
  }
  std::string_view get_any(std::string_view key) const {
    auto it = any.find(key);
    return it == any.end() ? std::string_view() : std::string_view(it->second);
  }

  void add(html_node meta) {
    std::string_view content = meta.attr("content");
    if (content.empty()) return;
    std::string value(js_trim(content));
    std::string_view property = meta.attr("property"), name = meta.attr("name");
    std::string key;
    if (!property.empty()) key = readability_property_key(property);
    if (key.empty() && !name.empty()) key = readability_name_key(name);
    if (!key.empty()) readability[key] = value;

    auto add_any = [&](std::string_view k) {
      k = trim(k);
      if (!k.empty() && !value.empty()) any.emplace(lower(k), value);
    };
    add_any(name);
    add_any(meta.attr("itemprop"));
    if (!meta.attr("http-equiv").empty())
      add_any("http-equiv:" + std::string(trim(meta.attr("http-equiv"))));
    std::size_t i = 0;
    while (i < property.size()) {
      while (i < property.size() && is_html_space(property[i])) ++i;
      std::size_t start = i;
      while (i < property.size() && !is_html_space(property[i])) ++i;
      add_any(property.substr(start, i - start));
    }
  }
};

// ---------------------------------------------------------------------------------------------
// One scan of the document.

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
};

// Whether an ancestor within a few levels is a `tag`: enough for "the <time> in the article's
// header", and it keeps the scan linear on deep trees.
bool inside(html_node n, std::string_view tag) {
  constexpr int max_depth = 32;
  int depth = 0;
  for (html_node p = n.parent(); p && depth < max_depth; p = p.parent(), ++depth)
    if (p.is(tag)) return true;
  return false;
}

// An SVG <title> names a drawing, not the page (bounded like inside()).
bool in_foreign_content(html_node n) {
  return inside(n, "svg") || inside(n, "math");
}

void scan_document(html_node document, page_scan& scan) {
  for (html_node n = document.first_child(); n;) {
    if (!n.is_element()) {
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("html") && scan.html_lang.empty() && n.parent() == document)
      scan.html_lang = std::string(trim(n.attr("lang")));
    if (n.is("script")) {
      if (iequals(trim(n.attr("type")), "application/ld+json")) {
        std::string_view text;
        if (html_node t = n.first_child(); t && t.is_text()) text = t.text();
        scan.jsonld_scripts.push_back(text);
      }
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("template") || n.is("noscript") || n.is("style")) {
      n = next_in_subtree(n, document, false);
      continue;
    }
    if (n.is("title") && !scan.have_title && !in_foreign_content(n)) {
      scan.have_title = true;
      std::string text;
      for (html_node c : n.children())
        if (c.is_text()) text.append(c.text());
      append_collapsed(scan.title.document_title, trim(text));
    } else if (n.is("meta")) {
      scan.meta.add(n);
      if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished")
        scan.time_itemprop = std::string(trim(n.attr("content")));
    } else if (n.is("link")) {
      if (scan.canonical.empty() && has_token(lower(n.attr("rel")), "canonical"))
        scan.canonical = std::string(trim(n.attr("href")));
    } else if (n.is("base")) {
      if (!scan.have_base && n.has_attr("href")) {
        scan.have_base = true;
        scan.base_href = std::string(trim(n.attr("href")));
      }
    } else if (n.is("h1") || n.is("h2")) {
      scan.title.headings.push_back(n);
      if (n.is("h1") && scan.title.h1_count++ == 0) scan.title.first_h1 = n;
    } else if (n.is("time") && n.has_attr("datetime")) {
      std::string datetime(trim(n.attr("datetime")));
      if (!datetime.empty()) {
        if (scan.time_pubdate.empty() && n.has_attr("pubdate")) scan.time_pubdate = datetime;
        if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished")
          scan.time_itemprop = datetime;
        if (inside(n, "article")) {
          if (scan.time_in_header.empty() && inside(n, "header")) scan.time_in_header = datetime;
          if (scan.time_in_article.empty()) scan.time_in_article = datetime;
        }
      }
    } else if (scan.time_itemprop.empty() && n.attr("itemprop") == "datePublished") {
      std::string_view content = n.attr("content");
      if (content.empty()) content = n.attr("datetime");
      // Microformats put the machine-readable date in an <abbr>'s title ("12:55 AM" shows).
      if (content.empty() && n.is("abbr")) content = n.attr("title");
      scan.time_itemprop = content.empty() ? n.text_content() : std::string(trim(content));
    }
    n = next_in_subtree(n, document, true);
  }
}

// ---------------------------------------------------------------------------------------------
// The byline element (Readability's _isValidByline, met while walking the page in order).

constexpr std::size_t max_byline_units = 100;

bool byline_class(std::string_view match) {
  return contains_any(match, {"byline", "author", "dateline", "writtenby", "p-author"});
}

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

// "en_US" (og:locale) -> "en-US"; the first of a comma-separated list (content-language).
std::string language_tag(std::string_view s) {
  s = trim(s.substr(0, s.find(',')));
  std::string out(s);
  for (char& c : out)
    if (c == '_') c = '-';
  return out;
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

  jsonld_metadata ld;
  for (std::string_view script : scan.jsonld_scripts) {
    if (auto found = read_jsonld(script)) {
      ld = std::move(*found);
      break;
    }
  }

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
  out.title = clean_text(unescape_entities(title));

  // Byline.
  std::string_view article_author = meta.get("article:author");
  if (!url_scheme(js_trim(article_author)).empty()) article_author = {};
  std::string author =
      first_nonempty({ld.byline, meta.get("dc:creator"), meta.get("dcterm:creator"),
                      meta.get("author"), meta.get("parsely-author"), article_author});
  out.author = author.empty() ? find_byline_element(document, out.title)
                              : clean_text(unescape_entities(author));

  // Date, as written.
  std::string date = first_nonempty(
      {ld.date, meta.get("article:published_time"), meta.get("parsely-pub-date"),
       meta.get_any("article:published_time"), meta.get_any("date"), meta.get_any("pubdate"),
       meta.get_any("publishdate"), meta.get_any("publish-date"), meta.get_any("dc.date"),
       meta.get_any("dc:date"), meta.get_any("dc.date.issued"), meta.get_any("dcterms.created"),
       meta.get_any("dcterms:created"), meta.get_any("dcterms.issued"),
       meta.get_any("sailthru.date"), scan.time_itemprop, scan.time_pubdate, scan.time_in_header,
       scan.time_in_article});
  out.date = clean_text(unescape_entities(date));

  out.site_name = clean_text(unescape_entities(first_nonempty(
      {ld.site_name, meta.get("og:site_name"), meta.get_any("application-name")})));

  out.description = clean_text(unescape_entities(first_nonempty(
      {ld.description, meta.get("dc:description"), meta.get("dcterm:description"),
       meta.get("og:description"), meta.get("weibo:article:description"),
       meta.get("weibo:webpage:description"), meta.get("description"),
       meta.get("twitter:description")})));

  out.language = first_nonempty({scan.html_lang,
                                 language_tag(meta.get_any("http-equiv:content-language")),
                                 language_tag(meta.get_any("og:locale"))});

  // URL: relative references resolve against <base href>, itself against the page URL.
  std::string base = scan.have_base ? resolve_url(page_url, scan.base_href) : std::string(page_url);
  std::string url = first_nonempty({scan.canonical, meta.get_any("og:url"), ld.url});
  url = std::string(trim(url));
  if (!url.empty()) out.url = resolve_url(base, url);
  return out;
}

}  // namespace article2md::detail
