#include "gold_eval.hpp"

#include "cmark_render.hpp"
#include "gold_header.hpp"
#include "text_tokens.hpp"

#include "sources/charset.hpp"

#include <article2md/article2md.hpp>

#include <atomic>
#include <exception>
#include <thread>

namespace article2md::oracle {
namespace {

// Python's len() of a valid UTF-8 string: its code points.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long days_from_civil(long long y, long long m, long long d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// re.match(r"\d{4}-\d\d-\d\d", date) then date.fromisoformat(date[:10]), as days since the
// epoch; none for anything else (gold_eval.py would stop on an invalid day: none is in a set).
std::optional<long long> gold_day(const std::string& date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (date[i] < '0' || date[i] > '9') return std::nullopt;
  }
  const long long y = std::stoll(date.substr(0, 4));
  const long long m = std::stoll(date.substr(5, 2));
  const long long d = std::stoll(date.substr(8, 2));
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return days_from_civil(y, m, d);
}

// datetime.fromtimestamp(ms / 1000, timezone.utc).date(), as days since the epoch.
long long utc_day(std::int64_t ms) {
  constexpr std::int64_t day_ms = 86'400'000;
  return ms >= 0 ? ms / day_ms : -((-ms + day_ms - 1) / day_ms);
}

bool has_snippet(const std::string& padded_words, const std::string& snippet_words) {
  return !snippet_words.empty() &&
         padded_words.find(" " + snippet_words + " ") != std::string::npos;
}

}  // namespace

std::string convert_as_cli(const std::string& bytes) {
  // src/cli: load_input -> decode_file_bytes, prepare_article_input, conversion_options.
  const std::string text = sources::decode_to_utf8(bytes, {}, {}).utf8;
  std::string_view html = text;
  article_meta meta;
  if (auto archived = parse_archived_article(text)) {
    html = archived->body;
    meta = std::move(archived->meta);
  }
  options opts;
  opts.header = header_style::seed;
  return convert_article(html, meta, opts).markdown;
}

gold_row score_gold_page(const gold_page& page, const std::string& markdown) {
  gold_row row;
  row.id = page.id;
  row.page_type = page.page_type;
  const std::string text = render_plaintext(gold_body_of(markdown));
  row.text = gold_prf(gold_bag(text), gold_bag(page.gold));
  if (!page.meta) return row;
  const gold_meta& g = *page.meta;
  row.has_meta = true;
  const std::string w = " " + gold_words(text) + " ";
  for (const std::string& s : g.with) row.with_found += has_snippet(w, gold_words(s));
  row.with_total = static_cast<int>(g.with.size());
  for (const std::string& s : g.without) {
    if (has_snippet(w, gold_words(s))) {
      row.without_hit = true;
      row.without_snippet = s;
      break;
    }
  }
  row.near_empty = code_points(py_strip(text)) < gold_near_empty_chars &&
                   code_points(py_strip(page.gold)) >= gold_near_empty_chars;
  const gold_header header = gold_header_of(markdown);
  if (!g.title.empty()) {
    row.title_f1 = gold_prf(gold_bag(header.title.value_or("")), gold_bag(g.title)).f1;
  }
  if (const auto day = gold_day(g.publish_date)) {
    row.dated = true;
    // `if stamp`: a stamp of 0 counts as none.
    if (header.stamp_ms && *header.stamp_ms != 0) {
      row.date_found = true;
      const long long diff = utc_day(*header.stamp_ms) - *day;
      row.date_same = diff >= -1 && diff <= 1;
    }
  }
  return row;
}

gold_row run_gold_page(const gold_page& page, std::string* markdown) {
  std::string md;
  bool failed = false;
  std::string error;
  try {
    md = convert_as_cli(page_html(page));
  } catch (const std::exception& e) {
    md.clear();  // the command writes nothing when it fails
    failed = true;
    error = e.what();
  }
  gold_row row = score_gold_page(page, md);
  row.failed = failed;
  row.error = std::move(error);
  if (markdown) *markdown = std::move(md);
  return row;
}

std::vector<gold_row> run_gold_set(
    const std::vector<gold_page>& pages, unsigned threads,
    const std::function<void(const gold_page&, const std::string&)>& on_markdown) {
  std::vector<gold_row> rows(pages.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < pages.size();) {
      std::string md;
      rows[i] = run_gold_page(pages[i], &md);
      if (on_markdown) on_markdown(pages[i], md);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(threads, 1u); ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return rows;
}

}  // namespace article2md::oracle
