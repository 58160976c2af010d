// Dates as people write them (date.hpp: parse_date_ms reads them, find_written_date finds one
// in a short text): "May 17, 2024", "17. Mai 2024", "17 de mayo de 2024", "2024年5月17日",
// "17.05.2024", "2024/05/17". Read as tokens (numbers, words, separators and the CJK
// year/month/day marks); a date is a short run of them.
#include "text/date.hpp"

#include "text/date_reading.hpp"
#include "text/text_utils.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace article2md::detail {
namespace date_reading {
namespace {

struct written_token {
    enum kind_t { number, word, separator, mark } kind = separator;
    std::size_t begin = 0;
    std::size_t end = 0;
    int value = 0;            // number: its value (digits <= 9); mark: 1 year, 2 month, 3 day
    std::size_t digits = 0;   // number: how many digits
    char sep = 0;             // separator: the ASCII character, or '~' for any other
    bool space_before = false;
    std::array<char, 24> lower{};  // word: ASCII lower-cased, cut at 23 bytes
    std::size_t lower_size = 0;
};

constexpr std::size_t max_written_tokens = 48;
constexpr std::size_t max_written_bytes = 256;

// CJK and Korean year, month and day marks.
int date_mark(char32_t c) noexcept {
    switch (c) {
        case 0x5E74: case 0xB144: return 1;  // 年 년
        case 0x6708: case 0xC6D4: return 2;  // 月 월
        case 0x65E5: case 0xC77C: return 3;  // 日 일
        default: return 0;
    }
}

bool is_word_code_point(char32_t c) noexcept {
    if (c < 0x80) return is_alpha(static_cast<char>(c));
    return !is_unicode_whitespace(c) && !is_unicode_punctuation(c) && !is_cjk(c) &&
           date_mark(c) == 0 && c != 0xFEFF && c != 0x200B;
}

// Splits `text` into tokens; false when there are too many for a date.
template <std::size_t N>
bool tokenize_written(std::string_view text, std::array<written_token, N>& out,
                      std::size_t& count) noexcept {
    count = 0;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = decode_utf8(text, i);
        if (c == 0x00A0 || is_unicode_whitespace(c) || c == 0x200B || c == 0xFEFF) {
            space = true;
            continue;
        }
        if (count == N) return false;
        written_token& t = out[count++];
        t = written_token{};
        t.begin = start;
        t.space_before = space;
        space = false;
        if (c >= '0' && c <= '9') {
            t.kind = written_token::number;
            std::size_t j = start;
            while (j < text.size() && is_digit(text[j])) {
                if (t.digits < 9) t.value = t.value * 10 + (text[j] - '0');
                ++t.digits;
                ++j;
            }
            t.end = i = j;
        } else if (is_word_code_point(c)) {
            t.kind = written_token::word;
            std::size_t j = start;
            while (j < text.size()) {
                std::size_t next = j;
                const char32_t d = decode_utf8(text, next);
                if (!is_word_code_point(d)) break;
                for (std::size_t k = j; k < next; ++k) {
                    if (t.lower_size + 1 < t.lower.size()) t.lower[t.lower_size++] = to_lower(text[k]);
                    else t.lower_size = t.lower.size();  // too long to be a month or weekday
                }
                j = next;
            }
            t.end = i = j;
        } else if (const int m = date_mark(c)) {
            t.kind = written_token::mark;
            t.value = m;
            t.end = i;
        } else {
            t.kind = written_token::separator;
            t.sep = c < 0x80 ? static_cast<char>(c) : '~';
            t.end = i;
        }
    }
    return true;
}

std::string_view word_of(const written_token& t) noexcept {
    if (t.kind != written_token::word || t.lower_size >= t.lower.size()) return {};
    return std::string_view(t.lower.data(), t.lower_size);
}

struct month_word {
    std::string_view name;
    int month;
};

// Month names and their usual abbreviations, lower case: English, German, French, Spanish,
// Italian, Portuguese, Dutch, the Scandinavian languages, Croatian, Polish, Czech, Turkish and
// Russian (the forms dates use: genitive where the language declines them).
constexpr month_word month_words[] = {
    {"january", 1}, {"jan", 1}, {"januar", 1}, {"jänner", 1}, {"janvier", 1}, {"janv", 1},
    {"enero", 1}, {"ene", 1}, {"gennaio", 1}, {"gen", 1}, {"janeiro", 1}, {"januari", 1},
    {"siječnja", 1}, {"siječanj", 1}, {"stycznia", 1}, {"ledna", 1}, {"ocak", 1}, {"января", 1},
    {"february", 2}, {"feb", 2}, {"febr", 2}, {"februar", 2}, {"février", 2}, {"fevrier", 2},
    {"févr", 2}, {"fevr", 2}, {"febrero", 2}, {"febbraio", 2}, {"fevereiro", 2}, {"fev", 2},
    {"februari", 2}, {"veljače", 2}, {"veljača", 2}, {"lutego", 2}, {"února", 2},
    {"şubat", 2}, {"февраля", 2},
    {"march", 3}, {"mar", 3}, {"märz", 3}, {"mär", 3}, {"maerz", 3}, {"mars", 3}, {"marzo", 3},
    {"março", 3}, {"marco", 3}, {"maart", 3}, {"mrt", 3}, {"marts", 3}, {"ožujka", 3},
    {"ožujak", 3}, {"marca", 3}, {"března", 3}, {"mart", 3}, {"марта", 3},
    {"april", 4}, {"apr", 4}, {"avril", 4}, {"avr", 4}, {"abril", 4}, {"abr", 4}, {"aprile", 4},
    {"travnja", 4}, {"travanj", 4}, {"kwietnia", 4}, {"dubna", 4}, {"nisan", 4}, {"апреля", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maggio", 5}, {"mag", 5}, {"maio", 5}, {"mei", 5},
    {"maj", 5}, {"svibnja", 5}, {"svibanj", 5}, {"maja", 5}, {"května", 5}, {"mayıs", 5},
    {"мая", 5},
    {"june", 6}, {"jun", 6}, {"juni", 6}, {"juin", 6}, {"junio", 6}, {"giugno", 6}, {"giu", 6},
    {"junho", 6}, {"lipnja", 6}, {"lipanj", 6}, {"czerwca", 6}, {"června", 6}, {"haziran", 6},
    {"июня", 6},
    {"july", 7}, {"jul", 7}, {"juli", 7}, {"juillet", 7}, {"juil", 7}, {"julio", 7},
    {"luglio", 7}, {"lug", 7}, {"julho", 7}, {"srpnja", 7}, {"srpanj", 7}, {"lipca", 7},
    {"července", 7}, {"temmuz", 7}, {"июля", 7},
    {"august", 8}, {"aug", 8}, {"août", 8}, {"aout", 8}, {"agosto", 8}, {"ago", 8},
    {"augustus", 8}, {"augusti", 8}, {"kolovoza", 8}, {"kolovoz", 8}, {"sierpnia", 8},
    {"srpna", 8}, {"ağustos", 8}, {"августа", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9}, {"septembre", 9}, {"septiembre", 9},
    {"setiembre", 9}, {"settembre", 9}, {"set", 9}, {"setembro", 9}, {"rujna", 9}, {"rujan", 9},
    {"września", 9}, {"září", 9}, {"eylül", 9}, {"сентября", 9},
    {"october", 10}, {"oct", 10}, {"oktober", 10}, {"okt", 10}, {"octobre", 10}, {"octubre", 10},
    {"ottobre", 10}, {"ott", 10}, {"outubro", 10}, {"out", 10}, {"listopada", 10},
    {"listopad", 10}, {"října", 10}, {"ekim", 10}, {"октября", 10},
    {"november", 11}, {"nov", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11},
    {"studenoga", 11}, {"studenog", 11}, {"studeni", 11}, {"listopadu", 11}, {"listopada", 11},
    {"kasım", 11}, {"ноября", 11},
    {"december", 12}, {"dec", 12}, {"dezember", 12}, {"dez", 12}, {"décembre", 12},
    {"decembre", 12}, {"déc", 12}, {"diciembre", 12}, {"dic", 12}, {"dicembre", 12},
    {"dezembro", 12}, {"desember", 12}, {"prosinca", 12}, {"prosinac", 12}, {"grudnia", 12},
    {"prosince", 12}, {"aralık", 12}, {"декабря", 12},
};

// "listopada" is October in Croatian and November in Polish: Croatian wins, listed first.
int month_of_word(std::string_view w) noexcept {
    if (w.empty()) return 0;
    for (const month_word& m : month_words)
        if (w == m.name) return m.month;
    return 0;
}

bool is_ordinal_suffix(std::string_view w) noexcept {
    return w == "st" || w == "nd" || w == "rd" || w == "th" || w == "er" || w == "e" ||
           w == "\xC2\xBA" || w == "\xC2\xAA";
}

// Words that join the parts of a written date: "17 de mayo de 2024", "17th of May".
bool is_date_connector(std::string_view w) noexcept {
    return w == "de" || w == "del" || w == "of" || w == "d";
}

bool is_written_year(const written_token& t) noexcept {
    return t.kind == written_token::number && t.digits == 4 && t.value >= 1900 &&
           t.value <= 2100;
}

bool is_day_number(const written_token& t) noexcept {
    return t.kind == written_token::number && (t.digits == 1 || t.digits == 2) && t.value >= 1 &&
           t.value <= 31;
}

bool is_sep(const written_token& t, char c) noexcept {
    return t.kind == written_token::separator && t.sep == c;
}

// The separator of a numeric date whose three numbers start at token i ("2024-05-17",
// "17/05/2024", "2024. 5. 17"): the same '-', '/' or '.' twice; '\0' when there is none.
char numeric_date_separator(const written_token* t, std::size_t n, std::size_t i) noexcept {
    if (i + 4 >= n) return '\0';
    const written_token& s1 = t[i + 1];
    const written_token& s2 = t[i + 3];
    if (s1.kind != written_token::separator || s2.kind != written_token::separator ||
        s1.sep != s2.sep || (s1.sep != '-' && s1.sep != '/' && s1.sep != '.'))
        return '\0';
    return s1.sep;
}

struct written_match {
    civil_time time;
    std::size_t end = 0;          // one past the last token of the date
    bool iso_like = false;        // year-month-day with hyphens: ISO's own territory
};

// After a day number: an ordinal suffix glued to it ("17th", "1er", "3º") or a dot ("17.").
std::size_t skip_day_suffix(const written_token* t, std::size_t n, std::size_t i) noexcept {
    if (i < n && !t[i].space_before && is_ordinal_suffix(word_of(t[i]))) ++i;
    if (i < n && is_sep(t[i], '.')) ++i;
    return i;
}

std::size_t skip_connectors(const written_token* t, std::size_t n, std::size_t i) noexcept {
    while (i < n && (is_date_connector(word_of(t[i])) || is_sep(t[i], ',') ||
                     (is_sep(t[i], '\'') && i + 1 < n)))
        ++i;
    return i;
}

// A date starting at token i, or false.
bool match_written_date(const written_token* t, std::size_t n, std::size_t i,
                        written_match& m) noexcept {
    m = written_match{};
    const written_token& a = t[i];
    // 2024年5月17日, 2024년 5월 17일
    if (is_written_year(a) && i + 5 < n && t[i + 1].kind == written_token::mark &&
        t[i + 1].value == 1 && is_day_number(t[i + 2]) && t[i + 3].kind == written_token::mark &&
        t[i + 3].value == 2 && is_day_number(t[i + 4]) && t[i + 5].kind == written_token::mark &&
        t[i + 5].value == 3) {
        m.time.year = a.value;
        m.time.month = t[i + 2].value;
        m.time.day = t[i + 4].value;
        m.end = i + 6;
        return true;
    }
    // 2024-05-17, 2024/05/17, 2024.05.17, 2024. 5. 17.
    const char sep = numeric_date_separator(t, n, i);
    if (sep != '\0' && is_written_year(a) && is_day_number(t[i + 2]) &&
        is_day_number(t[i + 4])) {
        m.time.year = a.value;
        m.time.month = t[i + 2].value;
        m.time.day = t[i + 4].value;
        m.end = i + 5;
        if (sep == '.' && m.end < n && is_sep(t[m.end], '.')) ++m.end;
        m.iso_like = sep == '-';
        return true;
    }
    // 17.05.2024, 17/05/2024, 05/17/2024, 17-05-2024
    if (sep != '\0' && is_day_number(a) && is_day_number(t[i + 2]) && is_written_year(t[i + 4])) {
        const int first = a.value, second = t[i + 2].value;
        // Whichever cannot be a month is the day; else slashes put the month first (US),
        // dots and hyphens the day.
        const bool month_first = second > 12 ? true : first > 12 ? false : sep == '/';
        m.time.year = t[i + 4].value;
        m.time.month = month_first ? first : second;
        m.time.day = month_first ? second : first;
        m.end = i + 5;
        return true;
    }
    // May 17, 2024; Sept. 5 2024; mayo 17, 2024
    if (const int month = month_of_word(word_of(a))) {
        std::size_t j = i + 1;
        if (j < n && is_sep(t[j], '.')) ++j;
        if (j < n && is_day_number(t[j])) {
            const int day = t[j].value;
            j = skip_day_suffix(t, n, j + 1);
            j = skip_connectors(t, n, j);
            if (j < n && is_written_year(t[j])) {
                m.time.year = t[j].value;
                m.time.month = month;
                m.time.day = day;
                m.end = j + 1;
                return true;
            }
        }
    }
    // 17 May 2024; 17. Mai 2024; 17 de mayo de 2024; 17th of May, 2024; 17. svibnja 2024.
    if (is_day_number(a)) {
        std::size_t j = skip_day_suffix(t, n, i + 1);
        j = skip_connectors(t, n, j);
        if (j < n) {
            if (const int month = month_of_word(word_of(t[j]))) {
                j = j + 1;
                if (j < n && is_sep(t[j], '.')) ++j;
                j = skip_connectors(t, n, j);
                if (j < n && is_written_year(t[j])) {
                    m.time.year = t[j].value;
                    m.time.month = month;
                    m.time.day = a.value;
                    m.end = j + 1;
                    return true;
                }
            }
        }
    }
    return false;
}

// The date may be followed by its time: "May 17, 2024 at 10:30 am", "17.05.2024, 10:30 Uhr",
// "Thu, 09/25/2025 - 11:38". Reads it when present; true when the text ends there.
bool read_written_time_to_end(const written_token* t, std::size_t n, std::size_t i,
                              std::string_view text, civil_time& time) noexcept {
    while (i < n && (is_sep(t[i], ',') || is_sep(t[i], '-') || is_sep(t[i], '|') ||
                     is_sep(t[i], '@') || t[i].sep == '~')) {
        if (t[i].kind != written_token::separator) break;
        ++i;
    }
    while (i < n) {
        const std::string_view w = word_of(t[i]);
        if (w == "at" || w == "um" || w == "a" || w == "las" || w == "alle" || w == "om" ||
            w == "kl" || w == "klo" || w == "\xC3\xA0" /* à */ || w == "o")
            ++i;
        else
            break;
    }
    if (i == n) return true;
    if (!(t[i].kind == written_token::number && (t[i].digits == 1 || t[i].digits == 2) &&
          i + 2 < n && is_sep(t[i + 1], ':') && t[i + 2].kind == written_token::number &&
          t[i + 2].digits == 2))
        return false;
    time.hour = t[i].value;
    time.minute = t[i + 2].value;
    i += 3;
    if (i + 1 < n && is_sep(t[i], ':') && t[i + 1].kind == written_token::number &&
        t[i + 1].digits == 2) {
        time.second = t[i + 1].value;
        i += 2;
    }
    if (i < n) {
        std::string_view w = word_of(t[i]);
        bool pm = w == "pm", am = w == "am";
        if ((w == "a" || w == "p") && i + 3 < n && is_sep(t[i + 1], '.') &&
            word_of(t[i + 2]) == "m" && is_sep(t[i + 3], '.')) {
            am = w == "a";
            pm = w == "p";
            i += 3;
        }
        if (am || pm) {
            if (time.hour < 1 || time.hour > 12) return false;
            time.hour = time.hour % 12 + (pm ? 12 : 0);
            ++i;
        } else if (w == "uhr" || w == "h") {
            ++i;
        }
    }
    if (i == n) return true;
    // A zone: the rest of the text, read as RFC 5322 and RFC 3339 zones are.
    cursor c(text.substr(t[i].begin));
    return read_optional_zone_to_end(c, time.offset_minutes);
}

}  // namespace

std::optional<civil_time> parse_written(std::string_view text) noexcept {
    if (text.size() > max_written_bytes) return std::nullopt;
    std::array<written_token, max_written_tokens> tokens;
    std::size_t n = 0;
    if (!tokenize_written(text, tokens, n) || n == 0) return std::nullopt;
    std::size_t i = 0;
    // "on Friday December 19, 2025" (Slashdot's <time datetime>).
    if (word_of(tokens[0]) == "on" && n > 1) i = 1;
    // A leading weekday: "Thu, 09/25/2025", "Saturday, May 17th, 2024", "Sun Dec 17, 2023".
    if (is_weekday_name(word_of(tokens[i]))) {
        ++i;
        if (i < n && is_sep(tokens[i], '.')) ++i;
        if (i < n && is_sep(tokens[i], ',')) ++i;
        if (i < n && !tokens[i].space_before && !is_sep(tokens[i - 1], ',')) return std::nullopt;
    }
    written_match m;
    if (i >= n || !match_written_date(tokens.data(), n, i, m)) return std::nullopt;
    if (m.end == n) return m.time;
    // Croatian, Serbian and Hungarian close a date with a dot: "17. svibnja 2024."
    if (m.end + 1 == n && is_sep(tokens[m.end], '.')) return m.time;
    if (m.iso_like) return std::nullopt;  // a time after 2024-05-17 is ISO 8601's to read
    civil_time t = m.time;
    if (!read_written_time_to_end(tokens.data(), n, m.end, text, t)) return std::nullopt;
    return t;
}

}  // namespace date_reading

using namespace date_reading;

std::optional<written_date> find_written_date(std::string_view text) noexcept {
    if (text.size() > max_written_bytes) return std::nullopt;
    std::array<written_token, max_written_tokens> tokens;
    std::size_t n = 0;
    if (!tokenize_written(text, tokens, n)) return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        // A date starts a token: not inside a number or word ("v2024.05.17", "A17 May").
        if (i > 0 && !tokens[i].space_before && tokens[i - 1].kind != written_token::separator &&
            tokens[i - 1].kind != written_token::mark)
            continue;
        written_match m;
        if (!match_written_date(tokens.data(), n, i, m)) continue;
        const written_token& last = tokens[m.end - 1];
        // Nor does it end inside one ("17.05.20245" cannot happen; "2024年5月17日号" can).
        if (m.end < n && !tokens[m.end].space_before &&
            tokens[m.end].kind == written_token::number)
            continue;
        if (const std::optional<std::int64_t> ms = to_epoch_ms(m.time)) {
            std::size_t end = last.end;
            if (last.kind == written_token::separator) end = last.begin;  // "2024. 5. 17." keeps no dot
            return written_date{tokens[i].begin, end, *ms};
        }
    }
    return std::nullopt;
}

}  // namespace article2md::detail
