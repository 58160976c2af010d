// Registration semantics, the walk's limits, and thread safety.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using article2md::converter;
using article2md::html_node;
using article2md::rule_context;
using article2md::rule_result;

namespace {

article2md::rule writes(std::string text, rule_result result = rule_result::done) {
  return [text, result](const html_node&, rule_context& ctx) {
    ctx.writer().markup(text);
    return result;
  };
}

}  // namespace

TEST_CASE("converter: a user rule replaces the built-in rule of equal priority", "[converter]") {
  converter c;
  c.add_rule("b", [](const html_node& n, rule_context& ctx) {
    ctx.render_wrapped(n, "__", "__", '_');
    return rule_result::done;
  });
  CHECK(c.convert("<p>a <b>bold</b> c</p>") == "a __bold__ c\n");
}

TEST_CASE("converter: higher priority runs first, ties run the newest first", "[converter]") {
  converter c;
  c.add_rule("x-a", writes("low"), -1);
  c.add_rule("x-a", writes("old"));
  c.add_rule("x-a", writes("new"));
  CHECK(c.convert("<x-a></x-a>") == "new\n");
  c.add_rule("x-a", writes("high"), 5);
  CHECK(c.convert("<x-a></x-a>") == "high\n");
}

TEST_CASE("converter: pass defers to the next rule, then to the default", "[converter]") {
  converter c;
  c.add_rule("span", [](const html_node& n, rule_context& ctx) {
    if (!n.has_class("loud")) return rule_result::pass;
    ctx.render_wrapped(n, "**", "**", '*');
    return rule_result::done;
  });
  CHECK(c.convert("<p><span class=\"loud x\">a</span> <span>b</span></p>") == "**a** b\n");
  converter d;
  d.add_rule("p", writes("seen", rule_result::pass));
  CHECK(d.convert("<p>text</p>") == "seen\n\ntext\n");
}

TEST_CASE("converter: '*' rules see every element, ordered with the tag's rules", "[converter]") {
  converter c;
  int elements = 0;
  c.add_rule("*", [&elements](const html_node&, rule_context&) {
    ++elements;
    return rule_result::pass;
  }, 10);
  CHECK(c.convert("<p>a <b>b</b> <my-tag>c</my-tag></p>") == "a **b** c\n");
  CHECK(elements == 3);
}

TEST_CASE("converter: remove drops elements with their content", "[converter]") {
  converter c;
  c.remove({"aside", "b", "my-ad"});
  CHECK(c.convert("<p>a<b>b</b>c</p><aside>x</aside><my-ad>ad</my-ad><p>d</p>") == "ac\n\nd\n");
  converter d;
  d.remove(std::vector<std::string>{"P"});
  CHECK(d.convert("<p>a</p><div>b</div>") == "b\n");
}

TEST_CASE("converter: misuse throws invalid_argument", "[converter]") {
  converter c;
  CHECK_THROWS_AS(c.add_rule("", writes("x")), std::invalid_argument);
  CHECK_THROWS_AS(c.add_rule("p", article2md::rule()), std::invalid_argument);
  CHECK_THROWS_AS(c.remove({""}), std::invalid_argument);
  article2md::options o;
  o.max_depth = 0;
  CHECK_THROWS_AS(converter(o), std::invalid_argument);
}

TEST_CASE("converter: copies are independent", "[converter]") {
  converter a;
  converter b = a;
  b.remove({"b"});
  CHECK(a.convert("<b>x</b>") == "**x**\n");
  CHECK(b.convert("<b>x</b>") == "");
}

TEST_CASE("converter: deep nesting past max_depth is converted as text", "[converter]") {
  article2md::options o;
  o.max_depth = 16;
  converter c(o);
  std::string html;
  for (int i = 0; i < 40; ++i) html += "<div><span>";
  html += "<p>one <b>two</b></p><p>three<br>four</p>";
  for (int i = 0; i < 40; ++i) html += "</span></div>";
  html += "<p>after <b>bold</b></p>";
  // Below the limit emphasis is plain text, but words, blocks and breaks stay.
  CHECK(c.convert(html) == "one two\n\nthree\\\nfour\n\nafter **bold**\n");
}

