// The command's feed mode, `article2md --feed FEED --out-dir DIR`: one file per item, named
// YYYY-MM-DD-slug.md, converted once, never duplicated or clobbered.

#include "cli_test_support.hpp"

#include "support/http_test_server.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace article2md::test;

namespace {

using lines = std::vector<std::string>;

struct item {
  std::string title, link, pub_date, html;
};

std::string xml_escape(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

std::string rss(const std::vector<item>& items) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                  "<title>Example News</title><link>https://example.com/</link>\n";
  for (const item& i : items) {
    x += "<item><title>" + xml_escape(i.title) + "</title><link>" + i.link + "</link><guid>" +
         i.link + "</guid><pubDate>" + i.pub_date + "</pubDate><description>" +
         xml_escape(i.html) + "</description></item>\n";
  }
  return x + "</channel></rss>\n";
}

// Item n of a long feed: one a day from 1 January 2025, at noon.
const char* const weekdays[] = {"Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"};  // 1 Jan: Wed

item numbered_item(int n) {
  const int day_of_year = n - 1;  // 0-based, within January and February
  const bool january = day_of_year < 31;
  const int day = january ? day_of_year + 1 : day_of_year - 30;
  char date[64];
  std::snprintf(date, sizeof date, "%s, %02d %s 2025 12:00:00 GMT", weekdays[day_of_year % 7],
                day, january ? "Jan" : "Feb");
  return {"Story number " + std::to_string(n) + ": the news!",
          "https://example.com/story/" + std::to_string(n), date,
          "<p>Body of story <em>" + std::to_string(n) + "</em>.</p>"};
}

std::string numbered_name(int n) {
  const int day_of_year = n - 1;
  const bool january = day_of_year < 31;
  char name[80];
  std::snprintf(name, sizeof name, "2025-%02d-%02d-story-number-%d-the-news.md", january ? 1 : 2,
                january ? day_of_year + 1 : day_of_year - 30, n);
  return name;
}

// What the command prints for one article with these header fields: the reference.
std::string single_conversion(const item& i) {
  const process_result r =
      run_cli({"--title", i.title, "--url", i.link, "--date", i.pub_date}, i.html);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("cli feed: 55 items, then a re-run, then one new item", "[cli][feed]") {
  scratch_dir dir;
  std::vector<item> items;
  for (int n = 1; n <= 55; ++n) items.push_back(numbered_item(n));
  write_bytes(dir / "feed.xml", rss(items));
  const std::string out = dir.str("archive");

  process_result r = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", out});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(lines_of(r.err) == lines{summary(55, 0, 0)});
  lines expected;
  for (int n = 1; n <= 55; ++n) expected.push_back(numbered_name(n));
  std::sort(expected.begin(), expected.end());
  CHECK(tree_of(out) == expected);
  CHECK(read_bytes(dir / "archive" / numbered_name(1)) ==
        "<!--1735732800000-->\n[Story number 1: the news!](https://example.com/story/1)\n"
        "------\n\n*Wed, 01 Jan 2025 12:00:00 GMT*\n\nBody of story *1*.\n");
  CHECK(read_bytes(dir / "archive" / numbered_name(42)) == single_conversion(items[41]));

  r = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", out});
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.err) == lines{summary(0, 55, 0)});

  // A new item on top, as feeds do.
  items.insert(items.begin(), numbered_item(56));
  write_bytes(dir / "feed.xml", rss(items));
  r = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", out, "-j1"});
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.err) == lines{summary(1, 55, 0)});
  expected.push_back(numbered_name(56));
  std::sort(expected.begin(), expected.end());
  CHECK(tree_of(out) == expected);
  CHECK(read_bytes(dir / "archive" / numbered_name(56)) == single_conversion(items[0]));
}

TEST_CASE("cli feed: items with one name get -2, -3 in feed order, stable across runs",
          "[cli][feed]") {
  scratch_dir dir;
  const std::string date = "Wed, 29 Jan 2025 16:21:20 GMT";
  const std::vector<item> items = {
      {"Same title", "https://example.com/1", date, "<p>first</p>"},
      {"Same title", "https://example.com/2", date, "<p>second</p>"},
      {"Other", "https://example.com/3", date, "<p>other</p>"},
      {"Same  title!", "https://example.com/4", "Wed, 29 Jan 2025 23:00:00 GMT", "<p>third</p>"},
  };
  write_bytes(dir / "feed.xml", rss(items));
  for (int run = 0; run < 2; ++run) {
    INFO("run " << run);
    const process_result r = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", dir.str("o")});
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.err) == lines{run == 0 ? summary(4, 0, 0) : summary(0, 4, 0)});
    CHECK(tree_of(dir / "o") == lines{"2025-01-29-other.md", "2025-01-29-same-title-2.md",
                                      "2025-01-29-same-title-3.md", "2025-01-29-same-title.md"});
    CHECK(read_bytes(dir / "o" / "2025-01-29-same-title.md") == single_conversion(items[0]));
    CHECK(read_bytes(dir / "o" / "2025-01-29-same-title-2.md") == single_conversion(items[1]));
    CHECK(read_bytes(dir / "o" / "2025-01-29-same-title-3.md") == single_conversion(items[3]));
  }
  // --force rewrites them all, with the same names.
  write_bytes(dir / "o" / "2025-01-29-other.md", "stale\n");
  const process_result r =
      run_cli({"--force", "--feed", dir.str("feed.xml"), "--out-dir", dir.str("o")});
  CHECK(lines_of(r.err) == lines{summary(4, 0, 0)});
  CHECK(read_bytes(dir / "o" / "2025-01-29-other.md") == single_conversion(items[2]));
  CHECK(tree_of(dir / "o").size() == 4);
}

