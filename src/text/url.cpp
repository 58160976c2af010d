#include "text/url.hpp"

#include <algorithm>
#include <cstddef>

namespace article2md::detail {
namespace {

// The components of a URI reference as RFC 3986 Appendix B splits them. Views point into
// the input; the has_* flags keep "undefined" apart from "empty", which §5.2.2 and §5.3
// treat differently (e.g. "?" is an empty but defined query).
struct url_parts {
    std::string_view scheme;
    std::string_view authority;
    std::string_view path;
    std::string_view query;
    std::string_view fragment;
    bool has_authority = false;
    bool has_query = false;
    bool has_fragment = false;
};

// Locale-independent on purpose: <cctype> depends on the C locale and takes int.
bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool is_scheme_char(char c) noexcept {
    return is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.';
}

// WHATWG URL "C0 control or space": U+0000–U+0020.
bool is_c0_or_space(char c) noexcept { return static_cast<unsigned char>(c) <= 0x20; }

// WHATWG URL "ASCII tab or newline", which the parser drops anywhere in the input.
bool is_tab_or_newline(char c) noexcept { return c == '\t' || c == '\n' || c == '\r'; }

// CommonMark 0.31 §2.1 "ASCII control character" (U+0000–U+001F, U+007F) or space.
bool is_control_or_space(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f;
}

// ASCII whitespace (Infra): tab, LF, FF, CR, space.
bool is_ascii_whitespace(char c) noexcept {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

// HTTP token code points (RFC 9110 §5.6.2), what a MIME type's type and subtype are made of.
bool is_token_char(char c) noexcept {
    return is_alpha(c) || is_digit(c) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.substr(0, prefix.size()) == prefix;
}

// Cleans `url` as the WHATWG URL parser does before parsing. `storage` is used only when
// tab/LF/CR must be removed from the middle; otherwise the result is a view into `url`.
std::string_view clean_url(std::string_view url, std::string& storage) {
    while (!url.empty() && is_c0_or_space(url.front())) url.remove_prefix(1);
    while (!url.empty() && is_c0_or_space(url.back())) url.remove_suffix(1);
    if (std::none_of(url.begin(), url.end(), is_tab_or_newline)) return url;
    storage.reserve(url.size());
    for (const char c : url) {
        if (!is_tab_or_newline(c)) storage += c;
    }
    return storage;
}

// RFC 3986 Appendix B: ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
// except that the scheme must also be valid per §3.1, so "1x:y" is a relative path (as in
// browsers) instead of a URI with scheme "1x".
url_parts split_url(std::string_view url) noexcept {
    url_parts parts;
    parts.scheme = url_scheme(url);
    if (!parts.scheme.empty()) url.remove_prefix(parts.scheme.size() + 1);

    if (starts_with(url, "//")) {
        url.remove_prefix(2);
        const std::size_t end = std::min(url.find_first_of("/?#"), url.size());
        parts.authority = url.substr(0, end);
        parts.has_authority = true;
        url.remove_prefix(end);
    }

    const std::size_t path_end = std::min(url.find_first_of("?#"), url.size());
    parts.path = url.substr(0, path_end);
    url.remove_prefix(path_end);

    if (!url.empty() && url.front() == '?') {
        const std::size_t end = std::min(url.find('#'), url.size());
        parts.query = url.substr(1, end - 1);
        parts.has_query = true;
        url.remove_prefix(end);
    }

    if (!url.empty() && url.front() == '#') {
        parts.fragment = url.substr(1);
        parts.has_fragment = true;
    }
    return parts;
}

// §5.2.4: "removing the last segment and its preceding '/' (if any) from the output
// buffer", which is s[start, out). Returns the new end of the output buffer.
std::size_t pop_segment(const std::string& s, std::size_t start, std::size_t out) noexcept {
    while (out > start) {
        --out;
        if (s[out] == '/') return out;
    }
    return start;
}

// RFC 3986 §5.2.4 remove_dot_segments, applied in place to s[start, end). The output
// buffer s[start, w) never grows past the read position r (every step consumes at least
// as much input as it writes), so a single buffer is enough.
void remove_dot_segments(std::string& s, std::size_t start) {
    const std::size_t end = s.size();
    std::size_t r = start;
    std::size_t w = start;
    while (r < end) {
        const std::string_view in(s.data() + r, end - r);
        if (starts_with(in, "../")) {  // A
            r += 3;
        } else if (starts_with(in, "./")) {  // A
            r += 2;
        } else if (starts_with(in, "/./")) {  // B: "/./" -> "/"
            r += 2;
        } else if (in == "/.") {  // B: "/." -> "/"
            r += 1;
            s[r] = '/';
        } else if (starts_with(in, "/../")) {  // C: "/../" -> "/", drop last output segment
            r += 3;
            w = pop_segment(s, start, w);
        } else if (in == "/..") {  // C: "/.." -> "/", drop last output segment
            r += 2;
            s[r] = '/';
            w = pop_segment(s, start, w);
        } else if (in == "." || in == "..") {  // D
            r = end;
        } else {  // E: move "/segment" (or a leading "segment") to the output
            do {
                s[w++] = s[r++];
            } while (r < end && s[r] != '/');
        }
    }
    s.resize(w);
}

// §5.2.3 merge, appended to `out`.
void append_merged_path(std::string& out, const url_parts& base, std::string_view ref_path) {
    if (base.has_authority && base.path.empty()) {
        out += '/';
    } else {
        const std::size_t slash = base.path.rfind('/');
        if (slash != std::string_view::npos) out += base.path.substr(0, slash + 1);
    }
    out += ref_path;
}

void append_authority(std::string& out, const url_parts& parts) {
    if (!parts.has_authority) return;
    out += "//";
    out += parts.authority;
}

void append_query(std::string& out, const url_parts& parts) {
    if (!parts.has_query) return;
    out += '?';
    out += parts.query;
}

// The path and query branches of §5.2.2 for a reference without a scheme or authority;
// `out` already holds the base scheme and authority.
void append_relative_path_and_query(std::string& out, const url_parts& base,
                                    const url_parts& ref) {
    if (ref.path.empty()) {
        // Same-document and query-only references keep the base path as is.
        out += base.path;
        append_query(out, ref.has_query ? ref : base);
        return;
    }
    const std::size_t path_start = out.size();
    if (ref.path.front() == '/') {
        out += ref.path;
    } else {
        append_merged_path(out, base, ref.path);
    }
    remove_dot_segments(out, path_start);
    append_query(out, ref);
}

// The path of `parts` with dot segments removed, then its query (§5.2.2, first branches).
void append_clean_path_and_query(std::string& out, const url_parts& parts) {
    const std::size_t path_start = out.size();
    out += parts.path;
    remove_dot_segments(out, path_start);
    append_query(out, parts);
}

}  // namespace

bool starts_reference(std::string_view s, std::size_t i) noexcept {
    std::size_t k = i + 1;
    auto is_hex = [](char c) {
        return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    if (k < s.size() && s[k] == '#') {
        ++k;
        const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
        if (hex) ++k;
        const std::size_t start = k;
        while (k < s.size() && (hex ? is_hex(s[k]) : is_digit(s[k]))) ++k;
        return k > start && k < s.size() && s[k] == ';';
    }
    const std::size_t start = k;
    if (k >= s.size() || !is_alpha(s[k])) return false;
    while (k < s.size() && (is_alpha(s[k]) || is_digit(s[k]))) ++k;
    // HTML's named references are 2 to 31 characters long (&lt; to
    // &CounterClockwiseContourIntegral;); cmark-gfm reads up to 32.
    return k - start >= 2 && k - start <= 32 && k < s.size() && s[k] == ';';
}

std::string_view url_scheme(std::string_view url) noexcept {
    if (url.empty() || !is_alpha(url.front())) return {};
    for (std::size_t i = 1; i < url.size(); ++i) {
        if (url[i] == ':') return url.substr(0, i);
        if (!is_scheme_char(url[i])) return {};
    }
    return {};
}

std::string_view url_host(std::string_view url) noexcept {
    std::string_view scheme = url_scheme(url);
    if (scheme.empty() || url.substr(scheme.size() + 1, 2) != "//") return {};
    std::string_view rest = url.substr(scheme.size() + 3);
    std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    if (!authority.empty() && authority.front() == '[') return authority.substr(0, authority.find(']') + 1);
    return authority.substr(0, authority.find(':'));
}

std::string_view url_path(std::string_view url) noexcept {
    std::string_view scheme = url_scheme(url);
    if (scheme.empty() || url.substr(scheme.size() + 1, 2) != "//") return {};
    std::string_view rest = url.substr(scheme.size() + 3);
    std::size_t start = rest.find_first_of("/?#");
    if (start == std::string_view::npos || rest[start] != '/') return {};
    rest.remove_prefix(start);
    return rest.substr(0, rest.find_first_of("?#"));
}

std::string effective_scheme(std::string_view url) {
    std::size_t i = 0;
    while (i < url.size() && is_c0_or_space(url[i])) ++i;
    std::string scheme;
    for (; i < url.size(); ++i) {
        const char c = url[i];
        if (is_tab_or_newline(c)) continue;  // removed before parsing, even inside the scheme
        if (c == ':') return scheme;
        // WHATWG "scheme start state" and "scheme state": ASCII alpha, then alphanumerics, + - .
        if (scheme.empty() ? !is_alpha(c) : !is_scheme_char(c)) return {};
        scheme += ascii_lower(c);
    }
    return {};
}

bool is_script_url(std::string_view url) {
    const std::string scheme = effective_scheme(url);
    return scheme == "javascript" || scheme == "vbscript";
}

bool is_data_url(std::string_view url) { return effective_scheme(url) == "data"; }

bool is_unsafe_link_url(std::string_view url) {
    const std::string scheme = effective_scheme(url);
    return scheme == "javascript" || scheme == "vbscript" || scheme == "data";
}

bool is_data_image_url(std::string_view url) {
    if (!is_data_url(url)) return false;
    // The media type: after the first ':' up to the first ',' (a data: URL without ',' is
    // invalid, not an image), tab/LF/CR ignored as the URL parser removes them.
    std::string type;
    std::size_t i = url.find(':') + 1;
    for (; i < url.size() && url[i] != ','; ++i)
        if (!is_tab_or_newline(url[i])) type += ascii_lower(url[i]);
    if (i >= url.size()) return false;
    // The essence: before any ';' parameter, ASCII whitespace trimmed.
    std::string_view essence(type);
    essence = essence.substr(0, std::min(essence.find(';'), essence.size()));
    while (!essence.empty() && is_ascii_whitespace(essence.front())) essence.remove_prefix(1);
    while (!essence.empty() && is_ascii_whitespace(essence.back())) essence.remove_suffix(1);
    constexpr std::string_view image = "image/";
    if (!starts_with(essence, image) || essence.size() == image.size()) return false;
    return std::all_of(essence.begin() + image.size(), essence.end(), is_token_char);
}

std::string resolve_url(std::string_view base, std::string_view ref) {
    std::string ref_storage;
    std::string base_storage;
    ref = clean_url(ref, ref_storage);
    base = clean_url(base, base_storage);
    if (url_scheme(base).empty()) return std::string(ref);

    const url_parts b = split_url(base);
    const url_parts r = split_url(ref);

    // §5.2.2 in the strict form: a reference with a scheme is never treated as relative,
    // even when the scheme equals the base's ("http:g" stays "http:g").
    const url_parts& scheme_source = r.scheme.empty() ? b : r;
    std::string target;
    target.reserve(base.size() + ref.size() + 1);
    target += scheme_source.scheme;
    target += ':';

    if (!r.scheme.empty() || r.has_authority) {
        append_authority(target, r);
        append_clean_path_and_query(target, r);
    } else {
        append_authority(target, b);
        append_relative_path_and_query(target, b, r);
    }

    // §5.2.2: the fragment always comes from the reference, never from the base.
    if (r.has_fragment) {
        target += '#';
        target += r.fragment;
    }
    return target;
}

bool is_autolink_safe(std::string_view url) noexcept {
    // CommonMark 0.31 §6.5: scheme is 2–32 characters.
    const std::size_t scheme_size = url_scheme(url).size();
    if (scheme_size < 2 || scheme_size > 32) return false;
    for (std::size_t i = 0; i < url.size(); ++i) {
        const char c = url[i];
        if (is_control_or_space(c) || c == '<' || c == '>') return false;
        if (c == '&' && starts_reference(url, i)) return false;
    }
    return true;
}

bool is_email_autolink_safe(std::string_view address) noexcept {
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  std::size_t at = address.find('@');
  if (at == 0 || at == std::string_view::npos) return false;
  constexpr std::string_view local_punct = ".!#$%&'*+/=?^_`{|}~-";
  for (char c : address.substr(0, at))
    if (!alnum(c) && local_punct.find(c) == std::string_view::npos) return false;
  std::string_view domain = address.substr(at + 1);
  if (domain.empty()) return false;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = domain.find('.', start);
    std::string_view label = domain.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty() || label.size() > 63 || !alnum(label.front()) || !alnum(label.back()))
      return false;
    for (char c : label)
      if (!alnum(c) && c != '-') return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

}  // namespace article2md::detail
