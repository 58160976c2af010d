// The command's output formats: --header=yaml (front matter, read back with PyYAML) and
// --format=json (read back with nlohmann-json), for one input, --out-dir and --feed.

#include "cli_test_support.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace article2md::test;
using nlohmann::json;

namespace {

// Titles that break naive YAML or JSON writers: indicators, quotes, escapes, line breaks,
// characters YAML must escape, and non-ASCII that must stay as it is.
const std::vector<std::string> hostile_titles = {
    "plain",
    "Colon: after a word",
    "a: b # not a comment",
    "\"Quoted\" at the start",
    "it's 'single'",
    "- leading dash",
    "* leading star",
    "& leading ampersand",
    "! leading bang",
    "? question",
    "| pipe > fold",
    "% percent @ at ` backtick",
    "[flow] {mapping}, commas",
    "---",
    "...",
    "#hash",
    "line one\nline two",
    "tab\there",
    "back\\slash \\n not a newline",
    "null",
    "true",
    "0x1F",
    "2025-01-29",
    "金融时报：OpenAI称有证据显示DeepSeek存在侵权行为",
    "emoji 😀 and ZWJ 👩‍💻",
    "bell\a escape\x1b del\x7f",
    "NEL\xC2\x85 LS\xE2\x80\xA8 PS\xE2\x80\xA9 BOM\xEF\xBB\xBF",
    " spaces around ",
    "<script>alert(1)</script> a < b",
};

// The YAML front matter of `markdown`, loaded by PyYAML (safe_load) and dumped as JSON with
// timestamps in isoformat: what a static-site generator's YAML reader would see.
json load_front_matter(const std::string& markdown) {
  static const char* const script =
      "import sys, json, yaml\n"
      "text = sys.stdin.buffer.read().decode('utf-8')\n"
      "assert text.startswith('---\\n'), 'no front matter'\n"
      "end = text.index('\\n---\\n', 3)\n"
      "data = yaml.safe_load(text[4:end + 1]) or {}\n"
      "print(json.dumps(data, default=lambda o: 'timestamp ' + o.isoformat()))\n";
  process_options o;
  o.stdin_data = markdown;
  const process_result r = run_process({"/usr/bin/python3", "-c", script}, o);
  INFO("python3 stderr: " << r.err);
  REQUIRE(r.exit_code == 0);  // scripts/setup installs python3-yaml
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("cli yaml: the front matter, exactly", "[cli][yaml]") {
  const process_result r =
      run_cli({"--header=yaml", "--title", "A \"quoted\": title", "--url", "https://e.com/a",
               "--date", "Wed, 29 Jan 2025 16:21:20 GMT"},
              "<p>Body</p>");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "---\n"
        "title: \"A \\\"quoted\\\": title\"\n"
        "url: \"https://e.com/a\"\n"
        "date: 2025-01-29T16:21:20Z\n"
        "date_text: \"Wed, 29 Jan 2025 16:21:20 GMT\"\n"
        "timestamp: 1738167680000\n"
        "---\n"
        "\n"
        "Body\n");
}

TEST_CASE("cli yaml: hostile titles read back as the same strings", "[cli][yaml]") {
  for (const std::string& title : hostile_titles) {
    INFO("title: " << title);
    const process_result r = run_cli({"--header=yaml", "--title", title, "--url",
                                      "https://e.com/a?x=1&y=\"2\"", "--date", "2025-01-29"},
                                     "<p>Body</p>");
    REQUIRE(r.exit_code == 0);
    const json fm = load_front_matter(r.out);
    CHECK(fm["title"] == title);
    CHECK(fm["url"] == "https://e.com/a?x=1&y=\"2\"");
    CHECK(fm["date"] == "timestamp 2025-01-29T00:00:00+00:00");  // a YAML timestamp
    CHECK(fm["date_text"] == "2025-01-29");
    CHECK(fm["timestamp"] == 1738108800000);
    // The body follows the closing line after one blank line, untouched.
    CHECK(r.out.size() > 10);
    CHECK(r.out.compare(r.out.size() - 10, 10, "---\n\nBody\n") == 0);
  }
}

TEST_CASE("cli yaml: invalid UTF-8 in a title is replaced, never written raw", "[cli][yaml]") {
  const process_result r = run_cli({"--header=yaml", "--title", "caf\xE9 \xFF"}, "<p>x</p>");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "---\ntitle: \"caf\xEF\xBF\xBD \xEF\xBF\xBD\"\n---\n\nx\n");
  CHECK(load_front_matter(r.out)["title"] == "caf\xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST_CASE("cli yaml: a whole page's metadata goes to the front matter", "[cli][yaml]") {
  const std::string page =
      "<html lang=\"zh-CN\"><head><title>新闻</title><meta name=\"author\" content=\"记者\">"
      "<meta property=\"og:site_name\" content=\"美国之音\">"
      "<link rel=\"canonical\" href=\"https://e.com/news\"></head>"
      "<body><article><p>正文。</p></article></body></html>";
  const process_result r = run_cli({"--header=yaml"}, page);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "---\ntitle: \"新闻\"\nurl: \"https://e.com/news\"\nauthor: \"记者\"\n"
        "site_name: \"美国之音\"\nlanguage: \"zh-CN\"\n---\n\n正文。\n");
}

