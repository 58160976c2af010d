// The smallest embedding: HTML in, Markdown out.
#include <article2md/article2md.hpp>

#include <iostream>

int main() {
  article2md::article_meta meta;
  meta.title = "Hello";
  meta.url = "https://example.com/hello";
  meta.date = "Wed, 29 Jan 2025 16:21:20 GMT";
  std::cout << article2md::to_markdown("<p>Hello, <b>world</b>!</p>", meta);
}
