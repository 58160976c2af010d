#pragma once
/// \file
/// A read-only, non-owning handle on one node of a parsed HTML document.

#include <cstddef>
#include <string>
#include <string_view>

namespace article2md {

struct html_child_range;

/// A node of the parse tree: element, text, comment or document.
///
/// A handle is one pointer, cheap to copy, and only valid while the document that produced it
/// is alive (during a conversion). A null handle answers every query with an empty value, so
/// chains such as `node.child("figcaption").attr("class")` are always safe.
class html_node {
 public:
  enum class kind { none, document, element, text, whitespace, comment, cdata };

  html_node() noexcept = default;

  explicit operator bool() const noexcept { return node_ != nullptr; }
  kind type() const noexcept;
  bool is_element() const noexcept { return type() == kind::element; }
  /// Text, whitespace-only text and CDATA: what renders as characters.
  bool is_text() const noexcept;

  /// Tag name of an element: lower-case for the tags HTML knows ("p"), as written in the source
  /// for custom ones ("My-Widget"; compare with is()); empty for other kinds.
  std::string_view tag() const noexcept;
  /// True when this is an element named `name` (ASCII case-insensitive).
  bool is(std::string_view name) const noexcept;
  /// A dense id for the HTML tags the parser knows, -1 for custom tags and non-elements.
  /// Equal ids mean equal tags; see tag_id_of().
  int tag_id() const noexcept;
  /// The id tag_id() returns for elements named `name`, -1 when the parser does not know it.
  static int tag_id_of(std::string_view name) noexcept;

  /// Decoded character data of a text, whitespace, CDATA or comment node; empty otherwise.
  std::string_view text() const noexcept;

  /// Decoded value of attribute `name` (lower-case), empty when absent.
  std::string_view attr(std::string_view name) const noexcept;
  bool has_attr(std::string_view name) const noexcept;
  /// True when the space-separated `class` attribute holds `name` exactly.
  bool has_class(std::string_view name) const noexcept;

  html_node parent() const noexcept;
  html_node first_child() const noexcept;
  html_node last_child() const noexcept;
  html_node next_sibling() const noexcept;
  html_node prev_sibling() const noexcept;
  /// Next/previous sibling that is an element, skipping text, whitespace and comments.
  html_node next_element() const noexcept;
  html_node prev_element() const noexcept;
  /// First child element named `name`, or a null handle.
  html_node child(std::string_view name) const noexcept;
  /// First descendant element named `name` (document order), or a null handle.
  html_node find(std::string_view name) const noexcept;
  std::size_t child_count() const noexcept;

  /// All descendant text, in document order, with whitespace collapsed to single spaces and
  /// trimmed; text under script, style, template and comments excluded. Iterative: safe on
  /// deep trees.
  std::string text_content() const;

  /// Identity: two handles on the same node compare equal.
  const void* id() const noexcept { return node_; }
  friend bool operator==(html_node a, html_node b) noexcept { return a.node_ == b.node_; }
  friend bool operator!=(html_node a, html_node b) noexcept { return a.node_ != b.node_; }

  /// `for (html_node c : node.children())` visits every child node in order.
  html_child_range children() const noexcept;

  /// For the library's own DOM code: wraps a parser node pointer.
  explicit html_node(const void* parser_node) noexcept : node_(parser_node) {}

 private:
  const void* node_ = nullptr;
};

/// Iterates over the children of a node.
class html_node_iterator {
 public:
  explicit html_node_iterator(html_node n) noexcept : n_(n) {}
  html_node operator*() const noexcept { return n_; }
  html_node_iterator& operator++() noexcept {
    n_ = n_.next_sibling();
    return *this;
  }
  bool operator!=(const html_node_iterator& o) const noexcept { return n_ != o.n_; }

 private:
  html_node n_;
};

/// The children of a node, for range-for.
struct html_child_range {
  html_node first;
  html_node_iterator begin() const noexcept { return html_node_iterator(first); }
  html_node_iterator end() const noexcept { return html_node_iterator(html_node()); }
};

inline html_child_range html_node::children() const noexcept { return {first_child()}; }

}  // namespace article2md
