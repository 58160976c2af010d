#pragma once
// The encodings of the WHATWG Encoding Standard and the lookup of their labels, shared by the
// label table (encodings.cpp) and the sniffing and decoding (charset.cpp).

#include <string_view>

namespace article2md::sources {

// An encoding of the Encoding Standard: its name there, and the iconv name that decodes it.
struct encoding {
  std::string_view name;
  const char* iconv_name;  // nullptr: UTF-8, decoded by our own validator
};

/// The encodings charset.cpp names; compared by address (each is one object, in encodings.cpp).
extern const encoding utf_8;
extern const encoding utf_16le;
extern const encoding utf_16be;
extern const encoding gbk;
extern const encoding gb18030;

/// "Get an encoding" (Encoding Standard): `label` trimmed, ASCII case-insensitive; nullptr when
/// it names no encoding (unknown, or one of the "replacement" encoding's labels).
const encoding* encoding_for_label(std::string_view label) noexcept;
/// True for UTF-16LE and UTF-16BE.
bool is_utf_16(const encoding* enc) noexcept;

}  // namespace article2md::sources
