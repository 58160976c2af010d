#include "cmark_plaintext.hpp"

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

}  // namespace

std::string render_plaintext(std::string_view markdown) {
  // Registering the extensions writes a global list: once, before any thread reads it.
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

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
