// Fetching pages over HTTP, against a server on 127.0.0.1 that each test starts: nothing here
// reaches the network.
#include "sources/fetch.hpp"
#include "support/http_test_server.hpp"

#include <article2md/converter.hpp>
#include <article2md/version.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <string>

using article2md::sources::fetch;
using article2md::sources::fetch_options;
using article2md::sources::fetched_page;
using article2md::sources::is_fetchable_url;
using article2md::test::http_response;
using article2md::test::http_test_server;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// Short limits, so that a failure shows up as an error in seconds rather than a hung test; and
// a proxy set in the environment must not take our 127.0.0.1 requests elsewhere.
fetch_options quick() {
  ::setenv("no_proxy", "127.0.0.1", 1);
  ::setenv("NO_PROXY", "127.0.0.1", 1);
  fetch_options opts;
  opts.timeout_seconds = 5;
  opts.connect_timeout_seconds = 2;
  return opts;
}

http_response ok(std::string body, std::string content_type = "text/html; charset=utf-8") {
  http_response response;
  response.body = std::move(body);
  response.headers.emplace_back("Content-Type", std::move(content_type));
  return response;
}

std::string error_of(const std::string& url, const fetch_options& opts) {
  try {
    fetch(url, opts);
  } catch (const article2md::error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("fetch: which arguments are URLs to fetch", "[fetch]") {
  CHECK(is_fetchable_url("http://example.com/"));
  CHECK(is_fetchable_url("https://example.com/a?b#c"));
  CHECK(is_fetchable_url("HTTPS://Example.com"));
  CHECK_FALSE(is_fetchable_url("https://"));
  CHECK_FALSE(is_fetchable_url("ftp://example.com/"));
  CHECK_FALSE(is_fetchable_url("file:///tmp/a.html"));
  CHECK_FALSE(is_fetchable_url("page.html"));
  CHECK_FALSE(is_fetchable_url("./http://x"));
  CHECK_FALSE(is_fetchable_url("httpx://example.com"));
  CHECK_FALSE(is_fetchable_url(""));
}

TEST_CASE("fetch: a 200 gives the body, status, content type and URL", "[fetch]") {
  http_test_server server;
  server.route("/page", ok("<p>Hello</p>"));
  const fetched_page page = fetch(server.url("/page?x=1"), quick());
  CHECK(page.status == 200);
  CHECK(page.body == "<p>Hello</p>");
  CHECK(page.content_type == "text/html; charset=utf-8");
  CHECK(page.final_url == server.url("/page?x=1"));
}

TEST_CASE("fetch: sends our User-Agent and asks for compressed HTML", "[fetch]") {
  http_test_server server;
  server.route("/", ok("x"));
  fetch(server.url("/"), quick());
  fetch_options custom = quick();
  custom.user_agent = "custom-agent/1";
  fetch(server.url("/"), custom);
  const auto requests = server.requests();
  REQUIRE(requests.size() == 2);
  CHECK(requests[0].method == "GET");
  CHECK(requests[0].header("user-agent") == std::string("article2md/") + article2md::version);
  CHECK_THAT(requests[0].header("Accept-Encoding"), Contains("gzip"));
  CHECK_THAT(requests[0].header("Accept"), StartsWith("text/html"));
  CHECK(requests[1].header("User-Agent") == "custom-agent/1");
}

TEST_CASE("fetch: a gzip body is decoded", "[fetch]") {
  http_test_server server;
  std::string text;
  for (int i = 0; i < 200; ++i) text += "<p>Paragraph " + std::to_string(i) + "</p>\n";
  http_response response = ok(text);
  response.gzip = true;
  server.route("/gz", response);
  const fetched_page page = fetch(server.url("/gz"), quick());
  CHECK(page.body == text);
}

TEST_CASE("fetch: redirects are followed to the final URL", "[fetch]") {
  http_test_server server;
  server.route("/old", http_response::redirect(301, "/moved"));  // relative Location
  server.route("/moved", http_response::redirect(302, server.url("/articles/post")));
  server.route("/articles/post", ok("<p>Here</p>"));
  const fetched_page page = fetch(server.url("/old"), quick());
  CHECK(page.status == 200);
  CHECK(page.final_url == server.url("/articles/post"));
  CHECK(page.body == "<p>Here</p>");
  CHECK(server.requests().size() == 3);
}

TEST_CASE("fetch: too many redirects is an error", "[fetch]") {
  http_test_server server;
  server.route("/loop", http_response::redirect(302, "/loop"));
  fetch_options opts = quick();
  opts.max_redirects = 3;
  CHECK_THAT(error_of(server.url("/loop"), opts), Contains("too many redirects"));
  CHECK(server.requests().size() == 4);
}

TEST_CASE("fetch: an HTTP error status is an error", "[fetch]") {
  http_test_server server;
  CHECK(error_of(server.url("/missing"), quick()) == "HTTP 404 for " + server.url("/missing"));
  http_response failing = ok("oops");
  failing.status = 500;
  server.route("/fail", failing);
  server.route("/gone", http_response::redirect(301, "/fail"));
  CHECK(error_of(server.url("/gone"), quick()) == "HTTP 500 for " + server.url("/fail"));
}

TEST_CASE("fetch: a server that does not answer times out", "[fetch]") {
  http_test_server server;
  http_response slow = ok("late");
  slow.delay = std::chrono::seconds(5);
  server.route("/slow", slow);
  fetch_options opts = quick();
  opts.timeout_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(error_of(server.url("/slow"), opts), StartsWith("timed out fetching"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2500));
}

TEST_CASE("fetch: a body over the size limit is an error", "[fetch]") {
  http_test_server server;
  fetch_options opts = quick();
  opts.max_bytes = 100000;
  const std::string message = "response too large (over 100000 bytes) fetching ";

  SECTION("announced by Content-Length: refused before the body") {
    http_response huge;
    huge.stream_bytes = std::size_t{1} << 30;
    server.route("/huge", huge);
    CHECK(error_of(server.url("/huge"), opts) == message + server.url("/huge"));
  }
  SECTION("streamed without a length: aborted as soon as it passes the limit") {
    http_response huge;
    huge.stream_bytes = std::size_t{1} << 30;
    huge.announce_length = false;
    server.route("/stream", huge);
    const auto start = std::chrono::steady_clock::now();
    CHECK(error_of(server.url("/stream"), opts) == message + server.url("/stream"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
  SECTION("the limit counts decoded bytes") {
    http_response bomb = ok(std::string(300000, 'a'));
    bomb.gzip = true;  // a few hundred bytes on the wire
    server.route("/bomb", bomb);
    CHECK(error_of(server.url("/bomb"), opts) == message + server.url("/bomb"));
  }
  SECTION("exactly at the limit is fine") {
    server.route("/fits", ok(std::string(100000, 'a')));
    CHECK(fetch(server.url("/fits"), opts).body.size() == 100000);
  }
}

TEST_CASE("fetch: only http and https", "[fetch]") {
  CHECK(error_of("ftp://127.0.0.1/file", quick()) ==
        "unsupported URL scheme \"ftp\" (only http and https): ftp://127.0.0.1/file");
  CHECK(error_of("file:///etc/passwd", quick()) ==
        "unsupported URL scheme \"file\" (only http and https): file:///etc/passwd");
  CHECK(error_of("page.html", quick()) == "not a URL to fetch: page.html");
  // Nor may a redirect lead elsewhere.
  http_test_server server;
  server.route("/to-file", http_response::redirect(302, "file:///etc/passwd"));
  CHECK_THAT(error_of(server.url("/to-file"), quick()), StartsWith("unsupported URL scheme"));
}

TEST_CASE("fetch: nothing listening is an error", "[fetch]") {
  const article2md::test::refused_port port;
  const std::string url = "http://127.0.0.1:" + std::to_string(port.port()) + "/";
  CHECK_THAT(error_of(url, quick()), StartsWith("cannot connect fetching " + url));
}

TEST_CASE("fetch: negative options are misuse", "[fetch]") {
  fetch_options opts;
  opts.max_redirects = -1;
  CHECK_THROWS_AS(fetch("http://127.0.0.1/", opts), std::invalid_argument);
}

TEST_CASE("fetch: end to end, links resolve against the final URL", "[fetch]") {
  http_test_server server;
  server.route("/go", http_response::redirect(301, "/blog/2024/hello.html"));
  server.route("/blog/2024/hello.html",
               ok("<!DOCTYPE html><html><head><title>Hello</title></head><body><article>"
                  "<h1>Hello</h1><p>See <a href=\"../notes/more.html\">more</a> and "
                  "<img src=\"pic.png\" alt=\"a picture\">.</p></article></body></html>"));
  const fetched_page page = fetch(server.url("/go"), quick());
  REQUIRE(page.final_url == server.url("/blog/2024/hello.html"));
  article2md::article_meta meta;
  meta.url = page.final_url;
  const std::string markdown = article2md::to_markdown(page.body, meta);
  CHECK(markdown == "[Hello](" + server.url("/blog/2024/hello.html") + ")\n"
                    "------\n"
                    "\n"
                    "See [more](" + server.url("/blog/notes/more.html") + ") and ![a picture](" +
                    server.url("/blog/2024/pic.png") + ").\n");
}
