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

std::string md_opts(const std::string& html, const article2md::options& opts) {
  return article2md::to_markdown(html, {}, opts);
}

article2md::options data_limit(std::size_t bytes) {
  article2md::options o;
  o.max_data_image_bytes = bytes;
  return o;
}

}  // namespace

TEST_CASE("rule p: paragraphs are blocks separated by one blank line", "[rules]") {
  CHECK(md("<p>one</p><p>two</p>\n\n<p>three</p>") == "one\n\ntwo\n\nthree\n");
  CHECK(md("<p> </p><p><br></p><p>text</p><p>&nbsp;</p>") == "text\n");
  CHECK(md("<p>10&nbsp;km &nbsp;&nbsp;x</p>") == "10\xC2\xA0km \xC2\xA0\xC2\xA0x\n");
  // A source line break between CJK characters is no space (CSS Text 3 segment breaks).
  CHECK(md("<p>中文\n文本 and\nEnglish。\n中</p>") == "中文文本 and English。中\n");
}

TEST_CASE("rule br: hard break, two in a row end the paragraph", "[rules]") {
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

TEST_CASE("rule a: javascript:, vbscript: and data: targets however spelled keep the text only",
          "[rules][safe]") {
  // The WHATWG URL parser skips leading C0 controls and spaces and ignores tab/LF/CR anywhere;
  // the HTML parser has already decoded character references.
  for (const char* href :
       {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
        "java&#9;script:alert(1)", "java&#x0A;script:alert(1)", "&#13;javascript:alert(1)",
        "&#1;javascript:alert(1)", "&#x1f; &#x0c;javascript:alert(1)", "&#106;avascript:alert(1)",
        "jav&Tab;ascript&colon;alert(1)", "j&NewLine;a&#10;v&#13;ascript:alert(1)",
        "vbscript:msgbox(1)", "VbScRiPt:x", "vb&#9;script:x", "data:text/html,<script>x</script>",
        "data:text/html;base64,PHNjcmlwdD4=", " DATA:,x", "da&#9;ta:text/html,x",
        "data:image/png;base64,iVBORw0KGgo="}) {
    INFO(href);
    CHECK(md(std::string("<p>a <a href=\"") + href + "\" title=\"t\">link <b>text</b></a> b</p>") ==
          "a link **text** b\n");
    // Autolink-shaped: the text is the address, and still no link.
    CHECK(md(std::string("<a href=\"") + href + "\">x</a>") == "x\n");
  }
  // Relative hrefs under a <base href> of those schemes resolve to them.
  CHECK(md("<html><head><base href=\"javascript:alert(1)//\"></head><body><p><a href=\"x\">t</a>"
           "</p></body></html>") == "t\n");
  // Not a scheme: a control other than tab/LF/CR inside the name, a path, a query.
  CHECK(md("<a href=\"java&#1;script:x\">t</a>") == "[t](java%01script:x)\n");
  CHECK(md("<a href=\"/javascript:x\">t</a>") == "[t](/javascript:x)\n");
  CHECK(md("<a href=\"?q=javascript:x\">t</a>", "https://e.com/a") ==
        "[t](https://e.com/a?q=javascript:x)\n");
}

TEST_CASE("rule a: destinations and titles that would break their link", "[rules][safe]") {
  CHECK(md("<a href=\"/a b(c\">t</a>") == "[t](/a%20b\\(c)\n");
  CHECK(md("<a href=\"/a)b\">t</a>") == "[t](/a\\)b)\n");
  CHECK(md("<a href=\"/a&lt;b&gt;\">t</a>") == "[t](/a%3Cb%3E)\n");
  CHECK(md("<a href=\"/a\\b\">t</a>") == "[t](/a\\\\b)\n");
  CHECK(md("<a href=\"/a&#1;b&#127;c\">t</a>") == "[t](/a%01b%7Fc)\n");
  // Balanced parentheses stay up to the depth every renderer must support, then are escaped.
  CHECK(md("<a href=\"/w/F_(b)\">t</a>") == "[t](/w/F_(b))\n");
  CHECK(md("<a href=\"/(((x)))\">t</a>") == "[t](/(((x))))\n");
  CHECK(md("<a href=\"/((((x))))\">t</a>") == "[t](/\\(\\(\\(\\(x\\)\\)\\)\\))\n");
  // A character reference in the address: `&amp;` for its `&` (cmark-gfm would decode `\&amp;`).
  CHECK(md("<a href=\"/x?a=1&amp;amp;b=2&amp;c=3\">t</a>") == "[t](/x?a=1&amp;amp;b=2&c=3)\n");
  // An empty destination is `<>`, which also works in a reference definition.
  CHECK(md("<a href=\"\">t</a>") == "[t](<>)\n");
  article2md::options ref;
  ref.links = article2md::link_style::reference;
  CHECK(md_opts("<p><a href=\"\">t</a> <a href=\"/a b\" title=\"T\">u</a></p>", ref) ==
        "[t][1] [u][2]\n\n[1]: <>\n[2]: /a%20b \"T\"\n");
  // Titles: quotes and backslashes escaped, one line, references kept as written.
  CHECK(md("<a href=\"/x\" title='Say \"hi\") \\ &amp;amp; &#10;&#10; next'>t</a>") ==
        "[t](/x \"Say \\\"hi\\\") \\\\ &amp;amp; next\")\n");
  // An address with a character reference is no autolink: renderers would decode it.
  CHECK(md("<a href=\"https://e.com/?a&amp;amp;b\">https://e.com/?a&amp;amp;b</a>") ==
        "[https://e.com/?a\\&amp;b](https://e.com/?a&amp;amp;b)\n");
}

TEST_CASE("rule a: a link inside a link gives its content only", "[rules][safe]") {
  // Foster parenting moves the <a> out of the table, inside the open one: nested links, which
  // CommonMark cannot write (the inner one would win and the outer's title be text).
  CHECK(md("<a href=\"/o\" title=\"&lt;script&gt;\"><table><tr><td><a href=\"/i\">in</a> "
           "text</td></tr></table></a>") == "[in text](/o \"<script>\")\n");
  CHECK(md("<a href=\"/o\"><table><a href=\"https://x.y/\">https://x.y/</a></table></a>") ==
        "[https://x.y/](/o)\n");
  // An outer link dropped for its scheme leaves the inner one a link.
  CHECK(md("<a href=\"javascript:x()\"><table><a href=\"/i\">in</a></table></a>") == "[in](/i)\n");
}

TEST_CASE("rule img: javascript: sources are never images, data: images up to a size",
          "[rules][safe]") {
  // javascript:/vbscript: sources are not sources: the next candidate, or nothing.
  CHECK(md("<p>a<img src=\"java&#9;script:alert(1)\" alt=\"x\">b</p>") == "ab\n");
  CHECK(md("<img src=\" vbscript:x\" data-src=\"real.jpg\" alt=\"x\">") == "![x](real.jpg)\n");
  CHECK(md("<img data-src=\"javascript:x\" srcset=\"javascript:y 900w, ok.jpg 100w\" alt=\"x\">") ==
        "![x](ok.jpg)\n");
  CHECK(md("<html><head><base href=\"javascript:x//\"></head><body><p>a<img src=\"i.png\" "
           "alt=\"x\">b</p></body></html>") == "ab\n");
  // data:image/* alone is the image, kept up to options::max_data_image_bytes of URL.
  const std::string gif = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
  CHECK(md("<img src=\"" + gif + "\" alt=\"dot\">") == "![dot](" + gif + ")\n");
  CHECK(md_opts("<img src=\"" + gif + "\" alt=\"dot\">", data_limit(gif.size())) ==
        "![dot](" + gif + ")\n");
  CHECK(md_opts("<p>a<img src=\"" + gif + "\" alt=\"dot\">b</p>", data_limit(gif.size() - 1)) ==
        "ab\n");
  CHECK(md_opts("<p>a<img src=\"" + gif + "\" alt=\"dot\">b</p>", data_limit(0)) == "ab\n");
  // The default limit is 32 KiB.
  const std::string big = "data:image/png;base64," + std::string(32 * 1024, 'A');
  CHECK(md("<p>a<img src=\"" + big + "\" alt=\"big\">b</p>") == "ab\n");
  const std::string fits = big.substr(0, 32 * 1024);
  CHECK(md("<img src=\"" + fits + "\" alt=\"fits\">") == "![fits](" + fits + ")\n");
  // Newlines in the attribute are not part of the URL (and not counted).
  CHECK(md("<img src=\"data:image/gif;base64,R0lG&#10;ODlh\" alt=\"x\">") ==
        "![x](data:image/gif;base64,R0lGODlh)\n");
  // Only image media types: never text/html, SVG passed as HTML, or a typeless data: URL.
  for (const char* src : {"data:text/html,<script>alert(1)</script>",
                          "data:text/html;base64,PHNjcmlwdD4=", "data:,x",
                          "data:application/xhtml+xml,x", "data:image/,x", "data:image/png"}) {
    INFO(src);
    CHECK(md(std::string("<p>a<img src=\"") + src + "\" alt=\"x\">b</p>") == "ab\n");
  }
  // A data: placeholder with a real image elsewhere: the real one, whatever the limit.
  CHECK(md_opts("<img src=\"" + gif + "\" data-src=\"real.jpg\" alt=\"x\">", data_limit(0)) ==
        "![x](real.jpg)\n");
  CHECK(md("<img src=\"" + gif + "\" srcset=\"r1.jpg 1x, r2.jpg 2x\" alt=\"x\">") ==
        "![x](r2.jpg)\n");
  CHECK(md("<img src=\"" + gif + "\" alt=\"x\"><noscript><img src=\"real.png\" alt=\"x\">"
           "</noscript>") == "![x](real.png)\n");
  // A data: image is not resolved against the base: its data stays byte for byte.
  CHECK(md("<img src=\"data:image/svg+xml,<svg>a/../b</svg>\" alt=\"x\">", "https://e.com/") ==
        "![x](data:image/svg+xml,%3Csvg%3Ea/../b%3C/svg%3E)\n");
}
