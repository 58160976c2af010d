// libFuzzer target: article2md::to_markdown on any bytes, with the default options and with a
// second set of options chosen by the input's first byte (each bit turns on another path).
// Properties checked on both outputs: fuzz_properties.hpp (check_markdown).
#include "fuzz_properties.hpp"

#include <article2md/article2md.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace {

// Bit by bit: 0 header none (YAML front matter with bit 7), 1 whole body, 2-3 max_depth 8/1/3/64, 4 reference links,
// 5 setext headings, 6 indented code blocks, 7 every other alternative syntax, GFM off, no
// data: images, no leading-date drop and a 64 KiB output limit.
article2md::options options_for(unsigned bits) {
  article2md::options o;
  if (bits & 1u)
    o.header = (bits & 128u) ? article2md::header_style::yaml : article2md::header_style::none;
  if (bits & 2u) o.scope = article2md::content_scope::whole;
  static constexpr std::array<std::size_t, 4> depths{8, 1, 3, 64};
  o.max_depth = depths[(bits >> 2) & 3u];
  if (bits & 16u) o.links = article2md::link_style::reference;
  if (bits & 32u) o.headings = article2md::heading_style::setext;
  if (bits & 64u) o.code_blocks = article2md::code_block_style::indented;
  if (bits & 128u) {
    o.bullet = (bits & 1u) ? '+' : '*';
    o.strong_delimiter = "__";
    o.emphasis_delimiter = "_";
    o.fence = '~';
    o.hard_breaks = article2md::hard_break_style::spaces;
    o.gfm_tables = o.gfm_strikethrough = o.gfm_task_lists = false;
    o.drop_leading_date = false;
    o.max_data_image_bytes = 0;
    o.max_output_bytes = 64u * 1024u;
  }
  return o;
}

// Converters are built once per option set: convert() is const and the rules are the same.
const article2md::converter& converter_for(unsigned bits) {
  static std::array<std::unique_ptr<article2md::converter>, 256> cache;
  auto& slot = cache[bits & 255u];
  if (!slot) slot = std::make_unique<article2md::converter>(options_for(bits));
  return *slot;
}

// The YAML front matter gets no title from the caller, so that a whole page's own title (and
// byline, site name, language) goes through its string escaping.
const article2md::article_meta& meta(bool page_title) {
  static const auto make = [](bool titled) {
    article2md::article_meta x;
    if (titled) x.title = "Fuzz *title* [1]";
    x.url = "https://example.com/dir/page.html?q=1#top";
    x.date = "Wed, 29 Jan 2025 16:21:20 GMT";
    x.base_url = "https://cdn.example.com/base/";
    return x;
  };
  static const article2md::article_meta titled = make(true), untitled = make(false);
  return page_title ? untitled : titled;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool utf8 = article2md::fuzz::valid_utf8(input);

  try {
    article2md::fuzz::check_markdown(article2md::to_markdown(input), utf8);
  } catch (const article2md::error&) {
    // A conversion refused at a limit: the documented outcome, not a finding.
  }

  if (size == 0) return 0;
  try {
    const article2md::converter& c = converter_for(data[0]);
    const bool yaml = c.opts().header == article2md::header_style::yaml;
    article2md::fuzz::check_markdown(c.convert(input, meta(yaml)), utf8);
  } catch (const article2md::error&) {
  }
  return 0;
}
