#include "json_output.hpp"

#include "article/header/iso_date.hpp"

namespace article2md::cli {
namespace {

json string_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

void add_meta_fields(json& object, const article2md::article_meta& meta) {
  object["title"] = string_or_null(meta.title);
  object["url"] = string_or_null(meta.url);
  const std::optional<std::string> iso = article2md::detail::iso_date_of(meta);
  object["date"] = iso ? json(*iso) : json(nullptr);
  object["date_text"] = string_or_null(meta.date);
  object["timestamp"] = meta.timestamp_ms ? json(*meta.timestamp_ms) : json(nullptr);
  object["author"] = string_or_null(meta.author);
  object["site_name"] = string_or_null(meta.site_name);
  object["language"] = string_or_null(meta.language);
}

json article_json(const article2md::converted_article& article) {
  json object = json::object();
  add_meta_fields(object, article.meta);
  object["markdown"] = article.markdown;
  return object;
}

std::string json_line(const json& value) {
  // Compact, and non-ASCII as UTF-8 (not \u escapes): CJK stays readable and short.
  std::string line = value.dump(-1, ' ', false, json::error_handler_t::replace);
  line += '\n';
  return line;
}

}  // namespace article2md::cli
