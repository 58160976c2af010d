// The only translation unit that sees gumbo. html_node wraps `const GumboNode*`.
#include "html/dom.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <gumbo.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <vector>

namespace article2md {
namespace {

const GumboNode* as_gumbo(const void* p) noexcept { return static_cast<const GumboNode*>(p); }

const GumboVector* children_of(const GumboNode* n) noexcept {
  if (n == nullptr) return nullptr;
  switch (n->type) {
    case GUMBO_NODE_DOCUMENT:
      return &n->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &n->v.element.children;
    default:
      return nullptr;
  }
}

bool is_element_node(const GumboNode* n) noexcept {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

// An unknown tag's name comes from the source text ("<My-Widget a=1>"): strip the brackets
// and stop at the first character that ends a tag name (HTML tokenizer, tag name state).
std::string_view unknown_tag_name(const GumboNode* n) noexcept {
  GumboStringPiece piece = n->v.element.original_tag;
  if (piece.data == nullptr || piece.length == 0) return {};
  gumbo_tag_from_original_text(&piece);
  std::string_view name(piece.data, piece.length);
  std::size_t end = 0;
  while (end < name.size()) {
    char c = name[end];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>')
      break;
    ++end;
  }
  return name.substr(0, end);
}

}  // namespace

html_node::kind html_node::type() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (n == nullptr) return kind::none;
  switch (n->type) {
    case GUMBO_NODE_DOCUMENT:
      return kind::document;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return kind::element;
    case GUMBO_NODE_TEXT:
      return kind::text;
    case GUMBO_NODE_WHITESPACE:
      return kind::whitespace;
    case GUMBO_NODE_COMMENT:
      return kind::comment;
    case GUMBO_NODE_CDATA:
      return kind::cdata;
  }
  return kind::none;
}

bool html_node::is_text() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  return n != nullptr && (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
                          n->type == GUMBO_NODE_CDATA);
}

std::string_view html_node::tag() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (!is_element_node(n)) return {};
  // Known tags have their canonical lower-case name; only foreign (svg/math) elements with
  // camelCase names or unknown tags need the source text.
  if (n->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n->v.element.tag);
  return unknown_tag_name(n);
}

bool html_node::is(std::string_view name) const noexcept {
  return detail::iequals(tag(), name) && !name.empty();
}

int html_node::tag_id() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (!is_element_node(n) || n->v.element.tag == GUMBO_TAG_UNKNOWN) return -1;
  return static_cast<int>(n->v.element.tag);
}

int html_node::tag_id_of(std::string_view name) noexcept {
  if (name.empty() || name.size() > std::numeric_limits<unsigned>::max()) return -1;
  GumboTag t = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  return t == GUMBO_TAG_UNKNOWN ? -1 : static_cast<int>(t);
}

std::string_view html_node::text() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (n == nullptr) return {};
  switch (n->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_COMMENT:
      return n->v.text.text != nullptr ? std::string_view(n->v.text.text) : std::string_view();
    default:
      return {};
  }
}

std::string_view html_node::attr(std::string_view name) const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (!is_element_node(n)) return {};
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (a->name != nullptr && detail::iequals(a->name, name))
      return a->value != nullptr ? std::string_view(a->value) : std::string_view();
  }
  return {};
}

bool html_node::has_attr(std::string_view name) const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (!is_element_node(n)) return false;
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if (a->name != nullptr && detail::iequals(a->name, name)) return true;
  }
  return false;
}

bool html_node::has_class(std::string_view name) const noexcept {
  return detail::has_token(attr("class"), name);
}

html_node html_node::parent() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  return n != nullptr ? html_node(n->parent) : html_node();
}

html_node html_node::first_child() const noexcept {
  const GumboVector* c = children_of(as_gumbo(node_));
  return c != nullptr && c->length > 0 ? html_node(c->data[0]) : html_node();
}

html_node html_node::last_child() const noexcept {
  const GumboVector* c = children_of(as_gumbo(node_));
  return c != nullptr && c->length > 0 ? html_node(c->data[c->length - 1]) : html_node();
}

html_node html_node::next_sibling() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (n == nullptr) return {};
  const GumboVector* c = children_of(n->parent);
  std::size_t next = n->index_within_parent + 1;
  return c != nullptr && next < c->length ? html_node(c->data[next]) : html_node();
}

html_node html_node::prev_sibling() const noexcept {
  const GumboNode* n = as_gumbo(node_);
  if (n == nullptr || n->index_within_parent == 0) return {};
  const GumboVector* c = children_of(n->parent);
  return c != nullptr ? html_node(c->data[n->index_within_parent - 1]) : html_node();
}

html_node html_node::next_element() const noexcept {
  html_node s = next_sibling();
  while (s && !s.is_element()) s = s.next_sibling();
  return s;
}

html_node html_node::prev_element() const noexcept {
  html_node s = prev_sibling();
  while (s && !s.is_element()) s = s.prev_sibling();
  return s;
}

html_node html_node::child(std::string_view name) const noexcept {
  for (html_node c : children())
    if (c.is(name)) return c;
  return {};
}

html_node html_node::find(std::string_view name) const noexcept {
  for (html_node n = first_child(); n; n = detail::next_in_subtree(n, *this, true))
    if (n.is(name)) return n;
  return {};
}

std::size_t html_node::child_count() const noexcept {
  const GumboVector* c = children_of(as_gumbo(node_));
  return c != nullptr ? c->length : 0;
}

