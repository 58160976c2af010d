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
/// - Dates as people write them (the whole text, after an optional English weekday): month
///   names in English, German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian
///   languages, Croatian, Polish, Czech, Turkish and Russian, full or abbreviated, before or
///   after the day ("May 17, 2024", "17th of May 2024", "17. Mai 2024", "17 de mayo de 2024");
///   numbers with the year first ("2024/05/17", "2024.5.17", "2024-5-17"), or last with dots
///   (day first: "17.05.2024") or slashes (month first unless the first number exceeds 12:
///   "05/17/2024", "17/05/2024"); CJK and Korean marks ("2024年5月17日", "2024년 5월 17일"). Years
///   1900-2100. A time may follow ("at 10:30 am", "- 11:38", "10:30 Uhr"), then a zone as above;
///   without a time the date is midnight UTC.
std::optional<std::int64_t> parse_date_ms(std::string_view text) noexcept;

/// Where a written date (the forms parse_date_ms reads after the weekday, without a time) first
/// occurs in a short text ("Published on May 17, 2024 by Jane"): the byte range of the date and
/// its instant (midnight UTC). Texts over 256 bytes are not searched. Never throws.
struct written_date {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int64_t ms = 0;
};
std::optional<written_date> find_written_date(std::string_view text) noexcept;

}  // namespace article2md::detail
