// The pass before the parse: what it removes, and that it changes nothing else. The property
// tests parse each input twice (as written, and after the pass) and compare the whole trees,
// attributes included, with the contents of script and style elements left out.
#include "html/dom.hpp"
#include "html/prescan.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <gumbo.h>

#include <cstdint>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using article2md::html_node;
using article2md::detail::parsed_document;
using article2md::detail::prescan_html;
using article2md::detail::prescan_options;

namespace {

std::string prescanned(std::string_view html, prescan_options opts = {}) {
  std::string out;
  return prescan_html(html, opts, out) ? out : std::string(html);
}

const GumboNode* gumbo_of(html_node n) { return static_cast<const GumboNode*>(n.id()); }

// Contents the pass may drop: HTML <style>, and HTML <script> other than JSON-LD.
bool contents_dropped(const GumboNode* g) {
  if (g->type != GUMBO_NODE_ELEMENT || g->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
    return false;
  if (g->v.element.tag == GUMBO_TAG_STYLE) return true;
  if (g->v.element.tag != GUMBO_TAG_SCRIPT) return false;
  const GumboAttribute* type = gumbo_get_attribute(&g->v.element.attributes, "type");
  std::string t = type != nullptr ? type->value : "";
  while (!t.empty() && t.back() == ' ') t.pop_back();
  while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t != "application/ld+json";
}

// Every node, in document order, with its depth, kind, name, namespace, attributes and text.
std::string dump(const parsed_document& doc) {
  std::ostringstream out;
  struct item {
    html_node n;
    int depth;
  };
  std::vector<item> todo{{doc.document(), 0}};
  while (!todo.empty()) {
    item it = todo.back();
    todo.pop_back();
    const GumboNode* g = gumbo_of(it.n);
    out << it.depth << ' ' << static_cast<int>(g->type) << ' ';
    if (it.n.is_element()) {
      out << it.n.tag() << ' ' << static_cast<int>(g->v.element.tag_namespace);
      const GumboVector& attrs = g->v.element.attributes;
      for (unsigned i = 0; i < attrs.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
        out << ' ' << a->name << "=\"" << a->value << '"';
      }
    } else {
      out << '"' << it.n.text() << '"';
    }
    out << '\n';
    if (contents_dropped(g)) continue;
    std::vector<html_node> kids;
    for (html_node c : it.n.children()) kids.push_back(c);
    for (auto k = kids.rbegin(); k != kids.rend(); ++k) todo.push_back({*k, it.depth + 1});
  }
  return out.str();
}

// Parsing after the pass gives the same tree, script and style contents aside (and the
// noscript edit, which is meant to change it, off).
void check_same_tree(const std::string& html) {
  INFO("input: " << (html.size() > 300 ? html.substr(0, 300) + "..." : html));
  parsed_document plain(html);
  parsed_document scanned(html, prescan_options{true, 0, false});
  REQUIRE(dump(plain) == dump(scanned));
}

}  // namespace

TEST_CASE("prescan: script and style contents go, JSON-LD, comments, attributes stay",
          "[prescan]") {
  CHECK(prescanned("<p>a<script>if (a < b) x()</script>b<style>p{}</style></p>") ==
        "<p>a<script></script>b<style></style></p>");
  CHECK(prescanned("<script type=\"application/ld+json\">{\"a\":1}</script>") ==
        "<script type=\"application/ld+json\">{\"a\":1}</script>");
  CHECK(prescanned("<script type=' Application/LD+JSON '>{}</script>") ==
        "<script type=' Application/LD+JSON '>{}</script>");
  // Not script elements: in a comment, an attribute value, a title, a textarea.
  for (const char* same : {"<!-- <script>x</script> -->", "<a title='<script>x</script>'>t</a>",
                           "<title><script>x</script></title>",
                           "<textarea><style>x</style></textarea>", "<p>no tags at all</p>"})
    CHECK(prescanned(same) == same);
  // A script ends only at "</script" and a delimiter, and not inside its escaped "<!--<script>".
  CHECK(prescanned("<script>a</scripts>b</script >c") == "<script></script >c");
  CHECK(prescanned("<script><!--<script>x</script>y--></script>z") == "<script></script>z");
  CHECK(prescanned("<script><!--x</script>z") == "<script></script>z");
  // An unclosed script runs to the end of the input.
  CHECK(prescanned("<p>a<script>var s = '</p>';") == "<p>a<script>");
}

TEST_CASE("prescan: a raw-text element inside <noscript> ends with it", "[prescan]") {
  // Google Tag Manager's snippet as React writes it: browsers (scripts on) read the noscript as
  // text; read as markup, the self-closed iframe would take the rest of the page as its text.
  const std::string page =
      "<body><noscript><iframe src=\"https://gtm.example/ns.html\" style=\"display:none\"/>"
      "</noscript><p>The page's text.</p></body>";
  CHECK(prescanned(page) ==
        "<body><noscript><iframe src=\"https://gtm.example/ns.html\" style=\"display:none\"/>"
        "</iframe></noscript><p>The page's text.</p></body>");
  const std::string source = prescanned(page);
  parsed_document doc(source);
  CHECK(doc.body().find("p").text_content() == "The page's text.");
  // Closed in time, or outside a noscript: unchanged.
  for (const char* same :
       {"<noscript><iframe src=a></iframe></noscript><p>x</p>", "<iframe src=a/><p>x</p>",
        "<noscript><textarea>a</textarea></noscript><p>x</p>"})
    CHECK(prescanned(same) == same);
}

TEST_CASE("prescan: SVG, MathML and select are followed only as far as exact", "[prescan]") {
  // In SVG, <style> is an SVG element whose contents are markup: kept as written.
  CHECK(prescanned("<svg><style>.a{}</style></svg><style>b{}</style>") ==
        "<svg><style>.a{}</style></svg><style></style>");
  // HTML inside SVG depends on tree construction: the rest is copied as it is.
  const std::string breakout = "<svg><p>x</p></svg><style>b{}</style>";
  CHECK(prescanned(breakout) == breakout);
  const std::string in_select = "<select><style>b{}</style></select><style>b{}</style>";
  CHECK(prescanned(in_select) == in_select);
  CHECK(prescanned("<select><option>a<script>x</script></select><style>b</style>") ==
        "<select><option>a<script></script></select><style></style>");
  const std::string frameset = "<frameset><style>b{}</style>";
  CHECK(prescanned(frameset) == frameset);
}

TEST_CASE("prescan: tags past the depth limit go, their text stays", "[prescan]") {
  prescan_options three{false, 3};
  CHECK(prescanned("<div><div><div><div><b>x</b> y</div></div></div></div>", three) ==
        "<div><div><div><br><br>x y<br><br></div></div></div>");
  // Implied end tags keep siblings from counting as nesting.
  std::string items;
  for (int i = 0; i < 50; ++i) items += "<li><p>item";
  CHECK(prescanned("<ul>" + items + "</ul>", three) == "<ul>" + items + "</ul>");
  // Hidden elements and those that never give text go whole.
  CHECK(prescanned("<div><div><div><span hidden>no<b>x</b></span>a<button>b</button>c",
                   three) == "<div><div><div>ac");
  // Formatting left open is recreated in every later block: past 16 open, no more are added.
  std::string unclosed, kept;
  for (int i = 0; i < 20; ++i) {
    unclosed += "<p><b id=" + std::to_string(i) + ">x";
    kept += i < 16 ? "<p><b id=" + std::to_string(i) + ">x" : std::string("<p>x");
  }
  CHECK(prescanned(unclosed, prescan_options{false, 100}) == kept);
  CHECK(prescanned(unclosed, prescan_options{false, 0}) == unclosed);
  // Closed ones, identical ones (at most three count) and ones closed by a cell do not add up.
  std::string closed, same, cells;
  for (int i = 0; i < 40; ++i) {
    closed += "<p><b id=" + std::to_string(i) + ">x</b>";
    same += "<p><font size=2>x";
    cells += "<td><i class=c" + std::to_string(i) + ">x</td>";
  }
  for (const std::string& html : {closed, same, "<table><tr>" + cells + "</table><p><i>y</i>"})
    CHECK(prescanned(html, prescan_options{false, 100}) == html);
  // A removed tag does not join its neighbours into markup.
  CHECK(prescanned("<div><div><div>&<b>amp;</b> <<b>!--</b>", three) ==
        "<div><div><div>&<!---->amp; <<!---->!--");
}

TEST_CASE("prescan: attributes past 256 on one tag go", "[prescan]") {
  std::string attrs, kept;
  for (int i = 0; i < 300; ++i) {
    attrs += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
    if (i < 256) kept += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
  }
  const prescan_options limits{false, 1000};
  CHECK(prescanned("<p" + attrs + ">x</p>", limits) == "<p" + kept + "  >x</p>");
  CHECK(prescanned("<br" + attrs + "/>x", limits) == "<br" + kept + "  />x");
  CHECK(prescanned("<p" + attrs + ">x</p>", prescan_options{true, 0}) == "<p" + attrs + ">x</p>");
  // A tag removed for depth goes whole, cut or not; so does a hidden one past the limit.
  prescan_options one{false, 1};
  CHECK(prescanned("<div><span" + attrs + ">x</span></div>", one) == "<div>x</div>");
  CHECK(prescanned("<div><span hidden" + attrs + ">x</span>y</div>", one) == "<div>y</div>");
}

TEST_CASE("prescan: an li, dd or dt closes its like only up to a special element", "[prescan]") {
  // <li><blockquote><li>: the second item nests (13.2.6.4.7), so depth counts every level.
  std::string nested;
  for (int i = 0; i < 10; ++i) nested += "<li><blockquote>";
  auto count = [](const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
  };
  const std::string out = prescanned(nested + "x", prescan_options{false, 6});
  CHECK(out.find("x") != std::string::npos);
  CHECK(count(out, "<li>") == 3);
  std::string dl;
  for (int i = 0; i < 10; ++i) dl += "<dl><dd>";
  CHECK(count(prescanned(dl, prescan_options{false, 6}), "<dl>") == 3);
  // Through a div or a p, the next item still closes the open one: siblings, not nesting.
  std::string items;
  for (int i = 0; i < 20; ++i) items += "<li><div><p>item";
  CHECK(prescanned("<ul>" + items + "</ul>", prescan_options{false, 5}) ==
        "<ul>" + items + "</ul>");
}

TEST_CASE("prescan: the tree is the same but for script and style contents", "[prescan]") {
  for (const char* html : {
           "<p>a<script>x</script>b<style>y</style>c</p>",
           "<!DOCTYPE html><html><head><title>T <script></title><script>1</script></head>"
           "<body><noscript><img src=a></noscript><p>x</p></body></html>",
           "<table><tr><td>a<script>b</script><style>c</style></table>",
           "<svg><title>t</title><script>if (a<b) {}</script><style>x</style></svg><script>y",
           "<math><mi>x</mi></math><style>a</style>",
           "<select><option><script>a</script></select><p><style>b</style>",
           "<template><script>a</script><style>b</style></template>",
           "<script><!--<script></script>--></script><p>after",
           "<script><!-- -- > </script>x",
           "<!----><!---><!--a--!><style>s</style>",
           "<a href='x' title=\"<style>\">t</a><style>s</style>",
           "<div a=b/><style>s</style><br/><script/>x</script>y",
           "<xmp><script>x</script></xmp><iframe><style></iframe><noembed><style></noembed>",
           "<![CDATA[<style>]]>x<style>y</style>",
           "<svg><![CDATA[<style>]]></svg><style>y</style>",
           "</div a='>'><style>s</style>",
           "<p>a</ p><style>s</style>",
           "<plaintext><style>s</style>",
       })
    check_same_tree(html);
}

TEST_CASE("prescan: random token soup parses to the same tree", "[prescan]") {
  static const char* const pieces[] = {
      "<script>", "</script>", "<script type=application/ld+json>", "<style>", "</style>",
      "<!--", "-->", "--!>", "<!-", "<svg>", "</svg>", "<math>", "</math>", "<mi>", "<title>",
      "</title>", "<textarea>", "</textarea>", "<select>", "</select>", "<option>",
      "<![CDATA[", "]]>", "<p>", "</p>", "<div a=\"", "\"", "'", "=", ">", "<", "/", "</",
      "<table>", "<td>", "<template>", "</template>", "<foreignObject>", "<desc>", "<b>",
      "</b>", "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noscript>", "</noscript>",
      "<plaintext>", "<!DOCTYPE html>", "<?x>", "<br/>", "<SCRIPT>", "</SCRIPT >", "text ",
      "a<b", "-", "--", "<script", " type='text/json'>", "<html>", "<body>", "<head>",
      "<frameset>", "<img src=x>", "<li>", "<ul>", "&amp;", "\n", "<font color=red>",
      "</STYLE\t>", "<noframes>", "</noframes>"};
  constexpr std::size_t piece_count = sizeof(pieces) / sizeof(pieces[0]);
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int doc = 0; doc < 3000; ++doc) {
    std::string html;
    std::size_t n = 1 + next() % 40;
    for (std::size_t i = 0; i < n; ++i) html += pieces[next() % piece_count];
    check_same_tree(html);
  }
}

TEST_CASE("prescan: the corpus pages parse to the same trees", "[prescan][corpus]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(ARTICLE2MD_SHARED_DIR) / "corpus" / "readability";
  if (!fs::is_directory(dir)) {
    WARN("no corpus at " << dir.string() << ": skipped");
    return;
  }
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    for (const char* name : {"source.html", "expected.html"}) {
      const fs::path file = entry.path() / name;
      if (!fs::is_regular_file(file)) continue;
      std::string html = article2md::test::read_file(file);
      INFO(entry.path().filename().string() << '/' << name);
      check_same_tree(html);
      ++pages;
    }
  }
  CHECK(pages >= 200);
}
