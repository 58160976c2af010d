// File names for converted articles.
#include "sources/file_names.hpp"

#include <catch2/catch.hpp>

using article2md::sources::article_file_name;
using article2md::sources::slugify;
using article2md::sources::utc_date;

TEST_CASE("file names: slugs keep words and drop everything that could hurt a path",
          "[sources]") {
  CHECK(slugify("Hello, World!") == "hello-world");
  CHECK(slugify("  ../../etc/passwd  ") == "etc-passwd");
  CHECK(slugify("a\\b/c:d*e?f\"g<h>i|j") == "a-b-c-d-e-f-g-h-i-j");
  CHECK(slugify("C++ 17 — what's new?") == "c-17-what-s-new");
  CHECK(slugify("金融时报：OpenAI称有证据") == "金融时报-openai称有证据");
  CHECK(slugify("Ünïcödé Straße") == "Ünïcödé-straße");
  CHECK(slugify("!!!").empty());
  CHECK(slugify("\x01\x02\xFF\xFE") .empty());
  CHECK(slugify("abcdefghij", 4) == "abcd");
  // Cut at a character boundary, never inside one.
  CHECK(slugify("中文标题", 7) == "中文");
}

TEST_CASE("file names: dates are UTC days", "[sources]") {
  CHECK(utc_date(1738168743000) == "2025-01-29");
  CHECK(utc_date(0) == "1970-01-01");
  CHECK(utc_date(-1) == "1969-12-31");
  CHECK(utc_date(951782400000) == "2000-02-29");
}

TEST_CASE("file names: date, slug, and a stable fallback", "[sources]") {
  CHECK(article_file_name(1738168743000, "Hello World", "x") == "2025-01-29-hello-world.md");
  CHECK(article_file_name(std::nullopt, "Hello", "x") == "undated-hello.md");
  std::string a = article_file_name(1738168743000, "", "https://e.com/a");
  CHECK(a == article_file_name(1738168743000, "???", "https://e.com/a"));
  CHECK(a != article_file_name(1738168743000, "", "https://e.com/b"));
  CHECK(a.rfind("2025-01-29-item-", 0) == 0);
  CHECK(a.size() == std::string("2025-01-29-item-").size() + 12 + 3);
}
