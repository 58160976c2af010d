#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace article2md::detail {

/// Parses an RFC 822 / RFC 1123 / RFC 2822 date (as in RSS pubDate) or an ISO 8601 / RFC 3339 date
/// (as in Atom, JSON-LD, <time datetime>, article:published_time) and returns milliseconds since
/// 1970-01-01T00:00:00Z, or nullopt when the text is not such a date. Never throws.
///
/// Accepted forms (leading/trailing ASCII whitespace is ignored, anything else left over fails):
/// - RFC 822 family: `[Weekday[,]] D[D] Month YYYY|YY [H]H:MM[:SS] [zone]`. Weekday and month
///   names are 3-letter or full English, any case; the weekday is checked as a name only, not
///   against the date. Two-digit years map 00-49 to 20xx and 50-99 to 19xx (RFC 2822 §4.3).
///   Zones: GMT, UT, UTC, Z, EST/EDT/CST/CDT/MST/MDT/PST/PDT, +hhmm, +hh:mm; none means UTC.
///   The time may be omitted entirely (midnight UTC).
/// - ISO 8601 / RFC 3339: `YYYY-MM-DD` alone (midnight UTC), or followed by `T`, `t` or one space
///   and `HH:MM[:SS[.fraction]]`, then `Z`, `z`, `+hh:mm`, `+hhmm`, `+hh` or nothing (UTC). The
///   basic form `YYYYMMDD[THHMM[SS[.fraction]]][zone]` is also accepted. Fractions keep
///   milliseconds; further digits are truncated (towards the past).
/// - Years 1-9999; hours 00-23 (24:00 is rejected); offsets up to ±23:59.
/// - A leap second (:60) is accepted and rolls over into the next minute, so
///   "2016-12-31T23:59:60Z" equals "2017-01-01T00:00:00Z", as POSIX time has no leap seconds.
std::optional<std::int64_t> parse_date_ms(std::string_view text) noexcept;

}  // namespace article2md::detail
