#include "article_input.hpp"

#include "json_output.hpp"

#include <article2md/archive.hpp>

namespace article2md::cli {

article_input prepare_article_input(std::string_view text, const cli_options& options) {
  article_input in{text, {}};

  // The library skips a UTF-8 byte order mark before the header and before HTML.
  if (auto archived = article2md::parse_archived_article(text)) {
    in.html = archived->body;
    in.meta = std::move(archived->meta);
  }

  // A header field given here replaces the archived header's lines: it is written anew.
  if (options.title || options.url || options.timestamp_ms) in.meta.verbatim_header.clear();
  if (options.title) in.meta.title = *options.title;
  if (options.url) in.meta.url = *options.url;
  if (options.date) in.meta.date = *options.date;
  if (options.timestamp_ms) in.meta.timestamp_ms = options.timestamp_ms;
  if (options.base_url) in.meta.base_url = *options.base_url;
  return in;
}

article2md::options conversion_options(const cli_options& options) {
  article2md::options o;
  o.header = options.header;
  if (options.whole) o.scope = article2md::content_scope::whole;
  return o;
}

std::string format_article(const article2md::converted_article& article,
                           const cli_options& options) {
  if (options.format == output_format::json) return json_line(article_json(article));
  return article.markdown;
}

const char* output_extension(const cli_options& options) {
  return options.format == output_format::json ? ".json" : ".md";
}

}  // namespace article2md::cli
