// Embed rules (and responsive images): one test case per element, inline HTML, default options
// and no header.
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

TEST_CASE("rule img srcset: without a usable src, the largest candidate", "[rules]") {
  CHECK(md("<img srcset=\"s.jpg 400w, l.jpg 1200w, m.jpg 800w\" alt=\"x\">") == "![x](l.jpg)\n");
  CHECK(md("<img srcset=\"a.jpg, c.jpg 3x, b.jpg 2x\" alt=\"x\">") == "![x](c.jpg)\n");
  CHECK(md("<img srcset=\"a.jpg 1.5x,b.jpg 1x\" alt=\"x\">") == "![x](a.jpg)\n");
  // A usable src wins: it is what the page names as the image.
  CHECK(md("<img src=\"src.jpg\" srcset=\"big.jpg 2000w\" alt=\"x\">") == "![x](src.jpg)\n");
  // Commas inside a URL are part of it unless they end it (HTML's srcset grammar).
  CHECK(md("<img srcset=\"/i/w_100,h_50/a.jpg 100w, /i/w_900,h_450/a.jpg 900w\" alt=\"x\">") ==
        "![x](/i/w_900,h_450/a.jpg)\n");
  CHECK(md("<img srcset=\"one.jpg,, two.jpg 2x\" alt=\"x\">") == "![x](two.jpg)\n");
  // Invalid or conflicting descriptors drop their candidate.
  CHECK(md("<img srcset=\"bad.jpg 10q, dup.jpg 2x 3x, ok.jpg 500w\" alt=\"x\">") ==
        "![x](ok.jpg)\n");
  CHECK(md("<img srcset=\"a.jpg 100w (min-width: 1px), b.jpg 50w\" alt=\"x\">") ==
        "![x](b.jpg)\n");
  CHECK(md("<img srcset=\"  ,  \" alt=\"x\">") == "");
}

TEST_CASE("rule img lazy: data- sources and data-srcset behind a placeholder", "[rules]") {
  CHECK(md("<img src=\"data:image/gif;base64,R0lGOD\" data-original=\"o.jpg\" alt=\"x\">") ==
        "![x](o.jpg)\n");
  CHECK(md("<img src=\"data:image/gif;base64,R0lGOD\" data-lazy-src=\"l.jpg\" alt=\"x\">") ==
        "![x](l.jpg)\n");
  CHECK(md("<img srcset=\"data:image/gif;base64,R0l,GOD 1000w\" "
           "data-srcset=\"x.jpg 1x, y.jpg 3x, z.jpg 2x\" alt=\"x\">") == "![x](y.jpg)\n");
  CHECK(md("<img data-srcset=\"a.jpg 300w, b.jpg 600w\" alt=\"x\">", "https://e.com/p/") ==
        "![x](https://e.com/p/b.jpg)\n");
}

TEST_CASE("rule img lazy: the data- source wins over a placeholder file in src", "[rules]") {
  // The loader swaps the data- source in, whatever src holds: a spacer, a placeholder file,
  // a blurred thumbnail.
  CHECK(md("<img src=\"/img/lazy_placeholder.gif\" data-lazy-src=\"real.jpg\" alt=\"b\">") ==
        "![b](real.jpg)\n");
  CHECK(md("<img src=\"spacer.gif\" data-original=\"real.jpg\" class=\"lazy\" alt=\"c\">") ==
        "![c](real.jpg)\n");
  CHECK(md("<img src=\"thumb-20px.jpg\" data-src=\"full.jpg\" class=\"lazyload\" alt=\"d\">") ==
        "![d](full.jpg)\n");
  CHECK(md("<img src=\"blank.gif\" data-lazy=\"l.jpg\" alt=\"e\">") == "![e](l.jpg)\n");
  CHECK(md("<img src=\"blank.gif\" data-echo=\"echo.jpg\" alt=\"f\">") == "![f](echo.jpg)\n");
  // A lazy srcset behind a placeholder src: its largest candidate.
  CHECK(md("<img src=\"blank.gif\" data-srcset=\"small.jpg 300w, big.jpg 900w\" "
           "class=\"lazy-hidden\" alt=\"g\">") == "![g](big.jpg)\n");
  // An empty lazy srcset leaves src as it is; so does an ordinary srcset.
  CHECK(md("<img src=\"a.jpg\" data-srcset=\"\" alt=\"h\">") == "![h](a.jpg)\n");
  CHECK(md("<img src=\"a.jpg\" srcset=\"b.jpg 2x\" alt=\"i\">") == "![i](a.jpg)\n");
  // A placeholder with its real image in the <noscript> after it: written once.
  CHECK(md("<img src=\"spacer.gif\" data-src=\"p.jpg\" alt=\"j\"><noscript><img src=\"p.jpg\" "
           "alt=\"j\"></noscript>") == "![j](p.jpg)\n");
}

