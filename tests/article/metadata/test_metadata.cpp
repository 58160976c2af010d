#include "article/metadata/metadata.hpp"
#include "html/dom.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using article2md::detail::extract_metadata;
using article2md::detail::page_metadata;
using article2md::detail::parsed_document;

namespace {

page_metadata meta_of(const std::string& html,
                      const std::string& url = "https://example.com/a/b.html") {
  parsed_document doc(html);
  return extract_metadata(doc.document(), url);
}

std::string page(const std::string& head, const std::string& body = "<p>Text</p>") {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Whitespace collapsed and trimmed, as both sides are compared.
std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Titles.

TEST_CASE("metadata: og:title is preferred over <title>", "[metadata]") {
  auto m = meta_of(page("<title>Site | Ignored</title>"
                        "<meta property=\"og:title\" content=\"  The  real title \">"));
  CHECK(m.title == "The real title");
}

TEST_CASE("metadata: twitter:title when nothing better", "[metadata]") {
  auto m = meta_of(page("<title>A title that is long enough - Site</title>"
                        "<meta name=\"twitter:title\" content=\"Twitter's title\">"));
  CHECK(m.title == "Twitter's title");
}

TEST_CASE("metadata: dc:title and og:title precedence", "[metadata]") {
  auto m = meta_of(page("<meta property=\"og:title\" content=\"OG\">"
                        "<meta property=\"dc:title\" content=\"Dublin Core\">"));
  CHECK(m.title == "Dublin Core");
}

TEST_CASE("metadata: space-separated properties use the first known token", "[metadata]") {
  auto m = meta_of(page("<meta property=\"x:title og:title\" content=\"Preferred\">"
                        "<meta property=\"dc:creator twitter:site_name\" content=\"Creator\">"
                        "<meta name=\"author\" content=\"Other\">"));
  CHECK(m.title == "Preferred");
  CHECK(m.author == "Creator");
  CHECK(m.site_name.empty());
}

TEST_CASE("metadata: <title> cleaned of the site name", "[metadata]") {
  SECTION("trailing site after a pipe") {
    CHECK(meta_of(page("<title>How to build a terrarium at home | eHow</title>")).title ==
          "How to build a terrarium at home");
  }
  SECTION("trailing site after a hyphen") {
    CHECK(meta_of(page("<title>Obama admits gun laws frustrate him - BBC News</title>")).title ==
          "Obama admits gun laws frustrate him");
  }
  SECTION("en dash and em dash") {
    CHECK(meta_of(page("<title>Whales strand on the shore in numbers \xE2\x80\x93 Site</title>"))
              .title == "Whales strand on the shore in numbers");
    CHECK(meta_of(page("<title>Whales strand on the shore in numbers \xE2\x80\x94 Site</title>"))
              .title == "Whales strand on the shore in numbers");
  }
  SECTION("leading site name when the last part is too short") {
    CHECK(meta_of(page("<title>Recipes \xC2\xBB Pickled onions in brine</title>")).title ==
          "Pickled onions in brine");
    CHECK(meta_of(page("<title>News | Rain falls on the plain again today</title>")).title ==
          "Rain falls on the plain again today");
  }
  SECTION("a short result keeps the whole title") {
    CHECK(meta_of(page("<title>Hello world | Site</title>")).title == "Hello world | Site");
  }
  SECTION("colon: the part after it, unless a heading repeats the whole title") {
    CHECK(meta_of(page("<title>Site: Rain falls on the plain again</title>")).title ==
          "Rain falls on the plain again");
    CHECK(meta_of(page("<title>Site: Rain falls on the plain again</title>",
                       "<h1>Site: Rain falls on the plain again</h1>"))
              .title == "Site: Rain falls on the plain again");
  }
  SECTION("a very short title defers to the only <h1>") {
    CHECK(meta_of(page("<title>Home</title>", "<h1>The article's real headline here</h1>"))
              .title == "The article's real headline here");
    CHECK(meta_of(page("<title>Home</title>", "<h1>One</h1><h1>Two</h1>")).title == "Home");
  }
  SECTION("no title at all") { CHECK(meta_of(page("")).title.empty()); }
  SECTION("entities decoded once by the parser, literal ones once more") {
    CHECK(meta_of(page("<meta property=\"og:title\" content=\"Fish &amp;amp; chips &amp;#8217;\">"))
              .title == "Fish & chips \xE2\x80\x99");
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-LD.

TEST_CASE("metadata: JSON-LD article with @graph and @id references", "[metadata]") {
  const std::string ld = R"(<script type="application/ld+json">{
    "@context": "https://schema.org",
    "@graph": [
      {"@type": "WebSite", "@id": "https://example.com/#site", "name": "Example Site"},
      {"@type": "Organization", "@id": "https://example.com/#org", "name": "Example Org"},
      {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe"},
      {"@type": "NewsArticle", "headline": "Graph headline",
       "author": {"@id": "https://example.com/#jane"},
       "publisher": {"@id": "https://example.com/#org"},
       "datePublished": "2024-04-20T04:20:00.000Z",
       "description": "What happened",
       "mainEntityOfPage": {"@id": "/news/graph"}}
    ]})"
                           "</script>";
  auto m = meta_of(page("<title>Other title</title>" + ld +
                        "<meta property=\"og:title\" content=\"OG title\">"));
  CHECK(m.title == "Graph headline");
  CHECK(m.author == "Jane Doe");
  CHECK(m.site_name == "Example Org");
  CHECK(m.date == "2024-04-20T04:20:00.000Z");
  CHECK(m.description == "What happened");
  CHECK(m.url == "https://example.com/news/graph");
}

TEST_CASE("metadata: JSON-LD array of objects and author arrays", "[metadata]") {
  const std::string ld = R"(<script type="application/ld+json">[
      {"@context": "http://schema.org", "@type": "BreadcrumbList", "name": "Crumbs"},
      {"@context": "http://schema.org", "@type": ["BlogPosting"], "name": "Post name",
       "author": [{"@type": "Person", "name": "Stella Kim"}, {"name": "Jennifer Jett"}],
       "publisher": {"@type": "Organization", "name": "NBC News"}}
    ]</script>)";
  auto m = meta_of(page(ld));
  CHECK(m.title == "Post name");
  CHECK(m.author == "Stella Kim, Jennifer Jett");
  CHECK(m.site_name == "NBC News");
}

TEST_CASE("metadata: JSON-LD name versus headline", "[metadata]") {
  const std::string ld = R"(<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "Article", "name": "Site name", "headline": "Rain falls on the plain again"}
      </script>)";
  CHECK(meta_of(page("<title>Rain falls on the plain again | Site</title>" + ld)).title ==
        "Rain falls on the plain again");
  CHECK(meta_of(page("<title>Unrelated words entirely here</title>" + ld)).title == "Site name");
}

