#pragma once
// The HTML tokenizer's states as the pre-parse pass reads them (13.2.5), as functions of the
// source alone (prescan_tokenizer.cpp): tags and their attributes, raw text, script data. The
// pass (prescan.cpp) builds on it the edits and its model of the parser's stack.

#include <cstddef>
#include <string>
#include <string_view>

namespace article2md::detail {

/// No position: not found, or not set.
constexpr std::size_t npos = std::string_view::npos;

/// A start or end tag as the tokenizer reads it: where it stands, its name, and what the pass
/// needs of its attributes.
struct tag_token {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool is_end = false;
  bool self_closing = false;
  std::string name;  // lower-case
  std::string_view type;
  bool has_type = false;
  std::size_t attrs_begin = 0;  // the attributes as written: s_[attrs_begin, end)
  std::size_t cut_from = npos;  // attributes past max_attributes: s_[cut_from, cut_to)
  std::size_t cut_to = npos;
  bool hidden = false;  // the hidden attribute, or a style with display:none / visibility:hidden
};

/// Reads the source as the tokenizer would, from a position given; the pass derives from it.
class token_scanner {
 protected:
  explicit token_scanner(std::string_view src) : s_(src) {}

  /// True when `what` stands at `at` in the source.
  bool starts_with_at(std::size_t at, std::string_view what) const {
    return s_.compare(at, what.size(), what) == 0;
  }
  /// Where RAWTEXT or RCDATA from `from` ends: at the first "</name" and a character that ends a
  /// tag name; npos at the end of input.
  std::size_t raw_text_end(std::size_t from, std::string_view name) const;
  /// Where script data from `i` ends, its escaped and double-escaped states followed; npos at the
  /// end of input.
  std::size_t script_end(std::size_t i) const;
  /// Reads the tag whose '<' is at t.begin (t.is_end set) into `t`; false when the input ends
  /// inside it.
  bool read_tag(tag_token& t);

  std::string_view s_;

 private:
  bool end_tag_at(std::size_t at, std::string_view name) const;
  bool start_tag_at(std::size_t at, std::string_view name) const;
};

}  // namespace article2md::detail
