#pragma once
// Character sets: HTML and XML bytes in any common encoding, decoded to the UTF-8 the parser reads.

#include <string>
#include <string_view>

namespace article2md::sources {

/// The result of decoding a document.
struct decoded_text {
  /// The document as valid UTF-8, without a byte order mark.
  std::string utf8;
  /// The encoding used, by its WHATWG Encoding Standard name: "UTF-8", "UTF-16LE", "UTF-16BE",
  /// "GBK", "gb18030", "Big5", "Shift_JIS", "EUC-JP", "ISO-2022-JP", "EUC-KR", "windows-1252",
  /// "ISO-8859-2", "KOI8-R", ...
  std::string charset;
  /// Where the encoding came from: "bom", "http" (the Content-Type charset), "meta" (declared in
  /// the document: <meta> for HTML, the XML declaration for XML), "option" (the caller's
  /// fallback) or "default" (UTF-8).
  std::string source;
};

/// Decodes HTML bytes to UTF-8, choosing the encoding as the HTML spec's encoding sniffing does:
///  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins, and is removed;
///  2. else the charset parameter of `http_content_type` (a Content-Type header value such as
///     "text/html; charset=gbk", or a bare label; may be empty);
///  3. else a <meta charset> or <meta http-equiv="Content-Type" content="...charset=..."> found
///     by the spec's prescan of the first 1024 bytes (a declared UTF-16 means UTF-8 there);
///  4. else `fallback_charset` (for example a --charset option; may be empty);
///  5. else UTF-8.
/// Labels are matched as the WHATWG Encoding Standard says (case and surrounding whitespace
/// ignored; "gb2312" and "gbk" are GBK, "latin1", "iso-8859-1" and "us-ascii" are windows-1252,
/// "sjis" is Shift_JIS, "utf-16" is UTF-16LE, ...); an unknown label in the input is ignored, as
/// are the labels the standard maps to its "replacement" encoding (ISO-2022-KR, HZ-GB-2312, ...).
/// Never fails on bad bytes: each invalid or truncated sequence becomes U+FFFD and decoding goes
/// on to the end. Throws std::invalid_argument when `fallback_charset` is given but is not a
/// known label, and article2md::error when the system's iconv cannot convert from the chosen
/// encoding (glibc installed without its gconv modules).
decoded_text decode_to_utf8(std::string_view bytes, std::string_view http_content_type = {},
                            std::string_view fallback_charset = {});

/// As decode_to_utf8, for XML (feeds): a byte order mark, else the Content-Type charset (RFC 7303
/// lets it override the document), else the encoding of the XML declaration
/// <?xml version="1.0" encoding="..."?> (source "meta"; a UTF-16 document without a BOM is
/// recognised by its "<?" in UTF-16), else `fallback_charset`, else UTF-8. Same label rules,
/// same errors.
decoded_text decode_xml_to_utf8(std::string_view bytes, std::string_view http_content_type = {},
                                std::string_view fallback_charset = {});

}  // namespace article2md::sources
