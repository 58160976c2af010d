#include "article/header/iso_date.hpp"

#include "text/date.hpp"

#include <fmt/format.h>

namespace article2md::detail {
namespace {

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z in epoch milliseconds.
constexpr std::int64_t min_ms = -62135596800000;
constexpr std::int64_t max_ms = 253402300799999;

}  // namespace

std::optional<std::string> format_iso8601_utc(std::int64_t epoch_ms) {
  if (epoch_ms < min_ms || epoch_ms > max_ms) return std::nullopt;
  constexpr std::int64_t ms_per_day = 86400000;
  std::int64_t days = epoch_ms / ms_per_day;
  std::int64_t rest = epoch_ms % ms_per_day;
  if (rest < 0) {  // before 1970: floor, not truncation
    rest += ms_per_day;
    --days;
  }
  std::int64_t year = 0;
  unsigned month = 0, day = 0;
  civil_from_days(days, year, month, day);
  const auto seconds = rest / 1000;
  const auto millis = rest % 1000;
  std::string out = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", year, month, day,
                                seconds / 3600, seconds / 60 % 60, seconds % 60);
  if (millis != 0) out += fmt::format(".{:03}", millis);
  out += 'Z';
  return out;
}

std::optional<std::string> iso_date_of(const article_meta& meta) {
  std::optional<std::int64_t> ms;
  if (!meta.date.empty()) ms = parse_date_ms(meta.date);
  if (!ms) ms = meta.timestamp_ms;
  if (!ms) return std::nullopt;
  return format_iso8601_utc(*ms);
}

}  // namespace article2md::detail
