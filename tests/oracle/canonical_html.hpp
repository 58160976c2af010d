#pragma once
// HTML canonicalised as the CommonMark spec tests do (commonmark-spec test/normalize.py), over a
// gumbo parse so both sides of the comparison are read by the same parser.

#include <string>
#include <string_view>

namespace article2md::oracle {

/// `html` (a fragment) as canonical text: tags lower-case with attributes sorted by name,
/// references decoded (then `& < > "` written as entities), whitespace runs outside <pre>
/// collapsed to one space, whitespace next to block-level tags removed, void elements without
/// an end tag, the newlines that follow <br> dropped, and href/src percent-decoded.
std::string canonical_html(std::string_view html);

}  // namespace article2md::oracle
