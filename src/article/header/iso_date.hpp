#pragma once
// The article's date in ISO 8601, for formats that carry metadata as data (YAML front matter,
// the command's JSON): static-site generators and JSON consumers read that form, while the
// date as a page writes it ("Wed, 29 Jan 2025 16:21:20 GMT", "2025年1月29日") is for people.

#include <article2md/options.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace article2md::detail {

/// Epoch milliseconds as ISO 8601 / RFC 3339 in UTC: "2025-01-29T16:21:20Z", with ".500"
/// before the Z only when there are milliseconds. nullopt outside years 0001-9999, which
/// RFC 3339 cannot write.
std::optional<std::string> format_iso8601_utc(std::int64_t epoch_ms);

/// The publication date of `meta` in ISO 8601 UTC: `date` when it parses (RFC 822 or ISO
/// 8601), else `timestamp_ms`; nullopt when neither gives an instant. The date comes first
/// because an archived stamp may record when the page was saved rather than published.
std::optional<std::string> iso_date_of(const article_meta& meta);

}  // namespace article2md::detail
