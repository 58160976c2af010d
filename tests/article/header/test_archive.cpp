// Reading articles archived in the sample's format.
#include <article2md/archive.hpp>

#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <string>

using article2md::parse_archived_article;

TEST_CASE("archive: stamp, link line, underline, blank line, body", "[archive]") {
  auto a = parse_archived_article("<!--1738168743000-->\n[A title](https://e.com/a)\n------\n\n<p>x</p>\n");
  REQUIRE(a);
  CHECK(a->meta.timestamp_ms == 1738168743000);
  CHECK(a->meta.title == "A title");
  CHECK(a->meta.url == "https://e.com/a");
  CHECK(a->meta.date.empty());
  CHECK(a->body == "<p>x</p>\n");
}

TEST_CASE("archive: variants that are still the format", "[archive]") {
  SECTION("no stamp, CRLF, no blank line, a BOM") {
    auto a = parse_archived_article("\xEF\xBB\xBF[T](u)\r\n---\r\n<p>x</p>");
    REQUIRE(a);
    CHECK_FALSE(a->meta.timestamp_ms);
    CHECK(a->body == "<p>x</p>");
  }
  SECTION("escaped title, pointy URL, brackets inside") {
    auto a = parse_archived_article("[A \\[b\\] [c] \\*d\\*](<https://e.com/a b>)\n======\n\n");
    REQUIRE(a);
    CHECK(a->meta.title == "A [b] [c] *d*");
    CHECK(a->meta.url == "https://e.com/a b");
    CHECK(a->body.empty());
  }
  SECTION("an autolink alone") {
    auto a = parse_archived_article("<!--1-->\n<https://e.com/x>\n------\n\nbody");
    REQUIRE(a);
    CHECK(a->meta.url == "https://e.com/x");
    CHECK(a->meta.title.empty());
    CHECK(a->body == "body");
  }
}

TEST_CASE("archive: anything else is not the format", "[archive]") {
  CHECK_FALSE(parse_archived_article(""));
  CHECK_FALSE(parse_archived_article("<p>html</p>"));
  CHECK_FALSE(parse_archived_article("<!--123-->\n<p>no link line</p>"));
  CHECK_FALSE(parse_archived_article("<!--abc-->\n[T](u)\n---\n\nx"));
  CHECK_FALSE(parse_archived_article("[T](u)\nnot an underline\n"));
  CHECK_FALSE(parse_archived_article("[T](u) trailing\n---\n"));
  CHECK_FALSE(parse_archived_article("[T]\n---\n"));
  CHECK_FALSE(parse_archived_article("<!-- comment -->\n[T](u)\n---\n"));
}

TEST_CASE("archive: the header comes back byte for byte, however it was escaped", "[archive]") {
  const std::string text =
      "<!--1738168743000-->\n[A *title* with_underscores \\[x\\]](https://e.com/a_(b))\n"
      "------\n\n<div><i>Wed, 29 Jan 2025 16:21:20 GMT</i></div><p>Body</p>\n";
  auto a = parse_archived_article(text);
  REQUIRE(a);
  CHECK(a->meta.verbatim_header ==
        "<!--1738168743000-->\n[A *title* with_underscores \\[x\\]](https://e.com/a_(b))\n------");
  CHECK(article2md::to_markdown(a->body, a->meta) ==
        "<!--1738168743000-->\n[A *title* with_underscores \\[x\\]](https://e.com/a_(b))\n"
        "------\n\n*Wed, 29 Jan 2025 16:21:20 GMT*\n\nBody\n");
  // CRLF headers keep their text; the output uses LF like everything else.
  auto crlf = parse_archived_article("[T](u)\r\n---\r\n\r\n<p>x</p>");
  REQUIRE(crlf);
  CHECK(crlf->meta.verbatim_header == "[T](u)\n---");
  // Spaces at line ends mean nothing there, and the writer ends no line with one: the header
  // comes back without them (fuzz regression archive/underline-trailing-space).
  auto spaced = parse_archived_article("[T](u)\n====== \t\n<p>x</p>");
  REQUIRE(spaced);
  CHECK(spaced->meta.verbatim_header == "[T](u)\n======");
  CHECK(article2md::to_markdown(spaced->body, spaced->meta) == "[T](u)\n======\n\nx\n");
}

