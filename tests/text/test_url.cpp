#include "text/url.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using article2md::detail::effective_scheme;
using article2md::detail::is_autolink_safe;
using article2md::detail::is_data_image_url;
using article2md::detail::is_data_url;
using article2md::detail::is_script_url;
using article2md::detail::is_unsafe_link_url;
using article2md::detail::resolve_url;
using article2md::detail::url_scheme;

namespace {

struct resolve_case {
    const char* ref;
    const char* expected;
};

constexpr const char* rfc_base = "http://a/b/c/d;p?q";

constexpr std::string_view article_base = "https://example.com/blog/post.html?id=1#intro";

}  // namespace

TEST_CASE("resolve_url: RFC 3986 5.4.1 normal examples", "[url]") {
    // Checked against Python's urllib.parse.urljoin, which agrees on all of them.
    const resolve_case cases[] = {
        {"g:h", "g:h"},
        {"g", "http://a/b/c/g"},
        {"./g", "http://a/b/c/g"},
        {"g/", "http://a/b/c/g/"},
        {"/g", "http://a/g"},
        {"//g", "http://g"},
        {"?y", "http://a/b/c/d;p?y"},
        {"g?y", "http://a/b/c/g?y"},
        {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"},
        {"g?y#s", "http://a/b/c/g?y#s"},
        {";x", "http://a/b/c/;x"},
        {"g;x", "http://a/b/c/g;x"},
        {"g;x?y#s", "http://a/b/c/g;x?y#s"},
        {"", "http://a/b/c/d;p?q"},
        {".", "http://a/b/c/"},
        {"./", "http://a/b/c/"},
        {"..", "http://a/b/"},
        {"../", "http://a/b/"},
        {"../g", "http://a/b/g"},
        {"../..", "http://a/"},
        {"../../", "http://a/"},
        {"../../g", "http://a/g"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.ref);
        CHECK(resolve_url(rfc_base, c.ref) == c.expected);
    }
}

TEST_CASE("resolve_url: RFC 3986 5.4.2 abnormal examples", "[url]") {
    const resolve_case cases[] = {
        {"../../../g", "http://a/g"},
        {"../../../../g", "http://a/g"},
        {"/./g", "http://a/g"},
        {"/../g", "http://a/g"},
        {"g.", "http://a/b/c/g."},
        {".g", "http://a/b/c/.g"},
        {"g..", "http://a/b/c/g.."},
        {"..g", "http://a/b/c/..g"},
        {"./../g", "http://a/b/g"},
        {"./g/.", "http://a/b/c/g/"},
        {"g/./h", "http://a/b/c/g/h"},
        {"g/../h", "http://a/b/c/h"},
        {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
        {"g;x=1/../y", "http://a/b/c/y"},
        {"g?y/./x", "http://a/b/c/g?y/./x"},
        {"g?y/../x", "http://a/b/c/g?y/../x"},
        {"g#s/./x", "http://a/b/c/g#s/./x"},
        {"g#s/../x", "http://a/b/c/g#s/../x"},
        // Strict parser (RFC text); urljoin gives "http://a/b/c/g" here.
        {"http:g", "http:g"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.ref);
        CHECK(resolve_url(rfc_base, c.ref) == c.expected);
    }
}

TEST_CASE("resolve_url: remove_dot_segments examples from RFC 3986 5.2.4", "[url]") {
    // A reference with a scheme only gets its dot segments removed (5.2.2).
    CHECK(resolve_url(rfc_base, "http://x/a/b/c/./../../g") == "http://x/a/g");
    CHECK(resolve_url(rfc_base, "foo:mid/content=5/../6") == "foo:mid/6");
    CHECK(resolve_url(rfc_base, "http://x/a/..") == "http://x/");
    CHECK(resolve_url(rfc_base, "http://x/a/.") == "http://x/a/");
    CHECK(resolve_url(rfc_base, "http://x") == "http://x");
}

TEST_CASE("resolve_url: common article links", "[url]") {
    CHECK(resolve_url(article_base, "//cdn.example.com/x.png") == "https://cdn.example.com/x.png");
    CHECK(resolve_url(article_base, "?page=2") == "https://example.com/blog/post.html?page=2");
    CHECK(resolve_url(article_base, "#top") == "https://example.com/blog/post.html?id=1#top");
    CHECK(resolve_url(article_base, "img/a.png") == "https://example.com/blog/img/a.png");
    CHECK(resolve_url(article_base, "/img/a.png") == "https://example.com/img/a.png");
    CHECK(resolve_url(article_base, "../about") == "https://example.com/about");
    CHECK(resolve_url(article_base, "https://other.org/p") == "https://other.org/p");
}

TEST_CASE("resolve_url: base with a fragment", "[url]") {
    const std::string_view base = "http://a/b/c/d;p?q#f";
    CHECK(resolve_url(base, "") == "http://a/b/c/d;p?q");
    CHECK(resolve_url(base, "#s") == "http://a/b/c/d;p?q#s");
    CHECK(resolve_url(base, "?y") == "http://a/b/c/d;p?y");
    CHECK(resolve_url(base, "g") == "http://a/b/c/g");
}

TEST_CASE("resolve_url: base edge cases", "[url]") {
    // Authority with an empty path: merge prepends "/" (5.2.3).
    CHECK(resolve_url("http://a", "g") == "http://a/g");
    CHECK(resolve_url("http://a", "?y") == "http://a?y");
    CHECK(resolve_url("http://a?q", "") == "http://a?q");
    // No authority: merge keeps the base path up to its last '/'.
    CHECK(resolve_url("urn:a/b", "c") == "urn:a/c");
    CHECK(resolve_url("urn:ab", "c") == "urn:c");
    // Schemes keep their case.
    CHECK(resolve_url("HTTP://A/B", "c") == "HTTP://A/c");
    // The base is cleaned like the reference.
    CHECK(resolve_url("  http://a/\nb/c \t", "d") == "http://a/b/d");
}

TEST_CASE("resolve_url: whitespace and control characters in hrefs", "[url]") {
    CHECK(resolve_url(rfc_base, "  g  ") == "http://a/b/c/g");
    CHECK(resolve_url(rfc_base, "\n\t/img/a.png\r\n") == "http://a/img/a.png");
    CHECK(resolve_url(rfc_base, "/img/\na.\tpng") == "http://a/img/a.png");
    CHECK(resolve_url(rfc_base, "ht\ntp://x/y") == "http://x/y");
    CHECK(resolve_url(rfc_base, std::string_view("\0\x1fg\x01", 4)) == "http://a/b/c/g");
    CHECK(resolve_url(rfc_base, "   ") == "http://a/b/c/d;p?q");
    // Interior spaces are not stripped (only tab/LF/CR are).
    CHECK(resolve_url(rfc_base, " a b ") == "http://a/b/c/a b");
}

TEST_CASE("resolve_url: empty base or base without a scheme", "[url]") {
    CHECK(resolve_url("", "../g?x#y") == "../g?x#y");
    CHECK(resolve_url("", "  /a/\nb ") == "/a/b");
    CHECK(resolve_url("", "") == "");
    CHECK(resolve_url("/relative/base", "g") == "g");
    CHECK(resolve_url("example.com/x", "./g") == "./g");
    CHECK(resolve_url("//example.com/x", "g") == "g");
    CHECK(resolve_url("1x:y", "g") == "g");
    // Unchanged means no dot-segment removal either.
    CHECK(resolve_url("", "http://x/a/../b") == "http://x/a/../b");
}

TEST_CASE("resolve_url: non-hierarchical schemes are returned unchanged", "[url]") {
    CHECK(resolve_url(article_base, "mailto:a@b.c") == "mailto:a@b.c");
    CHECK(resolve_url(article_base, "mailto:a@b.c?subject=Hi#x") == "mailto:a@b.c?subject=Hi#x");
    CHECK(resolve_url(article_base, "data:image/png;base64,iVBORw0KGgo+/A==") ==
          "data:image/png;base64,iVBORw0KGgo+/A==");
    CHECK(resolve_url(article_base, "javascript:void(0)") == "javascript:void(0)");
    CHECK(resolve_url(article_base, "tel:+1-555-0100") == "tel:+1-555-0100");
}

TEST_CASE("resolve_url: bytes are not re-encoded", "[url]") {
    CHECK(resolve_url(article_base, "/caf\xc3\xa9/\xc3\xbc.png") ==
          "https://example.com/caf\xc3\xa9/\xc3\xbc.png");
    CHECK(resolve_url(article_base, "\xe6\x97\xa5\xe6\x9c\xac?q=\xc3\xa9") ==
          "https://example.com/blog/\xe6\x97\xa5\xe6\x9c\xac?q=\xc3\xa9");
    CHECK(resolve_url(article_base, "a%20b/%2E%2E/c") == "https://example.com/blog/a%20b/%2E%2E/c");
    CHECK(resolve_url("https://\xc3\xa9.example/x/", "y") == "https://\xc3\xa9.example/x/y");
}

TEST_CASE("resolve_url: backslashes are ordinary path characters (RFC, not WHATWG)", "[url]") {
    CHECK(resolve_url(rfc_base, "..\\g") == "http://a/b/c/..\\g");
    CHECK(resolve_url(rfc_base, "\\\\host\\g") == "http://a/b/c/\\\\host\\g");
    CHECK(resolve_url("file:///c/d", "e\\f") == "file:///c/e\\f");
}

TEST_CASE("resolve_url: an invalid scheme makes a relative path", "[url]") {
    CHECK(resolve_url(rfc_base, "1x:y") == "http://a/b/c/1x:y");
    CHECK(resolve_url(rfc_base, "-x:y") == "http://a/b/c/-x:y");
}

TEST_CASE("url_scheme", "[url]") {
    CHECK(url_scheme("https://x.y/") == "https");
    CHECK(url_scheme("HTTP://X") == "HTTP");
    CHECK(url_scheme("mailto:a@b.c") == "mailto");
    CHECK(url_scheme("a:b") == "a");
    CHECK(url_scheme("a+b-c.d1:x") == "a+b-c.d1");
    CHECK(url_scheme("x:") == "x");
    CHECK(url_scheme("//x").empty());
    CHECK(url_scheme("").empty());
    CHECK(url_scheme(":x").empty());
    CHECK(url_scheme("1a:b").empty());
    CHECK(url_scheme("no-colon").empty());
    CHECK(url_scheme("a b:c").empty());
    CHECK(url_scheme("/a:b").empty());
    CHECK(url_scheme("a/b:c").empty());
    CHECK(url_scheme(" http://x").empty());
}

TEST_CASE("is_autolink_safe", "[url]") {
    CHECK(is_autolink_safe("https://x.y/a"));
    CHECK(is_autolink_safe("mailto:a@b.c"));
    CHECK(is_autolink_safe("https://x.y/caf\xc3\xa9"));
    CHECK(is_autolink_safe(std::string(32, 'a') + ":x"));
    CHECK_FALSE(is_autolink_safe(std::string(33, 'a') + ":x"));
    CHECK_FALSE(is_autolink_safe("https://x.y/a b"));
    CHECK_FALSE(is_autolink_safe("a:b"));
    CHECK_FALSE(is_autolink_safe("//x"));
    CHECK_FALSE(is_autolink_safe(""));
    CHECK_FALSE(is_autolink_safe("https://x.y/<a>"));
    CHECK_FALSE(is_autolink_safe("https://x.y/a>"));
    CHECK_FALSE(is_autolink_safe("https://x.y/\ta"));
    CHECK_FALSE(is_autolink_safe("https://x.y/\x7f"));
    CHECK_FALSE(is_autolink_safe(std::string_view("https://x.y/\0", 13)));
    // Renderers decode character references inside autolinks; there is no escape for them.
    CHECK_FALSE(is_autolink_safe("https://x.y/?a&amp;b"));
    CHECK_FALSE(is_autolink_safe("https://x.y/?a&#38;b"));
    CHECK_FALSE(is_autolink_safe("https://x.y/?a&#x26;b"));
    CHECK_FALSE(is_autolink_safe("https://x.y/?a&unknownname;b"));
    CHECK(is_autolink_safe("https://x.y/?a=1&b=2"));
    CHECK(is_autolink_safe("https://x.y/?a&;b&#;&#x;&1x;"));
}

TEST_CASE("effective_scheme: the WHATWG URL parser's preprocessing, then the scheme", "[url]") {
    CHECK(effective_scheme("javascript:alert(1)") == "javascript");
    CHECK(effective_scheme("JaVaScRiPt:alert(1)") == "javascript");
    CHECK(effective_scheme(" JAVASCRIPT:alert(1)") == "javascript");
    CHECK(effective_scheme("java\tscript:alert(1)") == "javascript");
    CHECK(effective_scheme("\njavascript:alert(1)") == "javascript");
    CHECK(effective_scheme("j\ra\nv\ta\r\nscript\t:x") == "javascript");
    CHECK(effective_scheme("\x01\x1f javascript:x") == "javascript");
    CHECK(effective_scheme(std::string_view("\0javascript:x", 13)) == "javascript");
    CHECK(effective_scheme("vbscript:msgbox") == "vbscript");
    CHECK(effective_scheme("data:text/html,x") == "data");
    CHECK(effective_scheme("HTTPS://x") == "https");
    CHECK(effective_scheme("a+b-c.d1:x") == "a+b-c.d1");
    // Not schemes: a control, a space or a non-scheme character inside, nothing before ':'.
    CHECK(effective_scheme("java\x01script:x").empty());
    CHECK(effective_scheme("java script:x").empty());
    CHECK(effective_scheme("java\xc2\xa0script:x").empty());  // U+00A0 is not removed
    CHECK(effective_scheme("1javascript:x").empty());
    CHECK(effective_scheme(":x").empty());
    CHECK(effective_scheme("/javascript:x").empty());
    CHECK(effective_scheme("./javascript:x").empty());
    CHECK(effective_scheme("javascript").empty());
    CHECK(effective_scheme("").empty());
    CHECK(effective_scheme("\t\n ").empty());
}

TEST_CASE("is_script_url, is_data_url, is_unsafe_link_url", "[url]") {
    for (const char* u : {"javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:x",
                          "\njavascript:x", "\x0cjavascript:x", "vbscript:x", "VBScript:x",
                          "vb\nscript:x"}) {
        INFO(u);
        CHECK(is_script_url(u));
        CHECK_FALSE(is_data_url(u));
        CHECK(is_unsafe_link_url(u));
    }
    for (const char* u : {"data:text/html,<script>alert(1)</script>", "DATA:,x", " d\ta\nta:x",
                          "data:image/png;base64,iVBOR"}) {
        INFO(u);
        CHECK_FALSE(is_script_url(u));
        CHECK(is_data_url(u));
        CHECK(is_unsafe_link_url(u));
    }
    for (const char* u : {"https://x.y/javascript:x", "/javascript:x", "javascript", "#javascript:x",
                          "?data:x", "mailto:a@b.c", "java\x01script:x", "", "jav ascript:x"}) {
        INFO(u);
        CHECK_FALSE(is_script_url(u));
        CHECK_FALSE(is_data_url(u));
        CHECK_FALSE(is_unsafe_link_url(u));
    }
}

TEST_CASE("is_data_image_url: data: URLs of media type image/*", "[url]") {
    CHECK(is_data_image_url("data:image/png;base64,iVBORw0KGgo="));
    CHECK(is_data_image_url("data:image/gif,GIF89a"));
    CHECK(is_data_image_url("DATA:IMAGE/JPEG;base64,/9j/"));
    CHECK(is_data_image_url("data: image/png ;base64,x"));
    CHECK(is_data_image_url("data:image/svg+xml;utf8,<svg/>"));
    CHECK(is_data_image_url(" da\nta:ima\tge/png,x"));
    CHECK(is_data_image_url("data:image/x-icon;charset=x;base64,AA"));
    CHECK_FALSE(is_data_image_url("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(is_data_image_url("data:text/html;image/png,x"));
    CHECK_FALSE(is_data_image_url("data:,image/png"));
    CHECK_FALSE(is_data_image_url("data:image/png"));  // no ',': not a valid data: URL
    CHECK_FALSE(is_data_image_url("data:image/,x"));
    CHECK_FALSE(is_data_image_url("data:image,x"));
    CHECK_FALSE(is_data_image_url("data:imagex/png,x"));
    CHECK_FALSE(is_data_image_url("data:image/p ng,x"));
    CHECK_FALSE(is_data_image_url("data:application/xhtml+xml,x"));
    CHECK_FALSE(is_data_image_url("javascript:'data:image/png,x'"));
    CHECK_FALSE(is_data_image_url("image/png,x"));
    CHECK_FALSE(is_data_image_url("https://x.y/data:image/png,x"));
}

TEST_CASE("url_path: the path of an absolute URL", "[url]") {
  using article2md::detail::url_path;
  CHECK(url_path("https://www.example.com/a/b?c#d") == "/a/b");
  CHECK(url_path("https://www.example.com/") == "/");
  CHECK(url_path("https://www.example.com") == "");
  CHECK(url_path("https://www.example.com?q=/x") == "");
  CHECK(url_path("https://user@example.com:8080/a#/b") == "/a");
  CHECK(url_path("/a/b") == "");
  CHECK(url_path("mailto:a@example.com") == "");
}

TEST_CASE("url_host: the host of an absolute URL", "[url]") {
  using article2md::detail::url_host;
  CHECK(url_host("https://www.Example.com/a/b?c#d") == "www.Example.com");
  CHECK(url_host("https://user:pw@example.com:8080/") == "example.com");
  CHECK(url_host("http://[::1]:80/x") == "[::1]");
  CHECK(url_host("https://example.com") == "example.com");
  CHECK(url_host("mailto:a@example.com") == "");
  CHECK(url_host("/relative/path") == "");
  CHECK(url_host("a:") == "");
  CHECK(url_host("") == "");
}
