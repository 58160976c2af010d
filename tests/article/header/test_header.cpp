// The seed header: lines, dropped fields, escaping, and the stamp computed from the date.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string header_of(const article2md::article_meta& meta, const std::string& body = "") {
  return article2md::to_markdown(body, meta);
}

article2md::article_meta full() {
  article2md::article_meta m;
  m.title = "Title";
  m.url = "https://e.com/a";
  m.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  m.timestamp_ms = 1738168743000;
  return m;
}

}  // namespace

TEST_CASE("header: all fields, then the body after a blank line", "[header]") {
  CHECK(header_of(full(), "<p>Body</p>") ==
        "<!--1738168743000-->\n[Title](https://e.com/a)\n------\n\n"
        "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nBody\n");
}

TEST_CASE("header: the stamp is computed from a date that parses", "[header]") {
  auto m = full();
  m.timestamp_ms.reset();
  CHECK(header_of(m).rfind("<!--1738167680000-->\n", 0) == 0);
  m.date = "2025-01-29T16:21:20.5+01:00";
  CHECK(header_of(m).rfind("<!--1738164080500-->\n", 0) == 0);
  m.date = "last Tuesday";
  CHECK(header_of(m) == "[Title](https://e.com/a)\n------\n\n*last Tuesday*\n");
}

TEST_CASE("header: unknown fields drop their lines", "[header]") {
  auto m = full();
  m.date.clear();
  CHECK(header_of(m) == "<!--1738168743000-->\n[Title](https://e.com/a)\n------\n");
  m.timestamp_ms.reset();
  CHECK(header_of(m) == "[Title](https://e.com/a)\n------\n");
  m.url.clear();
  CHECK(header_of(m) == "Title\n------\n");
  m = full();
  m.title.clear();
  m.timestamp_ms.reset();
  m.date.clear();
  CHECK(header_of(m) == "<https://e.com/a>\n------\n");
}

TEST_CASE("header: no title and no URL means no header", "[header]") {
  article2md::article_meta m;
  m.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  m.timestamp_ms = 1;
  CHECK(header_of(m, "<p>x</p>") == "x\n");
}

TEST_CASE("header: header_style none writes the body alone", "[header]") {
  article2md::options o;
  o.header = article2md::header_style::none;
  CHECK(article2md::to_markdown("<p>x</p>", full(), o) == "x\n");
}

TEST_CASE("header: titles are escaped for link text", "[header]") {
  auto m = full();
  m.timestamp_ms.reset();
  m.date.clear();
  m.title = "The [bracketed] *star* & <tag> title\nwith a newline";
  CHECK(header_of(m) ==
        "[The \\[bracketed\\] \\*star* & \\<tag> title with a newline](https://e.com/a)\n------\n");
}

TEST_CASE("header: URLs cannot break the link", "[header]") {
  auto m = full();
  m.timestamp_ms.reset();
  m.date.clear();
  m.url = "https://e.com/a b(c";
  CHECK(header_of(m) == "[Title](https://e.com/a%20b\\(c)\n------\n");
  m.url = "https://en.wikipedia.org/wiki/Foo_(bar)";
  CHECK(header_of(m) == "[Title](https://en.wikipedia.org/wiki/Foo_(bar))\n------\n");
  m.title.clear();
  m.url = "https://e.com/a b";
  CHECK(header_of(m) == "[https://e.com/a b](https://e.com/a%20b)\n------\n");
}

TEST_CASE("header: a date that starts with punctuation still renders as emphasis", "[header]") {
  auto m = full();
  m.timestamp_ms.reset();
  m.date = "(2025-01-29)";
  CHECK(header_of(m) == "[Title](https://e.com/a)\n------\n\n*(2025-01-29)*\n");
}

TEST_CASE("leading date: the body's opening date is not repeated", "[header]") {
  auto m = full();
  CHECK(header_of(m, "<div><i>Wed, 29 Jan 2025 16:21:20 GMT</i></div><p>Body</p>") ==
        header_of(m, "<p>Body</p>"));
  // The same instant written differently is the same date.
  CHECK(header_of(m, "<p><time>2025-01-29T16:21:20Z</time></p><p>Body</p>") ==
        header_of(m, "<p>Body</p>"));
  // Another date, or a date inside prose, stays.
  CHECK(header_of(m, "<p><span>Wed, 29 Jan 2025 16:21:20 GMT</span> was the day.</p>")
            .find("\n\nWed, 29 Jan 2025 16:21:20 GMT was the day.\n") != std::string::npos);
  CHECK(header_of(m, "<p>2024-05-01</p><p>Body</p>") != header_of(m, "<p>Body</p>"));
  CHECK(header_of(m, "<p>Wed, 29 Jan 2025 16:21:20 GMT was the day.</p>") ==
        header_of(m, "<p>Wed, 29 Jan 2025 16:21:20 GMT was the day.</p>"));
  CHECK(header_of(m, "<p>Wed, 29 Jan 2025 16:21:20 GMT was the day.</p>")
            .find("\n\nWed, 29 Jan 2025 16:21:20 GMT was the day.\n") != std::string::npos);
}

