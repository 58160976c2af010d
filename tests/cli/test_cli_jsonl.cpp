// The command's streaming mode, `article2md --jsonl`: one JSON result per record, in input
// order, whatever the records hold and however many threads convert them.

#include "cli_test_support.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <csignal>
#include <string>
#include <vector>

using namespace article2md::test;
using nlohmann::ordered_json;

namespace {

std::string record(int n) {
  ordered_json r;
  r["id"] = n;
  r["html"] = article_html(n);
  return r.dump() + "\n";
}

std::string records(int count) {
  std::string in;
  for (int i = 0; i < count; ++i) in += record(i);
  return in;
}

std::vector<ordered_json> parse_lines(const std::string& out) {
  std::vector<ordered_json> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    REQUIRE(end != std::string::npos);  // every line ends in '\n'
    lines.push_back(ordered_json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

// The result line for article n with no metadata.
std::string plain_result(const std::string& id_json, const std::string& markdown) {
  return "{\"id\":" + id_json +
         ",\"title\":null,\"url\":null,\"date\":null,\"date_text\":null,\"timestamp\":null,"
         "\"author\":null,\"site_name\":null,\"language\":null,\"markdown\":" +
         ordered_json(markdown).dump() + "}\n";
}

}  // namespace

TEST_CASE("cli jsonl: results come in input order, whatever the threads", "[cli][jsonl]") {
  const std::string in = records(2000);
  const process_result r = run_cli({"--jsonl", "-j", "4"}, in);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const std::vector<ordered_json> out = parse_lines(r.out);
  REQUIRE(out.size() == 2000);
  for (int i = 0; i < 2000; ++i) {
    INFO("record " << i);
    CHECK(out[static_cast<std::size_t>(i)]["id"] == i);
    CHECK(out[static_cast<std::size_t>(i)]["markdown"] == article_md(i));
  }
  CHECK(run_cli({"--jsonl", "-j", "1"}, in).out == r.out);
}

TEST_CASE("cli jsonl: one result line, exactly", "[cli][jsonl]") {
  const process_result r = run_cli(
      {"--jsonl"},
      "{\"id\":\"a-1\",\"html\":\"<p>中文 <b>x</b></p>\",\"title\":\"T: \\\"q\\\"\","
      "\"url\":\"https://e.com/a\",\"date\":\"2025-01-29\",\"author\":\"Ann\"}\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "{\"id\":\"a-1\",\"title\":\"T: \\\"q\\\"\",\"url\":\"https://e.com/a\","
        "\"date\":\"2025-01-29T00:00:00Z\",\"date_text\":\"2025-01-29\","
        "\"timestamp\":1738108800000,\"author\":\"Ann\",\"site_name\":null,\"language\":null,"
        "\"markdown\":\"<!--1738108800000-->\\n[T: \\\"q\\\"](https://e.com/a)\\n------\\n\\n"
        "*2025-01-29*\\n\\n中文 **x**\\n\"}\n");
}

TEST_CASE("cli jsonl: bad records get error objects, the stream goes on", "[cli][jsonl]") {
  const std::string in =
      record(0) +                                         // line 1
      "not json\n"                                        // line 2
      "[1,2]\n"                                           // line 3
      "{\"id\":7}\n"                                      // line 4
      "{\"id\":8,\"html\":5}\n"                           // line 5
      "{\"id\":9,\"html\":\"x\",\"title\":[]}\n"          // line 6
      "{\"id\":10,\"html\":\"x\",\"timestamp\":\"soon\"}\n"  // line 7
      "{\"id\":11,\"html\":\"x\",\"timestamp\":1.5}\n"    // line 8
      "{\"id\":12,\"html\":\"caf\xE9\"}\n"                // line 9: not UTF-8
      "{\"id\":13,\"html\":\"<p>x</p>\"\n"                // line 10: unterminated
      "{\"id\":1e999,\"html\":\"x\"}\n"                   // line 11: past a double
      + record(1);                                        // line 12
  const process_result r = run_cli({"--jsonl"}, in);
  REQUIRE(r.exit_code == 0);  // error records are answers, not failures
  CHECK(r.err.empty());
  const std::vector<ordered_json> out = parse_lines(r.out);
  REQUIRE(out.size() == 12);
  CHECK(out[0]["markdown"] == article_md(0));
  CHECK(out[1].dump().rfind("{\"id\":null,\"line\":2,\"error\":\"not JSON: parse error", 0) == 0);
  CHECK(out[2].dump() == R"({"id":null,"line":3,"error":"a record must be a JSON object"})");
  CHECK(out[3].dump() == R"({"id":7,"line":4,"error":"no \"html\" in the record"})");
  CHECK(out[4].dump() == R"({"id":8,"line":5,"error":"\"html\" must be a string"})");
  CHECK(out[5].dump() == R"({"id":9,"line":6,"error":"\"title\" must be a string"})");
  CHECK(out[6].dump() ==
        R"({"id":10,"line":7,"error":"\"timestamp\" must be an integer: epoch milliseconds"})");
  CHECK(out[7]["error"] == "\"timestamp\" must be an integer: epoch milliseconds");
  // nlohmann-json rejects invalid UTF-8 while parsing: the record is not JSON.
  CHECK(out[8]["line"] == 9);
  CHECK(out[8]["error"].get<std::string>().find("ill-formed UTF-8") != std::string::npos);
  CHECK(out[9]["line"] == 10);
  CHECK(out[9]["id"].is_null());
  // A number too large for a double is nlohmann-json's out_of_range, not a parse_error: it
  // was answered "internal error" (found by fuzz_jsonl).
  CHECK(out[10].dump().rfind(
            R"({"id":null,"line":11,"error":"not JSON: number overflow parsing '1e999')", 0) == 0);
  CHECK(out[11]["id"] == 1);
  CHECK(out[11]["markdown"] == article_md(1));
}

