#pragma once
// article2md --feed FEED --out-dir DIR: one file per feed item, in the sample's format, named
// YYYY-MM-DD-slug.md from the item's date and title. Re-running on the same feed converts only
// the items whose file is not there yet; nothing is ever duplicated or replaced without --force.

#include "cli_options.hpp"

#include "sources/feed.hpp"

#include <string>
#include <vector>

namespace article2md::cli {

/// Reads, fetches or takes from standard input the feed of `options` (mode feed), converts its
/// items and returns the exit status. Throws io_error when the feed itself cannot be had
/// (unreadable, not a feed) or the output directory cannot be created, article2md::error when
/// fetching it fails.
int run_feed(const cli_options& options);

/// The file names of `items`, in order: sources::article_file_name, and when an earlier item of
/// the same feed has the name already, "-2", "-3", ... before ".md".
std::vector<std::string> item_file_names(const std::vector<sources::feed_item>& items);

}  // namespace article2md::cli
