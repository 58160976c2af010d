#pragma once
// What the two date readers share: date.cpp (the formats machines write, RFC 822 and ISO 8601,
// and parse_date_ms) and written_date.cpp (dates as people write them): the civil time they
// read, the cursor over the text, ASCII tests, and the steps both take.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace article2md::detail::date_reading {

// ASCII-only classification: <cctype> is locale-dependent and UB for negative chars.
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr bool is_alpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr char to_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (to_lower(a[i]) != to_lower(b[i])) {
            return false;
        }
    }
    return true;
}

inline std::string_view trim(std::string_view text) noexcept {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && is_space(text[begin])) {
        ++begin;
    }
    while (end > begin && is_space(text[end - 1])) {
        --end;
    }
    return text.substr(begin, end - begin);
}

inline constexpr std::int64_t ms_per_second = 1000;
inline constexpr std::int64_t seconds_per_day = 86400;

struct civil_time {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    int offset_minutes = 0;  // local time minus UTC
};

// Forward-only reader; every read either succeeds and advances or reports failure.
class cursor {
public:
    explicit cursor(std::string_view text) noexcept : text_(text) {}

    bool at_end() const noexcept { return pos_ >= text_.size(); }

    char peek() const noexcept { return at_end() ? '\0' : text_[pos_]; }

    bool consume(char expected) noexcept {
        if (at_end() || text_[pos_] != expected) {
            return false;
        }
        ++pos_;
        return true;
    }

    std::size_t skip_spaces() noexcept {
        const std::size_t start = pos_;
        while (!at_end() && is_space(text_[pos_])) {
            ++pos_;
        }
        return pos_ - start;
    }

    std::size_t digit_run() const noexcept {
        std::size_t end = pos_;
        while (end < text_.size() && is_digit(text_[end])) {
            ++end;
        }
        return end - pos_;
    }

    // Reads exactly `count` digits; callers keep count small enough for int.
    bool read_digits(std::size_t count, int& out) noexcept {
        if (digit_run() < count) {
            return false;
        }
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            value = value * 10 + (text_[pos_++] - '0');
        }
        out = value;
        return true;
    }

    void skip(std::size_t count) noexcept { pos_ += count; }

    std::string_view read_letters() noexcept {
        const std::size_t start = pos_;
        while (!at_end() && is_alpha(text_[pos_])) {
            ++pos_;
        }
        return text_.substr(start, pos_ - start);
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

/// Whether `word` is an English weekday name, full or in three letters (any case).
bool is_weekday_name(std::string_view word) noexcept;
/// An optional zone after optional whitespace, which must end the text; none means UTC.
bool read_optional_zone_to_end(cursor& c, int& offset_minutes) noexcept;
/// Milliseconds since the epoch of a civil time, or nullopt when it is not a valid one.
std::optional<std::int64_t> to_epoch_ms(const civil_time& t) noexcept;
/// A date as people write it, the whole text (written_date.cpp); nullopt when it is not one.
std::optional<civil_time> parse_written(std::string_view text) noexcept;

}  // namespace article2md::detail::date_reading
