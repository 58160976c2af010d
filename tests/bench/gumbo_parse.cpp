#include "gumbo_parse.hpp"

#include "html/dom.hpp"

#include <gumbo.h>

#include <new>

namespace article2md::bench {
namespace {

std::size_t document_children(const GumboOutput* out) {
  return out != nullptr && out->document != nullptr ? out->document->v.document.children.length
                                                    : 0;
}

}  // namespace

std::size_t gumbo_parse_arena(std::string_view html) {
  // The library's own parse (src/html/dom.cpp): its arena and options, by construction.
  const detail::parsed_document doc(html);
  return doc.document().child_count();
}

std::size_t gumbo_parse_malloc(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (out == nullptr) throw std::bad_alloc();
  const std::size_t n = document_children(out);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return n;
}

}  // namespace article2md::bench
