#pragma once
// The article header above the body.

#include <article2md/markdown_writer.hpp>
#include <article2md/options.hpp>

namespace article2md::detail {

/// Writes the header for `meta` in `style`. The seed style, each line dropped when its field
/// is unknown, and nothing at all without a title or a URL:
///
///     <!--1738168743000-->
///     [Title](https://example.com/a)
///     ------
///
///     *Wed, 29 Jan 2025 16:21:20 GMT*
///
/// The stamp is meta.timestamp_ms, or computed from meta.date when that parses. The yaml style
/// writes yaml_front_matter(meta) and a blank line, always (even with no field known). A
/// javascript:, vbscript: or data: URL is written by neither.
void write_header(markdown_writer& w, const article_meta& meta, header_style style);

}  // namespace article2md::detail
