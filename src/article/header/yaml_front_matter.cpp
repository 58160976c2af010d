#include "article/header/yaml_front_matter.hpp"

#include "article/header/iso_date.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"

#include <fmt/format.h>

#include <optional>

namespace article2md::detail {
namespace {

// YAML 1.2 §5.7's short escapes for C0 controls; the others get \xXX.
const char* short_escape(char32_t c) noexcept {
  switch (c) {
    case 0x00: return "\\0";
    case 0x07: return "\\a";
    case 0x08: return "\\b";
    case 0x09: return "\\t";
    case 0x0A: return "\\n";
    case 0x0B: return "\\v";
    case 0x0C: return "\\f";
    case 0x0D: return "\\r";
    case 0x1B: return "\\e";
    case '"': return "\\\"";
    case '\\': return "\\\\";
    default: return nullptr;
  }
}

// Written as an escape: not c-printable (§5.1), or a line break to YAML 1.1 (PyYAML, libyaml,
// Psych), which would fold it inside a quoted scalar. A tab is printable, but escaped so that
// no parser trims it as white space. `<` too: a renderer that does not know front matter shows
// these lines as Markdown, where a page's `<script>` title would be raw HTML (\u003C reads
// back as `<` in every YAML parser).
bool needs_escape(char32_t c) noexcept {
  return c < 0x20 || c == '"' || c == '\\' || c == '<' || (c >= 0x7F && c <= 0x9F) ||
         c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

void add_string(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out.append(key);
  out += ": ";
  append_yaml_string(out, value);
  out += '\n';
}

}  // namespace

void append_yaml_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(text, i);
    const bool invalid = c == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD";
    if (invalid) {
      out += "\xEF\xBF\xBD";
    } else if (!needs_escape(c)) {
      out.append(text, start, i - start);
    } else if (const char* e = short_escape(c)) {
      out += e;
    } else if (c <= 0xFF && c != '<') {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
    } else {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
    }
  }
  out += '"';
}

std::string yaml_front_matter(const article_meta& meta) {
  std::string out = "---\n";
  add_string(out, "title", meta.title);
  add_string(out, "url", meta.url);
  if (const std::optional<std::string> iso = iso_date_of(meta)) {
    // Our own fixed form, [0-9T:.Z-] only: plain, so that YAML types it as a timestamp.
    out += "date: " + *iso + '\n';
  }
  add_string(out, "date_text", meta.date);
  std::optional<std::int64_t> stamp = meta.timestamp_ms;
  if (!stamp && !meta.date.empty()) stamp = parse_date_ms(meta.date);
  if (stamp) out += fmt::format("timestamp: {}\n", *stamp);
  add_string(out, "author", meta.author);
  add_string(out, "site_name", meta.site_name);
  add_string(out, "language", meta.language);
  out += "---\n";
  return out;
}

}  // namespace article2md::detail
