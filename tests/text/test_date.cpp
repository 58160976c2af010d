#include "text/date.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Expected values were computed independently with `date -u -d '...' +%s` and Python's
// datetime, never with parse_date_ms itself.

using article2md::detail::find_written_date;
using article2md::detail::parse_date_ms;

namespace {

// 2025-01-29T16:21:20Z, the reference instant most cases below are written around.
constexpr std::int64_t reference_ms = 1738167680000;

}  // namespace

TEST_CASE("parse_date_ms reads the RSS pubDate example", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 GMT") == reference_ms);
}

TEST_CASE("parse_date_ms accepts RFC 822 weekday variants", "[date]") {
    CHECK(parse_date_ms("29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed 29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("wed, 29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("WED, 29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wednesday, 29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed,29 Jan 2025 16:21:20 GMT") == reference_ms);
    // The weekday is checked as a name only; a wrong day of the week is tolerated.
    CHECK(parse_date_ms("Mon, 29 Jan 2025 16:21:20 GMT") == reference_ms);
}

TEST_CASE("parse_date_ms accepts RFC 822 field variants", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21 GMT") == 1738167660000);
    CHECK(parse_date_ms("Wed, 29 jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 JAN 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 January 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed,   29  Jan\t2025   16:21:20    GMT") == reference_ms);
    CHECK(parse_date_ms("Sat, 1 Feb 2025 09:05:00 GMT") == 1738400700000);
    CHECK(parse_date_ms("Sat, 01 Feb 2025 9:05 GMT") == 1738400700000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20") == reference_ms);
    CHECK(parse_date_ms("29 Jan 2025") == 1738108800000);
}

TEST_CASE("parse_date_ms maps RFC 2822 two-digit years", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 25 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("01 Jan 00 00:00:00 GMT") == 946684800000);
    CHECK(parse_date_ms("01 Jan 49 00:00:00 GMT") == 2493072000000);
    CHECK(parse_date_ms("01 Jan 50 00:00:00 GMT") == -631152000000);
    CHECK(parse_date_ms("Fri, 01 Jan 99 00:00:00 GMT") == 915148800000);
}

TEST_CASE("parse_date_ms applies each RFC 822 named zone", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 GMT") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 UT") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 UTC") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 Z") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 gmt") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 EST") == 1738185680000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 EDT") == 1738182080000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 CST") == 1738189280000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 CDT") == 1738185680000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 MST") == 1738192880000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 MDT") == 1738189280000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 PST") == 1738196480000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 PDT") == 1738192880000);
}

TEST_CASE("parse_date_ms applies RFC 822 numeric offsets", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +0000") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 -0000") == reference_ms);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +0100") == 1738164080000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 -0500") == 1738185680000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +05:30") == 1738147880000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +1345") == 1738118180000);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 -0930") == 1738201880000);
}

TEST_CASE("parse_date_ms reads ISO 8601 dates and times", "[date]") {
    CHECK(parse_date_ms("2025-01-29") == 1738108800000);
    CHECK(parse_date_ms("2025-01-29T16:21:20Z") == reference_ms);
    CHECK(parse_date_ms("2025-01-29t16:21:20z") == reference_ms);
    CHECK(parse_date_ms("2025-01-29 16:21:20Z") == reference_ms);
    CHECK(parse_date_ms("2025-01-29T16:21:20") == reference_ms);
    CHECK(parse_date_ms("2025-01-29T16:21Z") == 1738167660000);
    CHECK(parse_date_ms("2025-01-29 16:21:20 UTC") == reference_ms);
    CHECK(parse_date_ms("  \t2025-01-29T16:21:20Z\r\n ") == reference_ms);
}

