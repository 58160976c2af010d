// parse_date_ms (date.hpp): the formats machines write, RFC 822 (RSS) and ISO 8601 / RFC 3339
// (Atom, JSON-LD, <time datetime>, meta tags), then dates as people write them
// (written_date.cpp) and Go's time.String().
#include "text/date.hpp"

#include "text/date_reading.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace article2md::detail {
namespace date_reading {
namespace {

// Reads 1 or 2 digits: RFC 5322 §3.3 allows a one-digit day, and feeds often drop the hour's
// leading zero.
bool read_one_or_two_digits(cursor& c, int& out) noexcept {
    const std::size_t count = c.digit_run();
    return (count == 1 || count == 2) && c.read_digits(count, out);
}

constexpr std::array<std::string_view, 7> weekday_names{
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

constexpr std::array<std::string_view, 12> month_names{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// RFC 5322 §3.3 uses 3-letter abbreviations; full names show up in hand-written feeds.
constexpr bool matches_name(std::string_view word, std::string_view full_name) noexcept {
    return iequals(word, full_name) || iequals(word, full_name.substr(0, 3));
}

}  // namespace

bool is_weekday_name(std::string_view word) noexcept {
    for (const std::string_view name : weekday_names) {
        if (matches_name(word, name)) {
            return true;
        }
    }
    return false;
}

namespace {

// Returns 1-12, or 0 when the word is not a month name.
int month_from_name(std::string_view word) noexcept {
    for (std::size_t i = 0; i < month_names.size(); ++i) {
        if (matches_name(word, month_names[i])) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

struct named_zone {
    std::string_view name;
    int offset_minutes;
};

// RFC 5322 §4.3 obs-zone (UT, GMT, US zones) plus "Z" (RFC 3339 §5.6) and the common "UTC".
// Other military letters are omitted: RFC 5322 §4.3 notes their signs were defined backwards.
constexpr std::array<named_zone, 12> named_zones{{
    {"UT", 0},
    {"UTC", 0},
    {"GMT", 0},
    {"Z", 0},
    {"EST", -5 * 60},
    {"EDT", -4 * 60},
    {"CST", -6 * 60},
    {"CDT", -5 * 60},
    {"MST", -7 * 60},
    {"MDT", -6 * 60},
    {"PST", -8 * 60},
    {"PDT", -7 * 60},
}};

// ±hh, ±hhmm (RFC 5322 §3.3) or ±hh:mm (RFC 3339 §5.6).
bool read_numeric_offset(cursor& c, int& offset_minutes) noexcept {
    int sign = 1;
    if (c.consume('-')) {
        sign = -1;
    } else if (!c.consume('+')) {
        return false;
    }
    int hours = 0;
    int minutes = 0;
    if (!c.read_digits(2, hours)) {
        return false;
    }
    if (c.consume(':')) {
        if (!c.read_digits(2, minutes)) {
            return false;
        }
    } else if (c.digit_run() >= 2) {
        c.read_digits(2, minutes);
    }
    if (hours > 23 || minutes > 59) {
        return false;
    }
    offset_minutes = sign * (hours * 60 + minutes);
    return true;
}

bool read_zone(cursor& c, int& offset_minutes) noexcept {
    if (c.peek() == '+' || c.peek() == '-') {
        return read_numeric_offset(c, offset_minutes);
    }
    const std::string_view name = c.read_letters();
    for (const named_zone& zone : named_zones) {
        if (iequals(name, zone.name)) {
            offset_minutes = zone.offset_minutes;
            return true;
        }
    }
    return false;
}

}  // namespace

// Optional zone after optional whitespace; absent means UTC. Must end the text.
bool read_optional_zone_to_end(cursor& c, int& offset_minutes) noexcept {
    c.skip_spaces();
    if (!c.at_end() && !read_zone(c, offset_minutes)) {
        return false;
    }
    return c.at_end();
}

namespace {

// RFC 3339 §5.6 time-secfrac; ISO 8601 also allows ',' as the decimal sign. Only milliseconds
// are kept, finer digits are dropped.
bool read_fraction_ms(cursor& c, int& millisecond) noexcept {
    if (!c.consume('.') && !c.consume(',')) {
        return true;
    }
    const std::size_t count = c.digit_run();
    if (count == 0) {
        return false;
    }
    const std::size_t kept = count < 3 ? count : 3;
    int value = 0;
    c.read_digits(kept, value);
    for (std::size_t i = kept; i < 3; ++i) {
        value *= 10;
    }
    c.skip(count - kept);
    millisecond = value;
    return true;
}

// RFC 3339 §5.6 full-date (YYYY-MM-DD) or ISO 8601 basic format (YYYYMMDD).
bool read_iso_date(cursor& c, civil_time& t, bool& basic) noexcept {
    basic = c.digit_run() == 8;
    if (basic) {
        return c.read_digits(4, t.year) && c.read_digits(2, t.month) && c.read_digits(2, t.day);
    }
    return c.read_digits(4, t.year) && c.consume('-') && c.read_digits(2, t.month) &&
           c.consume('-') && c.read_digits(2, t.day);
}

// RFC 3339 §5.6 partial-time, with seconds optional as ISO 8601 permits (HH:MM or HHMM).
bool read_iso_time(cursor& c, civil_time& t, bool basic) noexcept {
    if (!c.read_digits(2, t.hour)) {
        return false;
    }
    if (!basic && !c.consume(':')) {
        return false;
    }
    if (!c.read_digits(2, t.minute)) {
        return false;
    }
    const bool has_seconds = basic ? c.digit_run() >= 2 : c.consume(':');
    if (!has_seconds) {
        return true;
    }
    return c.read_digits(2, t.second) && read_fraction_ms(c, t.millisecond);
}

std::optional<civil_time> parse_iso8601(std::string_view text) noexcept {
    cursor c(text);
    civil_time t;
    bool basic = false;
    if (!read_iso_date(c, t, basic)) {
        return std::nullopt;
    }
    if (c.at_end()) {
        return t;
    }
    // RFC 3339 §5.6 NOTE: 't' and a space may stand in for 'T'; the space only in extended form.
    if (!c.consume('T') && !c.consume('t') && (basic || !c.consume(' '))) {
        return std::nullopt;
    }
    if (!read_iso_time(c, t, basic) || !read_optional_zone_to_end(c, t.offset_minutes)) {
        return std::nullopt;
    }
    return t;
}

// RFC 5322 §3.3 day-of-week is optional. It is only checked to be a weekday name: feeds often
// carry a weekday that disagrees with the date, and the date is what matters.
bool skip_day_of_week(cursor& c) noexcept {
    if (!is_alpha(c.peek())) {
        return true;
    }
    if (!is_weekday_name(c.read_letters())) {
        return false;
    }
    const bool spaced = c.skip_spaces() > 0;
    const bool comma = c.consume(',');
    c.skip_spaces();
    return comma || spaced;
}

// RFC 5322 §4.3 obs-year: two-digit years 00-49 are 20xx, 50-99 are 19xx.
bool read_rfc822_year(cursor& c, int& year) noexcept {
    const std::size_t count = c.digit_run();
    if (count != 2 && count != 4) {
        return false;
    }
    c.read_digits(count, year);
    if (count == 2) {
        year += year < 50 ? 2000 : 1900;
    }
    return true;
}

// RFC 5322 §3.3 date = day month year, separated by whitespace.
bool read_rfc822_date(cursor& c, civil_time& t) noexcept {
    if (!read_one_or_two_digits(c, t.day) || c.skip_spaces() == 0) {
        return false;
    }
    t.month = month_from_name(c.read_letters());
    if (t.month == 0 || c.skip_spaces() == 0) {
        return false;
    }
    return read_rfc822_year(c, t.year);
}

// RFC 5322 §3.3 time-of-day = hour ":" minute [ ":" second ].
bool read_rfc822_time(cursor& c, civil_time& t) noexcept {
    if (!read_one_or_two_digits(c, t.hour) || !c.consume(':') || !c.read_digits(2, t.minute)) {
        return false;
    }
    return !c.consume(':') || c.read_digits(2, t.second);
}

std::optional<civil_time> parse_rfc822(std::string_view text) noexcept {
    cursor c(text);
    civil_time t;
    if (!skip_day_of_week(c) || !read_rfc822_date(c, t)) {
        return std::nullopt;
    }
    // A bare date is not RFC 5322, but appears in feeds; read it as midnight UTC.
    if (c.at_end()) {
        return t;
    }
    if (c.skip_spaces() == 0 || !read_rfc822_time(c, t) ||
        !read_optional_zone_to_end(c, t.offset_minutes)) {
        return std::nullopt;
    }
    return t;
}

constexpr bool is_leap_year(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int days_in_month(int year, int month) noexcept {
    constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) {
        return 29;
    }
    return lengths[static_cast<std::size_t>(month - 1)];
}

// Second 60 is the RFC 3339 §5.7 leap second; it is let through and rolls into the next minute.
constexpr bool is_valid(const civil_time& t) noexcept {
    return t.year >= 1 && t.year <= 9999 && t.month >= 1 && t.month <= 12 && t.day >= 1 &&
           t.day <= days_in_month(t.year, t.month) && t.hour >= 0 && t.hour <= 23 &&
           t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second <= 60;
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil: days since
// 1970-01-01 in the proleptic Gregorian calendar, using 400-year eras starting on March 1st.
constexpr std::int64_t days_from_civil(std::int64_t year, std::int64_t month,
                                       std::int64_t day) noexcept {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;  // [0, 399]
    const std::int64_t shifted_month = month > 2 ? month - 3 : month + 9;  // March is 0
    const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;  // [0, 365]
    const std::int64_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // [0, 146096]
    return era * 146097 + day_of_era - 719468;
}

static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(days_from_civil(2000, 3, 1) == 11017);
static_assert(days_from_civil(1969, 12, 31) == -1);

}  // namespace

std::optional<std::int64_t> to_epoch_ms(const civil_time& t) noexcept {
    if (!is_valid(t)) {
        return std::nullopt;
    }
    const std::int64_t days = days_from_civil(t.year, t.month, t.day);
    const std::int64_t local_seconds =
        days * seconds_per_day + t.hour * 3600 + t.minute * 60 + t.second;
    const std::int64_t utc_seconds = local_seconds - std::int64_t{t.offset_minutes} * 60;
    return utc_seconds * ms_per_second + t.millisecond;
}

}  // namespace date_reading

using namespace date_reading;

std::optional<std::int64_t> parse_date_ms(std::string_view text) noexcept {
    const std::string_view trimmed = trim(text);
    if (const std::optional<civil_time> iso = parse_iso8601(trimmed)) {
        return to_epoch_ms(*iso);
    }
    if (const std::optional<civil_time> rfc = parse_rfc822(trimmed)) {
        return to_epoch_ms(*rfc);
    }
    if (const std::optional<civil_time> written = parse_written(trimmed)) {
        return to_epoch_ms(*written);
    }
    // Go's time.String(), which Hugo sites print: "2025-12-13 00:00:00 +0000 UTC". The zone's
    // name after its offset adds nothing.
    if (const std::size_t space = trimmed.rfind(' ');
        space != std::string_view::npos && space + 1 < trimmed.size()) {
        const std::string_view name = trimmed.substr(space + 1);
        const std::string_view rest = trim(trimmed.substr(0, space));
        bool letters = name.size() <= 5;
        for (const char c : name) letters = letters && c >= 'A' && c <= 'Z';
        if (letters && rest.size() > 5 &&
            (rest[rest.size() - 5] == '+' || rest[rest.size() - 5] == '-')) {
            if (const std::optional<civil_time> iso = parse_iso8601(rest)) {
                return to_epoch_ms(*iso);
            }
        }
    }
    return std::nullopt;
}

}  // namespace article2md::detail
