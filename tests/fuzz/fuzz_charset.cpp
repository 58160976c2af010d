// libFuzzer target: the charset decoding of article2md_sources (decode_to_utf8 for HTML,
// decode_xml_to_utf8 for feeds), as the command runs it on files and fetched pages. The first
// byte picks the decoder, a Content-Type header and a fallback label from the lists below (so
// that every route of the sniffing and the common encodings are reached); the rest is the
// document. Properties: the text is valid UTF-8 whatever the bytes; its size stays within a
// linear bound of the input's; the encoding and its source are always named; the fallback
// labels, all known, are never refused.
#include "fuzz_properties.hpp"
#include "sources/charset.hpp"

#include <article2md/converter.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

constexpr std::array<std::string_view, 8> content_types{
    "", "text/html; charset=gbk", "text/html;charset=\"Shift_JIS\"", "application/xml",
    "text/html; charset=utf-16be", "text/html; charset=ISO-2022-JP", "text/html; charset=bogus",
    "text/xml; charset=windows-1251"};
constexpr std::array<std::string_view, 4> fallbacks{"", "EUC-KR", "big5", "gb18030"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned pick = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string_view content_type = content_types[pick & 7u];
  const std::string_view fallback = fallbacks[(pick >> 3) & 3u];
  const bool xml = (pick & 32u) != 0;

  article2md::sources::decoded_text text;
  try {
    text = xml ? article2md::sources::decode_xml_to_utf8(bytes, content_type, fallback)
               : article2md::sources::decode_to_utf8(bytes, content_type, fallback);
  } catch (const article2md::error&) {
    // iconv without the encoding (glibc without gconv modules): documented, and not this
    // machine's case, but not a finding either.
    return 0;
  }
  if (!article2md::fuzz::valid_utf8(text.utf8))
    article2md::fuzz::violated("decoded text is not valid UTF-8", text.utf8);
  // Every input byte becomes at most one character of at most 3 bytes (U+FFFD included), or
  // 4 bytes come from 4 (GB18030, UTF-8, UTF-16 surrogate pairs).
  if (text.utf8.size() > 3 * bytes.size())
    article2md::fuzz::violated("decoded text over 3 bytes per input byte", text.charset);
  if (text.charset.empty()) article2md::fuzz::violated("no encoding named");
  if (text.source != "bom" && text.source != "http" && text.source != "meta" &&
      text.source != "option" && text.source != "default")
    article2md::fuzz::violated("unknown source of the encoding", text.source);
  return 0;
}
