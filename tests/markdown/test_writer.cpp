// The writer alone, without HTML: escaping, whitespace, newlines, spans, prefixes.
#include <article2md/markdown_writer.hpp>
#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <string>

using article2md::markdown_writer;

namespace {

std::string prose(const std::string& s) {
  markdown_writer w;
  w.text(s);
  return w.finish();
}

}  // namespace

TEST_CASE("writer: whitespace collapses and is trimmed at the edges", "[writer]") {
  CHECK(prose("  a \t\n b  \r\n c  ") == "a b c\n");
  CHECK(prose("") == "");
  CHECK(prose("   ") == "");
  CHECK(prose("a\xC2\xA0\xC2\xA0" "b") == "a\xC2\xA0\xC2\xA0" "b\n");  // nbsp is text
}

TEST_CASE("writer: text that would parse as inline Markdown is escaped", "[writer][escape]") {
  // Only delimiters that could open need a backslash: a closer without an opener is literal.
  CHECK(prose("*bold* and _it_ here") == "\\*bold* and \\_it_ here\n");
  CHECK(prose("a*b*c") == "a\\*b\\*c\n");  // intraword `*` can open (§6.2)
  CHECK(prose("`code`") == "\\`code\\`\n");
  CHECK(prose("[1] and ]") == "\\[1\\] and \\]\n");
  CHECK(prose("a\\*b") == "a\\\\\\*b\n");
  CHECK(prose("<div> and </p> and <!x") == "\\<div> and \\</p> and \\<!x\n");
  CHECK(prose("&amp; &#123; &#x1F; &copy;") == "\\&amp; \\&#123; \\&#x1F; \\&copy;\n");
  CHECK(prose("~~gone~~") == "\\~\\~gone~\\~\n");
}

TEST_CASE("writer: ordinary prose is not over-escaped", "[writer][escape]") {
  CHECK(prose("snake_case and a_b_c") == "snake_case and a_b_c\n");
  CHECK(prose("1.5 and C# and a - b") == "1.5 and C# and a - b\n");
  CHECK(prose("2 * 3 = 6 ~ 7") == "2 * 3 = 6 ~ 7\n");
  CHECK(prose("AT&T & co; a < b > c") == "AT&T & co; a < b > c\n");
  CHECK(prose("C:\\path\\file") == "C:\\path\\file\n");
  CHECK(prose("50% (approx.) #1 fan! \"quoted\" it's") == "50% (approx.) #1 fan! \"quoted\" it's\n");
  CHECK(prose("変数_名") == "変数_名\n");
}

TEST_CASE("writer: line-start constructs are escaped only at a line start", "[writer][escape]") {
  CHECK(prose("# not a heading") == "\\# not a heading\n");
  CHECK(prose("###### six") == "\\###### six\n");
  CHECK(prose("####### seven") == "####### seven\n");
  CHECK(prose("#hashtag") == "#hashtag\n");
  CHECK(prose("> not a quote") == "\\> not a quote\n");
  CHECK(prose("- not a list") == "\\- not a list\n");
  CHECK(prose("+ not a list") == "\\+ not a list\n");
  CHECK(prose("* not a list") == "\\* not a list\n");
  CHECK(prose("1. not a list") == "1\\. not a list\n");
  CHECK(prose("2025) not a list") == "2025\\) not a list\n");
  CHECK(prose("1234567890. ten digits") == "1234567890. ten digits\n");
  CHECK(prose("---") == "\\---\n");
  CHECK(prose("===") == "\\===\n");
  CHECK(prose("-5 degrees") == "-5 degrees\n");
  CHECK(prose("= sign") == "= sign\n");
  CHECK(prose("1.5 million") == "1.5 million\n");
  CHECK(prose("a # b > c - d 1. e") == "a # b > c - d 1. e\n");
}

