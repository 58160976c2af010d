#pragma once
// Small text helpers shared by every layer: ASCII and Unicode character classes, UTF-8
// decoding, trimming and whitespace collapsing.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace article2md::detail {

/// HTML's ASCII whitespace (space, tab, LF, FF, CR): what the renderer collapses.
constexpr bool is_html_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
constexpr bool is_ascii_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
/// CommonMark's ASCII punctuation (the characters a backslash can escape).
constexpr bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool iequals(std::string_view a, std::string_view b) noexcept;
/// True when `pred` holds for one of the tokens of whitespace-separated `list` (a class
/// attribute), in order; stops at the first.
template <class Pred>
bool any_token(std::string_view list, Pred&& pred) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && is_html_space(list[i])) ++i;
    std::size_t start = i;
    while (i < list.size() && !is_html_space(list[i])) ++i;
    if (i > start && pred(list.substr(start, i - start))) return true;
  }
  return false;
}
/// True when whitespace-separated `list` (a class attribute) holds `token` exactly.
bool has_token(std::string_view list, std::string_view token) noexcept;
/// True when `haystack` contains `needle`, ASCII case-insensitively.
bool icontains(std::string_view haystack, std::string_view needle) noexcept;
/// True when `s` contains one of `words` (an array of string views), as written: callers hold
/// lower-case text and lower-case words.
template <class Words>
bool contains_any(std::string_view s, const Words& words) noexcept {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}
inline bool contains_any(std::string_view s,
                         std::initializer_list<std::string_view> words) noexcept {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}
/// True when `haystack` contains one of `needles`, ASCII case-insensitively.
bool icontains_any(std::string_view haystack,
                   std::initializer_list<std::string_view> needles) noexcept;

/// `s` without HTML whitespace at either end.
std::string_view trim(std::string_view s) noexcept;
/// Appends `s` with runs of HTML whitespace collapsed to one space.
void append_collapsed(std::string& out, std::string_view s);

/// Decodes the UTF-8 sequence at `s[i]` and advances `i`; invalid bytes give U+FFFD and
/// advance by one.
char32_t decode_utf8(std::string_view s, std::size_t& i) noexcept;
/// The last code point of `s` (U+0020 when empty).
char32_t last_code_point(std::string_view s) noexcept;

/// Han, Hiragana, Katakana, CJK punctuation and fullwidth forms: scripts written without
/// spaces between words (Hangul, which uses spaces, is not included).
bool is_cjk(char32_t c) noexcept;

/// CommonMark's Unicode whitespace: Zs, tab, LF, FF, CR.
bool is_unicode_whitespace(char32_t c) noexcept;
/// CommonMark 0.31's Unicode punctuation: general categories P and S.
bool is_unicode_punctuation(char32_t c) noexcept;

}  // namespace article2md::detail
