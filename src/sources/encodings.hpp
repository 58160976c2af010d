#pragma once
// The encodings of the WHATWG Encoding Standard and the lookup of their labels, shared by the
// label table (encodings.cpp) and the sniffing and decoding (charset.cpp); with the ASCII helpers
// both read labels with.

#include <algorithm>
#include <string_view>

namespace article2md::sources {

// An encoding of the Encoding Standard: its name there, and the iconv name that decodes it.
struct encoding {
  std::string_view name;
  const char* iconv_name;  // nullptr: UTF-8, decoded by our own validator
};

/// The encodings charset.cpp names; compared by address (each is one object, in encodings.cpp).
extern const encoding utf_8;
extern const encoding utf_16le;
extern const encoding utf_16be;
extern const encoding gbk;
extern const encoding gb18030;

/// ASCII whitespace of the Infra standard: TAB, LF, FF, CR, SPACE.
constexpr bool is_space(char c) noexcept {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}
/// `c` lower-cased if it is an ASCII capital letter, else `c`.
constexpr char to_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `s` without ASCII whitespace at either end.
inline std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

/// True when `a` and `b` are equal, ASCII case-insensitively.
inline bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return to_lower(x) == to_lower(y);
         });
}

/// "Get an encoding" (Encoding Standard): `label` trimmed, ASCII case-insensitive; nullptr when
/// it names no encoding (unknown, or one of the "replacement" encoding's labels).
const encoding* encoding_for_label(std::string_view label) noexcept;
/// True for UTF-16LE and UTF-16BE.
bool is_utf_16(const encoding* enc) noexcept;

}  // namespace article2md::sources
