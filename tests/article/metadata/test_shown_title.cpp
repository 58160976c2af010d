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
  const std::string page =
      "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  parsed_document doc(page);
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
  SECTION("once the site's name shows exactly, a part that merely holds it stays") {
    title_evidence host;
    host.host = "www.cloudflare.com";
    // Alone, a part holding the name with a word more is taken for it ("Breitbart News").
    CHECK(shown_title("Content Delivery Network | Cloudflare Blog", host) ==
          "Content Delivery Network");
    CHECK(shown_title("Cloudflare CDN | Content Delivery Network | Cloudflare", host) ==
          "Cloudflare CDN | Content Delivery Network");
    // Also when another statement of the title shows it: og:title without the site's name.
    host.statements = {"Cloudflare CDN | Content Delivery Network | Cloudflare"};
    CHECK(shown_title("Cloudflare CDN | Content Delivery Network", host) ==
          "Cloudflare CDN | Content Delivery Network");
  }
  SECTION("a leading part must be the name exactly: with more words it is a product") {
    title_evidence stripe;
    stripe.site_names = {"Stripe"};
    CHECK(shown_title("Stripe Payments | Global Payment Processing Platform", stripe) ==
          "Stripe Payments | Global Payment Processing Platform");
    CHECK(shown_title("Stripe | Global Payment Processing Platform", stripe) ==
          "Global Payment Processing Platform");
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
  SECTION("... and is cut off when an <h2> shows the first part (a book's masthead)") {
    title_evidence ev;
    ev.headings = {"The Rust Programming Language"};
    ev.subheadings = {"Keyboard shortcuts", "Defining Shared Behavior with Traits"};
    CHECK(shown_title("Defining Shared Behavior with Traits - The Rust Programming Language", ev) ==
          "Defining Shared Behavior with Traits");
    CHECK(title_of("<title>Traits - The Rust Programming Language</title>",
                   "<div class=\"menu-bar\"><h1 class=\"menu-title\">The Rust Programming "
                   "Language</h1></div><main><h2 id=\"traits\">Traits</h2><p>Text</p></main>") ==
          "Traits");
  }
  SECTION("a heading that holds the site's name and more is a product, not the site") {
    title_evidence ev;
    ev.host = "ridge.com";
    ev.headings = {"Ridge Wallet"};
    CHECK(shown_title("Ridge Wallet - Royal Black", ev) == "Ridge Wallet");
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

TEST_CASE("shown title: a title that says nothing of the page", "[metadata][title]") {
  SECTION("\"Home\" beside the site's name: the home page's title is the site's name") {
    title_evidence ev;
    ev.site_names = {"Ohio Artisan Collective"};
    CHECK(shown_title("Home - Ohio Artisan Collective", ev) == "Ohio Artisan Collective");
    CHECK(shown_title("Startseite | Beispiel GmbH", title_evidence{}) == "Beispiel GmbH");
  }
  SECTION("\"Home\" alone: another statement of the title, cleaned") {
    CHECK(title_of("<title>Home - The Example Blog</title><meta property=\"og:title\" "
                   "content=\"Home\"><meta property=\"og:site_name\" content=\"The Example "
                   "Blog\">",
                   "<h2>Latest posts</h2>", "https://blog.example.com/") == "The Example Blog");
  }
  SECTION("the site's name alone: another statement that says more, else the <h1>") {
    CHECK(title_of("<title>All Men's Socks</title><meta property=\"og:site_name\" "
                   "content=\"Bombas\"><meta name=\"twitter:title\" content=\"Bombas\">",
                   "<h2>Ankle</h2>") == "All Men's Socks");
    title_evidence ev;
    ev.site_names = {"Glossier"};
    ev.statements = {"Glossier"};
    ev.headings = {"Custom Skincare Set"};
    CHECK(shown_title("Glossier", ev) == "Custom Skincare Set");
    // "&" and "and" name the site alike.
    title_evidence volts;
    volts.site_names = {"Nuts and Volts Magazine"};
    volts.headings = {"Electronic Gadgets"};
    CHECK(shown_title("Nuts & Volts Magazine", volts) == "Electronic Gadgets");
    // On the home page the site's name is the title.
    ev.home_page = true;
    CHECK(shown_title("Glossier", ev) == "Glossier");
  }
  SECTION("a \"name\" that repeats the title beside another name is no name") {
    CHECK(title_of("<title>Nintendo's first iPhone game launches in December</title>"
                   "<meta name=\"application-name\" content=\"Nintendo's first iPhone game "
                   "launches in December\"><meta property=\"og:site_name\" content=\"MSN\">",
                   "<h1>msn news</h1>") == "Nintendo's first iPhone game launches in December");
  }
}

TEST_CASE("shown title: the home page", "[metadata][title]") {
  using article2md::detail::is_home_page;
  CHECK(is_home_page("https://www.example.com/"));
  CHECK(is_home_page("https://www.example.com"));
  CHECK(is_home_page("https://www.example.com/?utm_source=x"));
  CHECK(is_home_page("https://www.example.com/index.html"));
  CHECK_FALSE(is_home_page("https://www.example.com/blog/"));
  CHECK_FALSE(is_home_page("https://www.example.com/blog/index.html"));
  CHECK_FALSE(is_home_page(""));
}

TEST_CASE("shown title: a line break in a heading parts its words", "[metadata][title]") {
  CHECK(title_of("<title>News Product Management Certification | Example Institute</title>",
                 "<h1><span>News Product<br>Management Certification</span></h1><p>Text</p>") ==
        "News Product Management Certification");
}

TEST_CASE("shown title: a heading's hidden parts are not its words", "[metadata][title]") {
  // Documentation pages put a hidden tooltip inside the <h1>; the heading the page shows is
  // "IAM overview", a part of the title.
  const std::string head =
      "<title>IAM overview  |  Identity and Access Management (IAM)  |  Cloud Docs</title>";
  CHECK(title_of(head, "<h1>IAM overview<devsite-actions hidden><span>Stay organized with "
                       "collections</span><span>Save and categorize content based on your "
                       "preferences.</span></devsite-actions></h1>") == "IAM overview");
  CHECK(title_of(head, "<h1>IAM overview<span style=\"display: none\">Bookmark this page and "
                       "more words</span></h1>") == "IAM overview");
}
