// Phrase rules: one test case per element, inline HTML, default options and no header.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string md(const std::string& html, const article2md::options& opts = {}) {
  return article2md::to_markdown(html, {}, opts);
}

}  // namespace

TEST_CASE("rule del/s/strike: GFM strikethrough, plain text without it", "[rules]") {
  CHECK(md("<p>a <del>gone</del> b<s> x </s>y<strike>z</strike></p>") ==
        "a ~~gone~~ b ~~x~~ y~~z~~\n");
  CHECK(md("<p>a<del> </del>b<del></del></p>") == "a b\n");
  CHECK(md("<p><del>x~y</del> ~~literal~~</p>") == "~~x\\~y~~ \\~\\~literal~\\~\n");
  // A delimiter run cannot span paragraphs: each paragraph is struck on its own.
  CHECK(md("<del><p>a</p><p>b</p></del>") == "~~a~~\n\n~~b~~\n");
  CHECK(md("<del>x<ul><li>i</li></ul></del>") == "~~x~~\n\n- i\n");
  article2md::options plain;
  plain.gfm_strikethrough = false;
  CHECK(md("<p>a <del>gone</del> b</p>", plain) == "a gone b\n");
}

TEST_CASE("rule ins/u: text, Markdown has no underline", "[rules]") {
  CHECK(md("<p>a <ins>added</ins> <u>under</u> b</p>") == "a added under b\n");
}

TEST_CASE("rule mark: text, Markdown has no highlight", "[rules]") {
  CHECK(md("<p>a <mark>marked *text*</mark> b</p>") == "a marked \\*text\\* b\n");
}

TEST_CASE("rule small: text", "[rules]") {
  CHECK(md("<p>Price <small>(plus tax)</small></p>") == "Price (plus tax)\n");
}

TEST_CASE("rule cite: its text, upright as sites style references", "[rules]") {
  CHECK(md("<p>In <cite>The Book</cite>, he</p>") == "In The Book, he\n");
  CHECK(md("<p><em>see <cite>Book</cite> now</em></p>") == "*see Book now*\n");
  CHECK(md("<p><cite><em>Book</em></cite></p>") == "*Book*\n");
}

TEST_CASE("rule var/dfn inside emphasis: italic once, never `**`", "[rules]") {
  CHECK(md("<p><em>see <var>n</var> now</em></p>") == "*see n now*\n");
  CHECK(md("<p><dfn><em>term</em></dfn> <var> <i>x</i> </var></p>") == "*term* *x*\n");
  article2md::options underscore;
  underscore.emphasis_delimiter = "_";
  CHECK(md("<p><var>n</var></p>", underscore) == "_n_\n");
}

TEST_CASE("rule var: emphasis", "[rules]") {
  CHECK(md("<p>Let <var>n</var> be</p>") == "Let *n* be\n");
}

TEST_CASE("rule dfn: emphasis", "[rules]") {
  CHECK(md("<p>A <dfn>widget</dfn> is</p>") == "A *widget* is\n");
}

TEST_CASE("rule abbr/acronym: the shown text, the title is a tooltip", "[rules]") {
  CHECK(md("<p>The <abbr title=\"World Health Organization\">WHO</abbr> said</p>") ==
        "The WHO said\n");
  CHECK(md("<p><acronym title=\"x\">NATO</acronym></p>") == "NATO\n");
}

TEST_CASE("rule time/data: the shown text", "[rules]") {
  CHECK(md("<p>On <time datetime=\"2024-05-01\">May 1</time>: "
           "<data value=\"7\">seven</data></p>") ==
        "On May 1: seven\n");
}

TEST_CASE("rule address: a block whose lines are kept", "[rules]") {
  CHECK(md("<p>x</p><address>Jane Doe<br>1 Main St<br>Town</address><p>y</p>") ==
        "x\n\nJane Doe\\\n1 Main St\\\nTown\n\ny\n");
  CHECK(md("<address><a href=\"mailto:a@b.org\">Mail us</a></address>") ==
        "[Mail us](mailto:a@b.org)\n");
}