std::string html_node::text_content() const {
  std::string out;
  detail::append_text_content(*this, out);
  return out;
}

namespace detail {

// A bump allocator: one block list per document, released at once. Gumbo frees as often as it
// allocates (token buffers, vector growth); freeing the latest allocation rewinds the bump
// pointer, which covers most of that churn.
class arena {
 public:
  arena() = default;
  arena(const arena&) = delete;
  arena& operator=(const arena&) = delete;
  ~arena() {
    for (char* b : blocks_) std::free(b);
  }

  void* allocate(std::size_t size) {
    size = (size + alignment - 1) & ~(alignment - 1);
    if (size > block_size / 4) {
      // A large allocation gets a block of its own; the current block keeps serving small ones.
      char* b = new_block(size);
      last_ = nullptr;
      return b;
    }
    if (size > static_cast<std::size_t>(end_ - cur_)) {
      cur_ = new_block(block_size);
      end_ = cur_ + block_size;
    }
    last_ = cur_;
    cur_ += size;
    return last_;
  }

  void deallocate(void* p) noexcept {
    if (p != nullptr && p == last_) {
      cur_ = last_;
      last_ = nullptr;
    }
  }

 private:
  static constexpr std::size_t alignment = alignof(std::max_align_t);
  static constexpr std::size_t block_size = 64 * 1024;

  char* new_block(std::size_t size) {
    char* b = static_cast<char*>(std::malloc(size));
    if (b == nullptr) throw std::bad_alloc();
    blocks_.push_back(b);
    return b;
  }

  std::vector<char*> blocks_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  char* last_ = nullptr;
};

namespace {
void* arena_allocate(void* userdata, size_t size) {
  try {
    return static_cast<arena*>(userdata)->allocate(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void arena_deallocate(void* userdata, void* p) { static_cast<arena*>(userdata)->deallocate(p); }

const GumboOutput* as_output(const void* p) noexcept { return static_cast<const GumboOutput*>(p); }

html_node child_element(html_node parent, std::string_view name) noexcept {
  return parent.child(name);
}

// gumbo 0.10.1 adds up the digits of a numeric character reference in an int without an
// overflow check: `&#xD80aaaea` wraps to a negative code point that it writes as invalid UTF-8,
// and `&#xFFFFFFFF;` to -1, its "no character" mark, after which it loses text. The HTML
// tokenizer makes every value over U+10FFFF a U+FFFD, so such references are rewritten to
// `&#65533` before the parse (decimal: what follows the old digits is never a decimal digit,
// and a `;` after them stays). Fuzz regression archive/numeric-reference-overflow.
// Returns false, `out` untouched, when there is none.
bool replace_overflowing_references(std::string_view html, std::string& out) {
  auto digit_value = [](char c, bool hex) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (!hex) return -1;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string result;
  std::size_t copied = 0;
  for (std::size_t amp = html.find("&#"); amp != std::string_view::npos;
       amp = html.find("&#", amp + 2)) {
    std::size_t k = amp + 2;
    const bool hex = k < html.size() && (html[k] == 'x' || html[k] == 'X');
    if (hex) ++k;
    std::uint32_t value = 0;
    const std::size_t digits = k;
    for (int d; k < html.size() && (d = digit_value(html[k], hex)) >= 0; ++k)
      if (value <= 0x10FFFF) value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
    if (k == digits || value <= 0x10FFFF) continue;
    result.append(html.substr(copied, amp - copied));
    result += "&#65533";
    copied = k;
  }
  if (copied == 0) return false;
  result.append(html.substr(copied));
  out = std::move(result);
  return true;
}
}  // namespace

parsed_document::parsed_document(std::string_view html, const prescan_options& prescan)
    : arena_(std::make_unique<arena>()) {
  if (prescan_html(html, prescan, source_)) html = source_;
  std::string fixed;
  if (replace_overflowing_references(html, fixed)) {
    source_ = std::move(fixed);
    html = source_;
  }
  GumboOptions opts = kGumboDefaultOptions;
  opts.allocator = arena_allocate;
  opts.deallocator = arena_deallocate;
  opts.userdata = arena_.get();
  // Parse errors are of no use to a converter; recording them costs time and memory.
  opts.max_errors = 0;
  // Gumbo takes a size_t length but keeps offsets in unsigned ints: past 4 GiB it misbehaves.
  if (html.size() >= std::numeric_limits<unsigned>::max())
    throw std::length_error("HTML input of 4 GiB or more");
  output_ = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (output_ == nullptr) throw std::bad_alloc();
  // The tree is released with the arena: gumbo_destroy_output would recurse over every node.
}

parsed_document::~parsed_document() = default;

html_node parsed_document::document() const noexcept {
  return html_node(as_output(output_)->document);
}
html_node parsed_document::html() const noexcept { return html_node(as_output(output_)->root); }
html_node parsed_document::body() const noexcept { return child_element(html(), "body"); }
html_node parsed_document::head() const noexcept { return child_element(html(), "head"); }

bool parsed_document::is_whole_page() const noexcept {
  auto written = [](html_node n) {
    const auto* g = static_cast<const GumboNode*>(n.id());
    return g != nullptr && (g->parse_flags & GUMBO_INSERTION_BY_PARSER) == 0;
  };
  if (written(html()) || written(body())) return true;
  for (html_node c : head().children())
    if (c.is_element()) return true;
  return false;
}

}  // namespace detail
}  // namespace article2md
