// JSON-LD (Readability's _getJSONLD, extended to @id references and author strings): parses a
// script with nlohmann-json, finds the Article object and reads its fields. The one file that
// knows JSON.

#include "article/metadata/jsonld.hpp"

#include "article/metadata/metadata_text.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace article2md::detail {
using namespace metadata_text;
namespace {

using json = nlohmann::json;

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

bool has_type(const json& object, std::string_view name) {
  auto it = object.find("@type");
  if (it == object.end()) return false;
  auto is = [&](const json& t) {
    if (!t.is_string()) return false;
    std::string_view type = t.get_ref<const std::string&>();
    for (std::string_view prefix : {"http://schema.org/", "https://schema.org/", "schema:"})
      if (type.substr(0, prefix.size()) == prefix) type.remove_prefix(prefix.size());
    return type == name;
  };
  if (it->is_array()) {
    for (const json& t : *it)
      if (is(t)) return true;
    return false;
  }
  return is(*it);
}

void take_date(const json& object, const char* key, std::string& out) {
  if (!out.empty()) return;
  if (auto value = json_string(object, key)) out = std::string(js_trim(*value));
}

// Dates and the site's name from any node a few levels down (a WebPage's datePublished, a
// VideoObject's uploadDate, a WebSite's name), first found first. The depth is bounded: these
// sit at the top of a script or its @graph, or one object below.
void scan_nodes(const json& value, jsonld_metadata& m, int depth) {
  if (depth > 4) return;
  if (value.is_array()) {
    for (const json& item : value) scan_nodes(item, m, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  take_date(value, "datePublished", m.any_published);
  take_date(value, "dateCreated", m.created);
  take_date(value, "uploadDate", m.created);
  take_date(value, "dateModified", m.modified);
  if (m.product_description.empty() &&
      (has_type(value, "Product") || has_type(value, "ProductGroup") ||
       has_type(value, "IndividualProduct") || has_type(value, "ProductModel") ||
       has_type(value, "Vehicle")))
    if (auto d = json_string(value, "description"))
      m.product_description = std::string(js_trim(*d));
  if (m.website_name.empty() && has_type(value, "WebSite"))
    if (auto name = json_string(value, "name")) m.website_name = std::string(js_trim(*name));
  for (const auto& item : value.items())
    if (item.value().is_object() || item.value().is_array())
      scan_nodes(item.value(), m, depth + 1);
}

}  // namespace

std::optional<jsonld_metadata> read_jsonld(std::string_view script) {
  json parsed = json::parse(strip_cdata(script), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return std::nullopt;
  jsonld_metadata m;
  scan_nodes(parsed, m, 0);
  const json* article = find_article(parsed, false, 0);
  if (!article) return m;
  m.is_article = true;
  id_map ids;
  index_ids(parsed, ids);
  take_date(*article, "dateCreated", m.created);
  take_date(*article, "uploadDate", m.created);
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

}  // namespace article2md::detail
