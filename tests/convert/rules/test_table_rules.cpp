// Tables: one test case per behaviour, with inline HTML and no header. Every pipe table expected
// here reads back through `cmark-gfm -e table` with the same cells, alignment and columns.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

namespace {

std::string md(const std::string& html, bool gfm_tables = true) {
  article2md::options o;
  o.header = article2md::header_style::none;
  o.gfm_tables = gfm_tables;
  return article2md::to_markdown(html, {}, o);
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("table: a data table is a GFM pipe table with blank lines around", "[rules][table]") {
  CHECK(md("<p>before</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
           "</table><p>after</p>") ==
        "before\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nafter\n");
}

TEST_CASE("table: without <th> the first row is the header", "[rules][table]") {
  CHECK(md("<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: thead first, tfoot last, whatever the source order", "[rules][table]") {
  CHECK(md("<table><tfoot><tr><td>total</td><td>3</td></tr></tfoot>"
           "<tbody><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></tbody>"
           "<thead><tr><th>name</th><th>n</th></tr></thead></table>") ==
        "| name | n |\n| --- | --- |\n| x | 1 |\n| y | 2 |\n| total | 3 |\n");
  // A second header row is a body row: GFM has one header row.
  CHECK(md("<table><thead><tr><th>a</th><th>b</th></tr><tr><th>c</th><th>d</th></tr></thead>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| c | d |\n| 1 | 2 |\n");
}

TEST_CASE("table: alignment from align, style text-align and inheritance", "[rules][table]") {
  CHECK(md("<table><tr><th align=left>l</th><th style='text-align: center'>c</th>"
           "<th style='color:red;TEXT-ALIGN:right !important'>r</th><th>n</th></tr>"
           "<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>") ==
        "| l | c | r | n |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n");
  // From the header row or the thead.
  CHECK(md("<table><thead align=right><tr><th>a</th><th>b</th></tr></thead>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "| a | b |\n| --: | --: |\n| 1 | 2 |\n");
  // justify, start and end say nothing GFM can.
  CHECK(md("<table><tr><th align=justify>a</th><th style='text-align:start'>b</th></tr>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: alignment from <col>, then from the body cells that agree", "[rules][table]") {
  CHECK(md("<table><colgroup><col><col span=2 align=center></colgroup>"
           "<tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td><td>2</td><td>3</td></tr>"
           "</table>") ==
        "| a | b | c |\n| --- | :-: | :-: |\n| 1 | 2 | 3 |\n");
  // Every body cell of the second column is right-aligned; the first column disagrees.
  CHECK(md("<table><tr><th>item</th><th>price</th></tr>"
           "<tr><td align=right>x</td><td align=right>1.00</td></tr>"
           "<tr><td>y</td><td style='text-align:right'>22.50</td></tr></table>") ==
        "| item | price |\n| --- | --: |\n| x | 1.00 |\n| y | 22.50 |\n");
  // A header spanning columns is a group label: it does not align the columns under it.
  CHECK(md("<table><tr><th colspan=2 align=center>group</th></tr>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "| group |  |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: pipes escaped, line breaks become spaces", "[rules][table]") {
  CHECK(md("<table><tr><th>a|b</th><th>code</th></tr>"
           "<tr><td>one<br>two\nthree</td><td><code>x || y</code></td></tr></table>") ==
        "| a\\|b | code |\n| --- | --- |\n| one two three | `x \\|\\| y` |\n");
}

TEST_CASE("table: colspan and rowspan fill their slots so columns line up", "[rules][table]") {
  CHECK(md("<table><tr><th>a</th><th>b</th><th>c</th></tr>"
           "<tr><td colspan=2>wide</td><td>1</td></tr>"
           "<tr><td rowspan=2>tall</td><td>2</td><td>3</td></tr>"
           "<tr><td>4</td><td>5</td></tr></table>") ==
        "| a | b | c |\n| --- | --- | --- |\n| wide |  | 1 |\n| tall | 2 | 3 |\n|  | 4 | 5 |\n");
  // rowspan=0 reaches the end of its row group, and no span crosses into the next group.
  CHECK(md("<table><tbody><tr><td rowspan=0>x</td><td>1</td></tr><tr><td>2</td></tr></tbody>"
           "<tbody><tr><td rowspan=5>y</td><td>3</td></tr><tr><td>4</td><td>5</td></tr>"
           "</tbody></table>") ==
        "| x | 1 |  |\n| --- | --- | --- |\n|  | 2 |  |\n| y | 3 |  |\n|  | 4 | 5 |\n");
}

TEST_CASE("table: short rows are padded to the widest row", "[rules][table]") {
  CHECK(md("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td></tr>"
           "<tr><td>2</td><td>3</td><td>4</td></tr></table>") ==
        "| a | b |  |\n| --- | --- | --- |\n| 1 |  |  |\n| 2 | 3 | 4 |\n");
}

TEST_CASE("table: blocks in a data cell are joined on its line", "[rules][table]") {
  // With header cells, a list or two paragraphs are a value's structure, not layout.
  CHECK(md("<table><tr><th>k</th><th>v</th></tr>"
           "<tr><td>list</td><td><ul><li>one</li><li>two</li></ul></td></tr>"
           "<tr><td>paras</td><td><p>first</p><p>second</p></td></tr>"
           "<tr><td>quote</td><td><blockquote>q</blockquote></td></tr></table>") ==
        "| k | v |\n| --- | --- |\n| list | one two |\n| paras | first second |\n"
        "| quote | q |\n");
}

TEST_CASE("table: the caption is an emphasized line above the table", "[rules][table]") {
  CHECK(md("<table><caption>Prices, <b>2024</b></caption><tr><th>a</th><th>b</th></tr>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "*Prices, **2024***\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: one column is layout, rendered as its content", "[rules][table]") {
  CHECK(md("<table><tr><td>first</td></tr><tr><td><b>second</b></td></tr></table>") ==
        "first\n\n**second**\n");
  // Spacer cells do not make a second column.
  CHECK(md("<table><tr><td>&nbsp;</td><td>first</td></tr><tr><td></td><td>second</td></tr>"
           "</table>") ==
        "first\n\nsecond\n");
}

TEST_CASE("table: a single row is layout (columns of a page)", "[rules][table]") {
  CHECK(md("<table><tr><td><a href='/home'>Home</a></td><td>The article text.</td></tr>"
           "</table>") ==
        "[Home](/home)\n\nThe article text.\n");
}

TEST_CASE("table: cells holding a document make a layout table", "[rules][table]") {
  // A heading.
  CHECK(md("<table><tr><td><h2>Title</h2>text</td><td>side</td></tr>"
           "<tr><td>a</td><td>b</td></tr></table>") ==
        "## Title\n\ntext\n\nside\n\na\n\nb\n");
  // A nested table: its own rows stay its own.
  CHECK(md("<table><tr><td>menu</td><td><table><tr><th>x</th><th>y</th></tr>"
           "<tr><td>1</td><td>2</td></tr></table></td></tr><tr><td>a</td><td>b</td></tr>"
           "</table>") ==
        "menu\n\n| x | y |\n| --- | --- |\n| 1 | 2 |\n\na\n\nb\n");
  // Prose-length text, even with header cells.
  std::string prose(600, 'w');
  CHECK(md("<table><tr><th>a</th><th>b</th></tr><tr><td>" + prose + "</td><td>x</td></tr>"
           "</table>") ==
        "a\n\nb\n\n" + prose + "\n\nx\n");
}

TEST_CASE("table: cells holding structure make a layout table without <th>", "[rules][table]") {
  CHECK(md("<table><tr><td><p>one</p><p>two</p></td><td><ul><li>nav</li></ul></td></tr>"
           "<tr><td>a</td><td>b</td></tr></table>") ==
        "one\n\ntwo\n\n- nav\n\na\n\nb\n");
}

TEST_CASE("table: role=presentation is layout", "[rules][table]") {
  CHECK(md("<table role=presentation><tr><td>a</td><td>b</td></tr>"
           "<tr><td>c</td><td>d</td></tr></table>") ==
        "a\n\nb\n\nc\n\nd\n");
}

TEST_CASE("table: with gfm_tables off, each row a paragraph of its cells", "[rules][table]") {
  CHECK(md("<table><caption>Cap</caption><tr><th>a</th><th>b</th></tr>"
           "<tr><td># 1</td><td>x|y</td></tr><tr><td></td><td>z</td></tr></table>",
           false) ==
        "*Cap*\n\na\\\nb\n\n\\# 1\\\nx|y\n\nz\n");
}

TEST_CASE("table: in link text or a heading, its text in place", "[rules][table]") {
  CHECK(md("<h2>Head <table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
           "</h2>") == "## Head a b c d\n");
}

TEST_CASE("table: empty tables, rows and columns produce nothing", "[rules][table]") {
  CHECK(md("<p>x</p><table><tr><td></td><td>&nbsp;</td></tr><tr><td> </td></tr></table>"
           "<p>y</p>") == "x\n\ny\n");
  CHECK(md("<table><caption>Only a caption</caption><tr><td></td></tr></table>") ==
        "*Only a caption*\n");
  // A spacer row and a spacer column.
  CHECK(md("<table><tr><th>a</th><td>&nbsp;</td><th>b</th></tr>"
           "<tr><td>&nbsp;</td><td></td><td></td></tr>"
           "<tr><td>1</td><td></td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: hidden rows and cells are skipped", "[rules][table]") {
  CHECK(md("<table><tr><th>a</th><th>b</th><th hidden>h</th></tr>"
           "<tr style='display: none'><td>x</td><td>y</td></tr>"
           "<tr><td>1</td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n");
}

TEST_CASE("table: inside a quote or a list item, with their prefixes", "[rules][table]") {
  CHECK(md("<blockquote><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
           "</table></blockquote>") ==
        "> | a | b |\n> | --- | --- |\n> | 1 | 2 |\n");
  CHECK(md("<ul><li><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
           "</li><li>next</li></ul>") ==
        "- | a | b |\n  | --- | --- |\n  | 1 | 2 |\n- next\n");
}

TEST_CASE("table: too many columns, written as rows of text", "[rules][table]") {
  std::string html = "<table><tr>";
  for (int i = 0; i < 1001; ++i) html += "<th>h</th>";
  html += "</tr><tr>";
  for (int i = 0; i < 1001; ++i) html += "<td>d</td>";
  html += "</tr></table>";
  std::string out = md(html);
  CHECK(count(out, "|") == 0);
  CHECK(count(out, "h\\\n") == 1000);
  CHECK(count(out, "\n\nd\\\n") == 1);
}

TEST_CASE("table: spans that would blow the grid up, written as rows", "[rules][table]") {
  // One colspan=1000 cell over many one-cell rows would pad every row to 1000 slots.
  std::string html = "<table><tr><td colspan=1000>wide</td><td>x</td></tr>";
  for (int i = 0; i < 2000; ++i) html += "<tr><td>a</td><td>b</td></tr>";
  html += "</table>";
  std::string out = md(html);
  CHECK(out.size() < 20000);
  CHECK(out.substr(0, 20) == "wide\\\nx\n\na\\\nb\n\na\\\nb\n");
}

TEST_CASE("table: large tables stay linear", "[rules][table]") {
  std::string html = "<table><tr><th>n</th><th>v</th></tr>";
  for (int i = 0; i < 100000; ++i) html += "<tr><td>" + std::to_string(i) + "</td><td>v</td></tr>";
  html += "</table>";
  std::string out = md(html);
  CHECK(count(out, "\n") == 100002);
  CHECK(out.substr(0, 30) == "| n | v |\n| --- | --- |\n| 0 | ");

  std::string wide = "<table><tr>";
  for (int i = 0; i < 10000; ++i) wide += "<td rowspan=65534>c</td>";
  wide += "</tr>";
  for (int i = 0; i < 1000; ++i) wide += "<tr><td>a</td><td>b</td></tr>";
  wide += "</table>";
  CHECK(md(wide).size() < 50000);
}

TEST_CASE("table: a pipe in a link's destination or title stays in its cell", "[rules][table]") {
  CHECK(md("<table><tr><th>a</th><th>b</th></tr><tr><td><a href='/x?q=a|b' title='t | u'>l</a>"
           "</td><td>2</td></tr></table>") ==
        "| a | b |\n| --- | --- |\n| [l](/x?q=a\\|b \"t \\| u\") | 2 |\n");
}
