// The tokenizer states the pre-parse pass follows (HTML Living Standard 13.2.5), read from the
// source alone: where raw text and script data end, and what a tag says. A file of its own: it
// makes no edit and knows nothing of the parser's stack.
#include "html/prescan_tokenizer.hpp"

#include "text/text_utils.hpp"

namespace article2md::detail {
namespace {

bool ends_tag_name(char c) noexcept { return is_html_space(c) || c == '/' || c == '>'; }

// Gumbo looks for a duplicate among a tag's earlier attributes as it adds each one, so a tag
// with n attributes costs n squared. Past this many, the rest are removed (HTML keeps the
// first of duplicates anyway; no real element comes near).
constexpr std::size_t max_attributes = 256;

bool is_named(std::string_view attr, std::string_view name) {
  if (attr.size() != name.size()) return false;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (ascii_lower(attr[k]) != name[k]) return false;
  return true;
}

// The converter's test for hidden elements, on the attribute as written.
bool hides(std::string_view style) {
  std::string compact;
  for (char c : style)
    if (!is_html_space(c)) compact.push_back(ascii_lower(c));
  return compact.find("display:none") != npos || compact.find("visibility:hidden") != npos;
}

}  // namespace

// "</name" and a character that ends a tag name, ASCII case-insensitively.
bool token_scanner::end_tag_at(std::size_t at, std::string_view name) const {
  if (at + 2 + name.size() >= s_.size() || s_[at] != '<' || s_[at + 1] != '/') return false;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (ascii_lower(s_[at + 2 + k]) != name[k]) return false;
  return ends_tag_name(s_[at + 2 + name.size()]);
}

bool token_scanner::start_tag_at(std::size_t at, std::string_view name) const {
  if (at + 1 + name.size() >= s_.size() || s_[at] != '<') return false;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (ascii_lower(s_[at + 1 + k]) != name[k]) return false;
  return ends_tag_name(s_[at + 1 + name.size()]);
}

// RAWTEXT and RCDATA end at the first "</name" + delimiter; npos: at the end of input.
std::size_t token_scanner::raw_text_end(std::size_t from, std::string_view name) const {
  for (std::size_t i = from; i < s_.size(); ++i) {
    i = s_.find("</", i);
    if (i == npos) return npos;
    if (end_tag_at(i, name)) return i;
  }
  return npos;
}

// Script data with its escaped and double-escaped states (13.2.5.4 - 13.2.5.31): inside
// "<!--", a "<script" starts a stretch where "</script>" does not end the element.
std::size_t token_scanner::script_end(std::size_t i) const {
  enum { data, escaped, double_escaped } st = data;
  int dashes = 0;
  while (i < s_.size()) {
    if (st == data) {
      i = s_.find('<', i);
      if (i == npos) return npos;
      if (end_tag_at(i, "script")) return i;
      if (starts_with_at(i, "<!--")) {
        st = escaped;
        dashes = 2;
        i += 4;
        continue;
      }
      ++i;
      continue;
    }
    char c = s_[i];
    if (c == '-') {
      ++dashes;
      ++i;
      continue;
    }
    if (c == '>' && dashes >= 2) {
      st = data;
      dashes = 0;
      ++i;
      continue;
    }
    dashes = 0;
    if (c == '<') {
      if (st == escaped) {
        if (end_tag_at(i, "script")) return i;
        if (start_tag_at(i, "script")) {
          st = double_escaped;
          i += 7;
          continue;
        }
      } else if (end_tag_at(i, "script")) {
        st = escaped;
        i += 8;
        continue;
      }
    }
    ++i;
  }
  return npos;
}

// A tag from '<' at t.begin: name and attributes (13.2.5.6 - 13.2.5.40). False when the
// input ends inside it (the tokenizer then drops it).
bool token_scanner::read_tag(tag_token& t) {
  std::size_t i = t.begin + (t.is_end ? 2 : 1);
  t.name.clear();
  t.has_type = false;
  t.type = {};
  t.self_closing = false;
  t.hidden = false;
  t.cut_from = npos;
  std::size_t attributes = 0;
  while (i < s_.size() && !ends_tag_name(s_[i])) t.name.push_back(ascii_lower(s_[i++]));
  t.attrs_begin = i;
  std::string_view attr_name;
  while (i < s_.size()) {
    char c = s_[i];
    if (is_html_space(c)) {
      ++i;
      continue;
    }
    if (c == '/') {
      ++i;
      if (i < s_.size() && s_[i] == '>') {
        t.self_closing = true;
        t.end = i + 1;
        t.cut_to = i - 1;
        return true;
      }
      continue;
    }
    if (c == '>') {
      t.end = i + 1;
      t.cut_to = i;
      return true;
    }
    if (++attributes > max_attributes && t.cut_from == npos) t.cut_from = i;
    // Attribute name: the first character is taken even if it is '='.
    std::size_t name_begin = i++;
    while (i < s_.size() && !ends_tag_name(s_[i]) && s_[i] != '=') ++i;
    attr_name = s_.substr(name_begin, i - name_begin);
    while (i < s_.size() && is_html_space(s_[i])) ++i;
    if (i >= s_.size() || s_[i] != '=') {
      if (is_named(attr_name, "hidden")) t.hidden = true;
      continue;
    }
    ++i;
    while (i < s_.size() && is_html_space(s_[i])) ++i;
    if (i >= s_.size()) return false;
    std::string_view value;
    if (s_[i] == '"' || s_[i] == '\'') {
      std::size_t close = s_.find(s_[i], i + 1);
      if (close == npos) return false;
      value = s_.substr(i + 1, close - i - 1);
      i = close + 1;
    } else if (s_[i] != '>') {
      std::size_t v = i;
      while (i < s_.size() && !is_html_space(s_[i]) && s_[i] != '>') ++i;
      value = s_.substr(v, i - v);
    }
    if (is_named(attr_name, "hidden")) t.hidden = true;
    if (is_named(attr_name, "style") && hides(value)) t.hidden = true;
    if (!t.has_type && attr_name.size() == 4 && ascii_lower(attr_name[0]) == 't' &&
        ascii_lower(attr_name[1]) == 'y' && ascii_lower(attr_name[2]) == 'p' && ascii_lower(attr_name[3]) == 'e') {
      t.has_type = true;
      t.type = value;
    }
  }
  return false;
}

}  // namespace article2md::detail
