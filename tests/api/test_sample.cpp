// The sample article end to end through the library: as an archived file, and as parts.
#include <article2md/article2md.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(ARTICLE2MD_SAMPLE_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("sample: the archived article converts to the expected bytes", "[sample]") {
  std::string article = read_sample("voa-deepseek.article.html");
  std::string expected = read_sample("voa-deepseek.expected.md");
  auto archived = article2md::parse_archived_article(article);
  REQUIRE(archived);
  CHECK(archived->meta.timestamp_ms == 1738168743000);
  CHECK(archived->meta.title == "金融时报：OpenAI称有证据显示DeepSeek存在侵权行为");
  CHECK(article2md::to_markdown(archived->body, archived->meta) == expected);
}

TEST_CASE("sample: body plus header fields give the same bytes", "[sample]") {
  std::string article = read_sample("voa-deepseek.article.html");
  std::string expected = read_sample("voa-deepseek.expected.md");
  std::string body = article.substr(article.find("\n\n") + 2);
  REQUIRE(body.rfind("<div><i>", 0) == 0);
  article2md::article_meta meta;
  meta.title = "金融时报：OpenAI称有证据显示DeepSeek存在侵权行为";
  meta.url =
      "https://www.voachinese.com/a/"
      "openai-says-it-has-evidence-china-s-deepseek-used-its-model-to-train-competitor-20250129/"
      "7955346.html";
  meta.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  meta.timestamp_ms = 1738168743000;
  CHECK(article2md::to_markdown(body, meta) == expected);
}

TEST_CASE("sample: the shared seed copy matches the bundled one", "[sample]") {
  std::ifstream shared(std::string(ARTICLE2MD_SHARED_DIR) + "/examples/seed/voa-deepseek.expected.md",
                       std::ios::binary);
  if (!shared) {
    WARN("../shared/examples/seed is absent: skipped");
    return;
  }
  std::ostringstream s;
  s << shared.rdbuf();
  CHECK(s.str() == read_sample("voa-deepseek.expected.md"));
}