TEST_CASE("leading date: without a date, an opening date becomes the header's", "[header]") {
  article2md::article_meta m;
  m.title = "T";
  m.url = "https://e.com/";
  CHECK(header_of(m, "<article><header><time>2025-01-29</time></header><p>Body</p></article>") ==
        "<!--1738108800000-->\n[T](https://e.com/)\n------\n\n*2025-01-29*\n\nBody\n");
  // Without a header nothing is taken from the body.
  CHECK(article2md::to_markdown("<p>2025-01-29</p><p>Body</p>") == "2025-01-29\n\nBody\n");
  // With no header shown, the body keeps its date.
  article2md::options bare;
  bare.header = article2md::header_style::none;
  CHECK(article2md::to_markdown("<p>2025-01-29</p><p>Body</p>", m, bare) == "2025-01-29\n\nBody\n");
  article2md::options keep;
  keep.drop_leading_date = false;
  CHECK(article2md::to_markdown("<p>2025-01-29</p>", m, keep) ==
        "[T](https://e.com/)\n------\n\n2025-01-29\n");
}

// YAML front matter (header_style::yaml): exact lines; tests/cli reads them back with PyYAML.
#include "article/header/iso_date.hpp"
#include "article/header/yaml_front_matter.hpp"

namespace {

std::string yaml_of(const article2md::article_meta& meta, const std::string& body = "") {
  article2md::options o;
  o.header = article2md::header_style::yaml;
  return article2md::to_markdown(body, meta, o);
}

std::string quoted(std::string_view s) {
  std::string out;
  article2md::detail::append_yaml_string(out, s);
  return out;
}

}  // namespace

TEST_CASE("yaml header: every known field, then a blank line and the body", "[header][yaml]") {
  auto m = full();
  m.author = "Jane Roe";
  m.site_name = "VOA";
  m.language = "zh-CN";
  CHECK(yaml_of(m, "<p>Body</p>") ==
        "---\n"
        "title: \"Title\"\n"
        "url: \"https://e.com/a\"\n"
        "date: 2025-01-29T16:21:20Z\n"
        "date_text: \"Wed, 29 Jan 2025 16:21:20 GMT\"\n"
        "timestamp: 1738168743000\n"
        "author: \"Jane Roe\"\n"
        "site_name: \"VOA\"\n"
        "language: \"zh-CN\"\n"
        "---\n"
        "\n"
        "Body\n");
}

TEST_CASE("yaml header: unknown fields are left out, none known still gives front matter",
          "[header][yaml]") {
  article2md::article_meta m;
  CHECK(yaml_of(m, "<p>Body</p>") == "---\n---\n\nBody\n");
  CHECK(yaml_of(m) == "---\n---\n");
  m.title = "T";
  CHECK(yaml_of(m, "<p>x</p>") == "---\ntitle: \"T\"\n---\n\nx\n");
  // A date that does not parse: no `date`, the text kept as written.
  m.date = "last Tuesday";
  CHECK(yaml_of(m) == "---\ntitle: \"T\"\ndate_text: \"last Tuesday\"\n---\n");
  // ... then a timestamp gives the date.
  m.timestamp_ms = 1738168743500;
  CHECK(yaml_of(m) ==
        "---\ntitle: \"T\"\ndate: 2025-01-29T16:39:03.500Z\ndate_text: \"last Tuesday\"\n"
        "timestamp: 1738168743500\n---\n");
}

TEST_CASE("yaml header: date is the date as published, in UTC, timestamp the stamp",
          "[header][yaml]") {
  article2md::article_meta m;
  m.date = "2025-01-29T10:00:00+08:00";
  CHECK(yaml_of(m) ==
        "---\ndate: 2025-01-29T02:00:00Z\ndate_text: \"2025-01-29T10:00:00+08:00\"\n"
        "timestamp: 1738116000000\n---\n");
  // The sample's archived stamp is when it was saved: date follows the date text.
  m.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  m.timestamp_ms = 1738168743000;
  CHECK(yaml_of(m) ==
        "---\ndate: 2025-01-29T16:21:20Z\ndate_text: \"Wed, 29 Jan 2025 16:21:20 GMT\"\n"
        "timestamp: 1738168743000\n---\n");
}

