// Lists, block quotes and code.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {
std::string md(const std::string& html) { return article2md::to_markdown(html); }
}  // namespace

TEST_CASE("rule ul/ol: tight lists, numbering, start, reversed, value", "[rules][list]") {
  CHECK(md("<ul><li>one</li><li><p>two</p></li></ul><p>after</p>") == "- one\n- two\n\nafter\n");
  CHECK(md("<ol start=\"9\"><li>nine</li><li>ten</li></ol>") == "9. nine\n10. ten\n");
  CHECK(md("<ol reversed><li>c</li><li>b</li><li>a</li></ol>") == "3. c\n2. b\n1. a\n");
  CHECK(md("<ol><li>a</li><li value=\"7\">g</li><li>h</li></ol>") == "1. a\n7. g\n8. h\n");
  // Empty items keep their bullet; a list of empty items only is spacing.
  CHECK(md("<ul><li></li><li> </li><li>x</li></ul>") == "-\n-\n- x\n");
  CHECK(md("<ul><li></li><li> </li></ul><p>x</p>") == "x\n");
  // Items that are all paragraphs make a loose list.
  CHECK(md("<ul><li><p>a</p></li><li><p>b</p></li></ul>") == "- a\n\n- b\n");
  CHECK(md("<ul><li>a</li><li><hr></li></ul>") == "- a\n- ___\n");
}

TEST_CASE("rule ul/ol: nesting, including <ul><ul> as pages write it", "[rules][list]") {
  CHECK(md("<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>") ==
        "- a\n  - b\n    1. c\n- d\n");
  CHECK(md("<ul><li>a</li><ul><li>inner</li></ul><li>b</li></ul>") == "- a\n  - inner\n- b\n");
  CHECK(md("<ol><li>ten</li></ol>") == "1. ten\n");
}

TEST_CASE("rule ul/ol: items holding several blocks stay in the item", "[rules][list]") {
  CHECK(md("<ol><li><p>one</p><p>more</p></li><li>two</li></ol>") ==
        "1. one\n\n   more\n2. two\n");
  CHECK(md("<ul><li>code:<pre>x = 1\n\ny = 2</pre></li></ul>") ==
        "- code:\n\n  ```\n  x = 1\n\n  y = 2\n  ```\n");
  CHECK(md("<ul><li><blockquote>q</blockquote></li><li><h3>h</h3></li></ul>") ==
        "- > q\n- ### h\n");
}

TEST_CASE("rule ul/ol: adjacent lists keep apart with another marker", "[rules][list]") {
  CHECK(md("<ul><li>a</li></ul><ul><li>b</li></ul>") == "- a\n\n* b\n");
  CHECK(md("<ol><li>a</li></ol><ol><li>b</li></ol>") == "1. a\n\n1) b\n");
  // Along a run the markers alternate, so no two neighbours share one.
  CHECK(md("<ul><li>a</li></ul><ul><li>b</li></ul><ul><li>c</li></ul>") ==
        "- a\n\n* b\n\n- c\n");
}

TEST_CASE("rule ul/ol: text after a nested list stays in its item", "[rules][list]") {
  CHECK(md("<ul><li>a<ul><li>b</li></ul>c</li><li>d</li></ul>") == "- a\n  - b\n\n  c\n- d\n");
}

TEST_CASE("rule ol: numbers past nine digits are clamped to stay markers", "[rules][list]") {
  CHECK(md("<ol start=\"999999999\"><li>a</li><li>b</li></ol>") ==
        "999999999. a\n999999999. b\n");
  CHECK(md("<ol start=\"-3\"><li>a</li></ol>") == "0. a\n");
}

TEST_CASE("rule li: item text that looks like a marker is escaped", "[rules][list]") {
  CHECK(md("<ul><li>1. not nested</li><li>- nor this</li></ul>") ==
        "- 1\\. not nested\n- \\- nor this\n");
  CHECK(md("<li>orphan item</li>") == "- orphan item\n");
}

TEST_CASE("rule li: task items", "[rules][list]") {
  CHECK(md("<ul><li><input type=checkbox checked> done</li><li><input type=checkbox>todo</li>"
           "</ul>") == "- [x] done\n- [ ] todo\n");
  CHECK(md("<ul><li><p><input type=checkbox disabled> in p</p></li></ul>") == "- [ ] in p\n");
}

TEST_CASE("rule blockquote: prefixes, nesting, blocks inside", "[rules][quote]") {
  CHECK(md("<blockquote><p>a</p><p>b</p></blockquote><p>out</p>") == "> a\n>\n> b\n\nout\n");
  CHECK(md("<blockquote>a<blockquote>b</blockquote></blockquote>") == "> a\n>\n> > b\n");
  CHECK(md("<blockquote><h2>H</h2><ul><li>i</li></ul><pre>c</pre></blockquote>") ==
        "> ## H\n>\n> - i\n>\n> ```\n> c\n> ```\n");
  CHECK(md("<blockquote> </blockquote><p>x</p>") == ">\n\nx\n");
  CHECK(md("<blockquote><p># not a heading</p></blockquote>") == "> \\# not a heading\n");
}

