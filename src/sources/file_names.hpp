#pragma once
// Stable, safe file names for converted articles: YYYY-MM-DD-slug.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace article2md::sources {

/// A slug of `title` for a file name: letters and digits (ASCII lower-cased, other scripts kept
/// as UTF-8) joined by single '-', at most `max_bytes` long, cut at a character boundary. Never
/// holds a path separator, a dot, a control character or a leading/trailing '-'. Empty when the
/// title has no letter or digit.
std::string slugify(std::string_view title, std::size_t max_bytes = 80);

/// "YYYY-MM-DD" (UTC) of epoch milliseconds.
std::string utc_date(std::int64_t epoch_ms);

/// The file name of one article: "YYYY-MM-DD-slug.md" from its stamp and title. Without a stamp
/// the date part is "undated"; without a usable title the slug is a short stable hash of `id`
/// (a feed item's guid or link), so the same item always gets the same name.
std::string article_file_name(std::optional<std::int64_t> epoch_ms, std::string_view title,
                              std::string_view id);

}  // namespace article2md::sources
