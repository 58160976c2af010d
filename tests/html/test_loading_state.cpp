// find_revealed: which hidden and <noscript> elements are a page's content before its scripts run.
#include "html/dom.hpp"
#include "html/loading_state.hpp"
#include "html/node_queries.hpp"

#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>

using article2md::html_node;
using article2md::detail::find_revealed;
using article2md::detail::next_in_subtree;
using article2md::detail::parsed_document;

namespace {

const std::string prose =
    "The council voted on Tuesday to extend the library's opening hours, after a year in which "
    "visits rose by a third and the reading rooms were full most evenings.";

// The id attributes (or tag names) of the revealed elements, sorted.
std::set<std::string> revealed_in(const std::string& html) {
  parsed_document doc(html);
  const auto ids = find_revealed(doc.body());
  std::set<std::string> out;
  for (html_node n = doc.body(); n; n = next_in_subtree(n, doc.body(), true))
    if (n.is_element() && ids.count(n.id()) != 0)
      out.insert(n.has_attr("id") ? std::string(n.attr("id")) : std::string(n.tag()));
  CHECK(out.size() == ids.size());
  return out;
}

}  // namespace

TEST_CASE("loading state: a page that shows its prose reveals nothing", "[loading_state]") {
  // A hidden menu, a hidden dialog with some prose, a noscript notice: the page hides them.
  CHECK(revealed_in("<body><nav hidden id=menu><a href=/a>Home</a><a href=/b>News</a></nav>"
                    "<div style='display: none' id=dialog><p>Subscribe to our letter.</p></div>"
                    "<noscript>Please enable JavaScript.</noscript><article><p>" +
                    prose + "</p><p>" + prose + "</p></article></body>")
            .empty());
  CHECK(revealed_in("").empty());
  CHECK(revealed_in("<body><div hidden><p>" + prose + "</p><p>" + prose + "</p></div></body>") ==
        std::set<std::string>{"div"});
  // A notice is not content, even on a page that shows nothing else.
  CHECK(revealed_in("<body><div id=root></div><noscript>We are sorry, but this site does not "
                    "work properly without JavaScript enabled. Please enable it to continue."
                    "</noscript></body>")
            .empty());
}

TEST_CASE("loading state: a streamed page hidden until hydration is revealed, its menus not",
          "[loading_state]") {
  // React streaming: the server-rendered page waits in <div hidden id="S:0"> for a script.
  const std::string page =
      "<body><div hidden id='S:0'><div hidden id=drawer><p>Menu text that is not links.</p></div>"
      "<main><h1>Hours</h1><p>" + prose + "</p><p>" + prose + "</p></main></div>"
      "<template id='B:0'></template><script>$RC('B:0','S:0')</script></body>";
  CHECK(revealed_in(page) == std::set<std::string>{"S:0"});
  // A wrapper kept invisible until the scripts are ready.
  CHECK(revealed_in("<body><div id=app style='visibility:hidden;min-height:100vh'><p>" + prose +
                    "</p><p>" + prose + "</p></div></body>") == std::set<std::string>{"app"});
}

TEST_CASE("loading state: a crawler view in <noscript> is revealed", "[loading_state]") {
  // Discourse: the posts are server-rendered inside <noscript>; the visible page is a splash.
  CHECK(revealed_in("<body><section id=splash><a href=/>Loading</a></section>"
                    "<noscript id=crawler><div class=post><p>" + prose + "</p></div>"
                    "<div class=post><p>" + prose + "</p></div></noscript></body>") ==
        std::set<std::string>{"crawler"});
}

TEST_CASE("loading state: hidden tabs beside visible prose stay hidden", "[loading_state]") {
  // A quarter or more of the prose is visible: the hidden panels are the page's choice.
  CHECK(revealed_in("<body><div id=tab1><p>" + prose + "</p></div>"
                    "<div id=tab2 hidden><p>" + prose + "</p><p>" + prose + "</p></div>"
                    "<div id=tab3 hidden><p>" + prose + "</p></div></body>")
            .empty());
}

TEST_CASE("loading state: link text does not count as prose", "[loading_state]") {
  // A big hidden menu of links weighs nothing: the short visible article is the page.
  std::string links;
  for (int i = 0; i < 50; ++i) links += "<a href=/s" + std::to_string(i) + ">Section number " + std::to_string(i) + "</a>";
  CHECK(revealed_in("<body><nav hidden id=mega>" + links + "</nav><p>" + prose + "</p></body>")
            .empty());
}

TEST_CASE("loading state: deep nesting is measured without recursion", "[loading_state]") {
  // The prose in the outer wrapper, then hidden wrappers nested as deep as the parser keeps
  // them (the converter's prescan bounds its depth): only the outer one holds the prose.
  std::string deep = "<body><div hidden id=outer><p>" + prose + "</p><p>" + prose + "</p>";
  for (int i = 0; i < 100000; ++i) deep += "<div hidden>";
  parsed_document doc(deep, article2md::detail::prescan_options{true, 20000});
  std::size_t wrappers = 0;
  for (html_node n = doc.body(); n; n = next_in_subtree(n, doc.body(), true))
    if (n.is("div")) ++wrappers;
  REQUIRE(wrappers > 10000);
  const auto ids = find_revealed(doc.body());
  REQUIRE(ids.size() == 1);
  CHECK(ids.count(doc.body().first_child().id()) == 1);
}

TEST_CASE("loading state: the converter writes what a loading page holds", "[loading_state]") {
  article2md::options opts;
  opts.header = article2md::header_style::none;
  const std::string streamed = "<html><head><title>Hours</title></head><body><div hidden><p>" +
                               prose + "</p><p>" + prose + "</p></div><noscript><p>Enable "
                               "JavaScript.</p></noscript></body></html>";
  const std::string both = prose + "\n\n" + prose + "\n";
  CHECK(article2md::to_markdown(streamed, {}, opts) == both);
  opts.scope = article2md::content_scope::whole;
  CHECK(article2md::to_markdown(streamed, {}, opts) == both);
  // A crawler view: the <noscript> is written as the blocks it holds.
  const std::string crawler = "<body><div id=splash></div><noscript><h2>First post</h2><p>" +
                              prose + "</p><p>" + prose + "</p></noscript></body>";
  CHECK(article2md::to_markdown(crawler, {}, opts) == "## First post\n\n" + both);
}

TEST_CASE("loading state: an iframe's text is never the page's content", "[loading_state]") {
  // An <iframe>'s content is never shown; text there (a tag manager's noscript frame, or what
  // a self-closed frame swallowed) must not outweigh the page's prose.
  const std::string frame_text = prose + prose + prose + prose + prose + prose;
  CHECK(revealed_in("<body><p>" + prose + "</p><noscript id=ns><iframe src=x>" + frame_text +
                    "</iframe></noscript></body>")
            .empty());
  // The same text as markup in the noscript is content hidden from a reader without scripts.
  CHECK(revealed_in("<body><p>" + prose + "</p><noscript id=ns><div>" + frame_text +
                    "</div></noscript></body>") == std::set<std::string>{"ns"});
}
