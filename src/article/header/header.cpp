#include "article/header/header.hpp"

#include "article/header/yaml_front_matter.hpp"
#include "text/date.hpp"
#include "text/url.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace article2md::detail {
namespace {

void write_link_line(markdown_writer& w, const article_meta& meta) {
  if (meta.title.empty()) {
    // A URL alone: the autolink shows it; when it cannot be one, the URL is its own text.
    if (is_autolink_safe(meta.url)) {
      w.markup(fmt::format("<{}>", meta.url));
      return;
    }
  }
  std::string_view title = meta.title.empty() ? std::string_view(meta.url) : meta.title;
  if (meta.url.empty()) {
    w.text(title);
    return;
  }
  w.markup("[");
  w.begin_inline_only();
  w.begin_link_text();
  w.text(title);
  w.end_link_text();
  w.end_inline_only();
  std::string close = "](";
  markdown_writer::append_destination(close, meta.url);
  close += ')';
  w.markup(close);
}

}  // namespace

void write_header(markdown_writer& w, const article_meta& given, header_style style) {
  // A javascript:, vbscript: or data: URL (a page's canonical link or og:url, an archived
  // header) is no link: the title stands alone, and an archived header is written anew.
  article_meta safe;
  bool unsafe = !given.url.empty() && is_unsafe_link_url(given.url);
  if (unsafe) {
    safe = given;
    safe.url.clear();
    safe.verbatim_header.clear();
  }
  const article_meta& meta = unsafe ? safe : given;
  if (style == header_style::yaml) {
    const std::string text = yaml_front_matter(meta);
    std::string_view lines = text;
    for (std::size_t start = 0; start < lines.size();) {
      std::size_t end = lines.find('\n', start);
      w.markup(lines.substr(start, end - start));
      w.line_break();
      start = end + 1;
    }
    w.blank_line();
    return;
  }
  if (style == header_style::none || (meta.title.empty() && meta.url.empty())) return;
  if (!meta.verbatim_header.empty()) {
    // An archived article's own header lines, byte for byte.
    std::string_view lines = meta.verbatim_header;
    for (std::size_t start = 0; start <= lines.size();) {
      std::size_t end = std::min(lines.find('\n', start), lines.size());
      w.markup(lines.substr(start, end - start));
      w.line_break();
      start = end + 1;
    }
    w.blank_line();
  } else {
    std::optional<std::int64_t> stamp = meta.timestamp_ms;
    if (!stamp && !meta.date.empty()) stamp = parse_date_ms(meta.date);
    if (stamp) {
      // The stamp sits in an HTML comment: invisible when rendered, easy to read back.
      w.markup(fmt::format("<!--{}-->", *stamp));
      w.line_break();
    }
    write_link_line(w, meta);
    // A setext underline (CommonMark 4.3): the link line renders as a heading.
    w.line_break();
    w.markup("------");
    w.blank_line();
  }
  if (!meta.date.empty()) {
    w.begin_inline_only();
    w.open_span("*", '*');
    w.text(meta.date);
    w.close_span("*");
    w.end_inline_only();
    w.blank_line();
  }
}

}  // namespace article2md::detail