TEST_CASE("cli jsonl: blank lines are skipped but counted, CRLF and a last line without its newline",
          "[cli][jsonl]") {
  const std::string in = "\n   \n" + record(0) + "\t\r\n\r\n{\"id\":1,\"html\":\"<p>b</p>\"}\r\n" +
                         "x\n" + "{\"id\":2,\"html\":\"<p>c</p>\"}";
  const process_result r = run_cli({"--jsonl"}, in);
  REQUIRE(r.exit_code == 0);
  const std::vector<ordered_json> out = parse_lines(r.out);
  REQUIRE(out.size() == 4);
  CHECK(out[0]["id"] == 0);
  CHECK(out[1]["markdown"] == "b\n");
  CHECK(out[2]["line"] == 7);  // the two blank lines before, and the three after record 0
  CHECK(out[3]["markdown"] == "c\n");
  // Nothing at all in, nothing out.
  const process_result empty = run_cli({"--jsonl"}, "\n\n");
  CHECK(empty.exit_code == 0);
  CHECK(empty.out.empty());
}

TEST_CASE("cli jsonl: ids of every JSON type are echoed as given", "[cli][jsonl]") {
  const std::vector<std::string> ids = {"\"s\"", "\"\"",  "0",    "-17",  "18446744073709551615",
                                        "1.5", "true", "false", "null", "[1,\"a\",[]]",
                                        "{\"z\":1,\"a\":{\"b\":null}}", "\"中文 \\\"q\\\"\\n\""};
  std::string in;
  for (const std::string& id : ids) in += "{\"html\":\"<p>x</p>\",\"id\":" + id + "}\n";
  in += "{\"html\":\"<p>x</p>\"}\n";  // no id: null
  const process_result r = run_cli({"--jsonl", "--header=none"}, in);
  REQUIRE(r.exit_code == 0);
  std::string expected;
  for (const std::string& id : ids) expected += plain_result(id, "x\n");
  expected += plain_result("null", "x\n");
  CHECK(r.out == expected);
}

TEST_CASE("cli jsonl: conversion options and record fields apply", "[cli][jsonl]") {
  const std::string page =
      "<html><head><title>Page title</title></head><body><nav><a href=\"/\">Home</a></nav>"
      "<article><p>The article text, long enough to be the article, with commas, and more "
      "words to make it so.</p></article></body></html>";
  auto run_one = [](std::vector<std::string> args, const ordered_json& rec) {
    args.insert(args.begin(), "--jsonl");
    const process_result r = run_cli(args, rec.dump() + "\n");
    REQUIRE(r.exit_code == 0);
    return ordered_json::parse(r.out);
  };
  ordered_json rec;
  rec["html"] = page;
  SECTION("a whole page: its metadata; --whole keeps all of the body") {
    const ordered_json a = run_one({"--header=none"}, rec);
    CHECK(a["title"] == "Page title");
    CHECK(a["markdown"] ==
          "The article text, long enough to be the article, with commas, and more words to "
          "make it so.\n");
    CHECK(run_one({"--header=none", "--whole"}, rec)["markdown"].get<std::string>().rfind(
              "[Home](", 0) == 0);
  }
  SECTION("--header=yaml") {
    rec["title"] = "Mine: \"quoted\"";
    rec["timestamp"] = 1738168743000;
    CHECK(run_one({"--header=yaml"}, rec)["markdown"].get<std::string>().rfind(
              "---\ntitle: \"Mine: \\\"quoted\\\"\"\ndate: 2025-01-29T16:39:03Z\n"
              "timestamp: 1738168743000\n---\n\nThe article text",
              0) == 0);
  }
  SECTION("--base-url is the default base; a record's base_url wins") {
    ordered_json link;
    link["html"] = "<p><a href=\"x\">l</a></p>";
    CHECK(run_one({"--base-url", "https://a.com/d/"}, link)["markdown"] ==
          "[l](https://a.com/d/x)\n");
    link["base_url"] = "https://b.com/";
    CHECK(run_one({"--base-url", "https://a.com/d/"}, link)["markdown"] ==
          "[l](https://b.com/x)\n");
    link.erase("base_url");
    link["url"] = "https://c.com/p/q";
    CHECK(run_one({}, link)["markdown"] == "<https://c.com/p/q>\n------\n\n[l](https://c.com/p/x)\n");
  }
  SECTION("an archived input keeps its header; the record's fields win") {
    ordered_json archived;
    archived["html"] = "<!--1738168743000-->\n[Old](https://e.com/old)\n------\n\n<p>Body</p>";
    CHECK(run_one({}, archived)["markdown"] ==
          "<!--1738168743000-->\n[Old](https://e.com/old)\n------\n\nBody\n");
    archived["title"] = "New";
    const ordered_json a = run_one({}, archived);
    CHECK(a["title"] == "New");
    CHECK(a["url"] == "https://e.com/old");
    CHECK(a["timestamp"] == 1738168743000);
  }
}