TEST_CASE("metadata: invalid or foreign JSON-LD is skipped", "[metadata]") {
  const std::string bad = R"(<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "Article", "headline": "Broken", </script>)";
  const std::string not_article = R"(<script type="application/ld+json">{"@context":
      "https://schema.org", "@type": "WebSite", "name": "Just the site"}</script>)";
  const std::string no_context = R"(<script type="application/ld+json">{"@type": "Article",
      "headline": "No context"}</script>)";
  const std::string good = R"(<script type="application/ld+json"><![CDATA[
      {"@context": {"@vocab": "http://schema.org/"}, "@type": "NewsArticle",
       "headline": "Good one", "author": {"name": " Ann Author "}}]]></script>)";
  auto m = meta_of(page(bad + not_article + no_context + good +
                        "<meta property=\"og:title\" content=\"OG\">"));
  CHECK(m.title == "Good one");
  CHECK(m.author == "Ann Author");
  auto only_bad = meta_of(page(bad + "<meta property=\"og:title\" content=\"Fallback\">"));
  CHECK(only_bad.title == "Fallback");
}

// ---------------------------------------------------------------------------------------------
// URL, date, byline, site name, language, description.

TEST_CASE("metadata: canonical URL resolved against the page and <base>", "[metadata]") {
  CHECK(meta_of(page("<link rel=\"canonical\" href=\"/story/1\">")).url ==
        "https://example.com/story/1");
  CHECK(meta_of(page("<link rel=\"Canonical\" href=\"story/2\">")).url ==
        "https://example.com/a/story/2");
  CHECK(meta_of(page("<base href=\"https://cdn.example.org/x/\">"
                     "<link rel=\"canonical\" href=\"y\">"))
            .url == "https://cdn.example.org/x/y");
  CHECK(meta_of(page("<meta property=\"og:url\" content=\"https://example.com/og\">")).url ==
        "https://example.com/og");
  CHECK(meta_of(page("")).url.empty());
}

