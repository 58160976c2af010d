// libFuzzer target: the feed reader (article2md::sources::parse_feed: RSS 2.0, RSS 1.0, Atom,
// in UTF-8, UTF-16 or Latin-1), then every item written in the archived format
// (converted with item_meta), as `article2md --feed` does. A document that is not a feed is an
// article2md::error, the documented outcome. Properties: the Markdown ones
// (fuzz_properties.hpp) on every item, and valid UTF-8 in every field when the bytes were.
#include "fuzz_properties.hpp"
#include "sources/feed.hpp"

#include <article2md/converter.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  article2md::sources::feed feed;
  try {
    feed = article2md::sources::parse_feed(xml);
  } catch (const article2md::error&) {
    return 0;
  }
  const bool utf8 = article2md::fuzz::valid_utf8(xml);
  auto check_field = [utf8](const char* name, const std::string& value) {
    if (utf8 && !article2md::fuzz::valid_utf8(value))
      article2md::fuzz::violated("valid UTF-8 in, invalid UTF-8 in a feed field", name);
  };
  check_field("feed title", feed.title);
  check_field("feed link", feed.link);
  check_field("feed language", feed.language);

  static const article2md::converter conv;
  for (const article2md::sources::feed_item& item : feed.items) {
    check_field("item id", item.id);
    check_field("item title", item.title);
    check_field("item link", item.link);
    check_field("item date", item.date);
    check_field("item html", item.html);
    check_field("item author", item.author);
    check_field("item base_url", item.base_url);
    try {
      article2md::fuzz::check_markdown(conv.convert(item.html, article2md::sources::item_meta(item)), utf8);
    } catch (const article2md::error&) {
    }
  }
  return 0;
}
