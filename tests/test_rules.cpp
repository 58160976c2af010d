// One test case per built-in rule, with inline HTML and no header.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string md(const std::string& html, const std::string& base = {}) {
  article2md::article_meta meta;
  meta.base_url = base;
  return article2md::to_markdown(html, meta);
}

}  // namespace

TEST_CASE("rule p: paragraphs are blocks separated by one blank line", "[rules]") {
  CHECK(md("<p>one</p><p>two</p>\n\n<p>three</p>") == "one\n\ntwo\n\nthree\n");
  CHECK(md("<p> </p><p><br></p><p>text</p><p>&nbsp;</p>") == "text\n");
  CHECK(md("<p>10&nbsp;km &nbsp;&nbsp;x</p>") == "10\xC2\xA0km \xC2\xA0\xC2\xA0x\n");
  // A source line break between CJK characters is no space (CSS Text 3 segment breaks).
  CHECK(md("<p>中文\n文本 and\nEnglish。\n中</p>") == "中文文本 and English。中\n");
}

TEST_CASE("rule br: hard break; two in a row end the paragraph", "[rules]") {
  CHECK(md("<p>a<br>b</p>") == "a\\\nb\n");
  CHECK(md("<p>a <br> b</p>") == "a\\\nb\n");
  CHECK(md("<p>a<br /><br />b</p>") == "a\n\nb\n");
  CHECK(md("<p>a<br><br><br>b</p>") == "a\n\nb\n");
  CHECK(md("<p><br>a<br></p>") == "a\n");
}

TEST_CASE("rule h1-h6: ATX headings on one line", "[rules]") {
  CHECK(md("<h1>One</h1><h6>Six</h6>") == "# One\n\n###### Six\n");
  CHECK(md("<h2>Two<br>lines</h2>") == "## Two lines\n");
  CHECK(md("<h3>  <em>Styled</em> title </h3>") == "### *Styled* title\n");
  CHECK(md("<h2> </h2><p>x</p>") == "x\n");
  CHECK(md("<h2>Number #</h2>") == "## Number \\#\n");
  CHECK(md("<p>text</p><h2>head</h2>text") == "text\n\n## head\n\ntext\n");
}

TEST_CASE("rule strong/b and em/i: emphasis with edge whitespace outside", "[rules]") {
  CHECK(md("<p><strong>s</strong> <b>b</b> <em>e</em> <i>i</i></p>") == "**s** **b** *e* *i*\n");
  CHECK(md("<p>a<b> b </b>c</p>") == "a **b** c\n");
  CHECK(md("<p>a<b> </b>c<em></em>d</p>") == "a cd\n");
  CHECK(md("<p><b><i>both</i></b></p>") == "***both***\n");
  CHECK(md("<p>x<em>y.</em>z</p>") == "x*y*.z\n");
  CHECK(md("<p><b>Note:</b>text <b>very</b><b>bold</b></p>") == "**Note**:text **verybold**\n");
}

TEST_CASE("rule a: links, resolution, autolinks and empty links", "[rules]") {
  CHECK(md("<a href=\"https://e.com/x\">text</a>") == "[text](https://e.com/x)\n");
  CHECK(md("<a href=\"/x\">rel</a>") == "[rel](/x)\n");
  CHECK(md("<a href=\"../x?a=1#f\">rel</a>", "https://e.com/a/b/c") ==
        "[rel](https://e.com/a/x?a=1#f)\n");
  // In-document links stay in the document.
  CHECK(md("<sup><a href=\"#fn1\">1</a></sup>", "https://e.com/a") == "[1](#fn1)\n");
  CHECK(md("<a href=\"https://e.com\">https://e.com</a>") == "<https://e.com>\n");
  CHECK(md("<a href=\"mailto:me@e.com\">me@e.com</a>") == "<me@e.com>\n");
  CHECK(md("<p>a<a href=\"/x\"></a>b<a href=\"/y\"> </a>c</p>") == "ab c\n");
  CHECK(md("<a href=\"/x\" title=\"The title\">t</a>") == "[t](/x \"The title\")\n");
  CHECK(md("<a href=\"javascript:alert(1)\">js</a>") == "js\n");
  CHECK(md("<a name=\"anchor\">text</a>") == "text\n");
  CHECK(md("<a href=\"/x\"><b>bold</b> link </a>after") == "[**bold** link](/x) after\n");
  CHECK(md("<a href=\"/x\">a<br>b</a>") == "[a b](/x)\n");
  CHECK(md("<a href=\"/x\">[1]</a>") == "[\\[1\\]](/x)\n");
}

