#pragma once
// Properties every fuzz target checks on the Markdown it gets. A violated property traps, so
// libFuzzer reports it as a crash and writes the input out (see docs/fuzzing.md).

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#ifdef ARTICLE2MD_FUZZ_CMARK
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#endif

namespace article2md::fuzz {

/// Prints what failed (libFuzzer shows stderr before the stack trace) and traps.
[[noreturn]] inline void violated(const char* property, std::string_view detail = {}) {
  std::fprintf(stderr, "\n==== fuzz property violated: %s\n", property);
  if (!detail.empty()) {
    const std::size_t shown = detail.size() < 2000 ? detail.size() : 2000;
    std::fprintf(stderr, "---- %.*s%s\n----\n", static_cast<int>(shown), detail.data(),
                 shown < detail.size() ? " [...]" : "");
  }
  __builtin_trap();
}

/// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
inline bool valid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  while (p < end) {
    const unsigned c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) <= n) return false;
    if (p[1] < lo || p[1] > hi) return false;
    for (std::size_t i = 2; i <= n; ++i)
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    p += n + 1;
  }
  return true;
}

inline char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != prefix[i]) return false;
  return true;
}

inline bool icontains(std::string_view s, std::string_view needle) noexcept {
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (istarts_with(s.substr(i), needle)) return true;
  return false;
}

/// The first line of `md` that starts (in column 0, outside a fenced code block opened at the
/// top level) with what CommonMark 4.6 reads as the start of a type-1 HTML block: `<script`
/// followed by a space, a tab, `>` or the line end, in any case. Empty when there is none.
/// Fences opened inside containers are not followed: a line in column 0 ends those anyway.
inline std::string_view script_at_line_start(std::string_view md) {
  char fence_char = 0;        // '`' or '~' while inside a fenced code block
  std::size_t fence_len = 0;  // its opening run
  for (std::size_t pos = 0; pos < md.size();) {
    std::size_t eol = md.find('\n', pos);
    if (eol == std::string_view::npos) eol = md.size();
    std::string_view line = md.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    std::size_t indent = 0;
    while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
    std::size_t run = 0;
    if (indent < 4 && indent < line.size() && (line[indent] == '`' || line[indent] == '~')) {
      const char c = line[indent];
      while (indent + run < line.size() && line[indent + run] == c) ++run;
      if (run < 3) {
        run = 0;
      } else if (fence_char == 0) {
        // An opening fence; a backtick fence's info string may not hold a backtick (4.5).
        if (c == '`' && line.find('`', indent + run) != std::string_view::npos) {
          run = 0;
        } else {
          fence_char = c;
          fence_len = run;
          continue;
        }
      } else if (c == fence_char && run >= fence_len &&
                 line.find_first_not_of(" \t", indent + run) == std::string_view::npos) {
        fence_char = 0;  // the closing fence
        continue;
      }
    }
    if (fence_char != 0) continue;
    if (istarts_with(line, "<script")) {
      const std::string_view rest = line.substr(7);
      if (rest.empty() || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>') return line;
    }
  }
  return {};
}

/// The scheme of a link destination as a browser's URL parser finds it (WHATWG URL: leading
/// and trailing C0 controls and spaces stripped, tabs and newlines removed), lower-cased;
/// empty when the destination has none (a relative reference).
inline std::string browser_scheme(std::string_view url) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  std::string scheme;
  for (char c : url) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ':') return scheme;
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!alpha && (scheme.empty() || !other)) return {};
    scheme += ascii_lower(c);
  }
  return {};
}

#ifdef ARTICLE2MD_FUZZ_CMARK
/// Reads `md` as GFM with cmark-gfm (the renderer the round-trip oracle uses) and traps when
/// it finds raw HTML holding `<script`, a link whose target runs code or inlines content
/// (javascript:, vbscript:, data:) or an image whose target runs code.
inline void check_rendered(std::string_view md) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  cmark_parser_feed(parser, md.data(), md.size());
  cmark_node* doc = cmark_parser_finish(parser);
  cmark_iter* it = cmark_iter_new(doc);
  const char* broken = nullptr;
  std::string what;
  for (cmark_event_type ev = cmark_iter_next(it); ev != CMARK_EVENT_DONE && !broken;
       ev = cmark_iter_next(it)) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      const char* literal = cmark_node_get_literal(node);
      if (literal != nullptr && icontains(literal, "<script")) {
        broken = "rendered Markdown holds raw HTML with <script";
        what = literal;
      }
    } else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      const std::string scheme = browser_scheme(url != nullptr ? url : "");
      if (scheme == "javascript" || scheme == "vbscript" ||
          (type == CMARK_NODE_LINK && scheme == "data")) {
        broken = type == CMARK_NODE_LINK ? "rendered Markdown links to an unsafe scheme"
                                         : "rendered Markdown shows an image from an unsafe scheme";
        what = url;
      }
    }
  }
  cmark_iter_free(it);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  if (broken != nullptr) violated(broken, what + "\n---- in the Markdown:\n" + std::string(md));
}
#endif

/// Everything the Markdown of a conversion must satisfy. `input_utf8`: the input was valid
/// UTF-8, so the output must be too.
inline void check_markdown(std::string_view md, bool input_utf8) {
  if (input_utf8 && !valid_utf8(md)) violated("valid UTF-8 in, invalid UTF-8 out", md);
  std::string_view line = script_at_line_start(md);
  if (!line.empty()) violated("raw <script at the start of a Markdown line", md);
#ifdef ARTICLE2MD_FUZZ_CMARK
  check_rendered(md);
#endif
}

}  // namespace article2md::fuzz
