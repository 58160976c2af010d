// Our Markdown read back by an independent CommonMark/GFM renderer (cmark-gfm): the sample shows
// every paragraph, the image with its caption and the footer links, and no output carries raw
// HTML. Skipped, with a warning, where cmark-gfm is not installed (scripts/setup installs it).
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

bool have_cmark() { return std::system("command -v cmark-gfm >/dev/null 2>&1") == 0; }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Renders `markdown` with cmark-gfm in the given format ("html" or "xml").
std::string render(const std::string& markdown, const std::string& format) {
  fs::path tmp = fs::temp_directory_path() / ("a2m-render-" + std::to_string(::getpid()) + ".md");
  {
    std::ofstream out(tmp, std::ios::binary);
    out << markdown;
  }
  std::string cmd = "cmark-gfm -e table -e strikethrough -e autolink -t " + format + " '" +
                    tmp.string() + "'";
  std::string result;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) result.append(buf, n);
    ::pclose(p);
  }
  fs::remove(tmp);
  return result;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

std::string sample_markdown() {
  std::string article = read_file(fs::path(ARTICLE2MD_SAMPLE_DIR) / "voa-deepseek.article.html");
  auto archived = article2md::parse_archived_article(article);
  REQUIRE(archived);
  return article2md::to_markdown(archived->body, archived->meta);
}

}  // namespace

TEST_CASE("render: the sample reads back with every part", "[render]") {
  if (!have_cmark()) {
    WARN("cmark-gfm not installed: skipped (apt-get install cmark-gfm)");
    return;
  }
  std::string html = render(sample_markdown(), "html");
  // The title link as a heading, the date, the image with its caption, the footer links.
  CHECK(count(html, "<h2><a href=\"https://www.voachinese.com/a/") == 1);
  CHECK(count(html, "<em>Wed, 29 Jan 2025 16:21:20 GMT</em>") == 1);
  CHECK(count(html, "<img src=\"https://images.weserv.nl?url=gdb.voanews.com/"
                    "4aedbb94-7759-45f6-85b3-5504f65961fe_cx0_cy5_cw0_r1_s_w900.jpg\" "
                    "alt=\"OpenAI与DeepSeek的标识\" />\n<em>OpenAI与DeepSeek的标识</em>") == 1);
  CHECK(count(html, "<a href=\"https://feedx.net\">https://feedx.net</a>") == 1);
  CHECK(count(html, "<a href=\"https://feedx.site\">https://feedx.site</a>") == 1);
  CHECK(count(html, "<hr />") == 1);
  // The date, the image with its caption, 10 + 11 prose paragraphs (the source's two <p> split
  // by <br><br>), and the footer.
  CHECK(count(html, "<p>") == 24);
  // Every paragraph of the source, by its first words.
  for (const char* start : {"<p>中国科技公司DeepSeek", "<p>金融时报说，这家总部", "<p>所谓“蒸馏”",
                            "<p>DeepSeek的模型上周末", "<p>另据美国财经媒体",
                            "<p>这一做法凸显了热衷于保护"})
    CHECK(count(html, start) == 1);
}

TEST_CASE("render: no output carries raw HTML", "[render]") {
  if (!have_cmark()) {
    WARN("cmark-gfm not installed: skipped (apt-get install cmark-gfm)");
    return;
  }
  // The stamp comment is the one HTML block we write, by design, on the first line.
  std::string xml = render(sample_markdown(), "xml");
  CHECK(count(xml, "<html_block") == 1);
  CHECK(count(xml, "<html_block xml:space=\"preserve\">&lt;!--1738168743000--&gt;") == 1);
  CHECK(count(xml, "<html_inline") == 0);
  std::size_t fixtures = 0;
  for (const auto& e : fs::directory_iterator(ARTICLE2MD_FIXTURES_DIR)) {
    std::string md = article2md::to_markdown(read_file(e.path() / "input.html"));
    std::string fx = render(md, "xml");
    INFO("fixture " << e.path().filename().string() << "\n" << md);
    CHECK(count(fx, "<html_block") == 0);
    CHECK(count(fx, "<html_inline") == 0);
    ++fixtures;
  }
  CHECK(fixtures > 0);
}

TEST_CASE("render: a title ending in a backslash keeps its link and image", "[render]") {
  if (!have_cmark()) {
    WARN("cmark-gfm not installed: skipped (apt-get install cmark-gfm)");
    return;
  }
  // A later `"` on the same line used to pull cmark's title scan past the closing quote (fuzz
  // regression archive/title-ending-in-backslash): the image fell apart and <script> in its
  // title became raw HTML.
  const std::string md = article2md::to_markdown(
      "<p><img src=\"/cat.png\" title=\"&lt;script&gt; C:\\\"> then \"quoted\" "
      "<a href=\"/x\" title=\"D:\\\">link</a> and \"more\"</p>");
  INFO(md);
  const std::string html = render(md, "html");
  CHECK(count(html, "<img src=\"/cat.png\" alt=\"\" title=\"&lt;script&gt; C:\\\" />") == 1);
  CHECK(count(html, "<a href=\"/x\" title=\"D:\\\">link</a>") == 1);
  CHECK(count(render(md, "xml"), "<html_inline") == 0);
}
