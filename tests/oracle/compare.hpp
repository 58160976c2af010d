#pragma once
// The metrics: one source page against its round trip, and the means over a corpus.
// Definitions follow score.py's score_file() and summarize().

#include "html_features.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::oracle {

/// Per-file ratios; each is absent when the source gives it nothing to measure.
enum class metric : std::size_t {
  text_f1, text_recall, text_precision, seg_survival, link_recall, link_href_recall,
  img_src_recall, img_alt_recall, struct_recall, pre_exact,
  count_
};
constexpr std::size_t metric_count = static_cast<std::size_t>(metric::count_);
std::string_view metric_name(metric m) noexcept;

/// The element kinds of structure recall (score.py's STRUCT_KINDS); heading_level matches
/// h1..h6 level by level.
constexpr std::size_t struct_kind_count = 14;
std::string_view struct_kind_name(std::size_t i) noexcept;

enum class file_status { ok, crash, empty };
std::string_view status_name(file_status s) noexcept;

struct file_scores {
  std::string name;
  file_status status = file_status::ok;
  std::string error;  ///< the exception's message for a crash
  std::array<std::optional<double>, metric_count> values{};
  std::array<std::optional<double>, struct_kind_count> struct_recall_by_kind{};
  std::array<std::optional<double>, segment_kind_count> seg_by_kind{};
  int raw_html_tags = 0;
  int raw_html_nodes = 0;
  int spurious_markup = 0;
  std::size_t markdown_chars = 0;

  std::optional<double> get(metric m) const noexcept {
    return values[static_cast<std::size_t>(m)];
  }
};

/// Compares the source's features with the features of the re-rendered Markdown.
/// `raw_html_tags`/`nodes` come from the Markdown's AST (see cmark_render.hpp).
file_scores compare(const html_features& source, const html_features& output, int raw_html_tags,
                    int raw_html_nodes);

/// Scores for a conversion that gave no usable output: every fidelity metric the source can
/// measure is 0 (score.py's treatment of crash, timeout and empty).
file_scores failed(const html_features& source, file_status status);

/// True when the source shows something (text, an image, a link): empty output is then a failure.
bool shows_something(const html_features& source) noexcept;

struct corpus_summary {
  std::size_t files = 0;
  std::size_t ok = 0;
  std::size_t crash = 0;
  std::size_t empty = 0;
  /// Means over the files where the metric is present (absent when it never is).
  std::array<std::optional<double>, metric_count> means{};
  std::array<std::optional<double>, struct_kind_count> struct_recall_by_kind{};
  std::array<std::optional<double>, segment_kind_count> seg_by_kind{};
  int raw_html_tags_total = 0;
  std::size_t raw_html_files = 0;
  int spurious_markup_total = 0;
  std::size_t spurious_markup_files = 0;

  std::optional<double> mean(metric m) const noexcept {
    return means[static_cast<std::size_t>(m)];
  }
};

corpus_summary summarize(const std::vector<file_scores>& rows);

}  // namespace article2md::oracle