TEST_CASE("parse_date_ms keeps milliseconds of ISO 8601 fractions", "[date]") {
    CHECK(parse_date_ms("2025-01-29T16:21:20.5Z") == 1738167680500);
    CHECK(parse_date_ms("2025-01-29T16:21:20,5Z") == 1738167680500);
    CHECK(parse_date_ms("2025-01-29T16:21:20.12Z") == 1738167680120);
    CHECK(parse_date_ms("2025-01-29T16:21:20.123Z") == 1738167680123);
    CHECK(parse_date_ms("2025-01-29T16:21:20.1239999Z") == 1738167680123);
    CHECK(parse_date_ms("2025-01-29T16:21:20.999999999Z") == 1738167680999);
    CHECK(parse_date_ms("2025-01-29T16:21:20.000Z") == reference_ms);
    CHECK(parse_date_ms("2025-01-29T16:21:20.123+01:00") == 1738164080123);
}

TEST_CASE("parse_date_ms applies ISO 8601 offsets", "[date]") {
    CHECK(parse_date_ms("2025-01-29T16:21:20+00:00") == reference_ms);
    CHECK(parse_date_ms("2025-01-29T16:21:20-00:00") == reference_ms);
    CHECK(parse_date_ms("2025-01-29T16:21:20+01:00") == 1738164080000);
    CHECK(parse_date_ms("2025-01-29T16:21:20-05:00") == 1738185680000);
    CHECK(parse_date_ms("2025-01-29T16:21:20+0530") == 1738147880000);
    CHECK(parse_date_ms("2025-01-29T16:21:20+05:30") == 1738147880000);
    CHECK(parse_date_ms("2025-01-29T16:21:20+05") == 1738149680000);
    CHECK(parse_date_ms("2025-01-29T16:21:20-09:30") == 1738201880000);
}

TEST_CASE("parse_date_ms reads the ISO 8601 basic format", "[date]") {
    CHECK(parse_date_ms("20250129T162120Z") == reference_ms);
    CHECK(parse_date_ms("20250129t162120") == reference_ms);
    CHECK(parse_date_ms("20250129T1621Z") == 1738167660000);
    CHECK(parse_date_ms("20250129T162120.5+0100") == 1738164080500);
    CHECK(parse_date_ms("20250129") == 1738108800000);
}

TEST_CASE("parse_date_ms handles dates before 1970 and the year range ends", "[date]") {
    CHECK(parse_date_ms("Thu, 01 Jan 1970 00:00:00 GMT") == 0);
    CHECK(parse_date_ms("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_date_ms("1969-12-31T23:59:59Z") == -1000);
    CHECK(parse_date_ms("1969-12-31T23:59:59.5Z") == -500);
    CHECK(parse_date_ms("Sun, 20 Jul 1969 20:17:40 GMT") == -14182940000);
    CHECK(parse_date_ms("1900-01-01") == -2208988800000);
    CHECK(parse_date_ms("0001-01-01T00:00:00Z") == -62135596800000);
    CHECK(parse_date_ms("0001-01-01T00:00:00+01:00") == -62135600400000);
    CHECK(parse_date_ms("9999-12-31T23:59:59Z") == 253402300799000);
    CHECK(parse_date_ms("0000-01-01T00:00:00Z") == std::nullopt);
}

TEST_CASE("parse_date_ms follows Gregorian leap years for Feb 29", "[date]") {
    CHECK(parse_date_ms("2024-02-29") == 1709164800000);
    CHECK(parse_date_ms("Thu, 29 Feb 2024 00:00:00 GMT") == 1709164800000);
    CHECK(parse_date_ms("2000-02-29") == 951782400000);
    CHECK(parse_date_ms("2023-02-29") == std::nullopt);
    CHECK(parse_date_ms("29 Feb 2023 00:00:00 GMT") == std::nullopt);
    CHECK(parse_date_ms("1900-02-29") == std::nullopt);
}

TEST_CASE("parse_date_ms rolls a leap second over into the next minute", "[date]") {
    CHECK(parse_date_ms("2016-12-31T23:59:60Z") == 1483228800000);
    CHECK(parse_date_ms("2016-12-31T23:59:60.5Z") == 1483228800500);
    CHECK(parse_date_ms("Sat, 31 Dec 2016 23:59:60 GMT") == 1483228800000);
    CHECK(parse_date_ms("2016-12-31T23:59:61Z") == std::nullopt);
}

TEST_CASE("parse_date_ms rejects text that is not a date", "[date]") {
    CHECK(parse_date_ms("") == std::nullopt);
    CHECK(parse_date_ms("   \t ") == std::nullopt);
    CHECK(parse_date_ms("garbage") == std::nullopt);
    CHECK(parse_date_ms("yesterday at noon") == std::nullopt);
    CHECK(parse_date_ms("1738167680") == std::nullopt);
    CHECK(parse_date_ms("Foo, 29 Jan 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Foo 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 XYZ") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +2500") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 +01:") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 202 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed, 029 Jan 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed29 Jan 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20.Z") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29  16:21:20Z") == std::nullopt);
}

