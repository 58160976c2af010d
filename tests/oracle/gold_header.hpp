#pragma once
// The header above the body, read as gold_eval.py reads it: its YAML and SEED expressions,
// body_of() and header_of(). The body alone is scored; the header gives the title and the
// date stamp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace article2md::oracle {

/// body_of(md): what follows YAML front matter (`---` … `---`) or a seed header (optional
/// `<!--stamp-->` line, `[title](url)` or a plain line, a `---` underline, an optional blank
/// line and `*date*` line); all of `md` when neither opens it.
std::string_view gold_body_of(std::string_view md);

struct gold_header {
  std::optional<std::string> title;        ///< backslash escapes undone; none without a seed header
  std::optional<std::int64_t> stamp_ms;    ///< the stamp comment's, when it has digits
};

/// header_of(md): the seed header's title and stamp (YAML front matter is not read).
gold_header gold_header_of(std::string_view md);

}  // namespace article2md::oracle
