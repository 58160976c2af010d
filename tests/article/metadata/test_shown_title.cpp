#include "article/metadata/metadata.hpp"
#include "article/metadata/shown_title.hpp"
#include "html/dom.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using article2md::detail::extract_metadata;
using article2md::detail::parsed_document;
using article2md::detail::shown_title;
using article2md::detail::title_evidence;

namespace {

std::string title_of(const std::string& head, const std::string& body,
                     const std::string& url = "https://news.example.com/2025/05/story.html") {
  parsed_document doc("<!DOCTYPE html><html><head>" + head + "</head><body>" + body +
                      "</body></html>");
  return extract_metadata(doc.document(), url).title;
}

}  // namespace

TEST_CASE("shown title: a site name the page names is cut off", "[metadata][title]") {
  title_evidence ev;
  ev.site_names = {"Example News"};
  CHECK(shown_title("Rain again | Example News", ev) == "Rain again");
  CHECK(shown_title("Example News - Rain again", ev) == "Rain again");
  // Two trailing parts, the site's last: only what evidence names goes.
  CHECK(shown_title("Rain again | Weather | Example News", ev) == "Rain again | Weather");
  SECTION("the URL's domain is evidence too") {
    title_evidence host;
    host.host = "www.motleyfool.com";
    CHECK(shown_title("Buy these stocks - Motley Fool", host) == "Buy these stocks");
  }
  SECTION("another statement of the title without the part is evidence") {
    title_evidence other;
    other.statements = {"Rain again"};
    CHECK(shown_title("Rain again \xE2\x80\x94 The Daily", other) == "Rain again");
  }
  SECTION("without evidence the title stays whole") {
    CHECK(shown_title("Cats - Dogs", title_evidence{}) == "Cats - Dogs");
  }
}

TEST_CASE("shown title: the <h1> that agrees with the title", "[metadata][title]") {
  SECTION("a part of the title between separators") {
    title_evidence ev;
    ev.headings = {"Software"};
    CHECK(shown_title("Software | MIT News | Massachusetts Institute of Technology", ev) ==
          "Software");
  }
  SECTION("the title's first words, before a colon") {
    title_evidence ev;
    ev.headings = {"Hiking Boots"};
    CHECK(shown_title("Hiking Boots: Shop Boots for Hiking & Backpacking", ev) == "Hiking Boots");
  }
  SECTION("mostly the same words: the headline as the page prints it") {
    title_evidence ev;
    ev.headings = {"How we designed Dropbox ATF: an async task framework"};
    CHECK(shown_title("How we designed Dropbox's ATF - an async task framework", ev) ==
          "How we designed Dropbox ATF: an async task framework");
  }
  SECTION("a heading that is the trailing part names the site, not the page") {
    title_evidence ev;
    ev.headings = {"The Rust Programming Language"};
    CHECK(shown_title("Defining Shared Behavior with Traits - The Rust Programming Language", ev) ==
          "Defining Shared Behavior with Traits - The Rust Programming Language");
    ev.site_names = {"The Rust Programming Language"};
    CHECK(shown_title("Defining Shared Behavior with Traits - The Rust Programming Language", ev) ==
          "Defining Shared Behavior with Traits");
  }
  SECTION("an unrelated heading is not the title") {
    title_evidence ev;
    ev.headings = {"Subscribe to our newsletter"};
    CHECK(shown_title("Rain falls on the plain again", ev) == "Rain falls on the plain again");
  }
}

TEST_CASE("shown title: headings that name the site are not candidates", "[metadata][title]") {
  const std::string head = "<title>Outside the web: standalone binaries \xC2\xB7 V8</title>";
  SECTION("an <h1> that is only a link to the home page") {
    CHECK(title_of(head, "<h1><a href=\"/\">V8</a></h1><article><h1>Outside the web: "
                         "standalone binaries</h1><p>Text</p></article>") ==
          "Outside the web: standalone binaries");
  }
  SECTION("a link to a page above this one (a blog's front page)") {
    CHECK(title_of("<title>My trip (2) @ Steven's home :: PIXNET ::</title>",
                   "<h1><a href=\"https://news.example.com/2025\">Steven's home</a></h1>"
                   "<p>Text</p>") == "My trip (2) @ Steven's home :: PIXNET ::");
    // The same heading linking elsewhere would be the title the page shows.
    CHECK(title_of("<title>My trip (2) @ Steven's home :: PIXNET ::</title>",
                   "<h1><a href=\"https://other.example.org/\">Steven's home</a></h1>"
                   "<p>Text</p>") == "Steven's home");
  }
  SECTION("a logo") {
    CHECK(title_of("<title>Payments | Global Payment Platform</title>",
                   "<h1 class=\"site-logo\">Payments</h1><p>Text</p>") ==
          "Payments | Global Payment Platform");
    CHECK(title_of("<title>Payments | Global Payment Platform</title>",
                   "<h1><svg><title>Stripe logo</title></svg></h1><h1>Payments</h1>") ==
          "Payments");
  }
  SECTION("a permalink mark after the heading's words is left out") {
    CHECK(title_of("<title>Evolve: Shared Mutable History \xE2\x80\x94 evolve for Mercurial</title>",
                   "<h1>Evolve: Shared Mutable History<a class=\"headerlink\" href=\"#e\">"
                   "\xC2\xB6</a></h1>") == "Evolve: Shared Mutable History");
  }
}

TEST_CASE("shown title: a headline that reads like the title beats a heading that begins it",
          "[metadata][title]") {
  title_evidence ev;
  ev.headings = {"Opinion", "Why we need more trees in cities"};
  CHECK(shown_title("Opinion: Why we need more trees in cities", ev) ==
        "Why we need more trees in cities");
  // Half the words is not agreement: "Laptops" is a section, not "Best laptops 2024".
  title_evidence section;
  section.headings = {"Laptops"};
  CHECK(shown_title("Best laptops 2024", section) == "Best laptops 2024");
}

TEST_CASE("shown title: a product named after the company keeps its name", "[metadata][title]") {
  title_evidence ev;
  ev.host = "github.com";
  CHECK(shown_title("GitHub Copilot \xC2\xB7 Your AI pair programmer \xC2\xB7 GitHub", ev) ==
        "GitHub Copilot \xC2\xB7 Your AI pair programmer");
  title_evidence bbc;
  bbc.host = "www.bbc.co.uk";
  CHECK(shown_title("Rain again in the north - BBC News", bbc) == "Rain again in the north");
}

TEST_CASE("shown title: a heading linking to its own post is the title", "[metadata][title]") {
  const std::string head =
      "<meta property=\"og:title\" content=\"My long post about things \xE2\x80\x93 Jane's Blog\">";
  const std::string body =
      "<h1><a href=\"https://jane.example/my-post/\">My long post about things</a></h1><p>x</p>";
  for (const char* url : {"https://jane.example/my-post/", "https://jane.example/my-post/?utm=rss",
                          "https://jane.example/my-post/amp/", "https://jane.example/my-post/2/"}) {
    INFO(url);
    CHECK(title_of(head, body, url) == "My long post about things");
  }
  // A headline about a logo is no logo.
  CHECK(title_of("<title>Acme unveils a new logo | Daily</title>",
                 "<h1>Acme unveils a new logo</h1><p>x</p>") == "Acme unveils a new logo");
  CHECK(title_of("<title>Acme unveils a new logo | Daily</title>",
                 "<h1 class=\"brand-new-story\">Acme unveils a new logo</h1><p>x</p>") ==
        "Acme unveils a new logo");
}
