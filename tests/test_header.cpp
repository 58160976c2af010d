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
