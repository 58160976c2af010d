#pragma once
// One round trip: HTML -> article2md -> Markdown -> cmark-gfm -> HTML, then the metrics.

#include "compare.hpp"
#include "corpora.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace article2md::oracle {

struct round_trip {
  file_scores scores;
  std::string markdown;
  std::string rendered_html;  ///< empty when the conversion failed
};

/// Converts `html` with article2md::to_markdown (no metadata, no header), renders the result
/// with cmark-gfm (table, strikethrough, autolink; unsafe) and compares both pages.
/// Never throws for a conversion that throws: that is a crash row.
round_trip run_round_trip(std::string_view name, std::string_view html);

/// run_round_trip over every file, in order.
std::vector<file_scores> run_corpus(const std::vector<corpus_file>& files);

}  // namespace article2md::oracle
