#include "text_tokens.hpp"

#include <locale.h>
#include <wctype.h>

#include <cstddef>
#include <cstdint>

namespace article2md::oracle {
namespace {

struct range {
  char32_t lo;
  char32_t hi;
};

template <std::size_t N>
bool in_ranges(const range (&table)[N], char32_t c) noexcept {
  for (const range& r : table) {
    if (c < r.lo) return false;  // tables are sorted
    if (c <= r.hi) return true;
  }
  return false;
}

// Unicode general category Cf (Unicode 15).
constexpr range format_chars[] = {
    {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},   {0x06DD, 0x06DD},
    {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},   {0x180E, 0x180E},
    {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x2064},   {0x2066, 0x206F},
    {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
    {0xE0020, 0xE007F},
};

// score.py's CJK character class.
constexpr range cjk_chars[] = {
    {0x2E80, 0x2FFF}, {0x3000, 0x303F}, {0x3040, 0x30FF},   {0x3100, 0x312F},
    {0x3130, 0x318F}, {0x31A0, 0x31FF}, {0x3200, 0x9FFF},   {0xAC00, 0xD7AF},
    {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF},   {0x20000, 0x3FFFF},
};

// Numbers Python counts as alphanumeric (category No) that glibc's alnum class leaves out:
// superscripts, fractions, circled and parenthesised numbers.
constexpr range other_numbers[] = {
    {0x00B2, 0x00B3}, {0x00B9, 0x00B9}, {0x00BC, 0x00BE}, {0x2070, 0x2070},
    {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2150, 0x2189}, {0x2460, 0x249B},
    {0x24EA, 0x24FF}, {0x2776, 0x2793},
};

// Combining diacritical marks: score.py composes them into the letter before (NFC); we
// keep them in the word instead, which gives the same tokens for text that composes.
constexpr range combining_marks[] = {
    {0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x20D0, 0x20FF}, {0xFE20, 0xFE2F},
};

// glibc's C.UTF-8 classifies all of Unicode; newlocale() leaves the process locale alone.
locale_t unicode_locale() noexcept {
  static const locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
  return loc;
}

bool is_py_space_ascii(char c) noexcept {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1Fu;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0Fu;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07u;
    min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  auto put = [&out](std::uint32_t b) { out.push_back(static_cast<char>(b)); };
  const std::uint32_t c = cp;
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
}

bool is_py_space(char32_t c) noexcept {
  if (c < 0x80) return is_py_space_ascii(static_cast<char>(c));
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_format_char(char32_t c) noexcept { return c >= 0xAD && in_ranges(format_chars, c); }

bool is_cjk(char32_t c) noexcept { return c >= 0x2E80 && in_ranges(cjk_chars, c); }

bool is_word_char(char32_t c) noexcept {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (in_ranges(other_numbers, c) || in_ranges(combining_marks, c)) return true;
  if (const locale_t loc = unicode_locale(); loc != locale_t{}) {
    return iswalnum_l(static_cast<wint_t>(c), loc) != 0;
  }
  // No Unicode locale: count everything outside the punctuation blocks as a letter.
  return !(c < 0xC0 || (c >= 0x2000 && c <= 0x2BFF) || is_py_space(c));
}

std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if (is_format_char(cp)) continue;
    if (is_py_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (cp == 0xFFFD) {
      append_utf8(out, cp);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::vector<std::string> tokens_of(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  };
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if (is_format_char(cp)) continue;
    if (is_py_space(cp)) {
      flush();
    } else if (is_cjk(cp)) {
      flush();
      std::string one;
      append_utf8(one, cp);
      out.push_back(std::move(one));
    } else if (is_word_char(cp)) {
      append_utf8(word, cp);
    } else {
      flush();
      std::string one;
      append_utf8(one, cp);
      out.push_back(std::move(one));
    }
  }
  flush();
  return out;
}

std::string_view py_strip(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t i = b;
    if (!is_py_space(next_code_point(s, i))) break;
    b = i;
  }
  std::size_t e = s.size();
  while (e > b) {
    // Step back to the start of the last code point.
    std::size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    if (!is_py_space(next_code_point(s, i)) || i != e) break;
    e = start;
  }
  return s.substr(b, e - b);
}

std::string_view strip_newlines(std::string_view s) noexcept {
  const std::size_t b = s.find_first_not_of('\n');
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of('\n');
  return s.substr(b, e - b + 1);
}

namespace {

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string norm_url(std::string_view url) {
  const std::string_view u = py_strip(url);
  // Percent-decode to bytes, then re-read the bytes as UTF-8 (Python's unquote).
  std::string bytes;
  bytes.reserve(u.size());
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (u[i] == '%' && i + 2 < u.size()) {
      const int hi = hex_value(u[i + 1]);
      const int lo = hex_value(u[i + 2]);
      if (hi >= 0 && lo >= 0) {
        bytes.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    bytes.push_back(u[i]);
  }
  std::string out;
  out.reserve(bytes.size());
  bool in_space = false;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(bytes, i);
    if (is_py_space(cp)) {
      if (!in_space) out.push_back(' ');
      in_space = true;
      continue;
    }
    in_space = false;
    if (cp == 0xFFFD) {
      append_utf8(out, cp);
    } else {
      out.append(bytes, start, i - start);
    }
  }
  return out;
}

}  // namespace article2md::oracle
