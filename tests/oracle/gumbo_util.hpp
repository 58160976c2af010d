#pragma once
// The oracle's HTML parser: gumbo, the one the library uses, so both sides of every
// comparison go through the same tree builder.

#include <gumbo.h>

#include <string>
#include <string_view>

namespace article2md::oracle {

/// A parse result, freed with the object. The input must outlive it (gumbo points into it).
class gumbo_doc {
 public:
  /// A whole document (html/head/body are created), or a fragment parsed in a <body> context.
  explicit gumbo_doc(std::string_view html, bool fragment = false);
  ~gumbo_doc();
  gumbo_doc(const gumbo_doc&) = delete;
  gumbo_doc& operator=(const gumbo_doc&) = delete;

  /// The <html> element; for a fragment, the parent of the fragment's nodes.
  const GumboNode* root() const noexcept;
  /// The <body> element of a document (the root when there is none).
  const GumboNode* body() const noexcept;

 private:
  GumboOutput* output_ = nullptr;
};

bool is_element(const GumboNode* n) noexcept;
/// The lower-case tag name of an element (unknown tags too), "" for other nodes.
std::string tag_name(const GumboNode* n);
/// An attribute's value, or nullptr when the element has no such attribute.
const char* attr(const GumboNode* n, const char* name) noexcept;
/// Child nodes of an element or the document (empty for other nodes).
const GumboVector& children(const GumboNode* n) noexcept;
inline const GumboNode* child(const GumboVector& v, unsigned i) noexcept {
  return static_cast<const GumboNode*>(v.data[i]);
}

}  // namespace article2md::oracle
