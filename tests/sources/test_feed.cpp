// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom read into items, and items written as archived articles.
#include "sources/feed.hpp"

#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using article2md::converter;
using article2md::sources::feed;
using article2md::sources::feed_item;
using article2md::sources::item_meta;
using article2md::sources::parse_feed;

namespace {

// An item as `article2md --feed` writes it (src/cli/feed_mode.cpp).
std::string item_markdown(const feed_item& item, const converter& conv) {
  return conv.convert(item.html, item_meta(item));
}

const char* const rss_open =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
    "     xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
    "<channel>\n"
    "  <title>Example News</title>\n"
    "  <link>https://e.com/</link>\n"
    "  <atom:link href=\"https://e.com/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
    "  <language>en-us</language>\n";
const char* const rss_close = "</channel>\n</rss>\n";

std::string rss(const std::string& items) { return rss_open + items + rss_close; }

const feed_item& only_item(const feed& f) {
  REQUIRE(f.items.size() == 1);
  return f.items[0];
}

std::string error_of(const std::string& xml) {
  try {
    parse_feed(xml);
  } catch (const article2md::error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("feed: RSS 2.0 with many items, in document order", "[feed]") {
  std::string items;
  for (int i = 1; i <= 55; ++i) {
    std::string n = std::to_string(i);
    std::string day = (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
    items += "<item><title>Item " + n + "</title><link>https://e.com/a/" + n +
             "</link><guid isPermaLink=\"false\">id-" + n + "</guid><pubDate>Sat, " + day +
             " Feb 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;Body " + n +
             "&lt;/p&gt;</description><author>ed@e.com (Ed)</author></item>\n";
  }
  feed f = parse_feed(rss(items));
  CHECK(f.title == "Example News");
  CHECK(f.link == "https://e.com/");  // the atom:link rel="self" is another element
  CHECK(f.language == "en-us");
  REQUIRE(f.items.size() == 55);
  for (std::size_t i = 0; i < f.items.size(); ++i) {
    std::string n = std::to_string(i + 1);
    CHECK(f.items[i].title == "Item " + n);
    CHECK(f.items[i].link == "https://e.com/a/" + n);
    CHECK(f.items[i].id == "id-" + n);
    CHECK(f.items[i].html == "<p>Body " + n + "</p>");
    CHECK(f.items[i].author == "ed@e.com (Ed)");
    CHECK(f.items[i].timestamp_ms.has_value());
  }
  CHECK(f.items[0].date == "Sat, 02 Feb 2025 10:00:00 GMT");
  CHECK(f.items[0].timestamp_ms == 1738490400000);
  CHECK(f.items[54].title == "Item 55");
  CHECK(f.items[54].date == "Sat, 28 Feb 2025 10:00:00 GMT");

  converter conv;
  CHECK(item_markdown(f.items[54], conv) ==
        "<!--1740736800000-->\n"
        "[Item 55](https://e.com/a/55)\n"
        "------\n"
        "\n"
        "*Sat, 28 Feb 2025 10:00:00 GMT*\n"
        "\n"
        "Body 55\n");
}

TEST_CASE("feed: the sample's header, exactly", "[feed]") {
  feed f = parse_feed(rss(
      "<item>\n"
      "  <title>Title</title>\n"
      "  <link>https://e.com/a</link>\n"
      "  <pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate>\n"
      "  <description><![CDATA[<p>Body</p>]]></description>\n"
      "</item>\n"));
  const feed_item& item = only_item(f);
  CHECK(item.id == "https://e.com/a");  // no guid: the link
  CHECK(item.timestamp_ms == 1738167680000);
  CHECK(item_markdown(item, converter()) ==
        "<!--1738167680000-->\n[Title](https://e.com/a)\n------\n\n"
        "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nBody\n");
}

TEST_CASE("feed: CDATA and entities, inside and outside CDATA", "[feed]") {
  feed f = parse_feed(rss(
      "<item>\n"
      // XML entities and references decode; an HTML reference left escaped decodes too.
      "  <title>Fish &amp; Chips &#x4E2D;&#25991; caf&amp;eacute; &lt;3</title>\n"
      "  <link>https://e.com/fish?a=1&amp;b=2</link>\n"
      "  <guid>https://e.com/?p=1</guid>\n"
      "  <description><![CDATA[<p>Caf&eacute;&nbsp;&copy; <b>bold</b> & more &amp; less]]>"
      "</description>\n"
      "</item>\n"
      "<item>\n"
      "  <title>Escaped</title>\n"
      // Escaped HTML outside CDATA; an undeclared &eacute; is left for the HTML parser.
      "  <description>&lt;p&gt;a &amp;amp; b &eacute; &#233;&lt;/p&gt;</description>\n"
      "</item>\n"
      "<item>\n"
      "  <title><![CDATA[CDATA <title> & more]]></title>\n"
      "  <description>  <![CDATA[<p>one</p>]]>  <![CDATA[<p>two</p>]]>  </description>\n"
      "</item>\n"));
  REQUIRE(f.items.size() == 3);
  const feed_item& a = f.items[0];
  CHECK(a.title == "Fish & Chips 中文 café <3");
  CHECK(a.link == "https://e.com/fish?a=1&b=2");
  CHECK(a.id == "https://e.com/?p=1");
  CHECK(a.html == "<p>Caf&eacute;&nbsp;&copy; <b>bold</b> & more &amp; less");
  CHECK(item_markdown(a, converter()) ==
        "[Fish & Chips 中文 café <3](https://e.com/fish?a=1&b=2)\n------\n\n"
        "Café\xC2\xA0© **bold** & more & less\n");

  const feed_item& b = f.items[1];
  CHECK(b.html == "<p>a &amp; b &eacute; \xC3\xA9</p>");
  CHECK(b.link.empty());
  CHECK(b.id == "Escaped");  // no guid, link or date: the title
  CHECK(item_markdown(b, converter()) == "Escaped\n------\n\na & b é é\n");

  const feed_item& c = f.items[2];
  CHECK(c.title == "CDATA <title> & more");
  CHECK(c.html == "  <p>one</p>  <p>two</p>  ");
}

TEST_CASE("feed: content:encoded wins over description, matched by namespace", "[feed]") {
  feed f = parse_feed(
      "<rss version=\"2.0\" xmlns:c=\"http://purl.org/rss/1.0/modules/content/\"\n"
      "     xmlns:content=\"urn:not-the-content-module\">\n"
      "<channel><title>T</title><link>https://e.com/</link>\n"
      "<item><title>Both</title><link>https://e.com/1</link>\n"
      "  <description>Short</description>\n"
      "  <c:encoded><![CDATA[<p>Full</p>]]></c:encoded></item>\n"
      "<item><title>Blank content</title><link>https://e.com/2</link>\n"
      "  <c:encoded>  </c:encoded><description>Summary</description></item>\n"
      "<item><title>Wrong namespace</title><link>https://e.com/3</link>\n"
      "  <content:encoded>Not ours</content:encoded><description>Desc</description></item>\n"
      "<item><title>Description only</title><link>https://e.com/4</link>\n"
      "  <description><p>Left <em>unescaped</em><br/>here</p></description></item>\n"
      "</channel></rss>");
  REQUIRE(f.items.size() == 4);
  CHECK(f.items[0].html == "<p>Full</p>");
  CHECK(f.items[1].html == "Summary");
  CHECK(f.items[2].html == "Desc");
  // Markup a feed forgot to escape is still the body.
  CHECK(f.items[3].html == "<p>Left <em>unescaped</em><br>here</p>");
}

TEST_CASE("feed: relative links in the body resolve against the item link", "[feed]") {
  feed f = parse_feed(rss(
      "<item>\n"
      "  <title>Relative</title>\n"
      "  <link>https://e.com/news/2025/story.html</link>\n"
      "  <pubDate>2025-01-29T16:21:20Z</pubDate>\n"
      "  <content:encoded><![CDATA[<p>See <a href=\"../other.html\">this</a> and "
      "<a href=\"/top\">that</a>.</p><p><img src=\"img/a.png\" alt=\"A\"></p>]]>"
      "</content:encoded>\n"
      "</item>\n"
      "<item><title>Relative item link</title><link>/news/b.html</link></item>\n"));
  REQUIRE(f.items.size() == 2);
  CHECK(f.items[0].base_url.empty());
  CHECK(item_markdown(f.items[0], converter()) ==
        "<!--1738167680000-->\n"
        "[Relative](https://e.com/news/2025/story.html)\n"
        "------\n"
        "\n"
        "*2025-01-29T16:21:20Z*\n"
        "\n"
        "See [this](https://e.com/news/other.html) and [that](https://e.com/top).\n"
        "\n"
        "![A](https://e.com/news/2025/img/a.png)\n");
  // A relative item link resolves against the channel's link.
  CHECK(f.items[1].link == "https://e.com/news/b.html");
}

TEST_CASE("feed: items without title, date, link or guid", "[feed]") {
  feed f = parse_feed(rss(
      "<item><link>https://e.com/no-title</link>"
      "<pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate><description>Untitled</description></item>\n"
      "<item><title>No link</title><pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate>"
      "<description>Linkless</description></item>\n"
      "<item><title>No date</title><link>https://e.com/no-date</link>"
      "<description>Dateless</description></item>\n"
      "<item><description>Nothing but a body</description></item>\n"
      "<item><title>Permalink guid</title><guid>https://e.com/p/9</guid></item>\n"
      "<item><title>Bad date</title><link>https://e.com/x</link><pubDate>someday</pubDate></item>\n"
      "<item/>\n"));
  REQUIRE(f.items.size() == 7);
  converter conv;

  const feed_item& no_title = f.items[0];
  CHECK(no_title.title.empty());
  CHECK(no_title.id == "https://e.com/no-title");
  CHECK(item_markdown(no_title, conv) ==
        "<!--1738167680000-->\n<https://e.com/no-title>\n------\n\n"
        "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nUntitled\n");

  const feed_item& no_link = f.items[1];
  CHECK(no_link.link.empty());
  CHECK(no_link.id == "No link Wed, 29 Jan 2025 16:21:20 GMT");
  CHECK(item_markdown(no_link, conv) ==
        "<!--1738167680000-->\nNo link\n------\n\n*Wed, 29 Jan 2025 16:21:20 GMT*\n\nLinkless\n");

  const feed_item& no_date = f.items[2];
  CHECK(no_date.date.empty());
  CHECK_FALSE(no_date.timestamp_ms.has_value());
  CHECK(item_markdown(no_date, conv) ==
        "[No date](https://e.com/no-date)\n------\n\nDateless\n");

  const feed_item& bare = f.items[3];
  CHECK(bare.id == "Nothing but a body");
  CHECK(item_markdown(bare, conv) == "Nothing but a body\n");

  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  CHECK(f.items[4].link == "https://e.com/p/9");
  CHECK(f.items[4].id == "https://e.com/p/9");

  CHECK(f.items[5].date == "someday");
  CHECK_FALSE(f.items[5].timestamp_ms.has_value());
  CHECK(item_markdown(f.items[5], conv) == "[Bad date](https://e.com/x)\n------\n\n*someday*\n");

  const feed_item& empty = f.items[6];
  CHECK(empty.id.empty());
  CHECK(empty.title.empty());
  CHECK(empty.html.empty());
  CHECK(item_markdown(empty, conv).empty());
}

TEST_CASE("feed: RSS 1.0 (RDF)", "[feed]") {
  feed f = parse_feed(
      "<?xml version=\"1.0\"?>\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
      "         xmlns=\"http://purl.org/rss/1.0/\"\n"
      "         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
      "  <channel rdf:about=\"https://e.org/\">\n"
      "    <title>RDF Site</title>\n"
      "    <link>https://e.org/</link>\n"
      "    <dc:language>de</dc:language>\n"
      "    <items><rdf:Seq><rdf:li rdf:resource=\"https://e.org/1\"/></rdf:Seq></items>\n"
      "  </channel>\n"
      "  <item rdf:about=\"https://e.org/1\">\n"
      "    <title>Erster &amp; Beitrag</title>\n"
      "    <link>https://e.org/1</link>\n"
      "    <description>Kurz</description>\n"
      "    <content:encoded><![CDATA[<p>Lang <a href=\"x\">x</a></p>]]></content:encoded>\n"
      "    <dc:date>2025-01-29T17:21:20+01:00</dc:date>\n"
      "    <dc:creator>Anna</dc:creator>\n"
      "  </item>\n"
      "  <item rdf:about=\"https://e.org/2\">\n"
      "    <title>Zweiter</title>\n"
      "    <description>Nur kurz</description>\n"
      "  </item>\n"
      "</rdf:RDF>\n");
  CHECK(f.title == "RDF Site");
  CHECK(f.link == "https://e.org/");
  CHECK(f.language == "de");
  REQUIRE(f.items.size() == 2);
  const feed_item& a = f.items[0];
  CHECK(a.id == "https://e.org/1");
  CHECK(a.title == "Erster & Beitrag");
  CHECK(a.date == "2025-01-29T17:21:20+01:00");
  CHECK(a.timestamp_ms == 1738167680000);
  CHECK(a.author == "Anna");
  CHECK(a.html == "<p>Lang <a href=\"x\">x</a></p>");
  CHECK(item_markdown(a, converter()) ==
        "<!--1738167680000-->\n[Erster & Beitrag](https://e.org/1)\n------\n\n"
        "*2025-01-29T17:21:20+01:00*\n\nLang [x](https://e.org/x)\n");
  // No <link>: rdf:about names the page.
  CHECK(f.items[1].link == "https://e.org/2");
  CHECK(f.items[1].html == "Nur kurz");
}

TEST_CASE("feed: Atom with xhtml content, html summary and xml:base", "[feed]") {
  feed f = parse_feed(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"\n"
      "      xml:base=\"https://blog.e.com/\">\n"
      "  <title type=\"html\">Blog &lt;em&gt;of&lt;/em&gt; Things</title>\n"
      "  <link rel=\"self\" href=\"/atom.xml\"/>\n"
      "  <link href=\"/\"/>\n"
      "  <id>urn:uuid:feed</id>\n"
      "  <updated>2025-02-01T00:00:00Z</updated>\n"
      "  <author><name>Feed Author</name></author>\n"
      "  <entry>\n"
      "    <title>XHTML entry</title>\n"
      "    <link rel=\"edit\" href=\"/edit/1\"/>\n"
      "    <link rel=\"alternate\" type=\"text/html\" href=\"2025/01/first\"/>\n"
      "    <link rel=\"enclosure\" href=\"/a.mp3\"/>\n"
      "    <id>tag:blog.e.com,2025:1</id>\n"
      "    <published>2025-01-29T16:21:20Z</published>\n"
      "    <updated>2025-01-30T00:00:00Z</updated>\n"
      "    <author><name>Ann  Writer</name></author>\n"
      "    <content type=\"xhtml\" xml:base=\"https://blog.e.com/2025/01/\">\n"
      "      <div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hello <b>bold</b> <i>world</i>"
      " &amp; <a href=\"first/pic\">pic</a><br/>x</p></div>\n"
      "    </content>\n"
      "  </entry>\n"
      "  <entry>\n"
      "    <title type=\"xhtml\"><x:div xmlns:x=\"http://www.w3.org/1999/xhtml\">An "
      "<x:em>xhtml</x:em> title</x:div></title>\n"
      "    <link href=\"https://other.e.com/second\"/>\n"
      "    <id>tag:blog.e.com,2025:2</id>\n"
      "    <updated>2025-01-31T08:00:00Z</updated>\n"
      "    <summary type=\"html\">&lt;p&gt;Summary &amp;amp; &lt;a href=\"more\"&gt;more&lt;/a&gt;"
      "&lt;/p&gt;"
      "</summary>\n"
      "    <content src=\"https://other.e.com/second.pdf\" type=\"application/pdf\"/>\n"
      "  </entry>\n"
      "  <entry>\n"
      "    <title>Plain &amp; text</title>\n"
      "    <id>tag:blog.e.com,2025:3</id>\n"
      "    <content>First &lt;line&gt;\nsame paragraph\n\nSecond</content>\n"
      "  </entry>\n"
      "</feed>\n");
  CHECK(f.title == "Blog of Things");
  CHECK(f.link == "https://blog.e.com/");
  CHECK(f.language == "en");
  REQUIRE(f.items.size() == 3);

  const feed_item& a = f.items[0];
  CHECK(a.id == "tag:blog.e.com,2025:1");
  CHECK(a.title == "XHTML entry");
  CHECK(a.link == "https://blog.e.com/2025/01/first");
  CHECK(a.date == "2025-01-29T16:21:20Z");  // published before updated
  CHECK(a.timestamp_ms == 1738167680000);
  CHECK(a.author == "Ann Writer");
  CHECK(a.html ==
        "<p>Hello <b>bold</b> <i>world</i> &amp; <a href=\"first/pic\">pic</a><br>x</p>");
  CHECK(a.base_url == "https://blog.e.com/2025/01/");
  CHECK(item_markdown(a, converter()) ==
        "<!--1738167680000-->\n[XHTML entry](https://blog.e.com/2025/01/first)\n------\n\n"
        "*2025-01-29T16:21:20Z*\n\n"
        "Hello **bold** *world* & [pic](https://blog.e.com/2025/01/first/pic)\\\nx\n");

  const feed_item& b = f.items[1];
  CHECK(b.title == "An xhtml title");
  CHECK(b.link == "https://other.e.com/second");
  CHECK(b.date == "2025-01-31T08:00:00Z");  // no published: updated
  CHECK(b.author == "Feed Author");         // inherited from the feed
  // Out-of-line content: the summary, under the feed's xml:base (RFC 4287 §2), not the link.
  CHECK(b.html == "<p>Summary &amp; <a href=\"more\">more</a></p>");
  CHECK(b.base_url == "https://blog.e.com/");
  CHECK(item_markdown(b, converter()) ==
        "<!--1738310400000-->\n[An xhtml title](https://other.e.com/second)\n------\n\n"
        "*2025-01-31T08:00:00Z*\n\nSummary & [more](https://blog.e.com/more)\n");

  const feed_item& c = f.items[2];
  CHECK(c.title == "Plain & text");
  CHECK(c.link.empty());
  CHECK(c.html == "<p>First &lt;line&gt;\nsame paragraph</p><p>Second</p>");
  CHECK(item_markdown(c, converter()) ==
        "Plain & text\n------\n\nFirst \\<line> same paragraph\n\nSecond\n");
}

TEST_CASE("feed: namespaces by URI, not by prefix", "[feed]") {
  // Atom under a prefix, xhtml under another.
  feed f = parse_feed(
      "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
      "<a:title>Prefixed</a:title>"
      "<a:entry><a:title>E</a:title><a:link href=\"https://e.com/e\"/>"
      "<a:content type=\"xhtml\"><h:div><h:p>Hi <h:img src=\"i.png\"/></h:p></h:div></a:content>"
      "</a:entry></a:feed>");
  CHECK(f.title == "Prefixed");
  CHECK(only_item(f).html == "<p>Hi <img src=\"i.png\"></p>");
  // A <feed> outside the Atom namespace is not Atom.
  CHECK(error_of("<feed><entry><title>x</title></entry></feed>") ==
        "not a feed: the root element <feed> is not RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed>");
  // Well-known prefixes left undeclared still mean their module.
  feed g = parse_feed(
      "<rss version=\"2.0\"><channel><item><title>U</title>"
      "<description>d</description><content:encoded>full</content:encoded>"
      "<dc:creator>Bo</dc:creator><x:title>not ours</x:title></item></channel></rss>");
  CHECK(only_item(g).html == "full");
  CHECK(only_item(g).author == "Bo");
  CHECK(only_item(g).title == "U");
}

TEST_CASE("feed: a lone Atom entry reads as a feed of one", "[feed]") {
  feed f = parse_feed(
      "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Solo</title>"
      "<link href=\"https://e.com/solo\"/><updated>2025-01-29T16:21:20Z</updated>"
      "<summary>Just text</summary></entry>");
  const feed_item& item = only_item(f);
  CHECK(item.title == "Solo");
  CHECK(item.html == "<p>Just text</p>");
  CHECK(item.id == "https://e.com/solo");
}

TEST_CASE("feed: what is not a feed is an error that says so", "[feed]") {
  CHECK(error_of("") == "not a feed: the document is empty");
  CHECK(error_of("  \n ") == "not a feed: the document is empty");
  CHECK(error_of("just some text") ==
        "not a feed: the document is not well-formed XML (No document element found at byte "
        "14)");
  CHECK(error_of("<rss><channel><item><title>x</item></channel></rss>")
            .rfind("not a feed: the document is not well-formed XML (Start-end tags mismatch", 0) ==
        0);
  CHECK(error_of("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Page</title>"
                 "</head><body><p>Hi<br></body></html>") ==
        "not a feed: the document is an HTML page, not RSS or Atom");
  // Well-formed XHTML parses as XML, and is still not a feed.
  CHECK(error_of("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>") ==
        "not a feed: the document is an HTML page, not RSS or Atom");
  CHECK(error_of("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>") ==
        "not a feed: an RDF document without an RSS 1.0 channel or items");
  CHECK_THROWS_AS(parse_feed("<rss>\x01</rss"), article2md::error);
}

TEST_CASE("feed: byte order marks, empty channels and encodings", "[feed]") {
  feed bom = parse_feed("\xEF\xBB\xBF" + rss("<item><title>BOM</title></item>"));
  CHECK(bom.title == "Example News");
  CHECK(only_item(bom).title == "BOM");

  feed empty = parse_feed(rss(""));
  CHECK(empty.title == "Example News");
  CHECK(empty.items.empty());
  CHECK(parse_feed("<rss version=\"2.0\"><channel/></rss>").items.empty());
  CHECK(parse_feed("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>").items.empty());

  // Latin-1 declared and written: pugixml converts it.
  feed latin1 = parse_feed(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
      "<rss><channel><item><title>Caf\xE9</title></item></channel></rss>");
  CHECK(only_item(latin1).title == "Caf\xC3\xA9");
  // Latin-1 declared, but already decoded to UTF-8: not converted twice.
  feed decoded = parse_feed(
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
      "<rss><channel><item><title>Caf\xC3\xA9</title></item></channel></rss>");
  CHECK(only_item(decoded).title == "Caf\xC3\xA9");

  // UTF-16 little-endian with a BOM.
  std::string ascii = "<rss><channel><item><title>Wide</title></item></channel></rss>";
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  CHECK(only_item(parse_feed(utf16)).title == "Wide");
}

TEST_CASE("feed: a huge feed parses fast, a deep one does not crash", "[feed]") {
  std::string items;
  const int count = 20000;
  items.reserve(static_cast<std::size_t>(count) * 200);
  for (int i = 0; i < count; ++i) {
    std::string n = std::to_string(i);
    items += "<item><title>T" + n + "</title><link>https://e.com/" + n +
             "</link><pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate>"
             "<content:encoded><![CDATA[<p>x</p>]]></content:encoded></item>";
  }
  auto start = std::chrono::steady_clock::now();
  feed f = parse_feed(rss(items));
  auto elapsed = std::chrono::steady_clock::now() - start;
  REQUIRE(f.items.size() == static_cast<std::size_t>(count));
  CHECK(f.items.back().link == "https://e.com/19999");
  // Generous, for sanitizer builds: a linear parse takes a few milliseconds per thousand items.
  CHECK(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count() < 10);

  std::string deep = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Deep</title>"
                     "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">";
  for (int i = 0; i < 20000; ++i) deep += "<span>";
  deep += "core";
  for (int i = 0; i < 20000; ++i) deep += "</span>";
  deep += "</div></content></entry></feed>";
  feed d = parse_feed(deep);
  CHECK(only_item(d).html.size() == 20000 * 13 + 4);
}
