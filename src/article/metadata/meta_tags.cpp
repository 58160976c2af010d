// <meta> tags: which key each tag's content is kept under, following Readability's
// propertyPattern and namePattern. Its own file: the rules for reading tag names.

#include "article/metadata/meta_tags.hpp"

#include "article/metadata/metadata_text.hpp"
#include "text/text_utils.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace article2md::detail {
using namespace metadata_text;
namespace {

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

}  // namespace

void meta_values::add(html_node meta) {
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

}  // namespace article2md::detail
