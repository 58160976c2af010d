// Every output option, against the default it replaces.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using article2md::options;

namespace {
std::string md(const std::string& html, const options& o) { return article2md::to_markdown(html, {}, o); }
}  // namespace

TEST_CASE("option headings: setext for h1 and h2", "[options]") {
  options o;
  o.headings = article2md::heading_style::setext;
  CHECK(md("<h1>Title here</h1><h2>Sub</h2><h3>Third</h3><h2> </h2>", o) ==
        "Title here\n==========\n\nSub\n---\n\n### Third\n");
  CHECK(md("<h2>- looks like a list</h2>", o) == "\\- looks like a list\n--------------------\n");
}

TEST_CASE("option bullet", "[options]") {
  options o;
  o.bullet = '*';
  CHECK(md("<ul><li>a</li></ul><ul><li>b</li></ul>", o) == "* a\n\n- b\n");
  o.bullet = '+';
  CHECK(md("<ul><li>a</li></ul>", o) == "+ a\n");
}

TEST_CASE("option emphasis and strong delimiters", "[options]") {
  options o;
  o.strong_delimiter = "__";
  o.emphasis_delimiter = "_";
  CHECK(md("<p><b>bold</b> and <i>it</i> and snake_case</p>", o) ==
        "__bold__ and _it_ and snake_case\n");
  // Inside a `_` span a closing `_` in the text must be escaped.
  CHECK(md("<p><i>a_ b</i></p>", o) == "_a\\_ b_\n");
}

TEST_CASE("option code blocks: indented, and the fence character", "[options]") {
  options o;
  o.code_blocks = article2md::code_block_style::indented;
  CHECK(md("<p>x</p><pre>a\n\n  b</pre>", o) == "x\n\n    a\n\n      b\n");
  options t;
  t.fence = '~';
  CHECK(md("<pre class=\"language-c\">a ~~~ b</pre>", t) == "~~~~c\na ~~~ b\n~~~~\n");
}

TEST_CASE("option hard breaks: two spaces", "[options]") {
  options o;
  o.hard_breaks = article2md::hard_break_style::spaces;
  CHECK(md("<p>a<br>b</p>", o) == "a  \nb\n");
}

TEST_CASE("option links: reference style with definitions at the end", "[options]") {
  options o;
  o.links = article2md::link_style::reference;
  CHECK(md("<p><a href=\"/a\">one</a>, <a href=\"/b\" title=\"T\">two</a>, <a href=\"/a\">again</a>"
           "</p><p>end</p>", o) ==
        "[one][1], [two][2], [again][1]\n\nend\n\n[1]: /a\n[2]: /b \"T\"\n");
}

TEST_CASE("option gfm: task lists off write the box as text", "[options]") {
  options o;
  o.gfm_task_lists = false;
  CHECK(md("<ul><li><input type=checkbox checked> done</li></ul>", o) == "- \\[x\\] done\n");
}

TEST_CASE("options: invalid values are refused", "[options]") {
  options o;
  o.bullet = '#';
  CHECK_THROWS_AS(article2md::converter(o), std::invalid_argument);
  o = options();
  o.strong_delimiter = "*";
  CHECK_THROWS_AS(article2md::converter(o), std::invalid_argument);
  o = options();
  o.emphasis_delimiter = "__";
  CHECK_THROWS_AS(article2md::converter(o), std::invalid_argument);
  o = options();
  o.fence = '"';
  CHECK_THROWS_AS(article2md::converter(o), std::invalid_argument);
}
