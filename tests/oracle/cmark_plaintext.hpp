#pragma once
// Markdown to plain text with libcmark-gfm, as gold_eval.py runs the command
// `cmark-gfm -e table -e strikethrough -t plaintext --width 0`.

#include <string>
#include <string_view>

namespace article2md::oracle {

/// The plain text of `markdown`: default options, the table and strikethrough extensions, no
/// line wrapping. Safe to call from several threads.
std::string render_plaintext(std::string_view markdown);

}  // namespace article2md::oracle
