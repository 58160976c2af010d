#pragma once
// Whole pages: each readability page's source.html (the page as served, navigation, comments
// and all) through the converter's main-content extraction, compared with the article Mozilla
// Readability extracts from it (expected.html) and with the title it reads
// (expected-metadata.json). See docs/extraction.md.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace article2md::oracle {

/// The URL Readability's test suite gives every page: relative links resolve against it.
inline constexpr std::string_view page_url = "http://fakehost/test/page.html";

/// A page whose text F1 falls below this is a failed extraction (the floor).
inline constexpr double page_f1_floor = 0.6;

struct page_file {
  std::string name;      ///< the page's folder name
  std::string source;    ///< source.html: the whole page
  std::string expected;  ///< expected.html: the article Readability extracts from it
  std::string title;     ///< expected-metadata.json's "title"; empty when null or absent
};

/// Every `<dir>/<name>/` holding source.html, expected.html and expected-metadata.json, sorted
/// by name. Throws std::runtime_error when `dir` cannot be read, holds no such page, or a
/// metadata file is not a JSON object.
std::vector<page_file> load_pages(const std::string& dir);

struct page_scores {
  std::string name;
  bool crashed = false;  ///< the conversion threw
  std::string error;     ///< its message
  /// Token multisets of the visible text (the tokens of the text_f1 metric): our Markdown,
  /// rendered back with cmark-gfm, against expected.html. Precision: share of our tokens that
  /// the expected article has; recall: share of its tokens that we have.
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  std::size_t expected_tokens = 0;
  std::size_t output_tokens = 0;
  /// The tokens that differ most, with how many times: those the expected article has more
  /// of (`missing`), those we have more of (`extra`); at most 8 each, most frequent first.
  std::vector<std::pair<std::string, int>> missing;
  std::vector<std::pair<std::string, int>> extra;
  std::string title;           ///< ours: detail::extract_metadata's, whitespace-collapsed
  std::string expected_title;  ///< expected-metadata.json's, whitespace-collapsed
  bool title_exact = false;    ///< the two titles are the same string
};

struct page_run {
  page_scores scores;
  std::string markdown;  ///< empty when the conversion threw
};

/// Converts `page.source` with article2md::to_markdown (url = page_url, header none: the
/// automatic scope cuts a whole page to its article), renders the Markdown with cmark-gfm and
/// compares its text with expected.html's; reads the title the converter's header would show
/// (detail::extract_metadata on the parsed source). Never throws for a conversion that throws:
/// that page scores 0.
page_run run_page(const page_file& page);

/// run_page over every page, in order.
std::vector<page_scores> run_pages(const std::vector<page_file>& pages);

struct pages_summary {
  std::size_t files = 0;
  std::size_t crashes = 0;
  double mean_precision = 0;
  double mean_recall = 0;
  double mean_f1 = 0;
  double min_f1 = 0;
  std::string min_f1_name;
  std::size_t below_floor = 0;  ///< pages with F1 < page_f1_floor
  std::size_t titles_exact = 0;

  double title_exact_rate() const noexcept {
    return files == 0 ? 0.0 : static_cast<double>(titles_exact) / static_cast<double>(files);
  }
};

pages_summary summarize_pages(const std::vector<page_scores>& rows);

}  // namespace article2md::oracle