TEST_CASE("cli jsonl: a record over --max-size is an error record, read past not held",
          "[cli][jsonl]") {
  ordered_json big;
  big["id"] = "big";
  big["html"] = "<p>" + std::string(5000, 'a') + "</p>";
  const std::string big_line = big.dump();
  const process_result r =
      run_cli({"--jsonl", "--max-size", "1000"}, record(0) + big_line + "\n" + record(1));
  REQUIRE(r.exit_code == 0);
  const std::vector<ordered_json> out = parse_lines(r.out);
  REQUIRE(out.size() == 3);
  CHECK(out[0]["id"] == 0);
  CHECK(out[1].dump() == "{\"id\":null,\"line\":2,\"error\":\"the record has " +
                             std::to_string(big_line.size()) +
                             " bytes, over the limit of 1000 (--max-size)\"}");
  CHECK(out[2]["id"] == 1);
  // Under the default limit (64 MiB) a large record converts like any other.
  ordered_json large;
  large["id"] = "large";
  large["html"] = "<p>" + std::string(8 * 1024 * 1024, 'b') + "</p>";
  const process_result ok = run_cli({"--jsonl"}, large.dump() + "\n" + record(2));
  REQUIRE(ok.exit_code == 0);
  const std::vector<ordered_json> both = parse_lines(ok.out);
  REQUIRE(both.size() == 2);
  CHECK(both[0]["markdown"].get<std::string>().size() == 8 * 1024 * 1024 + 1);
  CHECK(both[1]["id"] == 2);
}

TEST_CASE("cli jsonl: what cannot be combined with it is a usage error", "[cli][jsonl]") {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--jsonl", "a.html"}, "--jsonl reads standard input: it takes no input file, got 'a.html'"},
      {{"--jsonl", "-o", "out.jsonl"}, "--jsonl writes standard output: -o cannot be used"},
      {{"--jsonl", "--out-dir", "d"}, "--jsonl cannot be used with --out-dir"},
      {{"--jsonl", "--feed", "f.xml", "--out-dir", "d"}, "--jsonl cannot be used with --feed"},
      {{"--jsonl", "--title", "T"},
       "--title describes one article: with --jsonl, give \"title\" in each record"},
      {{"--jsonl", "--timestamp", "1738168743000"},
       "--timestamp describes one article: with --jsonl, give \"timestamp\" in each record"},
      {{"--jsonl", "--format=json"}, "--format does not apply to --jsonl: it writes JSON lines"},
      {{"--jsonl", "--charset", "gbk"}, "--charset does not apply to --jsonl: JSON text is UTF-8"},
      {{"--jsonl", "--force"}, "--force applies to --out-dir"},
      {{"--jsonl", "-j", "0"}, "-j needs a number of jobs from 1 to 1024, not '0'"},
  };
  for (const auto& [args, message] : cases) {
    const process_result r = run_cli(args, "");
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "article2md: " + message + " (see article2md --help)\n");
  }
}

TEST_CASE("cli jsonl: a write error is exit 1 with one message", "[cli][jsonl]") {
  process_options o;
  o.stdin_data = records(10);
  o.stdout_path = "/dev/full";
  const process_result r = run_process({cli_binary(), "--jsonl"}, o);
  CHECK(r.exit_code == 1);
  CHECK(r.err == "article2md: cannot write standard output: No space left on device\n");
}

TEST_CASE("cli jsonl: SIGINT ends it between records, the output whole lines in order",
          "[cli][jsonl]") {
  process_options o;
  o.stdin_data = records(60000);
  // Once a first record is out, the command is past installing its signal handlers: a signal
  // sent earlier (a slow start on a loaded machine) would end it before it could report.
  o.watch = [&](pid_t pid, const process_result& so_far) {
    if (so_far.out.find('\n') == std::string::npos) return false;
    ::kill(pid, SIGINT);
    return true;
  };
  const process_result r = run_process({cli_binary(), "--jsonl", "-j", "2"}, o);
  CHECK(r.signal == SIGINT);
  const std::vector<ordered_json> out = parse_lines(r.out);
  CHECK(out.size() < 60000);
  for (std::size_t i = 0; i < out.size(); ++i) {
    REQUIRE(out[i]["id"] == i);
  }
  CHECK(r.err == "article2md: interrupted by SIGINT after " + std::to_string(out.size()) +
                     " records; the rest of the input was not converted\n");
}
