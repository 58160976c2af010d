#pragma once

#include <string>
#include <string_view>

namespace article2md::detail {

/// The scheme of an absolute URL, lower-cased comparison not applied ("HTTP" stays "HTTP"),
/// or an empty view when `url` has no valid scheme
/// (RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
/// The returned view points into `url` and excludes the ':'.
std::string_view url_scheme(std::string_view url) noexcept;

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

/// True when `url` may be written as a CommonMark autolink <url>: it has a scheme of
/// 2–32 chars (CommonMark 0.31 §6.5) and contains no ASCII control character
/// (U+0000–U+001F, U+007F), space, '<' or '>'.
bool is_autolink_safe(std::string_view url) noexcept;

/// True when `address` may be written as a CommonMark email autolink <address> (§6.5): the
/// local part of ASCII letters, digits and .!#$%&'*+/=?^_`{|}~-, then @, then dot-separated
/// labels of ASCII letters, digits and inner hyphens, each 1-63 characters.
bool is_email_autolink_safe(std::string_view address) noexcept;

}  // namespace article2md::detail
