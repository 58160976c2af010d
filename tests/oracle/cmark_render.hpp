#pragma once
// Markdown back to HTML with libcmark-gfm, as score.py runs the cmark-gfm command; and to
// plain text, as gold_eval.py runs it.

#include <string>
#include <string_view>

namespace article2md::oracle {

enum class dialect {
  gfm,         ///< table, strikethrough and autolink extensions (score.py's renderer)
  commonmark,  ///< no extensions: the CommonMark spec's own rules
};

struct rendered_html {
  std::string html;
  /// Raw HTML tags (`<x` or `</x`) inside html_block and html_inline nodes of the AST.
  int raw_html_tags = 0;
  /// html_block and html_inline nodes holding at least one such tag.
  int raw_html_nodes = 0;
};

/// Renders `markdown` with CMARK_OPT_UNSAFE, so raw HTML stays visible to the metrics.
rendered_html render_markdown(std::string_view markdown, dialect d);

/// The plain text of `markdown`, as gold_eval.py gets it from `cmark-gfm -e table -e
/// strikethrough -t plaintext --width 0`: default options, no line wrapping. Safe to call from
/// several threads.
std::string render_plaintext(std::string_view markdown);

/// The number of `</?[A-Za-z][A-Za-z0-9-]*` matches in `s` (score.py's count_raw_html).
int count_tags(std::string_view s) noexcept;

}  // namespace article2md::oracle
