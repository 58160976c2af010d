#pragma once
/// \file
/// Articles archived in the sample's own format: a Markdown header, then an HTML body.
///
///     <!--1738168743000-->
///     [Title](https://example.com/article)
///     ------
///
///     <div>…HTML body…</div>

#include <article2md/options.hpp>

#include <optional>
#include <string_view>

namespace article2md {

/// An archived article split into its parts; the views point into the text given.
struct archived_article {
  article_meta meta;        ///< timestamp, title and URL from the header
  std::string_view body;    ///< the HTML after the header
};

/// Recognizes the archived format: an optional `<!--digits-->` line, a `[title](url)` line, a
/// line of `-` (or `=`), then a blank line. Returns nullopt when `text` does not start so.
/// The title is unescaped (CommonMark backslash escapes) and the URL taken from the
/// destination; `meta.verbatim_header` holds the header's lines as written (less any spaces
/// or tabs at their ends), so converting the body with this meta writes the header back byte
/// for byte. A header that could carry raw
/// HTML or another link into the Markdown (a link line CommonMark would not read as one link,
/// angle brackets in its text or destination, brackets in its text), that links to a javascript:, vbscript: or data: URL, or whose
/// destination has a character reference before its first `:`, `/`, `?` or `#` (renderers
/// decode it: `java&#9;script:` is javascript:) gets no verbatim_header: it is written anew
/// from the fields (the URL as written, so such a reference stays text).
std::optional<archived_article> parse_archived_article(std::string_view text);

}  // namespace article2md