TEST_CASE("writer: every new line is a line start", "[writer][escape]") {
  markdown_writer w;
  w.text("first");
  w.hard_break();
  w.text("- second");
  w.line_break();
  w.text("# third");
  CHECK(w.finish() == "first\\\n\\- second\n\\# third\n");
}

TEST_CASE("writer: newline requests merge and vanish at the edges", "[writer][newlines]") {
  markdown_writer w;
  w.blank_line();
  w.hard_break();
  w.text("a");
  w.line_break();
  w.blank_line();
  w.line_break();
  w.text("b");
  w.hard_break();
  w.hard_break();
  w.text("c");
  w.hard_break();
  w.blank_line();
  w.hard_break();
  CHECK(w.finish() == "a\n\nb\n\nc\n");
}

TEST_CASE("writer: spaces never end a line", "[writer][newlines]") {
  markdown_writer w;
  w.text("a ");
  w.hard_break();
  w.text(" b ");
  w.blank_line();
  w.text(" c ");
  CHECK(w.finish() == "a\\\nb\n\nc\n");
}

TEST_CASE("writer: markup is written as given, after pending newlines", "[writer]") {
  markdown_writer w;
  w.text("para");
  w.blank_line();
  w.markup("---");
  w.blank_line();
  w.markup("*literal*");
  CHECK(w.finish() == "para\n\n---\n\n*literal*\n");
}

TEST_CASE("writer: spans are lazy and move edge whitespace outside", "[writer][spans]") {
  markdown_writer w;
  w.text("a");
  w.open_span("**", '*');
  w.text(" b ");
  w.close_span("**");
  w.text("c");
  w.open_span("*", '*');
  w.text("   ");
  CHECK_FALSE(w.close_span("*"));
  w.text("d");
  CHECK(w.finish() == "a **b** c d\n");
}

TEST_CASE("writer: emphasis that CommonMark would not parse degrades to text", "[writer][spans]") {
  SECTION("edge punctuation moves outside the delimiters") {
    markdown_writer w;
    w.text("x");
    w.open_span("*", '*');
    w.text("y.");
    w.close_span("*");
    w.text("z");
    CHECK(w.finish() == "x*y*.z\n");
  }
  SECTION("CJK punctuation moves outside too") {
    markdown_writer w;
    w.text("真");
    w.open_span("**", '*');
    w.text("真，");
    w.close_span("**");
    w.text("她 ");
    w.open_span("*", '*');
    w.text("「引用」");
    w.close_span("*");
    w.text("文");
    CHECK(w.finish() == "真**真**，她 *「引用*」文\n");
  }
  SECTION("emphasis of punctuation alone degrades to text") {
    markdown_writer w;
    w.text("a");
    w.open_span("**", '*');
    w.text("：");
    w.close_span("**");
    w.text("b");
    CHECK(w.finish() == "a：b\n");
  }
  SECTION("markup inside the span never moves") {
    markdown_writer w;
    w.open_span("**", '*');
    w.markup("[x](u)");
    w.close_span("**");
    w.text("after");
    CHECK(w.finish() == "[x](u)after\n");
  }
  SECTION("adjacent spans of the same delimiter merge") {
    markdown_writer w;
    w.open_span("**", '*');
    w.text("very");
    w.close_span("**");
    w.open_span("**", '*');
    w.text("bold");
    w.close_span("**");
    CHECK(w.finish() == "**verybold**\n");
  }
  SECTION("valid emphasis next to CJK stays") {
    markdown_writer w;
    w.text("中文");
    w.open_span("**", '*');
    w.text("重点");
    w.close_span("**");
    w.text("内容");
    CHECK(w.finish() == "中文**重点**内容\n");
  }
  SECTION("punctuation with space around is fine") {
    markdown_writer w;
    w.open_span("**", '*');
    w.text("\"quoted.\"");
    w.close_span("**");
    w.text(" next");
    CHECK(w.finish() == "**\"quoted.\"** next\n");
  }
  SECTION("nested spans close together") {
    markdown_writer w;
    w.open_span("**", '*');
    w.open_span("*", '*');
    w.text("both");
    w.close_span("*");
    w.close_span("**");
    CHECK(w.finish() == "***both***\n");
  }
}