TEST_CASE("cli feed: from standard input and over HTTP", "[cli][feed]") {
  scratch_dir dir;
  const std::vector<item> items = {numbered_item(1), numbered_item(2)};
  const std::string xml = rss(items);
  SECTION("--feed -") {
    const process_result r = run_cli({"--feed", "-", "--out-dir", dir.str("o")}, xml);
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.err) == lines{summary(2, 0, 0)});
    CHECK(tree_of(dir / "o") == lines{numbered_name(1), numbered_name(2)});
  }
  SECTION("--feed http://127.0.0.1:PORT/feed.xml") {
    http_test_server server;
    http_response response;
    response.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}};
    response.body = xml;
    response.gzip = true;
    server.route("/feed.xml", response);
    const process_result r =
        run_cli({"--feed", server.url("/feed.xml"), "--out-dir", dir.str("o")});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.err) == lines{summary(2, 0, 0)});
    CHECK(tree_of(dir / "o") == lines{numbered_name(1), numbered_name(2)});
    CHECK(read_bytes(dir / "o" / numbered_name(2)) == single_conversion(items[1]));
    const auto requests = server.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].header("User-Agent").rfind("article2md/", 0) == 0);
  }
  SECTION("a feed that cannot be had is one error line, and no files") {
    http_test_server server;
    write_bytes(dir / "page.html", "<!DOCTYPE html><html><body><p>Hi</p></body></html>");
    for (const std::string& feed : {dir.str("page.html"), dir.str("missing.xml"),
                                    server.url("/missing.xml")}) {
      INFO(feed);
      const process_result r = run_cli({"--feed", feed, "--out-dir", dir.str("o")});
      CHECK(r.exit_code == 1);
      CHECK(lines_of(r.err).size() == 1);
      CHECK(r.err.rfind("article2md: ", 0) == 0);
      CHECK(!fs::exists(dir / "o"));
    }
  }
}

TEST_CASE("cli feed: a feed in a legacy encoding, declared or given by --charset",
          "[cli][feed]") {
  scratch_dir dir;
  // "Café" in windows-1252 / ISO-8859-1: 0xE9 is é.
  const std::string body =
      "<rss version=\"2.0\"><channel><title>x</title><item><title>Caf\xE9</title>"
      "<link>https://example.com/c</link><pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate>"
      "<description>&lt;p&gt;Un caf\xE9.&lt;/p&gt;</description></item></channel></rss>\n";
  SECTION("declared in the XML declaration") {
    write_bytes(dir / "feed.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + body);
    const process_result r = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", dir.str("o")});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(tree_of(dir / "o") == lines{"2025-01-29-caf\xC3\xA9.md"});
  }
  SECTION("given by --charset") {
    write_bytes(dir / "feed.xml", body);
    const process_result r = run_cli(
        {"--feed", dir.str("feed.xml"), "--out-dir", dir.str("o"), "--charset", "windows-1252"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    REQUIRE(tree_of(dir / "o") == lines{"2025-01-29-caf\xC3\xA9.md"});
    CHECK(read_bytes(dir / "o" / "2025-01-29-caf\xC3\xA9.md") ==
          "<!--1738167680000-->\n[Caf\xC3\xA9](https://example.com/c)\n------\n\n"
          "*Wed, 29 Jan 2025 16:21:20 GMT*\n\nUn caf\xC3\xA9.\n");
  }
}

TEST_CASE("cli feed: usage errors", "[cli][feed]") {
  scratch_dir dir;
  const std::vector<std::vector<std::string>> cases = {
      {"--feed", dir.str("f.xml")},                                 // no --out-dir
      {"--feed", dir.str("f.xml"), "--out-dir", dir.str("o"), dir.str("a.html")},
      {"--feed", dir.str("f.xml"), "--out-dir", dir.str("o"), "--title", "T"},
      {"--feed", dir.str("f.xml"), "--out-dir", dir.str("o"), "--base-url", "https://e.com/"},
      {"--feed", dir.str("f.xml"), "--out-dir", dir.str("o"), "-o", dir.str("x.md")},
      {"--feed", "", "--out-dir", dir.str("o")},
  };
  for (const auto& args : cases) {
    const process_result r = run_cli(args);
    CHECK(r.exit_code == 2);
    CHECK(lines_of(r.err).size() == 1);
  }
  CHECK(tree_of(dir.path).empty());
}
