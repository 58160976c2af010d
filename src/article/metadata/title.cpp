// <title> cleaning (Readability's _getArticleTitle): separators between a title and the site's
// name, and the heading checks. Its own file: the one stage that reads the title alone.

#include "article/metadata/title.hpp"

#include "article/metadata/metadata_text.hpp"
#include "text/text_utils.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace article2md::detail {
using namespace metadata_text;
namespace {

// `str.split(/\s+/).length`: one more than the runs of whitespace (leading and trailing runs
// count, as they do in JavaScript).
std::size_t word_count(std::string_view s) noexcept {
  std::size_t count = 1;
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    bool space = is_js_space(decode_utf8(s, i));
    if (space && !in_space) ++count;
    in_space = space;
  }
  return count;
}

// Separators between a title and the site's name. Readability knows | - \ / > »; en and em
// dashes serve the same purpose on many sites.
std::size_t separator_length(std::string_view s, std::size_t i) noexcept {
  static constexpr std::array<std::string_view, 8> seps{"|", "-", "\\", "/", ">", "\xC2\xBB",
                                                        "\xE2\x80\x93", "\xE2\x80\x94"};
  for (std::string_view sep : seps)
    if (s.substr(i, sep.size()) == sep) return sep.size();
  return 0;
}

bool is_hierarchical_separator(std::string_view sep) noexcept {
  return sep == "\\" || sep == "/" || sep == ">" || sep == "\xC2\xBB";
}

struct separator_scan {
  std::size_t count = 0;
  std::size_t last = std::string_view::npos;  // index of the space before the last one
  bool hierarchical = false;
};

// Occurrences of " <sep> ", left to right and non-overlapping.
separator_scan scan_separators(std::string_view s) {
  separator_scan scan;
  for (std::size_t i = 0; i + 2 < s.size();) {
    if (s[i] == ' ') {
      std::size_t len = separator_length(s, i + 1);
      if (len > 0 && i + 1 + len < s.size() && s[i + 1 + len] == ' ') {
        ++scan.count;
        scan.last = i;
        if (is_hierarchical_separator(s.substr(i + 1, len))) scan.hierarchical = true;
        i += len + 2;
        continue;
      }
    }
    ++i;
  }
  return scan;
}

// `s` without any separator characters (Readability's /[|\-\\\/>»]+/g removal).
std::string without_separators(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t len = separator_length(s, i)) {
      i += len;
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

}  // namespace

std::string clean_document_title(const title_context& ctx) {
  const std::string& orig = ctx.document_title;
  std::string cur = orig;
  bool hierarchical = false;
  separator_scan seps = scan_separators(orig);
  if (seps.count > 0) {
    hierarchical = seps.hierarchical;
    cur = orig.substr(0, seps.last);
    // Too short: the site's name came first ("Site | Title"); drop up to the first separator.
    if (word_count(cur) < 3) {
      std::size_t i = 0;
      while (i < orig.size() && separator_length(orig, i) == 0) ++i;
      cur = i < orig.size() ? orig.substr(i + separator_length(orig, i)) : std::string();
    }
  } else if (orig.find(": ") != std::string::npos) {
    // "Site: Title" unless a heading shows the whole string is the title.
    bool heading_matches = false;
    for (html_node h : ctx.headings) {
      if (js_trim(raw_text(h, orig.size() * 2 + 64)) == std::string_view(orig)) {
        heading_matches = true;
        break;
      }
    }
    if (!heading_matches) {
      std::size_t last = orig.rfind(':'), first = orig.find(':');
      cur = orig.substr(last + 1);
      if (word_count(cur) < 3)
        cur = orig.substr(first + 1);
      else if (word_count(std::string_view(orig).substr(0, first)) > 5)
        cur = orig;
    }
  } else {
    std::size_t length = js_length(cur);
    if ((length > 150 || length < 15) && ctx.h1_count == 1)
      cur = clean_text(raw_text(ctx.first_h1, std::string::npos));
  }
  cur = clean_text(cur);
  std::size_t words = word_count(cur);
  if (words <= 4 &&
      (!hierarchical || words != word_count(without_separators(orig)) - 1))
    cur = orig;
  return cur;
}

}  // namespace article2md::detail
