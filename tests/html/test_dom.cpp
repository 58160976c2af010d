// The DOM handle: null safety, navigation, attributes, text.
#include <article2md/html_node.hpp>

#include "html/dom.hpp"

#include <catch2/catch.hpp>

using article2md::html_node;
using article2md::detail::parsed_document;

TEST_CASE("dom: a null handle answers every query with an empty value", "[dom]") {
  html_node n;
  CHECK_FALSE(n);
  CHECK(n.type() == html_node::kind::none);
  CHECK(n.tag().empty());
  CHECK(n.attr("class").empty());
  CHECK_FALSE(n.has_attr("x"));
  CHECK_FALSE(n.parent());
  CHECK_FALSE(n.child("figcaption").attr("class").size());
  CHECK(n.text_content().empty());
  CHECK(n.child_count() == 0);
  CHECK(n.tag_id() == -1);
}

TEST_CASE("dom: parse repairs fragments into html/head/body", "[dom]") {
  parsed_document doc("<p class=\"a  b\" ID=x>Hello <b>world</b></p><my-Widget data-x='1'>w</my-Widget>");
  html_node body = doc.body();
  REQUIRE(body.is("body"));
  html_node p = body.first_child();
  CHECK(p.tag() == "p");
  CHECK(p.is("P"));
  CHECK(p.has_class("a"));
  CHECK(p.has_class("b"));
  CHECK_FALSE(p.has_class("a  b"));
  CHECK(p.attr("id") == "x");
  CHECK(p.text_content() == "Hello world");
  html_node w = p.next_element();
  CHECK(w.tag() == "my-Widget");
  CHECK(w.is("my-widget"));
  CHECK(w.tag_id() == -1);
  CHECK(w.attr("data-x") == "1");
  CHECK(html_node::tag_id_of("p") == p.tag_id());
  CHECK(html_node::tag_id_of("my-widget") == -1);
  CHECK(p.child("b").first_child().text() == "world");
  CHECK(body.find("b").parent() == p);
  CHECK(w.prev_element() == p);
  CHECK(p.child_count() == 2);
}

TEST_CASE("dom: text_content collapses whitespace and skips non-text", "[dom]") {
  parsed_document doc("<div>\n a <script>x</script><style>y</style> b\t<!--c--> <span>d</span> </div>");
  CHECK(doc.body().first_child().text_content() == "a b d");
}

TEST_CASE("dom: entities are decoded in text and attributes", "[dom]") {
  parsed_document doc("<a title=\"&quot;x&quot; &amp; y\">&lt;tag&gt; &copy; &#x4E2D;</a>");
  html_node a = doc.body().first_child();
  CHECK(a.attr("title") == "\"x\" & y");
  CHECK(a.first_child().text() == "<tag> \xC2\xA9 \xE4\xB8\xAD");
}

TEST_CASE("dom: whole pages are told from fragments", "[dom]") {
  CHECK_FALSE(parsed_document("<p>fragment</p><div>more</div>").is_whole_page());
  CHECK_FALSE(parsed_document("").is_whole_page());
  CHECK(parsed_document("<html><p>x</p></html>").is_whole_page());
  CHECK(parsed_document("<body><p>x</p></body>").is_whole_page());
  CHECK(parsed_document("<title>T</title><p>x</p>").is_whole_page());
  CHECK(parsed_document("<!DOCTYPE html><meta charset=utf-8><p>x</p>").is_whole_page());
}
