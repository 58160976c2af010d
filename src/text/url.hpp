#pragma once

#include <string>
#include <string_view>

namespace article2md::detail {

/// The scheme of an absolute URL, lower-cased comparison not applied ("HTTP" stays "HTTP"),
/// or an empty view when `url` has no valid scheme
/// (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
/// The returned view points into `url` and excludes the ':'.
std::string_view url_scheme(std::string_view url) noexcept;

/// The host of an absolute URL with an authority ("https://user@www.Example.com:8080/a" gives
/// "www.Example.com", case kept), or an empty view when it has none. Points into `url`.
std::string_view url_host(std::string_view url) noexcept;

/// The path of an absolute URL with an authority, up to its query or fragment
/// ("https://example.com/a/b?c" gives "/a/b", "https://example.com?c" gives ""), or an empty
/// view when it has no authority. Points into `url`.
std::string_view url_path(std::string_view url) noexcept;

/// The scheme the WHATWG URL parser reads from `url`, in ASCII lower case, or an empty string
/// when it has none (a relative reference). The parser's preprocessing comes first: leading
/// C0 controls and spaces are skipped and ASCII tab, LF and CR are ignored anywhere, so
/// " JAVASCRIPT:", "\x01javascript:" and "java\tscript:" all give "javascript". Character
/// references are not decoded here: the HTML parser has already decoded them in attributes.
/// Reads only as far as the first ':' or non-scheme character.
std::string effective_scheme(std::string_view url);

/// True for javascript: and vbscript: URLs (by effective_scheme): they run code where a link,
/// an image or a frame would load something.
bool is_script_url(std::string_view url);

/// True for data: URLs (by effective_scheme): they carry their content inline.
bool is_data_url(std::string_view url);

/// True for the targets no link, frame or media link of ours may have: javascript:, vbscript:
/// and data: URLs (by effective_scheme).
bool is_unsafe_link_url(std::string_view url);

/// True for a data: URL whose media type is image/<subtype> (any case), as the WHATWG Fetch
/// "data: URL processor" reads it: the text between "data:" and the first ',' (tab/LF/CR
/// ignored, ASCII whitespace trimmed), its essence before any ';'. data:text/html, data:,
/// data:image/ (no subtype) and a data: URL without ',' are not images.
bool is_data_image_url(std::string_view url);

/// Resolves `ref` against `base` per RFC 3986 §5.2 (including remove_dot_segments, §5.2.4).
/// - `ref` and `base` are first cleaned the way browsers do (WHATWG URL): leading/trailing
///   C0 controls and spaces stripped, ASCII tab/LF/CR removed anywhere.
/// - Empty `base`, or a base without a scheme: returns the cleaned `ref` unchanged.
/// - A `ref` with a scheme is returned cleaned (its dot segments removed as §5.2.2 says).
/// - Empty `ref` resolves to the base without its fragment.
/// - A "scheme" that fails url_scheme() (e.g. "1x:y") is not a scheme, so such a ref is
///   resolved as a relative path, as browsers do.
/// - Backslashes are ordinary path characters, even for http/https/ws/wss/ftp/file bases:
///   WHATWG would read them as '/', but RFC 3986 does not, and we keep the RFC behaviour.
/// - No percent-encoding or case normalisation is applied; non-ASCII bytes are copied as-is.
std::string resolve_url(std::string_view base, std::string_view ref);

/// True when the '&' at s[i] starts a character reference as CommonMark renderers read one
/// (§2.5): `&` + a letter and 1 to 31 letters/digits + `;` (no HTML entity name is shorter or
/// longer), `&#` + digits + `;` or `&#x` + hex digits + `;` (any number of digits: renderers
/// differ on the limit).
bool starts_reference(std::string_view s, std::size_t i) noexcept;

/// True when `url` may be written as a CommonMark autolink <url> and read back unchanged: it
/// has a scheme of 2–32 chars (CommonMark 0.31.2 §6.5), contains no ASCII control character
/// (U+0000–U+001F, U+007F), space, '<' or '>', and no '&' that starts a character reference
/// (`&name;`, `&#9;`, `&#x9;`): renderers decode those inside autolinks (cmark-gfm does, in the
/// destination and in the text) and an autolink has no escape for them.
bool is_autolink_safe(std::string_view url) noexcept;

/// True when `address` may be written as a CommonMark email autolink <address> (§6.5): the
/// local part of ASCII letters, digits and .!#$%&'*+/=?^_`{|}~-, then @, then dot-separated
/// labels of ASCII letters, digits and inner hyphens, each 1-63 characters.
bool is_email_autolink_safe(std::string_view address) noexcept;

}  // namespace article2md::detail