TEST_CASE("archive: a header that could carry raw HTML is written anew", "[archive]") {
  // Found by fuzz_archive (tests/fuzz/regressions/archive/): '<script>' is a tag, not an
  // autolink, and '[a](b <script>)' is no link to CommonMark, so '<script>' would be raw HTML.
  CHECK_FALSE(parse_archived_article("<script>\n-\n"));
  CHECK(article2md::to_markdown("<script>\n-\n").empty());  // an unclosed script
  auto a = parse_archived_article("[a](b <script>)\n-\n");
  REQUIRE(a);
  CHECK(a->meta.verbatim_header.empty());
  CHECK(a->meta.url == "b <script>");
  auto html_title = parse_archived_article("[<img src=x onerror=alert(1)>](https://e.com/)\n---\n");
  REQUIRE(html_title);
  CHECK(html_title->meta.verbatim_header.empty());
  CHECK(html_title->meta.title == "<img src=x onerror=alert(1)>");
  CHECK(article2md::to_markdown(html_title->body, html_title->meta) ==
        "[\\<img src=x onerror=alert(1)>](https://e.com/)\n------\n");
  // Unbalanced parentheses end the destination early: no link, so '<script>' would be a tag.
  auto parens = parse_archived_article("[]((<script>)\n-\n");
  REQUIRE(parens);
  CHECK(parens->meta.verbatim_header.empty());
  // Escaped angle brackets are text: the header stays as written.
  auto escaped = parse_archived_article("[\\<b\\>](https://e.com/)\n---\n");
  REQUIRE(escaped);
  CHECK(escaped->meta.verbatim_header == "[\\<b\\>](https://e.com/)\n---");
}

TEST_CASE("archive: a header whose text holds a link or image is written anew", "[archive][safe]") {
  // The inner link forms, the outer one does not: a javascript: link nothing had checked.
  auto link = parse_archived_article("[[x](javascript:alert(1))](https://e.com/)\n-\n");
  REQUIRE(link);
  CHECK(link->meta.verbatim_header.empty());
  CHECK(link->meta.title == "[x](javascript:alert(1))");
  CHECK(article2md::to_markdown(link->body, link->meta) ==
        "[\\[x\\](javascript:alert(1))](https://e.com/)\n------\n");
  auto image = parse_archived_article("[![x](javascript:alert(1))](https://e.com/)\n-\n");
  REQUIRE(image);
  CHECK(image->meta.verbatim_header.empty());
  // Escaped brackets are text: the header stays as written.
  auto escaped = parse_archived_article("[a \\[b\\]](https://e.com/)\n-\n");
  REQUIRE(escaped);
  CHECK(escaped->meta.verbatim_header == "[a \\[b\\]](https://e.com/)\n-");
}

TEST_CASE("archive: a character reference that could make the scheme unsafe is written anew",
          "[archive][safe]") {
  // Renderers decode references in destinations: `java&#9;script:` is a javascript: link once
  // rendered (fuzz regression archive/reference-in-header-scheme).
  for (const char* dest : {"java&#9;script:alert(1)", "javascript&colon;alert(1)",
                           "&#106;avascript:x", "java&Tab;script:x", "data&#x3A;text/html,x"}) {
    INFO(dest);
    auto a = parse_archived_article(std::string("[T](") + dest + ")\n-\n");
    REQUIRE(a);
    CHECK(a->meta.verbatim_header.empty());
    CHECK(a->meta.url == dest);
    // Written anew, the reference's `&` is escaped: the link goes to the text as written.
    CHECK(article2md::to_markdown(a->body, a->meta).find(std::string("](") + dest) ==
          std::string::npos);
  }
  // After the scheme, and escaped, a reference changes nothing: the header stays as written.
  auto query = parse_archived_article("[T](https://e.com/?a=1&amp;b=2)\n-\n");
  REQUIRE(query);
  CHECK(query->meta.verbatim_header == "[T](https://e.com/?a=1&amp;b=2)\n-");
  auto escaped = parse_archived_article("[T](java\\&#9;script:x)\n-\n");
  REQUIRE(escaped);
  CHECK(escaped->meta.verbatim_header == "[T](java\\&#9;script:x)\n-");
}