TEST_CASE("writer: a non-emphasis span closes before the pending space", "[writer][spans]") {
  markdown_writer w;
  w.open_span("[");
  w.text("link ");
  w.close_span("](u)");
  w.text("after");
  CHECK(w.finish() == "[link](u) after\n");
}

TEST_CASE("writer: inline-only scopes turn newlines into spaces", "[writer]") {
  markdown_writer w;
  w.begin_inline_only();
  w.text("a");
  w.hard_break();
  w.text("b");
  w.blank_line();
  w.text("c");
  w.end_inline_only();
  CHECK(w.finish() == "a b c\n");
}

TEST_CASE("writer: prefixes start every line, blank lines keep them without spaces",
          "[writer][prefix]") {
  markdown_writer w;
  w.push_prefix("> ", "> ");
  w.text("one");
  w.line_break();
  w.text("two");
  w.blank_line();
  w.text("# three");
  w.pop_prefix();
  w.blank_line();
  w.text("out");
  CHECK(w.finish() == "> one\n> two\n>\n> \\# three\n\nout\n");
}

TEST_CASE("writer: a first-line prefix differs from the rest", "[writer][prefix]") {
  markdown_writer w;
  w.push_prefix("- ", "  ");
  w.text("item");
  w.blank_line();
  w.text("more");
  w.pop_prefix();
  CHECK(w.finish() == "- item\n\n  more\n");
}

TEST_CASE("writer: a page's ! before a link is not an image", "[writer][escape]") {
  markdown_writer w;
  w.text("Wow!");
  w.open_span("[");
  w.text("link");
  w.close_span("](/u)");
  CHECK(w.finish() == "Wow\\![link](/u)\n");
  CHECK(prose("&#87654321; &#x1F600; &amp") == "\\&#87654321; \\&#x1F600; &amp\n");
}

TEST_CASE("writer: table cells escape pipes", "[writer][escape]") {
  markdown_writer w;
  w.text("a|b ");
  w.begin_table_cell();
  w.text("c|d");
  w.end_table_cell();
  CHECK(w.finish() == "a|b c\\|d\n");
}

TEST_CASE("writer: a heading's trailing # run is protected", "[writer]") {
  markdown_writer w;
  w.open_span("## ");
  w.text("Issue #");
  w.protect_heading_end();
  w.close_span("");
  w.blank_line();
  w.open_span("## ");
  w.text("C#");
  w.protect_heading_end();
  w.close_span("");
  CHECK(w.finish() == "## Issue \\#\n\n## C#\n");
}

TEST_CASE("writer: link destinations cannot break their link", "[writer][url]") {
  auto dest = [](const std::string& url) {
    std::string out;
    markdown_writer::append_destination(out, url);
    return out;
  };
  CHECK(dest("https://example.com/a_b?c=d&e=f#g") == "https://example.com/a_b?c=d&e=f#g");
  CHECK(dest("https://x.y/a b") == "https://x.y/a%20b");
  CHECK(dest("https://x.y/a\nb\tc") == "https://x.y/a%0Ab%09c");
  CHECK(dest("https://x.y/<script>") == "https://x.y/%3Cscript%3E");
  CHECK(dest("https://en.wikipedia.org/wiki/Foo_(bar)") == "https://en.wikipedia.org/wiki/Foo_(bar)");
  CHECK(dest("https://x.y/a)b") == "https://x.y/a\\)b");
  CHECK(dest("https://x.y/a(b") == "https://x.y/a\\(b");
  CHECK(dest("https://x.y/a\\b") == "https://x.y/a\\\\b");
  // `&amp;` for the `&`: cmark-gfm decodes `\&amp;` to `&` (references before escapes).
  CHECK(dest("https://x.y/?q=&amp;") == "https://x.y/?q=&amp;amp;");
  CHECK(dest("") == "<>");
}

