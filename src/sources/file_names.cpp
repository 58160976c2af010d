#include "sources/file_names.hpp"

#include <cstdio>

namespace article2md::sources {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the UTF-8 sequence starting with `lead`, 0 when it is not a valid lead byte.
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Non-ASCII characters that separate words rather than spell them: general punctuation,
// CJK symbols and punctuation, fullwidth punctuation. Letters of every script stay.
bool is_separator(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF ||
         (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7;
}

char32_t decode(std::string_view s, std::size_t i, std::size_t len) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  char32_t cp = len == 2 ? (b(0) & 0x1Fu) : len == 3 ? (b(0) & 0x0Fu) : (b(0) & 0x07u);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (b(k) & 0x3Fu);
  return cp;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's civil_from_days).
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
}

}  // namespace

std::string slugify(std::string_view title, std::size_t max_bytes) {
  std::string slug;
  bool dash = false;
  for (std::size_t i = 0; i < title.size();) {
    auto c = static_cast<unsigned char>(title[i]);
    std::size_t len = c < 0x80 ? 1 : sequence_length(c);
    bool valid = len == 1 || (len > 1 && i + len <= title.size());
    for (std::size_t k = 1; valid && k < len; ++k)
      valid = (static_cast<unsigned char>(title[i + k]) & 0xC0) == 0x80;
    bool word = valid && (len == 1 ? is_ascii_alnum(c) : !is_separator(decode(title, i, len)));
    if (!valid) len = 1;
    if (!word) {
      dash = !slug.empty();
      i += len;
      continue;
    }
    std::size_t need = len + (dash ? 1 : 0);
    if (slug.size() + need > max_bytes) break;
    if (dash) slug += '-';
    dash = false;
    if (len == 1)
      slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else
      slug.append(title.substr(i, len));
    i += len;
  }
  return slug;
}

std::string utc_date(std::int64_t epoch_ms) {
  std::int64_t days = epoch_ms / 86400000;
  if (epoch_ms % 86400000 < 0) --days;
  std::int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string article_file_name(std::optional<std::int64_t> epoch_ms, std::string_view title,
                              std::string_view id) {
  std::string slug = slugify(title);
  if (slug.empty()) {
    // FNV-1a: short, stable across runs and machines.
    std::uint64_t h = 14695981039346656037ull;
    for (char c : id) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "item-%012llx",
                  static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFull));
    slug = buf;
  }
  return (epoch_ms ? utc_date(*epoch_ms) : std::string("undated")) + "-" + slug + ".md";
}

}  // namespace article2md::sources
