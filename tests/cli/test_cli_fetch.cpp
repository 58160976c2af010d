// The command on a URL (fetched from a 127.0.0.1 test server) and on inputs in legacy
// character sets.

#include "cli_test_support.hpp"

#include "support/http_test_server.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace article2md::test;

namespace {

using lines = std::vector<std::string>;

const std::string fragment = "<p>Hello from <a href=\"/other\">the server</a>.</p>\n";

}  // namespace

TEST_CASE("cli url: the final URL after redirects is the header link and the base",
          "[cli][url]") {
  http_test_server server;
  http_response page;
  page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
  page.body = fragment;
  page.gzip = true;
  server.route("/articles/final", page);
  server.route("/redirect", http_response::redirect(301, "/hop"));
  server.route("/hop", http_response::redirect(302, server.url("/articles/final")));

  SECTION("header from the command line, link from the fetch") {
    const process_result r = run_cli({server.url("/redirect"), "--title", "Hi"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    const std::string final_url = server.url("/articles/final");
    CHECK(r.out == "[Hi](" + final_url + ")\n------\n\nHello from [the server](" +
                       server.url("/other") + ").\n");
    const auto requests = server.requests();
    REQUIRE(!requests.empty());
    CHECK(requests[0].header("User-Agent").rfind("article2md/", 0) == 0);
  }
  SECTION("--url wins over the final URL") {
    const process_result r = run_cli(
        {server.url("/redirect"), "--title", "Hi", "--url", "https://example.com/a/b"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "[Hi](https://example.com/a/b)\n------\n\n"
                   "Hello from [the server](https://example.com/other).\n");
  }
  SECTION("-o writes the file") {
    scratch_dir dir;
    const process_result r = run_cli({server.url("/articles/final"), "-o", dir.str("a.md"),
                                      "--header", "none"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(read_bytes(dir / "a.md") == "Hello from [the server](" + server.url("/other") + ").\n");
  }
}

TEST_CASE("cli url: a whole page fetched is cut to its article, linked to where it was found",
          "[cli][url]") {
  http_test_server server;
  http_response page;
  page.headers = {{"Content-Type", "text/html"}};
  page.body =
      "<!DOCTYPE html><html><head><title>Site | A story</title>"
      "<meta property=\"og:title\" content=\"A story\"></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/more\">More</a></nav><article><h1>A story</h1>"
      "<p>The first paragraph of the story explains, at some length and with several clauses, "
      "what happened in the town on Wednesday, who was there, and why it matters.</p>"
      "<p>The second paragraph adds detail: the council met in the evening, the vote was close, "
      "and the decision was finally taken after a long and heated debate.</p></article>"
      "<footer>Copyright</footer></body></html>";
  server.route("/story", page);
  const process_result r = run_cli({server.url("/story")});
  INFO("stderr: " << r.err << "\nstdout: " << r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("[A story](" + server.url("/story") + ")\n------\n\nThe first paragraph", 0) ==
        0);
  CHECK(r.out.find("Copyright") == std::string::npos);
}

TEST_CASE("cli url: fetch failures are one line and exit 1", "[cli][url]") {
  http_test_server server;
  http_response big;
  big.body = std::string(5000, 'x');
  server.route("/big", big);
  http_response slow;
  slow.body = fragment;
  slow.delay = std::chrono::milliseconds(3000);
  server.route("/slow", slow);
  const refused_port refused;

  struct failing {
    std::vector<std::string> args;
    std::string needle;
  };
  const std::vector<failing> cases = {
      {{server.url("/missing")}, "HTTP 404"},
      {{server.url("/big"), "--max-size", "1000"}, "too large"},
      {{server.url("/slow"), "--timeout", "1"}, "timed out"},
      {{"http://127.0.0.1:" + std::to_string(refused.port()) + "/"}, "connect"},
  };
  scratch_dir dir;
  for (const auto& c : cases) {
    INFO(c.args[0]);
    std::vector<std::string> args = c.args;
    args.push_back("-o");
    args.push_back(dir.str("out.md"));
    const process_result r = run_cli(args);
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.rfind("article2md: ", 0) == 0);
    CHECK(r.err.find(c.needle) != std::string::npos);
  }
  CHECK(tree_of(dir.path).empty());
}

TEST_CASE("cli charset: a GBK page with <meta charset=gbk>", "[cli][charset]") {
  // "中文网页" and "你好，世界" in GBK.
  const std::string page =
      "<html><head><meta charset=gbk><title>\xD6\xD0\xCE\xC4\xCD\xF8\xD2\xB3</title></head>"
      "<body><p>\xC4\xE3\xBA\xC3\xA3\xAC\xCA\xC0\xBD\xE7</p></body></html>";
  const std::string expected = "你好，世界\n";
  scratch_dir dir;
  write_bytes(dir / "gbk.html", page);
  SECTION("a file") {
    const process_result r = run_cli({dir.str("gbk.html"), "--header", "none", "--whole"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == expected);
  }
  SECTION("standard input") {
    const process_result r = run_cli({"--header", "none", "--whole"}, page);
    CHECK(r.exit_code == 0);
    CHECK(r.out == expected);
  }
  SECTION("a batch") {
    const process_result r =
        run_cli({"--out-dir", dir.str("o"), dir.str("gbk.html"), "--header", "none", "--whole"});
    CHECK(r.exit_code == 0);
    CHECK(read_bytes(dir / "o" / "gbk.md") == expected);
  }
  SECTION("fetched, the charset in the Content-Type only") {
    http_test_server server;
    http_response response;
    response.headers = {{"Content-Type", "text/html; charset=GBK"}};
    response.body = "<p>\xC4\xE3\xBA\xC3\xA3\xAC\xCA\xC0\xBD\xE7</p>";
    server.route("/gbk", response);
    const process_result r = run_cli({server.url("/gbk"), "--header", "none"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == expected);
  }
}

TEST_CASE("cli charset: a windows-1252 file with --charset", "[cli][charset]") {
  // “Café” – 5 €: curly quotes 0x93/0x94, é 0xE9, en dash 0x96, euro 0x80.
  const std::string bytes = "<p>\x93" "Caf\xE9\x94 \x96 5 \x80</p>\n";
  scratch_dir dir;
  write_bytes(dir / "cp1252.html", bytes);
  SECTION("--charset windows-1252") {
    const process_result r = run_cli({dir.str("cp1252.html"), "--charset", "windows-1252"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "“Café” – 5 €\n");
  }
  SECTION("a label's other spellings: latin1 is windows-1252 too (WHATWG)") {
    const process_result r = run_cli({"--charset", " Latin1 "}, bytes);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "“Café” – 5 €\n");
  }
  SECTION("a declaration in the file wins over --charset") {
    const process_result r =
        run_cli({"--charset", "gbk"}, "<meta charset=windows-1252>" + bytes);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "“Café” – 5 €\n");
  }
  SECTION("UTF-8 input is untouched by default") {
    const process_result r = run_cli({}, "<p>“Café” – 5 €</p>");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "“Café” – 5 €\n");
  }
  SECTION("an unknown label is a usage error") {
    const process_result r = run_cli({dir.str("cp1252.html"), "--charset", "klingon"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.find("klingon") != std::string::npos);
  }
}