TEST_CASE("parse_date_ms rejects trailing junk", "[date]") {
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 GMT junk") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:20 GMTX") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:21:200") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20Zjunk") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20Z Z") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20+01:00:00") == std::nullopt);
    CHECK(parse_date_ms("2025-01-290") == std::nullopt);
    CHECK(parse_date_ms("20250129T162120Z1") == std::nullopt);
}

TEST_CASE("parse_date_ms rejects impossible calendar dates and times", "[date]") {
    CHECK(parse_date_ms("2025-02-30") == std::nullopt);
    CHECK(parse_date_ms("2025-04-31") == std::nullopt);
    CHECK(parse_date_ms("2025-13-01") == std::nullopt);
    CHECK(parse_date_ms("2025-00-10") == std::nullopt);
    CHECK(parse_date_ms("2025-01-00") == std::nullopt);
    CHECK(parse_date_ms("32 Jan 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("0 Jan 2025 16:21:20 GMT") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T24:01:00Z") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T24:00:00Z") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T25:00Z") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:60:00Z") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 25:00:00 GMT") == std::nullopt);
    CHECK(parse_date_ms("Wed, 29 Jan 2025 16:60 GMT") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20+24:00") == std::nullopt);
    CHECK(parse_date_ms("2025-01-29T16:21:20+01:60") == std::nullopt);
}

// 2024-05-17T00:00:00Z
static constexpr std::int64_t may17 = 1715904000000;