TEST_CASE("metadata: dates as written", "[metadata]") {
  CHECK(meta_of(page("<meta property=\"article:published_time\" "
                     "content=\"2015-07-10T09:53:00-04:00\">"))
            .date == "2015-07-10T09:53:00-04:00");
  CHECK(meta_of(page("<meta name=\"parsely-pub-date\" content=\"2019-10-18\">")).date ==
        "2019-10-18");
  CHECK(meta_of(page("<meta name=\"DC.date\" content=\"2001-02-03\">")).date == "2001-02-03");
  CHECK(meta_of(page("<meta name=\"sailthru.date\" content=\"2012-12-12 10:00\">")).date ==
        "2012-12-12 10:00");
  CHECK(meta_of(page("", "<article><header><h1>T</h1><time datetime=\"2020-01-02\">Jan 2"
                         "</time></header><p>x</p></article>"))
            .date == "2020-01-02");
  CHECK(meta_of(page("", "<p>Posted <time pubdate datetime=\"2010-05-06\">May 6</time></p>"))
            .date == "2010-05-06");
  CHECK(meta_of(page("", "<span itemprop=\"datePublished\" content=\"2011-11-11\">11/11</span>"))
            .date == "2011-11-11");
  CHECK(meta_of(page("", "<aside><time datetime=\"2020-01-02\">not the article's</time></aside>"))
            .date.empty());
}

TEST_CASE("metadata: dates from JSON-LD nodes other than the article", "[metadata]") {
  SECTION("a WebPage's datePublished (Yoast's @graph without an Article)") {
    const std::string ld = R"(<script type="application/ld+json">{"@context": "https://schema.org",
        "@graph": [{"@type": "WebSite", "@id": "https://example.com/#website", "name": "Example"},
                   {"@type": "WebPage", "@id": "https://example.com/p/", "name": "P",
                    "datePublished": "2024-03-17T19:47:39+00:00",
                    "dateModified": "2024-05-01T10:00:00+00:00"}]}</script>)";
    auto m = meta_of(page(ld));
    CHECK(m.date == "2024-03-17T19:47:39+00:00");
    CHECK(m.site_name == "Example");
  }
  SECTION("a VideoObject's uploadDate") {
    CHECK(meta_of(page(R"(<script type="application/ld+json">{"@context": "https://schema.org",
        "@type": "VideoObject", "name": "V", "uploadDate": "2023-01-02"}</script>)"))
              .date == "2023-01-02");
  }
  SECTION("dateModified only when nothing else dates the page") {
    const std::string ld = R"(<script type="application/ld+json">{"@context": "https://schema.org",
        "@type": "Article", "headline": "H", "dateModified": "2025-07-09 11:50:26"}</script>)";
    CHECK(meta_of(page(ld)).date == "2025-07-09 11:50:26");
    CHECK(meta_of(page(ld, "<h1>H</h1><p class=\"post-date\">May 17, 2024</p>")).date ==
          "May 17, 2024");
  }
}

TEST_CASE("metadata: more <meta> names for the date, modified ones last", "[metadata]") {
  CHECK(meta_of(page("<meta property=\"og:published_time\" content=\"2024-10-08T00:00:00-04:00\">"))
            .date == "2024-10-08T00:00:00-04:00");
  CHECK(meta_of(page("<meta name=\"citation_publication_date\" content=\"2019/08/27\">")).date ==
        "2019/08/27");
  CHECK(meta_of(page("<meta property=\"og:updated_time\" content=\"2025-07-27T00:28:47-07:00\">"))
            .date == "2025-07-27T00:28:47-07:00");
  CHECK(meta_of(page("<meta property=\"article:modified_time\" content=\"2025-01-01\">"
                     "<meta property=\"article:published_time\" content=\"2024-01-01\">"))
            .date == "2024-01-01");
  // Some templates quote the value inside the attribute.
  CHECK(meta_of(page("<meta name=\"article:published_time\" "
                     "content=\"&quot;2025-12-17T13:22:47Z&quot;\">"))
            .date == "2025-12-17T13:22:47Z");
}

