#include "cmark_render.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace article2md::oracle {
namespace {

struct parser_deleter {
  void operator()(cmark_parser* p) const noexcept { cmark_parser_free(p); }
};
struct node_deleter {
  void operator()(cmark_node* n) const noexcept { cmark_node_free(n); }
};
struct iter_deleter {
  void operator()(cmark_iter* i) const noexcept { cmark_iter_free(i); }
};

bool is_ascii_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Registering the extensions writes a global list: once, before any thread reads it.
void register_extensions() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

int count_tags(std::string_view s) noexcept {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '<') continue;
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    if (j < s.size() && is_ascii_alpha(s[j])) ++n;
  }
  return n;
}

rendered_html render_markdown(std::string_view markdown, dialect d) {
  const int options = CMARK_OPT_UNSAFE;
  std::unique_ptr<cmark_parser, parser_deleter> parser(cmark_parser_new(options));
  if (d == dialect::gfm) {
    register_extensions();
    for (const char* name : {"table", "strikethrough", "autolink"}) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
        cmark_parser_attach_syntax_extension(parser.get(), ext);
      }
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, node_deleter> doc(cmark_parser_finish(parser.get()));

  rendered_html out;
  char* html = cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  out.html = html;
  cmark_get_default_mem_allocator()->free(html);

  std::unique_ptr<cmark_iter, iter_deleter> it(cmark_iter_new(doc.get()));
  for (cmark_event_type ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
       ev = cmark_iter_next(it.get())) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(it.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE) continue;
    const char* literal = cmark_node_get_literal(node);
    const int tags = literal ? count_tags(literal) : 0;
    if (tags > 0) {
      ++out.raw_html_nodes;
      out.raw_html_tags += tags;
    }
  }
  return out;
}

std::string render_plaintext(std::string_view markdown) {
  register_extensions();
  const int options = CMARK_OPT_DEFAULT;  // the command's, with no option given
  std::unique_ptr<cmark_parser, parser_deleter> parser(cmark_parser_new(options));
  for (const char* name : {"table", "strikethrough"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, node_deleter> doc(cmark_parser_finish(parser.get()));
  char* text = cmark_render_plaintext(doc.get(), options, /*width=*/0);
  std::string out = text;
  cmark_get_default_mem_allocator()->free(text);
  return out;
}

}  // namespace article2md::oracle
