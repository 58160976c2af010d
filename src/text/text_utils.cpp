#include "text/text_utils.hpp"

#include <algorithm>
#include <iterator>

namespace article2md::detail {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool has_token(std::string_view list, std::string_view token) noexcept {
  if (token.empty()) return false;
  return any_token(list, [&](std::string_view t) { return t == token; });
}

bool icontains_any(std::string_view haystack,
                   std::initializer_list<std::string_view> needles) noexcept {
  for (std::string_view needle : needles)
    if (icontains(haystack, needle)) return true;
  return false;
}

bool icontains(std::string_view haystack, std::string_view needle) noexcept {
  if (needle.empty()) return true;
  if (needle.size() > haystack.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
    if (iequals(haystack.substr(i, needle.size()), needle)) return true;
  return false;
}

std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0, e = s.size();
  while (b < e && is_html_space(s[b])) ++b;
  while (e > b && is_html_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

void append_collapsed(std::string& out, std::string_view s) {
  bool space = false;
  for (char c : s) {
    if (is_html_space(c)) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (space) out.push_back(' ');
}

char32_t decode_utf8(std::string_view s, std::size_t& i) noexcept {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (std::size_t k = 1; k < len; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  // Overlong forms and surrogates are invalid UTF-8.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

char32_t last_code_point(std::string_view s) noexcept {
  if (s.empty()) return U' ';
  std::size_t start = s.size() - 1;
  // Step back over at most three continuation bytes.
  for (int k = 0; k < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80;
       ++k)
    --start;
  std::size_t i = start;
  char32_t cp = decode_utf8(s, i);
  return i == s.size() ? cp : 0xFFFD;
}

bool is_cjk(char32_t c) noexcept {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
         (c >= 0x3000 && c <= 0x30FF) ||   // CJK punctuation, Hiragana, Katakana
         (c >= 0x31C0 && c <= 0x31FF) ||   // strokes, Katakana extensions
         (c >= 0x3400 && c <= 0x4DBF) ||   // extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // compatibility forms
         (c >= 0xFF00 && c <= 0xFF60) ||   // fullwidth forms
         (c >= 0x20000 && c <= 0x3FFFF);   // supplementary ideographic planes
}

bool is_unicode_whitespace(char32_t c) noexcept {
  switch (c) {
    case 0x09: case 0x0A: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

namespace {
struct range {
  char32_t lo, hi;
};
// Ranges of general categories P* and S* outside ASCII, condensed to the blocks where
// punctuation and symbols live. Letters inside a listed block are rare enough that treating them
// as punctuation only costs an escape or a plain-text emphasis, never a broken render.
constexpr range punct_ranges[] = {
    {0x00A1, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7}, {0x02C2, 0x02C5},
    {0x02D2, 0x02DF}, {0x037E, 0x037E}, {0x0387, 0x0387}, {0x055A, 0x055F},
    {0x0589, 0x058A}, {0x05BE, 0x05BE}, {0x05C0, 0x05C0}, {0x05C3, 0x05C3},
    {0x05C6, 0x05C6}, {0x05F3, 0x05F4}, {0x0606, 0x060F}, {0x061B, 0x061F},
    {0x066A, 0x066D}, {0x06D4, 0x06D4}, {0x0964, 0x0965}, {0x0970, 0x0970},
    {0x0E4F, 0x0E4F}, {0x0E5A, 0x0E5B}, {0x10FB, 0x10FB}, {0x1360, 0x1368},
    {0x166E, 0x166E}, {0x17D4, 0x17DA}, {0x1800, 0x180A}, {0x2010, 0x2027},
    {0x2030, 0x205E}, {0x207A, 0x207E}, {0x208A, 0x208E}, {0x20A0, 0x20C0},
    {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114},
    {0x2116, 0x2118}, {0x211E, 0x2123}, {0x2125, 0x2125}, {0x2127, 0x2127},
    {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B}, {0x2140, 0x2144},
    {0x214A, 0x214D}, {0x214F, 0x214F}, {0x218A, 0x218B}, {0x2190, 0x245F},
    {0x2500, 0x2775}, {0x2794, 0x2BFF}, {0x2CF9, 0x2CFC}, {0x2CFE, 0x2CFF},
    {0x2E00, 0x2E5D}, {0x2E80, 0x2FFF}, {0x3001, 0x3004}, {0x3008, 0x3020},
    {0x3030, 0x3030}, {0x303D, 0x303F}, {0x309B, 0x309C}, {0x30A0, 0x30A0},
    {0x30FB, 0x30FB}, {0x3190, 0x3191}, {0x3196, 0x319F}, {0x31C0, 0x31E3},
    {0x3200, 0x321E}, {0x322A, 0x3247}, {0x3250, 0x3250}, {0x3260, 0x327F},
    {0x328A, 0x32B0}, {0x32C0, 0x33FF}, {0x4DC0, 0x4DFF}, {0xA490, 0xA4C6},
    {0xA4FE, 0xA4FF}, {0xA60D, 0xA60F}, {0xA673, 0xA673}, {0xA67E, 0xA67E},
    {0xA6F2, 0xA6F7}, {0xA700, 0xA716}, {0xA720, 0xA721}, {0xA789, 0xA78A},
    {0xA828, 0xA82B}, {0xA836, 0xA839}, {0xA874, 0xA877}, {0xA8CE, 0xA8CF},
    {0xA8F8, 0xA8FA}, {0xA8FC, 0xA8FC}, {0xA92E, 0xA92F}, {0xA95F, 0xA95F},
    {0xAA5C, 0xAA5F}, {0xAADE, 0xAADF}, {0xAAF0, 0xAAF1}, {0xFB29, 0xFB29},
    {0xFD3E, 0xFD3F}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFEE}, {0xFFFC, 0xFFFD}, {0x1F000, 0x1FAFF},
};
}  // namespace

bool is_unicode_punctuation(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_punct(static_cast<char>(c));
  auto it = std::upper_bound(std::begin(punct_ranges), std::end(punct_ranges), c,
                             [](char32_t v, const range& r) { return v < r.lo; });
  if (it == std::begin(punct_ranges)) return false;
  --it;
  return c <= it->hi;
}

}  // namespace article2md::detail
