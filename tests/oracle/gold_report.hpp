#pragma once
// The figures of a gold-set run, summed up and printed as gold_eval.py prints them.

#include "gold_eval.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace article2md::oracle {

struct gold_kind {
  std::string type;  ///< a page_type, or "*all"
  std::size_t pages = 0;
  double f1 = 0;  ///< means over the kind's pages, each page counting once
  double precision = 0;
  double recall = 0;
};

struct gold_summary {
  std::string set;  ///< the set's folder name
  /// gold_eval.py's table: "*all" and every page_type, most pages first (ties: first seen).
  std::vector<gold_kind> kinds;
  std::size_t pages = 0;
  std::size_t failed = 0;
  // Over the pages with gold_meta.jsonl records:
  std::size_t meta_pages = 0;
  long long with_found = 0;
  long long with_total = 0;
  std::size_t without_pages = 0;  ///< pages where a boilerplate snippet appears
  std::size_t near_empty = 0;
  std::size_t titled = 0;  ///< pages whose gold has a title
  double title_f1 = 0;     ///< mean over those
  std::size_t dated = 0;
  std::size_t date_found = 0;
  std::size_t date_same = 0;

  /// The kind's figures ("*all" for all pages); zeros for a kind with no page.
  gold_kind kind(const std::string& type) const;
  double with_rate() const noexcept;     ///< with_found / with_total (/ 1 when none)
  double without_rate() const noexcept;  ///< without_pages / meta_pages
};

gold_summary summarize_gold(const std::string& set, const std::vector<gold_row>& rows);

/// The per-kind table and the summary lines, then gold_eval.py's last line
/// `<set> pages=N failed=F F1=.. P=.. R=.. kind=F1 ...`.
void print_gold_summary(std::ostream& out, const gold_summary& s);

/// The `n` pages of lowest F1 (ties in the set's order), gold_eval.py's "low" lines; with a
/// failed page's error and a page's first boilerplate snippet found.
void print_gold_lowest(std::ostream& out, const std::vector<gold_row>& rows, std::size_t n);

/// One line per page (id, page_type, F1, P, R, with_found, with_total, without_hit, near_empty,
/// title_f1, dated, date_found, date_same, failed), scores to 6 decimals: to diff per page with
/// gold_eval.py's functions.
void write_gold_csv(std::ostream& out, const std::vector<gold_row>& rows);

}  // namespace article2md::oracle
