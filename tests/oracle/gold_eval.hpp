#pragma once
// Whole pages against gold text (docs/extraction.md, "Every kind of page"): each page's bytes
// through the command's own path for standard input with default options, the header cut, the
// body rendered to plain text by cmark-gfm and compared with the gold text as bags of words;
// the figures of the reviewers' tools/quality/gold_eval.py, computed the same way.

#include "gold_set.hpp"
#include "gold_tokens.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace article2md::oracle {

/// Near-empty: a body with fewer characters than this (stripped) while the gold has as many.
inline constexpr std::size_t gold_near_empty_chars = 200;

struct gold_row {
  std::string id;
  std::string page_type;
  bool failed = false;  ///< the command would exit non-zero: nothing on stdout
  std::string error;
  prf_scores text;      ///< body tokens against the gold text's

  // From gold_meta.jsonl; has_meta false leaves the rest unset, as gold_eval.py's extra = {}.
  bool has_meta = false;
  int with_found = 0;
  int with_total = 0;
  bool without_hit = false;
  std::string without_snippet;    ///< the first boilerplate snippet found, for --verbose
  bool near_empty = false;
  std::optional<double> title_f1;  ///< when the gold has a title
  bool dated = false;              ///< the gold's publish_date is a day (YYYY-MM-DD)
  bool date_found = false;         ///< our header has a stamp
  bool date_same = false;          ///< on that day, ±1
};

/// What the command writes for these bytes on standard input with default options:
/// sources::decode_to_utf8 (the charset sniffed from the bytes), an archived header read back
/// (parse_archived_article), convert_article with the seed header. Throws what they throw.
std::string convert_as_cli(const std::string& bytes);

/// Scores one page given the command's Markdown (empty when it failed).
gold_row score_gold_page(const gold_page& page, const std::string& markdown);

/// Converts and scores one page; a conversion that throws is a failed page, scored as empty.
gold_row run_gold_page(const gold_page& page, std::string* markdown = nullptr);

/// run_gold_page over every page on `threads` threads; rows in the pages' order. `on_markdown`
/// (called from those threads) gets each page's Markdown.
std::vector<gold_row> run_gold_set(
    const std::vector<gold_page>& pages, unsigned threads,
    const std::function<void(const gold_page&, const std::string&)>& on_markdown = {});

}  // namespace article2md::oracle