TEST_CASE("metadata: the date in a URL's path", "[metadata]") {
  CHECK(meta_of(page("<link rel=\"canonical\" href=\"https://blog.example.edu/scst/2016/02/09/what-"
                     "tutoring-is/\">"))
            .date == "2016/02/09");
  CHECK(meta_of(page("<meta property=\"og:url\" content=\"https://example.com/news/2024-05-17-"
                     "rain\">"))
            .date == "2024-05-17");
  CHECK(meta_of(page(""), "https://example.com/2021/01/27/post/").date == "2021/01/27");
  CHECK(meta_of(page("<link rel=\"canonical\" href=\"https://example.com/p/20240517/12/34\">"))
            .date.empty());
  CHECK(meta_of(page("<link rel=\"canonical\" href=\"https://example.com/2024/13/45/x\">"))
            .date.empty());
}

TEST_CASE("metadata: dates the page's text shows", "[metadata]") {
  SECTION("a labelled dateline under the title") {
    CHECK(meta_of(page("", "<h1>Title</h1><div>Published on May 17, 2024 by Jane Roe</div>"))
              .date == "May 17, 2024");
    CHECK(meta_of(page("", "<h1>Title</h1><div class=\"blog-post-header\"><div>Published on</div>"
                           "<div>Oct 31, 2025</div></div><p>Text</p>"))
              .date == "Oct 31, 2025");
  }
  SECTION("a theme's date class") {
    CHECK(meta_of(page("", "<article><h1>Title</h1><span class=\"entry-date\">17. Mai 2024</span>"
                           "</article>"))
              .date == "17. Mai 2024");
    CHECK(meta_of(page("", "<h1>T</h1><p class=\"byline\">Por Ana \xC2\xB7 17 de mayo de 2024</p>"))
              .date == "17 de mayo de 2024");
  }
  SECTION("CJK") {
    CHECK(meta_of(page("", "<h1>\xE6\xA0\x87\xE9\xA2\x98</h1><div>\xE5\x8F\x91\xE5\xB8\x83"
                           "\xE4\xBA\x8E 2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "17\xE6\x97\xA5</div>"))
              .date == "2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "17\xE6\x97\xA5");
  }
  SECTION("published before updated, whatever their order") {
    CHECK(meta_of(page("", "<h1>T</h1><p>Last updated: June 1, 2024</p><p>Published: May 17, "
                           "2024</p>"))
              .date == "May 17, 2024");
    CHECK(meta_of(page("", "<h1>T</h1><span class=\"post-date\"><span>Last Updated</span> "
                           "<span>on</span> <span class=\"date\">Feb 27, 2026</span></span>"))
              .date == "Feb 27, 2026");
  }
  SECTION("a date alone just under the title") {
    CHECK(meta_of(page("", "<h1>Title</h1><div><p>December 24, 2024</p></div><p>Body</p>")).date ==
          "December 24, 2024");
  }
  SECTION("a forum's first post") {
    CHECK(meta_of(page("", "<h1>Topic</h1><div class=\"post\"><p class=\"author\">by <a>Ann</a> "
                           "\xC2\xBB Sun Dec 17, 2023 11:23 am</p><div>Hi</div></div>"))
              .date == "Dec 17, 2023");
    CHECK(meta_of(page("", "<h1>Thread</h1><a href=\"/t/1\"><span class=\"DateTime\" title=\"May "
                           "26, 2025 at 11:12 PM\">May 26, 2025</span></a>"))
              .date == "May 26, 2025");
  }
  SECTION("not the dates of other stories, comments or prose") {
    CHECK(meta_of(page("", "<h1>T</h1><aside><span class=\"date\">May 1, 2024</span></aside>"))
              .date.empty());
    CHECK(meta_of(page("", "<h1>T</h1><ul class=\"related-posts\"><li><span class=\"date\">May 1, "
                           "2024</span></li></ul>"))
              .date.empty());
    CHECK(meta_of(page("", "<h1>T</h1><div class=\"comment\"><p>Posted May 1, 2024</p></div>"))
              .date.empty());
    CHECK(meta_of(page("", "<h1>T</h1><p>The deadline for most filers is April 15, 2025, unless "
                           "they asked for an extension before then.</p>"))
              .date.empty());
  }
  SECTION("a <time datetime> outside furniture, an updated one last") {
    CHECK(meta_of(page("", "<div class=\"meta\"><time class=\"updated\" datetime=\"2024-06-01\">"
                           "</time></div><div><time datetime=\"2024-05-17\"></time></div>"))
              .date == "2024-05-17");
    CHECK(meta_of(page("", "<div><time class=\"updated\" datetime=\"2024-06-01\"></time></div>"))
              .date == "2024-06-01");
  }
}

TEST_CASE("metadata: bylines", "[metadata]") {
  SECTION("meta author") {
    CHECK(meta_of(page("<meta name=\"author\" content=\"Dan Goodin\">")).author == "Dan Goodin");
  }
  SECTION("article:author only when it is not a URL") {
    CHECK(meta_of(page("<meta property=\"article:author\" content=\"Ann Lee\">")).author ==
          "Ann Lee");
    CHECK(meta_of(page("<meta property=\"article:author\" "
                       "content=\"https://www.facebook.com/someone\">"))
              .author.empty());
  }
  SECTION("rel=author link text") {
    CHECK(meta_of(page("", "<p>By <a rel=\"author\" href=\"/u/1\">Joe   Wee</a></p>")).author ==
          "Joe Wee");
  }
  SECTION("class byline, itemprop name inside") {
    CHECK(meta_of(page("", "<div class=\"post-byline\">By\n\t<span itemprop=\"name\">Ana "
                           "Sandoiu</span> on May 1</div>"))
              .author == "Ana Sandoiu");
    CHECK(meta_of(page("", "<div class=\"byline\">By\n\t\tScott Cunningham</div>")).author ==
          "By Scott Cunningham");
  }
  SECTION("itemprop=author") {
    CHECK(meta_of(page("", "<span itemprop=\"author\">Jane Roe</span>")).author == "Jane Roe");
  }
  SECTION("too long to be a byline") {
    std::string long_text(120, 'x');
    CHECK(meta_of(page("", "<div class=\"author\">" + long_text + "</div>")).author.empty());
  }
  SECTION("hidden bylines and page furniture are not the article's") {
    CHECK(meta_of(page("", "<div class=\"author\" style=\"display: none\">Hidden</div>"))
              .author.empty());
    CHECK(meta_of(page("", "<div class=\"sidebar\"><span class=\"author\">Other</span></div>"))
              .author.empty());
  }
}

TEST_CASE("metadata: site name, language, description", "[metadata]") {
  auto m = meta_of(R"(<html lang="pt-BR"><head>
      <meta property="og:site_name" content="Folha de S.Paulo">
      <meta name="application-name" content="App">
      <meta name="description" content="Plain description">
      <meta property="og:description" content="OG description">
      <meta property="og:locale" content="en_US">
      </head><body></body></html>)");
  CHECK(m.site_name == "Folha de S.Paulo");
  CHECK(m.language == "pt-BR");
  CHECK(m.description == "OG description");

  auto fallback = meta_of(R"(<html><head>
      <meta name="application-name" content="App">
      <meta http-equiv="Content-Language" content="de, en">
      </head><body></body></html>)");
  CHECK(fallback.site_name == "App");
  CHECK(fallback.language == "de");
  CHECK(meta_of(page("<meta property=\"og:locale\" content=\"en_GB\">")).language == "en-GB");
}

TEST_CASE("metadata: a null document gives nothing", "[metadata]") {
  auto m = extract_metadata(article2md::html_node(), "https://example.com/");
  CHECK(m.title.empty());
  CHECK(m.url.empty());
}

TEST_CASE("metadata: deep pages are scanned without recursion", "[metadata]") {
  std::string html = "<html><head><title>Deep page title goes here - Site</title></head><body>";
  for (int i = 0; i < 10000; ++i) html += "<div class=\"author-box\">";
  html += "x";
  auto m = meta_of(html);
  CHECK(m.title == "Deep page title goes here");
}

// ---------------------------------------------------------------------------------------------
// The readability corpus: Mozilla Readability's expected metadata for 130 real pages.

TEST_CASE("metadata: readability corpus", "[metadata][corpus]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(ARTICLE2MD_SHARED_DIR) / "corpus" / "readability";
  if (!fs::is_directory(root)) {
    WARN("readability corpus not found at " << root.string() << "; skipped");
    return;
  }
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root))
    if (fs::exists(entry.path() / "source.html") &&
        fs::exists(entry.path() / "expected-metadata.json"))
      dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  REQUIRE(dirs.size() >= 100);

  struct field {
    const char* name;
    std::size_t compared = 0, matched = 0;  // over all pages: missing == empty
    std::size_t expected = 0, found = 0;    // over pages where Readability has a value
  };
  field title{"title"}, byline{"byline"}, date{"publishedTime"}, site{"siteName"}, lang{"lang"};
  auto tally = [](field& f, const nlohmann::json& expected, const std::string& ours,
                  const std::string& page_name) {
    std::string want =
        expected.contains(f.name) && expected[f.name].is_string()
            ? collapse(expected[f.name].get<std::string>())
            : std::string();
    std::string got = collapse(ours);
    ++f.compared;
    if (want == got) ++f.matched;
    if (!want.empty()) {
      ++f.expected;
      if (want == got) ++f.found;
    }
    if (want != got && std::getenv("ARTICLE2MD_METADATA_DIFF"))
      std::printf("%s %s: want \"%s\" got \"%s\"\n", page_name.c_str(), f.name, want.c_str(),
                  got.c_str());
    if (want != got)
      UNSCOPED_INFO(page_name << " " << f.name << ": want \"" << want << "\" got \"" << got
                              << "\"");
  };

  for (const fs::path& dir : dirs) {
    std::string html = read_file(dir / "source.html");
    auto expected = nlohmann::json::parse(read_file(dir / "expected-metadata.json"));
    parsed_document doc(html);
    page_metadata m = extract_metadata(doc.document(), "http://fakehost/test/page.html");
    std::string name = dir.filename().string();
    tally(title, expected, m.title, name);
    tally(byline, expected, m.author, name);
    tally(date, expected, m.date, name);
    tally(site, expected, m.site_name, name);
    tally(lang, expected, m.language, name);
  }

  auto rate = [](std::size_t a, std::size_t b) {
    return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
  };
  std::ostringstream report;
  report << "readability corpus metadata (" << dirs.size() << " pages):\n";
  for (const field* f : {&title, &byline, &date, &site, &lang}) {
    char line[160];
    std::snprintf(line, sizeof line,
                  "  %-14s agree %3zu/%3zu = %.3f   found when expected %3zu/%3zu = %.3f\n",
                  f->name, f->matched, f->compared, rate(f->matched, f->compared), f->found,
                  f->expected, rate(f->found, f->expected));
    report << line;
  }
  std::printf("%s", report.str().c_str());

  // The issue's target for titles; the other floors sit a little below what was measured
  // (byline 0.977, site name 0.985, lang 0.977). Languages "disagree" mostly where we find a
  // value Readability does not look for (og:locale).
  // Titles: ours is the title the page shows (shown_title.cpp), Readability's the <title> or
  // og:title with the site's name often left on. The 26 pages that differ when measured
  // (0.800, 104 of 130) are that: "… - Breitbart", "… | eHow", "…_科技_腾讯网" where the page's
  // <h1> has the title alone, or an <h1> that rewords a search-engine title (citylab-1,
  // theverge). The wcxb gold oracle measures titles against people's reading instead.
  CHECK(rate(title.matched, title.compared) >= 0.79);
  CHECK(rate(byline.matched, byline.compared) >= 0.95);
  // Dates: Readability reads JSON-LD and a few <meta> tags only, so where it has none we
  // usually find one (a <time>, the text's dateline, the URL); agreement over all pages says
  // little (0.662 when measured). Where Readability has a date, ours must be the same.
  CHECK(rate(date.found, date.expected) >= 0.95);
  CHECK(rate(site.matched, site.compared) >= 0.95);
  CHECK(rate(lang.matched, lang.compared) >= 0.95);
}
