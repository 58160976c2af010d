#pragma once
// Printing the oracle's figures: summary tables beside the targets, worst rows.

#include "commonmark_spec.hpp"
#include "compare.hpp"
#include "pages.hpp"

#include <cstddef>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace article2md::oracle {

/// The readability summary as a table: metric, mean, target.
void print_corpus_summary(std::ostream& os, std::string_view title, const corpus_summary& s);

/// For each metric, the `n` files that score lowest on it (below 1); the `n` files with the most
/// raw HTML tags and spurious markup; every crash and empty output.
void print_worst_rows(std::ostream& os, const std::vector<file_scores>& rows, std::size_t n);

/// One CSV row per file, with score.py's column names, for comparing the two per file.
void write_csv(std::ostream& os, const std::vector<file_scores>& rows);

/// The CommonMark summary: examples, skipped, exact round trips, links and code blocks.
void print_spec_summary(std::ostream& os, const spec_summary& s);

/// Every compared example that does not come back exactly; with `details`, its Markdown and
/// both canonical HTML forms.
void print_spec_failures(std::ostream& os, const std::vector<spec_result>& results, bool details);

/// The skipped examples as a Markdown table (number, section, reason).
void print_skip_table(std::ostream& os, const std::vector<spec_result>& results);

/// The whole-pages summary: mean precision, recall and F1, the lowest F1, pages below the floor,
/// exact titles, each beside the target.
void print_pages_summary(std::ostream& os, const pages_summary& s);

/// The `n` pages with the lowest F1 (precision, recall, token counts), every crash, and every
/// page whose title differs from the expected one (ours, then expected).
void print_worst_pages(std::ostream& os, const std::vector<page_scores>& rows, std::size_t n);

}  // namespace article2md::oracle