TEST_CASE("yaml header: no raw HTML where front matter is read as Markdown", "[header][yaml]") {
  // A renderer without front matter support shows these lines as text: `<` is escaped.
  article2md::article_meta m;
  m.title = "<script>alert(1)</script> & <b>";
  CHECK(yaml_of(m) == "---\ntitle: \"\\u003Cscript>alert(1)\\u003C/script> & \\u003Cb>\"\n---\n");
}

TEST_CASE("yaml header: a javascript: URL is not written", "[header][yaml]") {
  article2md::article_meta m;
  m.title = "T";
  m.url = "javascript:alert(1)";
  CHECK(yaml_of(m) == "---\ntitle: \"T\"\n---\n");
}

TEST_CASE("yaml header: the body's opening date goes to the front matter", "[header][yaml]") {
  article2md::article_meta m;
  m.title = "T";
  CHECK(yaml_of(m, "<p>2025-01-29</p><p>Body</p>") ==
        "---\ntitle: \"T\"\ndate: 2025-01-29T00:00:00Z\ndate_text: \"2025-01-29\"\n"
        "timestamp: 1738108800000\n---\n\nBody\n");
}

TEST_CASE("yaml strings: double-quoted, escaped exactly", "[header][yaml]") {
  CHECK(quoted("") == "\"\"");
  CHECK(quoted("plain") == "\"plain\"");
  // YAML indicators mean nothing inside double quotes.
  CHECK(quoted("a: b # c") == "\"a: b # c\"");
  CHECK(quoted("- item") == "\"- item\"");
  CHECK(quoted("* star & anchor ! tag | > ' % @ `") == "\"* star & anchor ! tag | > ' % @ `\"");
  CHECK(quoted("---") == "\"---\"");
  CHECK(quoted("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(quoted("C:\\Users\\x") == "\"C:\\\\Users\\\\x\"");
  CHECK(quoted("one\ntwo\r\nthree\tfour") == "\"one\\ntwo\\r\\nthree\\tfour\"");
  CHECK(quoted(std::string("nul\0bell\a", 9)) == "\"nul\\0bell\\a\"");
  CHECK(quoted("\x01\x1b\x1f\x7f") == "\"\\x01\\e\\x1F\\x7F\"");
  // C1 controls, NEL, the Unicode line and paragraph separators, BOM and noncharacters.
  CHECK(quoted("\xC2\x80\xC2\x85\xC2\x9F") == "\"\\x80\\x85\\x9F\"");
  CHECK(quoted("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c") == "\"a\\u2028b\\u2029c\"");
  CHECK(quoted("\xEF\xBB\xBFx\xEF\xBF\xBE\xEF\xBF\xBF") == "\"\\uFEFFx\\uFFFE\\uFFFF\"");
  // Printable non-ASCII stays as UTF-8: no-break space, CJK, emoji, U+FFFD itself.
  CHECK(quoted("\xC2\xA0金融时报：“引号” 😀 \xEF\xBF\xBD") ==
        "\"\xC2\xA0金融时报：“引号” 😀 \xEF\xBF\xBD\"");
  // Invalid UTF-8 (a lone continuation byte, a truncated sequence, an overlong form, a
  // surrogate) is replaced, one U+FFFD per byte: never written raw.
  CHECK(quoted("a\x80z") == "\"a\xEF\xBF\xBDz\"");
  CHECK(quoted("\xE4\xB8") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(quoted("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(quoted("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST_CASE("yaml header: hostile titles stay one line each", "[header][yaml]") {
  article2md::article_meta m;
  m.title = "\"Quoted\": a #1 title\n---\nkey: value";
  m.author = "-dash *star &amp !bang";
  CHECK(yaml_of(m) ==
        "---\ntitle: \"\\\"Quoted\\\": a #1 title\\n---\\nkey: value\"\n"
        "author: \"-dash *star &amp !bang\"\n---\n");
}

TEST_CASE("iso date: RFC 3339 in UTC, milliseconds only when there are some", "[header][yaml]") {
  using article2md::detail::format_iso8601_utc;
  CHECK(format_iso8601_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(format_iso8601_utc(1738167680000) == "2025-01-29T16:21:20Z");
  CHECK(format_iso8601_utc(1738167680007) == "2025-01-29T16:21:20.007Z");
  CHECK(format_iso8601_utc(-1) == "1969-12-31T23:59:59.999Z");
  CHECK(format_iso8601_utc(951782400000) == "2000-02-29T00:00:00Z");
  CHECK(format_iso8601_utc(-62135596800000) == "0001-01-01T00:00:00Z");
  CHECK(format_iso8601_utc(253402300799999) == "9999-12-31T23:59:59.999Z");
  CHECK_FALSE(format_iso8601_utc(-62135596800001));
  CHECK_FALSE(format_iso8601_utc(253402300800000));
}
