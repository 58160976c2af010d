#pragma once
// The built-in rules, registered by family.

#include <article2md/converter.hpp>

namespace article2md::detail {

void add_builtin_rules(converter& c);

/// A caption (figcaption, a caption-like block, a table's caption): its content on one line,
/// emphasized with the configured delimiter.
void render_caption(html_node caption, rule_context& ctx);

void add_text_rules(converter& c);    // p, br, h1-h6, hr, elements dropped with their content
void add_inline_rules(converter& c);  // strong/b, em/i
void add_link_rules(converter& c);    // a
void add_media_rules(converter& c);   // img, figure/figcaption, captions after images, noscript
void add_list_rules(converter& c);    // ul, ol, menu, dir, li
void add_block_rules(converter& c);   // blockquote
void add_code_rules(converter& c);    // code, kbd, samp, tt, pre
void add_table_rules(converter& c);   // table, with GFM pipe tables or their text
void add_phrase_rules(converter& c);  // del/s, sup/sub, mark, u, small, cite, abbr, dfn, time, address, q, var, dl, details
void add_embed_rules(converter& c);   // picture/source, iframe, video, audio, math

}  // namespace article2md::detail