TEST_CASE("rule img: images with alt, title and lazy sources", "[rules]") {
  CHECK(md("<img src=\"/a.png\" alt=\"An [image]\">") == "![An \\[image\\]](/a.png)\n");
  CHECK(md("<img src=\"a.png\">", "https://e.com/p/") == "![](https://e.com/p/a.png)\n");
  CHECK(md("<img src=\"a.png\" alt=\"x\" title=\"T\">") == "![x](a.png \"T\")\n");
  CHECK(md("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"real.jpg\" alt=\"x\">") ==
        "![x](real.jpg)\n");
  CHECK(md("<p>a<img>b</p>") == "ab\n");
}

TEST_CASE("rule img: a caption-like block after an image becomes its caption", "[rules]") {
  CHECK(md("<img src=\"a.png\"><div><small>The caption</small></div><p>Text</p>") ==
        "![The caption](a.png)\n*The caption*\n\nText\n");
  CHECK(md("<div><img src=\"a.png\" alt=\"alt\"></div><p class=\"wp-caption-text\">Cap</p>") ==
        "![alt](a.png)\n*Cap*\n");
  // A linked image's caption is written after the link, not inside its text.
  CHECK(md("<div><p><a href=\"/big.png\"><img src=\"/a.png\" alt=\"x\"></a></p>"
           "<p id=\"caption-attachment-9\">The caption</p></div><p>next</p>") ==
        "[![x](/a.png)](/big.png)\n*The caption*\n\nnext\n");
  // An ordinary paragraph after an image is not a caption.
  CHECK(md("<img src=\"a.png\" alt=\"x\"><p>Just text.</p>") == "![x](a.png)\n\nJust text.\n");
}

TEST_CASE("rule figure: image line, then the caption line", "[rules]") {
  CHECK(md("<figure><img src=\"a.png\"><figcaption>Cap <b>bold</b></figcaption></figure>") ==
        "![Cap bold](a.png)\n*Cap **bold***\n");
  CHECK(md("<figure><figcaption>First</figcaption><div><img src=\"a.png\" alt=\"x\"></div>"
           "</figure><p>after</p>") == "![x](a.png)\n*First*\n\nafter\n");
  CHECK(md("<figure><p>A quote.</p><figcaption>Someone</figcaption></figure>") ==
        "A quote.\n\n*Someone*\n");
  CHECK(md("<figure><img src=\"a.png\" alt=\"x\"></figure>") == "![x](a.png)\n");
}

TEST_CASE("rule hr: thematic break between blank lines", "[rules]") {
  CHECK(md("<p>a</p><hr><p>b</p>") == "a\n\n---\n\nb\n");
  CHECK(md("a<hr>b") == "a\n\n---\n\nb\n");
}

TEST_CASE("default rule: containers and unknown tags render their content", "[rules]") {
  CHECK(md("<div>a</div><section>b</section><article><span>c</span></article>") ==
        "a\n\nb\n\nc\n");
  CHECK(md("<my-widget>custom <x-y>tags</x-y></my-widget>") == "custom tags\n");
}

TEST_CASE("dropped elements: script, style, template, head, controls", "[rules]") {
  CHECK(md("<head><title>T</title><style>p{}</style></head><p>a<script>x()</script>b</p>"
           "<template><p>t</p></template><button>Share</button><svg><text>s</text></svg>") ==
        "T\n------\n\nab\n");  // a page with a head: its title is the header
  CHECK(md("<p>a</p><noscript>Enable JavaScript</noscript>") == "a\n");
  CHECK(md("<p>a<span hidden>h</span><span style=\"display: none\">n</span>b</p>") == "ab\n");
}

TEST_CASE("rule img: a data: placeholder before its noscript fallback is left out", "[rules]") {
  CHECK(md("<img src=\"data:image/gif;base64,R0l\" alt=\"x\"><noscript><img src=\"real.png\" "
           "alt=\"x\"></noscript>") == "![x](real.png)\n");
}

TEST_CASE("rule dialog: shown only when open", "[rules]") {
  CHECK(md("<dialog open><p>shown</p></dialog><dialog><p>hidden</p></dialog>") == "shown\n");
}

TEST_CASE("rule noscript: an image fallback is kept unless the image is already there",
          "[rules]") {
  CHECK(md("<noscript><img src=\"a.png\" alt=\"x\"></noscript>") == "![x](a.png)\n");
  CHECK(md("<img src=\"a.png\" alt=\"x\"><noscript><img src=\"a.png\" alt=\"x\"></noscript>") ==
        "![x](a.png)\n");
}
