// A template's data store written into the page as a definition list of snake_case fields is
// left out (src/article/extraction/data_dumps.cpp).
#include <article2md/converter.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string body_of(const std::string& html) {
  article2md::options opts;
  opts.header = article2md::header_style::none;
  return article2md::to_markdown(html, {}, opts);
}

}  // namespace

TEST_CASE("data dumps: a list of snake_case fields is left out", "[main_content][product]") {
  auto page = [](const std::string& prefix) {
    std::string dl = "<dl class=info>";
    for (int i = 1; i <= 8; ++i)
      dl += "<dt>" + prefix + std::to_string(i) + ":</dt><dd>https://cdn.example.com/t" +
            std::to_string(i) + ".jpg</dd>";
    return "<html><head><title>Staple Tee</title></head><body><main><h1>Staple Tee</h1><p>"
           "Enduring comfort in a regular fit, crafted from combed cotton, with neck ribbing, "
           "side seams and double needle hems for durability and minimal shrinkage.</p>" +
           dl + "</dl></main></body></html>";
  };
  // A template's data store, named as programs name things.
  CHECK(body_of(page("cat_thumb_")).find("cdn.example.com") == std::string::npos);
  // Terms in words are what a reader is shown.
  CHECK(body_of(page("Colour ")).find("cdn.example.com") != std::string::npos);
}
