// Text helpers shared by the metadata readers (title, JSON-LD, <meta> tags, byline): they
// measure text the way Readability's JavaScript does, so each reader gets the same answers.

#include "article/metadata/metadata_text.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace article2md::detail::metadata_text {

// ---------------------------------------------------------------------------------------------
// Text helpers with JavaScript's notion of whitespace (\s), which the rules were written for.

namespace {

// Where the code point that ends at s[end - 1] starts (not before `floor`).
std::size_t last_code_point_start(std::string_view s, std::size_t end,
                                  std::size_t floor) noexcept {
  std::size_t b = end - 1;
  while (b > floor && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return b;
}

// The tokens of Readability's _textSimilarity (/\W+/), lower-cased. Letters outside ASCII count
// as word characters too, so non-Latin titles compare by words rather than as nothing.
std::vector<std::string> similarity_tokens(std::string_view s) {
  std::vector<std::string> tokens;
  std::string current;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    bool word = c < 0x80 ? (is_ascii_alnum(static_cast<char>(c)) || c == '_')
                         : !is_js_space(c) && !is_unicode_punctuation(c);
    if (word) {
      if (c < 0x80)
        current.push_back(ascii_lower(static_cast<char>(c)));
      else
        current.append(s.substr(start, i - start));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

}  // namespace

// ECMAScript WhiteSpace and LineTerminator: what \s and String.prototype.trim() match.
bool is_js_space(char32_t c) noexcept {
  return c == 0x0B || c == 0xFEFF || c == 0x2028 || c == 0x2029 || is_unicode_whitespace(c);
}

std::string_view js_trim(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t next = b;
    if (!is_js_space(decode_utf8(s, next))) break;
    b = next;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t start = last_code_point_start(s, e, b);
    std::size_t probe = start;
    if (!is_js_space(decode_utf8(s, probe))) break;
    e = start;
  }
  return s.substr(b, e - b);
}

// String length as JavaScript counts it (UTF-16 code units).
std::size_t js_length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += decode_utf8(s, i) >= 0x10000 ? 2u : 1u;
  return n;
}

// The value as we hand it out: trimmed, runs of HTML whitespace collapsed to one space, and
// runs of two or more other spaces too (Readability's /\s{2,}/); a lone no-break space stays.
std::string clean_text(std::string_view s) {
  s = js_trim(s);
  std::string out;
  out.reserve(s.size());
  std::size_t run_start = std::string_view::npos;
  std::size_t run_length = 0;
  auto flush_run = [&](std::size_t end) {
    if (run_start == std::string_view::npos) return;
    std::string_view run = s.substr(run_start, end - run_start);
    if (run_length == 1 && !is_html_space(run[0]))
      out.append(run);
    else
      out.push_back(' ');
    run_start = std::string_view::npos;
    run_length = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = decode_utf8(s, i);
    if (is_js_space(c)) {
      if (run_start == std::string_view::npos) run_start = start;
      ++run_length;
      continue;
    }
    flush_run(start);
    out.append(s.substr(start, i - start));
  }
  return out;
}

// How much of `b` is made of words that also occur in `a` (1 = all of it).
double text_similarity(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = similarity_tokens(a), tb = similarity_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::vector<std::string_view> known(ta.begin(), ta.end());
  std::sort(known.begin(), known.end());
  std::size_t total = 0, unique = 0, unique_count = 0;
  for (const std::string& t : tb) {
    total += js_length(t);
    if (!std::binary_search(known.begin(), known.end(), std::string_view(t))) {
      unique += js_length(t);
      ++unique_count;
    }
  }
  total += tb.size() - 1;
  if (unique_count > 0) unique += unique_count - 1;
  return 1.0 - static_cast<double>(unique) / static_cast<double>(total);
}

// ---------------------------------------------------------------------------------------------
// DOM helpers.

// Subtrees a browser-side reader never sees as text: scripts are removed, template contents
// live outside the tree, and noscript markup is dropped by Readability before it reads anything.
bool is_hidden_container(html_node n) {
  return n.is("script") || n.is("style") || n.is("noscript") || n.is("template");
}

// The full textContent of `node`, for the few nodes (headings) whose text we compare whole.
// `limit` bytes are enough to decide any comparison the callers make.
namespace {

std::string text_of(html_node node, std::size_t limit, bool br_as_space) {
  std::string out;
  for (html_node n = node.first_child(); n && out.size() <= limit;) {
    // What the page shows leaves out hidden elements too: a heading's hidden tooltip ("Stay
    // organized with collections", as Google's documentation pages carry) is not its words.
    if (n.is_element() && (is_hidden_container(n) || (br_as_space && is_hidden(n)))) {
      n = next_in_subtree(n, node, false);
      continue;
    }
    if (n.is_text()) out.append(n.text());
    if (br_as_space && n.is("br")) out.push_back(' ');
    n = next_in_subtree(n, node, true);
  }
  return out;
}

}  // namespace

std::string raw_text(html_node node, std::size_t limit) { return text_of(node, limit, false); }

std::string shown_text(html_node node, std::size_t limit) { return text_of(node, limit, true); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace article2md::detail::metadata_text
