#pragma once
// Text as score.py sees it: its whitespace, its tokens, its URL normalisation.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::oracle {

/// Decodes the UTF-8 sequence at `s[i]` and advances `i`; an invalid byte gives U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;
void append_utf8(std::string& out, char32_t cp);

/// Python's str.isspace() (what `\s` matches in score.py's regular expressions).
bool is_py_space(char32_t c) noexcept;
/// General category Cf (ZWSP, ZWJ, soft hyphen, BOM, bidi marks): dropped before comparing.
bool is_format_char(char32_t c) noexcept;
/// score.py's CJK ranges: each such character is a token of its own.
bool is_cjk(char32_t c) noexcept;
/// A character of a word token (`[^\W_]`): letters, digits and other numbers.
bool is_word_char(char32_t c) noexcept;

/// `s` without format characters, whitespace runs to one space, trimmed (score.py's collapse,
/// without the NFC step of its clean_text).
std::string collapse(std::string_view s);
/// Tokens, format characters dropped: runs of word characters, every other non-space
/// character, every CJK character (score.py's tokens_of, without NFC).
std::vector<std::string> tokens_of(std::string_view s);
/// Python's str.strip() with no argument (its whitespace), and strip("\n").
std::string_view py_strip(std::string_view s) noexcept;
std::string_view strip_newlines(std::string_view s) noexcept;
/// score.py's norm_url: stripped, percent-decoded (UTF-8, invalid bytes to U+FFFD),
/// whitespace runs to one space.
std::string norm_url(std::string_view url);

}  // namespace article2md::oracle
