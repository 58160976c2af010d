#pragma once
// One pass over the HTML source before gumbo sees it. It follows the HTML tokenizer's states
// (tags, attributes, comments, raw text, RCDATA, script data with its escapes, CDATA in foreign
// content) so that every edit it makes is exact:
//  - the contents of <script> (other than JSON-LD) and <style> are removed: they never reach
//    the Markdown, yet they are a third or more of a typical page and the parser spends as long
//    on each of their characters as on prose;
//  - with a depth limit, tags that would open an element deeper than the limit are removed
//    (their text stays; a removed block tag leaves a <br>): gumbo checks element scope by
//    walking its stack of open elements, so a deeply nested document costs it time quadratic
//    in the depth; and formatting tags past 16 left open (<p><b id=1>x<p><b id=2>...) are
//    removed too, since the parser recreates every open one in each block that follows; and
//    attributes past 256 on one tag (gumbo checks each new one against all before it);
//  - a raw-text element inside <noscript> ends where the noscript does (prescan_options).
// Where the tokenizer's state would depend on tree construction it cannot follow exactly
// (<frameset>, HTML inside <svg>/<math>, elements inside <select>), it stops editing and
// copies the rest unchanged.

#include <cstddef>
#include <string>
#include <string_view>

namespace article2md::detail {

struct prescan_options {
  /// Remove the contents of <script> elements (JSON-LD kept) and <style> elements.
  bool drop_scripts_and_styles = true;
  /// Open elements allowed on the parser's stack (as far as one pass can tell); 0: no limit,
  /// neither on depth nor on formatting elements left open nor on attributes per tag.
  std::size_t max_depth = 0;
  /// End a raw-text element (<iframe>, <textarea>, <xmp>, <noembed>, <noframes>, <title>)
  /// opened inside a <noscript> no later than the noscript, as browsers, which run scripts and
  /// so read a noscript's content as text up to "</noscript>", do. The one edit that changes
  /// the tree gumbo builds (gumbo reads noscript content as markup, as with scripts off).
  bool noscript_as_browsers = true;
};

/// Returns true and fills `out` when it changed anything; false (and `out` untouched) when the
/// source can be parsed as it is.
bool prescan_html(std::string_view html, const prescan_options& opts, std::string& out);

}  // namespace article2md::detail