TEST_CASE("converter: past max_depth, breaks stay and hidden or dropped elements go",
          "[converter]") {
  article2md::options o;
  o.max_depth = 3;
  converter c(o);
  std::string html;
  for (int i = 0; i < 10; ++i) html += "<div>";
  html += "<p>a<br>b<span hidden>SECRET</span> <button>Share</button> c</p>";
  CHECK(c.convert(html) == "a\\\nb c\n");
  article2md::options one;
  one.max_depth = 1;
  CHECK(converter(one).convert("<p>a<br>b</p>") == "a\\\nb\n");
}

TEST_CASE("converter: a whole page is cut to its article, fields given win", "[converter]") {
  const std::string page =
      "<html><head><title>Story - Site</title><meta property=\"og:site_name\" content=\"Site\">"
      "<link rel=\"canonical\" href=\"https://e.com/story\"></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav>"
      "<article><h1>Story</h1><p>The article text, long enough to be the article, with commas, "
      "and more words to make it so.</p><p>A second paragraph of the story, also with commas, "
      "and words.</p></article><footer>Copyright 2025, Site</footer></body></html>";
  // The title is the one the page shows, "Story": the <h1> agrees with the <title>, whose
  // " - Site" is the og:site_name. The <h1> repeating it goes, since the header shows it.
  CHECK(article2md::to_markdown(page) ==
        "[Story](https://e.com/story)\n------\n\nThe article text, long enough to be "
        "the article, with commas, and more words to make it so.\n\nA second paragraph of the "
        "story, also with commas, and words.\n");
  article2md::article_meta given;
  given.title = "Mine";
  given.url = "https://mine.org/";
  CHECK(article2md::to_markdown(page, given).rfind("[Mine](https://mine.org/)\n------\n", 0) == 0);
  article2md::options whole;
  whole.scope = article2md::content_scope::whole;
  whole.header = article2md::header_style::none;
  const std::string all = article2md::to_markdown(page, {}, whole);
  CHECK(all.find("[Home](/)") != std::string::npos);
  CHECK(all.find("Copyright 2025, Site") != std::string::npos);
  // A fragment is never cut, whatever it holds.
  CHECK(article2md::to_markdown("<nav><a href=\"/\">Home</a></nav><p>Text.</p>") ==
        "[Home](/)\n\nText.\n");
}

TEST_CASE("converter: deeply nested elements neither crash nor lose text", "[converter]") {
  // gumbo checks element scope per start tag, so nested blocks cost depth² in the parser:
  // 10000 divs keep this test quick; spans do not have that cost.
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "bottom";
  CHECK(article2md::to_markdown(html) == "bottom\n");
  std::string spans;
  for (int i = 0; i < 100000; ++i) spans += "<span>";
  spans += "deep span";
  CHECK(article2md::to_markdown(spans) == "deep span\n");
}

TEST_CASE("converter: convert is const and safe from many threads", "[converter]") {
  converter c;
  const std::string html = "<h2>T</h2><p>a <b>b</b> <a href=\"/x\">c</a></p>";
  article2md::article_meta meta;
  meta.url = "https://e.com/";
  const std::string expected = c.convert(html, meta);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (std::size_t t = 0; t < ok.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) ok[t] += c.convert(html, meta) == expected ? 1 : 0;
    });
  for (auto& th : threads) th.join();
  for (int n : ok) CHECK(n == 200);
}

TEST_CASE("converter: the base URL comes from the caller, then <base href>, then the URL",
          "[converter]") {
  const std::string html =
      "<html><head><base href=\"/root/\"></head><body><a href=\"x\">x</a></body></html>";
  article2md::article_meta meta;
  meta.url = "https://e.com/a/b";
  article2md::options no_header;
  no_header.header = article2md::header_style::none;
  CHECK(article2md::to_markdown(html, meta, no_header) == "[x](https://e.com/root/x)\n");
  meta.base_url = "https://other.org/";
  CHECK(article2md::to_markdown(html, meta, no_header) == "[x](https://other.org/x)\n");
}

TEST_CASE("converter: bad bytes are repaired, not fatal", "[converter]") {
  // HTML drops NUL characters from body text (tree construction, "in body" insertion mode).
  CHECK(article2md::to_markdown(std::string("a\0b", 3)) == "ab\n");
  CHECK(article2md::to_markdown("caf\xE9 \xFF") == "caf\xEF\xBF\xBD \xEF\xBF\xBD\n");
  CHECK(article2md::to_markdown("<p>unclosed <b>bold <i>both") == "unclosed **bold *both***\n");
  CHECK(article2md::to_markdown("") == "");
}