TEST_CASE("parse_date_ms reads dates as people write them", "[date]") {
    SECTION("month names, English, day before or after") {
        CHECK(parse_date_ms("May 17, 2024") == may17);
        CHECK(parse_date_ms("may 17 2024") == may17);
        CHECK(parse_date_ms("Sept. 5, 2024") == 1725494400000);
        CHECK(parse_date_ms("17 May 2024") == may17);
        CHECK(parse_date_ms("17th May, 2024") == may17);
        CHECK(parse_date_ms("17th of May 2024") == may17);
        CHECK(parse_date_ms("Friday, May 17th, 2024") == may17);
        CHECK(parse_date_ms("Fri, May 17, 2024") == may17);
    }
    SECTION("other languages") {
        CHECK(parse_date_ms("17. Mai 2024") == may17);
        CHECK(parse_date_ms("17 mai 2024") == may17);
        CHECK(parse_date_ms("17 de mayo de 2024") == may17);
        CHECK(parse_date_ms("17 maggio 2024") == may17);
        CHECK(parse_date_ms("17 de maio de 2024") == may17);
        CHECK(parse_date_ms("17 mei 2024") == may17);
        CHECK(parse_date_ms("17. svibnja 2024.") == may17);
        CHECK(parse_date_ms("1er janvier 2024") == 1704067200000);
        CHECK(parse_date_ms("3 f\xC3\xA9vrier 2024") == 1706918400000);
        CHECK(parse_date_ms("17 \xD0\xBC\xD0\xB0\xD1\x8F 2024") == may17);  // мая
    }
    SECTION("numbers") {
        CHECK(parse_date_ms("2024/05/17") == may17);
        CHECK(parse_date_ms("2024/5/17") == may17);
        CHECK(parse_date_ms("2024-5-17") == may17);
        CHECK(parse_date_ms("2024.05.17") == may17);
        CHECK(parse_date_ms("2024. 5. 17.") == may17);
        CHECK(parse_date_ms("17.05.2024") == may17);
        CHECK(parse_date_ms("17/05/2024") == may17);
        CHECK(parse_date_ms("05/17/2024") == may17);
        CHECK(parse_date_ms("05/06/2024") == 1714953600000);  // month first: May 6
        CHECK(parse_date_ms("05-17-2024") == may17);          // 17 cannot be a month
        CHECK(parse_date_ms("17-05-2024") == may17);
    }
    SECTION("CJK and Korean marks") {
        CHECK(parse_date_ms("2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "17\xE6\x97\xA5") == may17);
        CHECK(parse_date_ms("2024\xEB\x85\x84 5\xEC\x9B\x94 17\xEC\x9D\xBC") == may17);
    }
    SECTION("a time after the date") {
        CHECK(parse_date_ms("May 17, 2024 at 10:30 am") == may17 + 37800000);
        CHECK(parse_date_ms("May 17, 2024 10:30 PM") == may17 + 81000000);
        CHECK(parse_date_ms("Thu, 09/25/2025 - 11:38") == 1758800280000);
        CHECK(parse_date_ms("17.05.2024, 10:30 Uhr") == may17 + 37800000);
        CHECK(parse_date_ms("17.05.2024 10:30 +02:00") == may17 + 30600000);
        CHECK(parse_date_ms("Sun Dec 17, 2023 11:23 am") == 1702812180000);
        CHECK(parse_date_ms("on Friday December 19, 2025 @08:00PM") == 1766174400000);
        CHECK(parse_date_ms("11-29-2024,\xC2\xA0" "09:03 AM") == 1732870980000);
    }
    SECTION("Go's time.String()") {
        CHECK(parse_date_ms("2024-05-17 00:00:00 +0000 UTC") == may17);
        CHECK(parse_date_ms("2024-05-17 02:00:00 +0200 CEST") == may17);
        CHECK(parse_date_ms("2024-05-17 00:00:00 UTC") == may17);
    }
    SECTION("what is not a written date") {
        CHECK(parse_date_ms("May 2024") == std::nullopt);
        CHECK(parse_date_ms("May 17") == std::nullopt);
        CHECK(parse_date_ms("May 17, 24") == std::nullopt);
        CHECK(parse_date_ms("May 17, 1500") == std::nullopt);
        CHECK(parse_date_ms("31/31/2024") == std::nullopt);
        CHECK(parse_date_ms("Published May 17, 2024") == std::nullopt);
        CHECK(parse_date_ms("May 17, 2024 junk") == std::nullopt);
        CHECK(parse_date_ms("May 17, 2024 13:00 pm") == std::nullopt);
        CHECK(parse_date_ms("2024-05-17 10:30 am") == std::nullopt);
        CHECK(parse_date_ms("30 February 2024") == std::nullopt);
    }
}

TEST_CASE("find_written_date finds the date in a short text", "[date]") {
    auto span = [](std::string_view text) -> std::string {
        auto d = find_written_date(text);
        return d ? std::string(text.substr(d->begin, d->end - d->begin)) : std::string("-");
    };
    CHECK(span("Published on May 17, 2024 by Jane Roe") == "May 17, 2024");
    CHECK(span("Last updated: 17.05.2024") == "17.05.2024");
    CHECK(span("Posted 2024. 5. 17. 10:00") == "2024. 5. 17");
    CHECK(span("\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x8E" "2024\xE5\xB9\xB4" "5\xE6\x9C\x88"
               "17\xE6\x97\xA5") == "2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "17\xE6\x97\xA5");
    CHECK(span("Version v2024.05.17") == "-");
    CHECK(span("Call 555-12-2024 now") == "-");
    CHECK(span("No date here") == "-");
    CHECK(find_written_date("17 May 2024")->ms == may17);
}