TEST_CASE("writer: link titles are quoted and escaped", "[writer][url]") {
  std::string out;
  markdown_writer::append_title(out, "Say \"hi\"\n  to C:\\dir");
  CHECK(out == "\"Say \\\"hi\\\" to C:\\\\dir\"");
}

TEST_CASE("writer: a title ending in a backslash ends in a character reference", "[writer][url]") {
  // cmark reads `\\"` before the closing quote as an escaped quote (see append_title).
  const auto title = [](std::string_view t) {
    std::string out;
    markdown_writer::append_title(out, t);
    return out;
  };
  CHECK(title("C:\\") == "\"C:&#92;\"");
  CHECK(title("a\\\\ \n") == "\"a\\\\&#92;\"");
  CHECK(title("\\") == "\"&#92;\"");
  CHECK(title("a\\\"") == "\"a\\\\\\\"\"");
}

TEST_CASE("writer: a backslash before white space that may be dropped is escaped", "[writer]") {
  // The space is trimmed at the end of link text, a span or a line, which left the backslash
  // escaping the `]`, `*` or hard break after it (fuzz regression
  // archive/backslash-before-trimmed-space).
  CHECK(article2md::to_markdown("<a href=\"/x\">\\ </a>") == "[\\\\](/x)\n");
  CHECK(article2md::to_markdown("<p><em>a\\ </em>b</p>") == "*a\\\\* b\n");
  CHECK(article2md::to_markdown("<p>a \\ <br>b</p>") == "a \\\\\\\nb\n");
  // Followed by more text, the space stays: no escape needed.
  CHECK(article2md::to_markdown("<p>C:\\ dir and a\\b</p>") == "C:\\ dir and a\\b\n");
}

TEST_CASE("writer: adjacent code spans are kept apart", "[writer]") {
  // Found by fuzz_feed (tests/fuzz/regressions/*/adjacent-code-spans): `a` then ``<script>``
  // ran their backticks together, so no span closed and <script> was raw HTML.
  CHECK(article2md::to_markdown("<code>a</code><code>`&lt;script&gt;</code>") ==
        "`a` `` `<script> ``\n");
  CHECK(article2md::to_markdown("<code>a</code>b<code>c</code>") == "`a`b`c`\n");
}

TEST_CASE("writer: a line span is written before emphasis opening on its line", "[writer]") {
  article2md::markdown_writer w;
  w.open_span("*", '*');
  w.text("a");
  w.blank_line();
  w.open_line_span("## ");
  w.text("b");
  w.close_span("");
  w.blank_line();
  w.text("c");
  w.close_span("*");
  CHECK(w.finish() == "*a*\n\n## *b*\n\n*c*\n");
  // Empty, it writes nothing, like any span.
  article2md::markdown_writer e;
  e.open_line_span("## ");
  CHECK_FALSE(e.close_span(""));
  CHECK(e.finish().empty());
}

TEST_CASE("writer: code with a run of 80 backticks is written as text", "[writer]") {
  // cmark-gfm reads no backtick run over 80 as a code span's fence (fuzz regression
  // archive/code-span-over-80-backticks): such code is escaped text, every character kept.
  const std::string run79(79, '`'), run80(80, '`');
  article2md::markdown_writer a;
  a.inline_code(run79 + "<b>");
  CHECK(a.finish() == std::string(80, '`') + " " + run79 + "<b> " + std::string(80, '`') + "\n");
  article2md::markdown_writer b;
  b.inline_code(run80 + "<b>");
  std::string escaped;
  for (int i = 0; i < 80; ++i) escaped += "\\`";
  CHECK(b.finish() == escaped + "\\<b>\n");
}