TEST_CASE("rule picture/source: the img renders, from the sources when it has no src",
          "[rules]") {
  CHECK(md("<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\" alt=\"x\">"
           "</picture>") == "![x](a.jpg)\n");
  CHECK(md("<picture><source media=\"(max-width: 600px)\" srcset=\"s-400.webp 400w\">"
           "<source srcset=\"l-800.webp 800w, l-1600.webp 1600w\"><img alt=\"pic\"></picture>") ==
        "![pic](l-1600.webp)\n");
  CHECK(md("<picture><source data-srcset=\"lazy.webp 2x\"><img src=\"data:,\" alt=\"x\">"
           "</picture>") == "![x](lazy.webp)\n");
  CHECK(md("<p>a<picture><source srcset=\"a.webp\"></picture>b</p>") == "ab\n");
}

TEST_CASE("rule a around img: a linked image", "[rules]") {
  CHECK(md("<a href=\"/big.jpg\"><img src=\"/small.jpg\" alt=\"thumb\"></a>") ==
        "[![thumb](/small.jpg)](/big.jpg)\n");
  CHECK(md("<a href=\"/p\"><picture><source srcset=\"w.webp 2x\"><img alt=\"p\"></picture></a>") ==
        "[![p](w.webp)](/p)\n");
}

TEST_CASE("rule video: a link to the video, the poster as its picture", "[rules]") {
  CHECK(md("<p>Watch: <video src=\"/m.mp4\" poster=\"/p.jpg\">Your browser does not support "
           "video.</video></p>",
           "https://e.com/") == "Watch: [![Video](https://e.com/p.jpg)](https://e.com/m.mp4)\n");
  CHECK(md("<video controls><source src=\"a.webm\" type=\"video/webm\"><source src=\"a.mp4\">"
           "<track src=\"subs.vtt\">Fallback <a href=\"a.mp4\">download</a></video>") ==
        "[Video](a.webm)\n");
  CHECK(md("<video title=\"Launch [1]\" src=\"l.mp4\"></video>") == "[Launch \\[1\\]](l.mp4)\n");
  // A source that cannot be followed outside the page: the poster alone, or nothing.
  CHECK(md("<video src=\"blob:https://e.com/1\" poster=\"p.jpg\"></video>") == "![Video](p.jpg)\n");
  CHECK(md("<p>a<video src=\"blob:https://e.com/1\">fallback</video>b</p>") == "ab\n");
  // A link cannot hold a link.
  CHECK(md("<a href=\"/page\"><video src=\"v.mp4\" poster=\"p.jpg\"></video></a>") ==
        "[![Video](p.jpg)](/page)\n");
  // Inside a link dropped for its scheme (written as its text), the video is a link again.
  CHECK(md("<a href=\"javascript:go()\"><video src=\"v.mp4\" poster=\"p.jpg\"></video></a>") ==
        "[![Video](p.jpg)](v.mp4)\n");
}

TEST_CASE("rule audio: a link to the audio", "[rules]") {
  CHECK(md("<audio src=\"s.mp3\" title=\"Episode 1\"></audio>") == "[Episode 1](s.mp3)\n");
  CHECK(md("<audio controls><source src=\"s.ogg\"><source src=\"s.mp3\">No audio.</audio>") ==
        "[Audio](s.ogg)\n");
  CHECK(md("<p>a<audio>No audio.</audio>b</p>") == "ab\n");
}

TEST_CASE("rule iframe: a link, the title as its text, else what it is", "[rules]") {
  CHECK(md("<iframe src=\"https://www.youtube.com/embed/abc?x=1\" title=\"My talk\"></iframe>") ==
        "[My talk](https://www.youtube.com/embed/abc?x=1)\n");
  CHECK(md("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>") ==
        "[Embedded content](https://player.vimeo.com/video/1)\n");
  CHECK(md("<iframe src=\"//www.youtube.com/embed/x\"></iframe>", "https://e.com/") ==
        "[Embedded content](https://www.youtube.com/embed/x)\n");
  CHECK(md("<iframe data-src=\"https://e.com/lazy\" src=\"about:blank\"></iframe>") ==
        "[Embedded content](https://e.com/lazy)\n");
  // Nothing to follow, or a tracking frame: nothing written.
  CHECK(md("<p>a<iframe src=\"about:blank\"></iframe><iframe></iframe>"
           "<iframe src=\"https://t.com/ns\" width=\"0\" height=\"0\"></iframe>b</p>") == "ab\n");
  CHECK(md("<figure><iframe src=\"https://e.com/v\" title=\"Talk\"></iframe>"
           "<figcaption>The talk</figcaption></figure>") ==
        "[Talk](https://e.com/v)\n*The talk*\n");
}

TEST_CASE("rule source/track: nothing on their own", "[rules]") {
  CHECK(md("<p>a<source src=\"x.mp4\"><track src=\"t.vtt\">b</p>") == "ab\n");
}

