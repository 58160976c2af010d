#pragma once
// YAML front matter (header_style::yaml), the header static-site generators (Hugo, Jekyll,
// Eleventy) and note apps (Obsidian) read above a Markdown body.

#include <article2md/options.hpp>

#include <string>
#include <string_view>

namespace article2md::detail {

/// Appends `text` as a YAML double-quoted scalar (YAML 1.2 §7.3.1), on one line: `"` and `\`
/// escaped, and every character that is not printable (§5.1: C0 controls, DEL, C1 controls,
/// U+FFFE, U+FFFF), that may not appear inside a document (U+FEFF, §5.2) or that YAML 1.1
/// readers take as a line break (U+0085, U+2028, U+2029) written as an escape (`\n`, `\t`, `\x1B`, `\u2028`, ...). All
/// other characters, CJK and emoji included, stay as UTF-8. Bytes that are not valid UTF-8
/// become U+FFFD, one per byte, so the scalar always reads back as valid text.
void append_yaml_string(std::string& out, std::string_view text);

/// The front matter of `meta`: `---`, a `key: value` line for each known field, `---`, each
/// line ending in '\n'. Keys in order: title, url, date (ISO 8601 UTC, see iso_date_of; a
/// plain scalar that YAML reads as a timestamp), date_text (the date as written), timestamp
/// (epoch milliseconds, the seed header's stamp: given, or computed from the date), author,
/// site_name, language. Strings are double-quoted (append_yaml_string). With no field known it
/// is "---\n---\n": the file still has front matter, which Jekyll needs to treat it as a page.
std::string yaml_front_matter(const article_meta& meta);

}  // namespace article2md::detail
