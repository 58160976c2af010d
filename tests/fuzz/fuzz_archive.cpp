// libFuzzer target: the archived format's header reader (article2md::parse_archived_article),
// then the conversion of the body with the meta it read, as the command does. Properties: the
// Markdown ones (fuzz_properties.hpp), and the header written back byte for byte
// (archive.hpp: "converting the body with this meta writes the header back byte for byte"),
// unless its URL is one that the header never links to.
#include "fuzz_properties.hpp"

#include <article2md/article2md.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto archived = article2md::parse_archived_article(text);
  if (!archived) return 0;

  // The views point into the text: they must stay inside it.
  const char* begin = text.data();
  const char* body = archived->body.data();
  if (!archived->body.empty() &&
      (body < begin || body + archived->body.size() > begin + text.size()))
    article2md::fuzz::violated("archived body outside the text");

  static const article2md::converter conv;
  std::string md;
  try {
    md = conv.convert(archived->body, archived->meta);
  } catch (const article2md::error&) {
    return 0;
  }
  const bool utf8 = article2md::fuzz::valid_utf8(text);
  article2md::fuzz::check_markdown(md, utf8);

  // A header whose URL is javascript:, vbscript: or data: is written anew, without the link
  // (since 06c241f / fcb60b2): only the others come back byte for byte.
  const article2md::article_meta& meta = archived->meta;
  const std::string scheme = article2md::fuzz::browser_scheme(meta.url);
  const bool unsafe_url = scheme == "javascript" || scheme == "vbscript" || scheme == "data";
  if (!meta.verbatim_header.empty() && (!meta.title.empty() || !meta.url.empty()) &&
      !unsafe_url) {
    const std::string header = meta.verbatim_header + '\n';
    if (md.compare(0, header.size(), header) != 0)
      article2md::fuzz::violated("archived header not written back byte for byte",
                                 "header:\n" + header + "---- Markdown:\n" + md);
  }
  return 0;
}
