#pragma once
// The parse: the only code that includes <gumbo.h>. Everything else sees html_node.

#include <article2md/html_node.hpp>

#include "html/prescan.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace article2md::detail {

class arena;

/// A parsed HTML document. Its nodes live in an arena freed at once when the document goes:
/// faster than malloc per node, and no recursive teardown of deep trees.
class parsed_document {
 public:
  /// Parses UTF-8 `html` (a whole page or a fragment: the parser builds html/head/body).
  /// With `prescan`, the source first goes through prescan_html (script and style contents
  /// dropped, tags past a depth limit removed); by default it is parsed as it is.
  /// The tree points into `html` (an unknown element's name, text positions): it must outlive
  /// the document.
  explicit parsed_document(std::string_view html,
                           const prescan_options& prescan = prescan_options{false, 0, false});
  /// A string literal lives as long as the program.
  explicit parsed_document(const char* html,
                           const prescan_options& prescan = prescan_options{false, 0, false})
      : parsed_document(std::string_view(html), prescan) {}
  /// A temporary string would be gone before the tree is read.
  explicit parsed_document(std::string&& html,
                           const prescan_options& prescan = prescan_options{false, 0, false}) =
      delete;
  ~parsed_document();
  parsed_document(const parsed_document&) = delete;
  parsed_document& operator=(const parsed_document&) = delete;

  html_node document() const noexcept;
  html_node html() const noexcept;
  /// The <body> element (always present after parsing).
  html_node body() const noexcept;
  html_node head() const noexcept;
  /// True when the source is a whole page rather than a fragment: its <html> or <body> tag is
  /// written in it, or its head holds elements (<title>, <meta>).
  bool is_whole_page() const noexcept;

 private:
  std::unique_ptr<arena> arena_;
  // The prescanned source, when prescan changed it: gumbo's nodes point into their source.
  std::string source_;
  const void* output_ = nullptr;
};

}  // namespace article2md::detail
