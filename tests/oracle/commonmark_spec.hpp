#pragma once
// The CommonMark spec examples as a round-trip corpus: each example's HTML goes through
// article2md and back through cmark-gfm, and the canonical HTML must come back exactly.

#include "compare.hpp"
#include "corpora.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace article2md::oracle {

/// Why an example's HTML has no Markdown form of its own, or nothing when it has one.
/// The rule, not a list of numbers: an example is skipped when its HTML
///  - is empty (link reference definitions alone render to nothing), or
///  - holds something only raw HTML can produce: an element or attribute that CommonMark's
///    renderer never writes (its vocabulary: p, blockquote, ul, ol[start], li, pre,
///    code[class=language-*] in pre, h1-h6, hr, br, em, strong, a[href title],
///    img[src alt title]), an a without href or an img without alt (the renderer always
///    writes them), a comment, processing instruction, declaration or CDATA, or text and
///    inline elements outside any paragraph (at the top level or in a blockquote).
std::optional<std::string> skip_reason(const spec_example& ex);

struct spec_result {
  int number = 0;
  std::string section;
  std::optional<std::string> skipped;  ///< the reason, for a skipped example
  bool exact = false;      ///< canonical HTML equal, rendered as CommonMark (no extensions)
  bool exact_gfm = false;  ///< canonical HTML equal, rendered as GFM (score.py's renderer)
  file_scores scores;      ///< the readability metrics on this example (GFM render)
  std::string markdown;
  std::string expected;  ///< canonical source HTML
  std::string got;       ///< canonical round-tripped HTML (CommonMark render)
};

/// Every example, skipped ones included (with their reason).
std::vector<spec_result> run_spec(const std::vector<spec_example>& examples);

struct spec_summary {
  std::size_t total = 0;
  std::size_t skipped = 0;
  std::size_t compared = 0;
  std::size_t exact = 0;
  std::size_t exact_gfm = 0;
  corpus_summary metrics;  ///< over the compared examples
  double exact_rate() const noexcept {
    return compared ? static_cast<double>(exact) / static_cast<double>(compared) : 0.0;
  }
  double exact_gfm_rate() const noexcept {
    return compared ? static_cast<double>(exact_gfm) / static_cast<double>(compared) : 0.0;
  }
};

spec_summary summarize_spec(const std::vector<spec_result>& results);

}  // namespace article2md::oracle