TEST_CASE("rule sup: Unicode superscripts when every character has one, else text", "[rules]") {
  CHECK(md("<p>E = mc<sup>2</sup>, 10<sup>-3</sup>, 10<sup>\xE2\x88\x92" "6</sup></p>") ==
        "E = mc\xC2\xB2, 10\xE2\x81\xBB\xC2\xB3, 10\xE2\x81\xBB\xE2\x81\xB6\n");
  CHECK(md("<p>x<sup>n+1</sup> x<sup><b>(2)</b></sup></p>") ==
        "x\xE2\x81\xBF\xE2\x81\xBA\xC2\xB9 x\xE2\x81\xBD\xC2\xB2\xE2\x81\xBE\n");
  CHECK(md("<p>the 1<sup>st</sup> and x<sup>a b</sup> x<sup>2 3</sup></p>") ==
        "the 1st and xa b x2 3\n");
  // Edge whitespace stays outside.
  CHECK(md("<p>a<sup> 2 </sup>b</p>") == "a \xC2\xB2 b\n");
  // A footnote reference stays a link.
  CHECK(md("<p>Claim<sup><a href=\"#fn1\">1</a></sup>.</p>") == "Claim[1](#fn1).\n");
  CHECK(md("<p>Claim<sup class=\"reference\"><a href=\"#c1\">[1]</a></sup></p>") ==
        "Claim[\\[1\\]](#c1)\n");
}

TEST_CASE("rule sub: Unicode subscripts when every character has one, else text", "[rules]") {
  CHECK(md("<p>H<sub>2</sub>O and CO<sub>2</sub>, x<sub>i+1</sub></p>") ==
        "H\xE2\x82\x82O and CO\xE2\x82\x82, x\xE1\xB5\xA2\xE2\x82\x8A\xE2\x82\x81\n");
  // A letter without a subscript form keeps the whole run plain.
  CHECK(md("<p>x<sub>b</sub> x<sub>n</sub></p>") == "xb x\xE2\x82\x99\n");
  CHECK(md("<p>a<sub>(12)</sub></p>") == "a\xE2\x82\x8D\xE2\x82\x81\xE2\x82\x82\xE2\x82\x8E\n");
}

TEST_CASE("rule q: the quotation marks the browser draws, single inside double", "[rules]") {
  CHECK(md("<p>He said <q>hi <q>there</q> friend</q>.</p>") ==
        "He said \xE2\x80\x9Chi \xE2\x80\x98there\xE2\x80\x99 friend\xE2\x80\x9D.\n");
  CHECK(md("<p><q><b>Bold</b> quote</q></p>") == "\xE2\x80\x9C**Bold** quote\xE2\x80\x9D\n");
}

TEST_CASE("rule dl/dt/dd: term lines, definitions on the lines after", "[rules]") {
  CHECK(md("<dl><dt>Term</dt><dd>Def one</dd><dd>Def two</dd><dt>T2</dt><dt>T2b</dt>"
           "<dd><p>P def</p></dd></dl><p>next</p>") ==
        "Term\\\nDef one\\\nDef two\n\nT2\\\nT2b\\\nP def\n\nnext\n");
  // A definition made of blocks is written as its blocks.
  CHECK(md("<dl><dt>T3</dt><dd><p>a</p><p>b</p></dd><dt>T4</dt><dd>c</dd></dl>") ==
        "T3\n\na\n\nb\n\nT4\\\nc\n");
  // A term is one line; a term alone is still a line of its own.
  CHECK(md("<p>x</p><dl><dt>Multi<br>line</dt></dl>") == "x\n\nMulti line\n");
  CHECK(md("<ul><li><dl><dt>T</dt><dd>D</dd></dl></li></ul>") == "- T\\\n  D\n");
}

TEST_CASE("rule details/summary: the summary as a line of its own, then the content", "[rules]") {
  CHECK(md("<details><summary>More info</summary><p>Hidden text</p></details><p>x</p>") ==
        "More info\n\nHidden text\n\nx\n");
  CHECK(md("<details><summary>S</summary>loose <q>text</q></details>") ==
        "S\n\nloose \xE2\x80\x9Ctext\xE2\x80\x9D\n");
  // Without a summary the browser's own label is interface: not written.
  CHECK(md("<details><p>no summary</p></details>") == "no summary\n");
  CHECK(md("<blockquote><details><summary>S</summary>b</details></blockquote>") ==
        "> S\n>\n> b\n");
}