TEST_CASE("rule math: TeX between dollars, display math on its own line", "[rules]") {
  CHECK(md("<p>So <math alttext=\"E=mc^2\"><mi>E</mi></math>.</p>") == "So $E=mc^2$.\n");
  CHECK(md("<p>Sum: <math display=\"block\"><semantics><mrow><mi>x</mi></mrow>"
           "<annotation encoding=\"application/x-tex\">\\sum_{i=1}^n  i</annotation>"
           "</semantics></math> after</p>") == "Sum:\n\n$$\\sum_{i=1}^n i$$\n\nafter\n");
  // MediaWiki's {\displaystyle ...} wrapper is not the author's TeX.
  CHECK(md("<math alttext=\"{\\displaystyle {a}+{b}}\"></math> "
           "<math alttext=\"{\\displaystyle a}+{b}\"></math>") ==
        "${a}+{b}$ ${\\displaystyle a}+{b}$\n");
  // A `$` inside, or a final backslash, would end the math wrongly: a code span instead.
  CHECK(md("<math alttext=\"\\text{$5}\">5</math>") == "`\\text{$5}`\n");
  // Without TeX the formula keeps its text, annotations excluded.
  CHECK(md("<p><math><mi>x</mi><mo>+</mo><mn>1</mn></math></p>") == "x+1\n");
  CHECK(md("<p><math><semantics><mi>y</mi><annotation encoding=\"text/plain\">why</annotation>"
           "</semantics></math></p>") == "y\n");
}

TEST_CASE("rule span.katex / span.mwe-math-element: the formula once", "[rules]") {
  CHECK(md("<p>KaTeX <span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mrow>"
           "<msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding=\"application/x-tex\">"
           "x^2</annotation></semantics></math></span><span class=\"katex-html\" "
           "aria-hidden=\"true\">x2</span></span> done</p>") == "KaTeX $x^2$ done\n");
  CHECK(md("<p>Wiki <span class=\"mwe-math-element\"><span style=\"display: none;\"><math "
           "alttext=\"{\\displaystyle x_{1}}\"><mi>x</mi></math></span><img src=\"f.svg\" "
           "aria-hidden=\"true\" alt=\"{\\displaystyle x_{1}}\"></span> end</p>") ==
        "Wiki $x_{1}$ end\n");
  CHECK(md("<p><span class=\"other\">plain</span></p>") == "plain\n");
}

TEST_CASE("rule iframe/video/audio/source: javascript:, vbscript: and data: are not followed",
          "[rules][safe]") {
  for (const char* bad : {"javascript:alert(1)", " JAVASCRIPT:alert(1)", "java&#9;script:x",
                          "&#10;javascript:x", "&#1;javascript:x", "vbscript:x", "vb&#13;script:x",
                          "data:text/html,<script>alert(1)</script>", "DATA:video/mp4;base64,AA",
                          "d&#9;ata:,x"}) {
    INFO(bad);
    const std::string b = bad;
    CHECK(md("<p>a<iframe src=\"" + b + "\" title=\"T\"></iframe>b</p>") == "ab\n");
    CHECK(md("<p>a<iframe src=\"" + b + "\" data-src=\"https://e.com/f\"></iframe>b</p>") ==
          "a[Embedded content](https://e.com/f)b\n");
    CHECK(md("<p>a<video src=\"" + b + "\">fallback</video>b</p>") == "ab\n");
    CHECK(md("<p>a<audio src=\"" + b + "\">fallback</audio>b</p>") == "ab\n");
    CHECK(md("<audio><source src=\"" + b + "\"><source src=\"ok.mp3\"></audio>") ==
          "[Audio](ok.mp3)\n");
    // The poster is an image link: the same schemes are never written.
    CHECK(md("<video src=\"m.mp4\" poster=\"" + b + "\"></video>") == "[Video](m.mp4)\n");
    CHECK(md("<video src=\"" + b + "\" poster=\"p.jpg\"></video>") == "![Video](p.jpg)\n");
  }
  // Under a <base href> of such a scheme every relative source would become one.
  CHECK(md("<html><head><base href=\"javascript:alert(1)//\"></head><body><p>a"
           "<iframe src=\"f\"></iframe><video src=\"v.mp4\" poster=\"p.jpg\"></video>b</p>"
           "</body></html>") == "ab\n");
}

TEST_CASE("rule math: TeX that would open raw HTML gets a space after its <", "[rules][safe]") {
  CHECK(md("<p><math alttext=\"a<b\"></math></p>") == "$a< b$\n");
  CHECK(md("<p><math alttext=\"</p><script>alert(1)</script>\"></math></p>") ==
        "$< /p>< script>alert(1)< /script>$\n");
  CHECK(md("<math display=\"block\" alttext=\"x <!-- y --> <?php <!DOCTYPE\"></math>") ==
        "$$x < !-- y --> < ?php < !DOCTYPE$$\n");
  // Other `<` stay as they are.
  CHECK(md("<p><math alttext=\"a < b, a<1, a<\\alpha, x<\"></math></p>") ==
        "$a < b, a<1, a<\\alpha, x<$\n");
}
