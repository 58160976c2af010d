#include "gumbo_util.hpp"

#include <cctype>

namespace article2md::oracle {

gumbo_doc::gumbo_doc(std::string_view html, bool fragment) {
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 0;  // we never read the parse errors: don't record them
  if (fragment) {
    opts.fragment_context = GUMBO_TAG_BODY;
    opts.fragment_namespace = GUMBO_NAMESPACE_HTML;
  }
  output_ = gumbo_parse_with_options(&opts, html.data(), html.size());
}

gumbo_doc::~gumbo_doc() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const GumboNode* gumbo_doc::root() const noexcept { return output_->root; }

const GumboNode* gumbo_doc::body() const noexcept {
  const GumboVector& kids = children(output_->root);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* n = child(kids, i);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) return n;
  }
  return output_->root;
}

bool is_element(const GumboNode* n) noexcept {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

std::string tag_name(const GumboNode* n) {
  if (!is_element(n)) return {};
  const GumboElement& el = n->v.element;
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece piece = el.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

const char* attr(const GumboNode* n, const char* name) noexcept {
  if (!is_element(n)) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

const GumboVector& children(const GumboNode* n) noexcept {
  static const GumboVector empty{nullptr, 0, 0};
  if (n->type == GUMBO_NODE_DOCUMENT) return n->v.document.children;
  if (is_element(n)) return n->v.element.children;
  return empty;
}

}  // namespace article2md::oracle
