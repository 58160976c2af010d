#include "feed_mode.hpp"

#include "article_input.hpp"
#include "batch_mode.hpp"
#include "batch_session.hpp"
#include "io_error.hpp"
#include "load_input.hpp"
#include "read_input.hpp"

#include "sources/charset.hpp"
#include "sources/fetch.hpp"
#include "sources/file_names.hpp"

#include <article2md/converter.hpp>

#include <filesystem>
#include <unordered_set>

namespace article2md::cli {
namespace {

std::string describe(const std::string& feed) {
  return feed == "-" ? std::string("standard input") : "'" + feed + "'";
}

sources::feed load_feed(const cli_options& options) {
  std::string bytes, content_type;
  if (options.feed != "-" && sources::is_fetchable_url(options.feed)) {
    sources::fetched_page page = sources::fetch(options.feed, fetch_settings(options));
    bytes = std::move(page.body);
    content_type = std::move(page.content_type);
  } else {
    bytes = read_input(options.feed);
  }
  try {
    const sources::decoded_text xml =
        sources::decode_xml_to_utf8(bytes, content_type, options.charset);
    return sources::parse_feed(xml.utf8);
  } catch (const article2md::error& e) {
    throw io_error("cannot read the feed " + describe(options.feed) + ": " + e.what());
  }
}

}  // namespace

std::vector<std::string> item_file_names(const std::vector<sources::feed_item>& items) {
  std::vector<std::string> names;
  names.reserve(items.size());
  std::unordered_set<std::string> used;
  for (const sources::feed_item& item : items) {
    const std::string name = sources::article_file_name(item.timestamp_ms, item.title, item.id);
    std::string unique = name;
    const std::string stem = name.substr(0, name.size() - 3);  // without ".md"
    for (unsigned n = 2; used.count(unique) != 0; ++n) {
      unique = stem + "-" + std::to_string(n) + ".md";
    }
    used.insert(unique);
    names.push_back(std::move(unique));
  }
  return names;
}

int run_feed(const cli_options& options) {
  const sources::feed feed = load_feed(options);
  make_output_directory(options.out_dir);

  const article2md::converter conv(conversion_options(options));
  const std::vector<std::string> names = item_file_names(feed.items);
  std::vector<job> jobs;
  jobs.reserve(feed.items.size());
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    job j;
    std::string name = names[i];
    if (options.format == output_format::json) name.replace(name.size() - 3, 3, ".json");
    j.output = (std::filesystem::path(options.out_dir) / name).string();
    j.label = j.output;
    j.produce = [&conv, &options, &item = feed.items[i]]() -> std::string {
      if (options.format == output_format::markdown) return conv.convert(item.html, sources::item_meta(item));
      return format_article(conv.convert_article(item.html, sources::item_meta(item)), options);
    };
    jobs.push_back(std::move(j));
  }
  return run_batch_session(jobs, options);
}

}  // namespace article2md::cli