TEST_CASE("rule code: spans sized for the backticks inside", "[rules][code]") {
  CHECK(md("<p><code>x = 1</code></p>") == "`x = 1`\n");
  CHECK(md("<p><code>a`b</code></p>") == "``a`b``\n");
  CHECK(md("<p><code>`x`</code></p>") == "`` `x` ``\n");
  // Edge spaces show inside the code box: kept, with the padding CommonMark strips.
  CHECK(md("<p><code> padded </code> <code>x\n  y</code></p>") == "`  padded  ` `x y`\n");
  CHECK(md("<p><code>*not* [escaped] \\</code></p>") == "`*not* [escaped] \\`\n");
  CHECK(md("<p><code></code>x</p>") == "x\n");
  CHECK(md("<p><kbd>Ctrl</kbd>+<kbd>C</kbd> <samp>out</samp> <tt>tt</tt></p>") ==
        "`Ctrl`+`C` `out` `tt`\n");
}

TEST_CASE("rule pre: fenced blocks kept exactly, with the language", "[rules][code]") {
  CHECK(md("<pre>  two\n\tspaces  \n\nend</pre>") == "```\n  two\n\tspaces  \n\nend\n```\n");
  CHECK(md("<pre><code class=\"language-python\">print(1)\n</code></pre>") ==
        "```python\nprint(1)\n```\n");
  CHECK(md("<pre class=\"lang-js\">x</pre>") == "```js\nx\n```\n");
  CHECK(md("<div class=\"highlight highlight-source-rust\"><pre>fn</pre></div>") ==
        "```rust\nfn\n```\n");
  CHECK(md("<pre class=\"brush: ruby; gutter: false\">puts</pre>") == "```ruby\nputs\n```\n");
  CHECK(md("<pre>a ```` b</pre>") == "`````\na ```` b\n`````\n");
  CHECK(md("<pre><a href=\"/x\">link</a> and <b>bold</b><br>next</pre>") ==
        "```\nlink and bold\nnext\n```\n");
  CHECK(md("<pre>   \n</pre><p>x</p>") == "```\n```\n\nx\n");
  CHECK(md("<pre><code class=\"language-föö\">x</code></pre>") == "```föö\nx\n```\n");
  CHECK(md("<pre>&lt;tag&gt; &amp;amp;</pre>") == "```\n<tag> &amp;\n```\n");
}

TEST_CASE("blocks inside emphasis keep their line-start syntax", "[rules][emphasis]") {
  // Emphasis cannot span blocks: it closes before each block and opens again inside it, after
  // the block's own syntax, which must begin the line (CommonMark 4.1, 4.2; GFM 4.10).
  CHECK(md("<i>a<h2>Title</h2>b</i>") == "*a*\n\n## *Title*\n\n*b*\n");
  CHECK(md("<b>x<h3>T <i>y</i></h3></b>") == "**x**\n\n### **T *y***\n");
  CHECK(md("<blockquote><b>x<h2>H</h2></b></blockquote>") == "> **x**\n>\n> ## **H**\n");
  CHECK(md("<i><h2></h2>x</i>") == "*x*\n");
  // A thematic break has no text to emphasize: the emphasis closes around it.
  CHECK(md("<i>a<hr>b</i>") == "*a*\n\n---\n\n*b*\n");
  CHECK(md("<ul><li><i>a<hr>b</i></li></ul>") == "- *a*\n\n  ___\n\n  *b*\n");
  // Table rows begin with `|`: emphasis around a table closes before it.
  CHECK(md("<b><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>c</b>") ==
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n**c**\n");
}

TEST_CASE("rule pre: a code block inside emphasis keeps its fences at the line start",
          "[rules][code]") {
  // Found by fuzz_archive (tests/fuzz/regressions/to_markdown/pre-inside-emphasis): the
  // emphasis was reopened before the fence, so the fence was text and the code raw HTML.
  CHECK(md("<i>a<pre>&lt;script&gt;x&lt;/script&gt;</pre>b</i>") ==
        "*a*\n\n```\n<script>x</script>\n```\n\n*b*\n");
  article2md::options o;
  o.header = article2md::header_style::none;
  o.code_blocks = article2md::code_block_style::indented;
  CHECK(article2md::to_markdown("<b><pre>&lt;p&gt;</pre></b>", {}, o) == "    <p>\n");
  // Inside a list the blank line an indented block needs may not be written (text straight
  // in a <ul>): fenced there (fuzz regression to_markdown/indented-code-after-list-text).
  CHECK(article2md::to_markdown("<ul><li>a<pre>&lt;script&gt;</pre></li></ul>", {}, o) ==
        "- a\n\n  ```\n  <script>\n  ```\n");
  // Text in a list before any item is in no item: no indent, which would open no container
  // (fuzz regression to_markdown/stray-text-nested-lists: nested, it reached four spaces).
  CHECK(article2md::to_markdown("<ul>/<pre>&lt;script&gt;", {}, o) == "/\n\n    <script>\n");
  CHECK(md("<ul><ul>/<pre>&lt;script&gt;</pre></ul></ul>") ==
        "/\n\n```\n<script>\n```\n");
  CHECK(md("<ul><li>a</li>more<pre>x</pre></ul>") == "- a\n  more\n  ```\n  x\n  ```\n");
}
