// Converts a fixed fragment through the installed (or exported, or add_subdirectory'd) library
// and compares the Markdown byte for byte: a consumer that compiles, links and runs, but gets
// a wrong answer, fails too. Exit status 0 only on an exact match.
#include <article2md/article2md.hpp>

#include <iostream>
#include <string>

int main() {
  article2md::article_meta meta;
  meta.title = "From a consumer";
  meta.url = "https://example.com/news/story";
  meta.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  // A relative link (resolved against meta.url), emphasis and a list: the conversion goes
  // through gumbo's parse and the library's rules and writer, not just the header.
  const std::string html =
      "<h2>Linked</h2><p>Read <em>the</em> <a href=\"../docs\">docs</a>.</p>"
      "<ul><li>one</li><li>two</li></ul>";
  const std::string expected =
      "<!--1738167680000-->\n"
      "[From a consumer](https://example.com/news/story)\n"
      "------\n"
      "\n"
      "*Wed, 29 Jan 2025 16:21:20 GMT*\n"
      "\n"
      "## Linked\n"
      "\n"
      "Read *the* [docs](https://example.com/docs).\n"
      "\n"
      "- one\n"
      "- two\n";

  const std::string got = article2md::to_markdown(html, meta);
  if (got != expected) {
    std::cerr << "article2md " << article2md::version << " gave\n"
              << got << "---- expected\n"
              << expected << "----\n";
    return 1;
  }
  std::cout << "article2md " << article2md::version << ": the expected Markdown\n";
  return 0;
}