TEST_CASE("cli json: one object with the metadata and the Markdown, exactly", "[cli][json]") {
  const process_result r =
      run_cli({"--format=json", "--title", "T: \"x\"", "--url", "https://e.com/a", "--date",
               "2025-01-29", "--header=none"},
              "<p>中文 <b>bold</b></p>");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "{\"title\":\"T: \\\"x\\\"\",\"url\":\"https://e.com/a\","
        "\"date\":\"2025-01-29T00:00:00Z\",\"date_text\":\"2025-01-29\","
        "\"timestamp\":1738108800000,\"author\":null,\"site_name\":null,\"language\":null,"
        "\"markdown\":\"中文 **bold**\\n\"}\n");
}

TEST_CASE("cli json: hostile titles parse back to the same strings", "[cli][json]") {
  for (const std::string& title : hostile_titles) {
    INFO("title: " << title);
    const process_result r = run_cli({"--format=json", "--title", title}, "<p>Body</p>");
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.out.back() == '\n');
    CHECK(r.out.find('\n') == r.out.size() - 1);  // one line
    const json j = json::parse(r.out);
    CHECK(j["title"] == title);
    CHECK(j["url"].is_null());
    CHECK(j["date"].is_null());
    CHECK(j["timestamp"].is_null());
    CHECK(j["markdown"].get<std::string>().size() > 0);
  }
  // Invalid UTF-8 from the command line becomes U+FFFD.
  const process_result r = run_cli({"--format=json", "--title", "caf\xE9"}, "<p>x</p>");
  REQUIRE(r.exit_code == 0);
  CHECK(json::parse(r.out)["title"] == "caf\xEF\xBF\xBD");
}

TEST_CASE("cli json: -o writes the same object to a file", "[cli][json]") {
  scratch_dir dir;
  const process_result r =
      run_cli({"--format=json", "--header=yaml", "-o", dir.str("a.json")}, "<p>x</p>");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  const json j = json::parse(read_bytes(dir / "a.json"));
  CHECK(j["markdown"] == "---\n---\n\nx\n");  // the header style applies to the Markdown
}

TEST_CASE("cli json: --out-dir writes NAME.json files", "[cli][json][batch]") {
  scratch_dir dir;
  write_bytes(dir / "in" / "a.html", article_html(1));
  write_bytes(dir / "in" / "sub" / "b.htm", article_html(2));
  const process_result r = run_cli({"--format=json", "--out-dir", dir.str("out"), dir.str("in")});
  REQUIRE(r.exit_code == 0);
  CHECK(tree_of(dir / "out") == std::vector<std::string>{"a.json", "sub/", "sub/b.json"});
  CHECK(json::parse(read_bytes(dir / "out" / "a.json"))["markdown"] == article_md(1));
  CHECK(json::parse(read_bytes(dir / "out" / "sub" / "b.json"))["markdown"] == article_md(2));
}

TEST_CASE("cli json: --feed writes YYYY-MM-DD-slug.json files with the item's fields",
          "[cli][json][feed]") {
  scratch_dir dir;
  write_bytes(dir / "feed.xml",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"
              "<item><title>One: \"first\"</title><link>https://e.com/1</link>"
              "<author>Ann</author>"
              "<pubDate>Wed, 29 Jan 2025 16:21:20 GMT</pubDate>"
              "<description>&lt;p&gt;Body&lt;/p&gt;</description></item>"
              "</channel></rss>");
  const process_result r =
      run_cli({"--format=json", "--feed", dir.str("feed.xml"), "--out-dir", dir.str("o")});
  REQUIRE(r.exit_code == 0);
  CHECK(tree_of(dir / "o") == std::vector<std::string>{"2025-01-29-one-first.json"});
  const json j = json::parse(read_bytes(dir / "o" / "2025-01-29-one-first.json"));
  CHECK(j["title"] == "One: \"first\"");
  CHECK(j["url"] == "https://e.com/1");
  CHECK(j["date"] == "2025-01-29T16:21:20Z");
  CHECK(j["date_text"] == "Wed, 29 Jan 2025 16:21:20 GMT");
  CHECK(j["timestamp"] == 1738167680000);
  CHECK(j["author"] == "Ann");
  // The Markdown is what the Markdown format writes for the item.
  const process_result md = run_cli({"--feed", dir.str("feed.xml"), "--out-dir", dir.str("m")});
  REQUIRE(md.exit_code == 0);
  CHECK(j["markdown"] == read_bytes(dir / "m" / "2025-01-29-one-first.md"));
}

TEST_CASE("cli formats: bad values are usage errors", "[cli][json][yaml]") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--format=xml"}, {"--header=toml"}, {"--format"}}) {
    const process_result r = run_cli(args, "<p>x</p>");
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  CHECK(run_cli({"--format=html"}, "").err ==
        "article2md: --format must be markdown or json, not 'html' (see article2md --help)\n");
}