TEST_CASE("converter: input and output limits throw article2md::error", "[converter][limits]") {
  article2md::options o;
  o.header = article2md::header_style::none;
  o.max_input_bytes = 10;
  CHECK(converter(o).convert("<p>012</p>") == "012\n");  // 10 bytes
  CHECK_THROWS_WITH(converter(o).convert("<p>012345</p>"),
                    Catch::Contains("13 bytes") && Catch::Contains("max_input_bytes"));
  CHECK_THROWS_AS(converter(o).convert("<p>012345</p>"), article2md::error);
  o.max_input_bytes = 0;  // no limit
  CHECK(converter(o).convert("<p>012345</p>") == "012345\n");

  o.max_output_bytes = 20;
  CHECK(converter(o).convert("<p>short</p>") == "short\n");
  std::string many;
  for (int i = 0; i < 10; ++i) many += "<p>paragraph</p>";
  CHECK_THROWS_WITH(converter(o).convert(many), Catch::Contains("max_output_bytes"));
  // One long text node, checked at the end.
  CHECK_THROWS_AS(converter(o).convert(std::string(100, 'x')), article2md::error);
  o.max_output_bytes = 0;
  CHECK(converter(o).convert(many).size() == 10 * 11 - 1);
}

TEST_CASE("convert_article: the Markdown of convert() and the metadata used", "[converter]") {
  const std::string page =
      "<html lang=\"en-GB\"><head><title>Story - Site</title>"
      "<meta property=\"og:site_name\" content=\"Site\">"
      "<meta name=\"author\" content=\"Jane Roe\">"
      "<meta property=\"article:published_time\" content=\"2025-01-29T16:21:20Z\">"
      "<link rel=\"canonical\" href=\"https://e.com/story\"></head><body>"
      "<article><h1>Story</h1><p>The article text, long enough to be the article, with commas, "
      "and more words to make it so.</p></article></body></html>";
  converter c;
  article2md::article_meta given;
  given.title = "Mine";
  const article2md::converted_article a = c.convert_article(page, given);
  CHECK(a.markdown == c.convert(page, given));
  CHECK(a.meta.title == "Mine");  // given fields win
  CHECK(a.meta.url == "https://e.com/story");
  CHECK(a.meta.date == "2025-01-29T16:21:20Z");
  CHECK(a.meta.timestamp_ms == 1738167680000);  // computed from the date
  CHECK(a.meta.author == "Jane Roe");
  CHECK(a.meta.site_name == "Site");
  CHECK(a.meta.language == "en-GB");
  // The free function is the same.
  const article2md::converted_article b = article2md::convert_article(page, given);
  CHECK(b.markdown == a.markdown);
  CHECK(b.meta.site_name == "Site");
}

TEST_CASE("convert_article: a fragment keeps the caller's fields, a given stamp wins",
          "[converter]") {
  article2md::article_meta given;
  given.title = "T";
  given.url = "https://e.com/";
  given.timestamp_ms = 42;
  given.date = "2025-01-29";
  // A fragment is never read for metadata, even when it has a <title>-like heading.
  const auto a = article2md::convert_article("<h1>Other</h1><p>x</p>", given);
  CHECK(a.meta.title == "T");
  CHECK(a.meta.timestamp_ms == 42);
  CHECK(a.meta.author.empty());
  CHECK(a.meta.language.empty());
  // A date found opening the body is reported, with its stamp.
  article2md::article_meta no_date;
  no_date.title = "T";
  no_date.url = "https://e.com/";
  const auto b = article2md::convert_article("<p>2025-01-29</p><p>x</p>", no_date);
  CHECK(b.meta.date == "2025-01-29");
  CHECK(b.meta.timestamp_ms == 1738108800000);
  // A date that does not parse gives no stamp.
  no_date.date = "someday";
  CHECK_FALSE(article2md::convert_article("<p>x</p>", no_date).meta.timestamp_ms);
}

TEST_CASE("convert_article: a javascript: URL is not reported", "[converter]") {
  const std::string page =
      "<html><head><title>Story</title><link rel=\"canonical\" href=\"javascript:alert(1)\">"
      "</head><body><p>Text</p></body></html>";
  const auto a = article2md::convert_article(page);
  CHECK(a.meta.title == "Story");
  CHECK(a.meta.url.empty());
}
