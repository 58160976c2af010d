#pragma once
// Synthetic article HTML of a chosen shape and size, for the linear-growth measurements.

#include <cstddef>
#include <string>

namespace article2md::bench {

enum class shape {
  flat_paragraphs,  ///< <h2> and <p> with links, emphasis and code, one after another
  nested_blocks,    ///< runs of <div>/<blockquote>/<ul><li> nested 1,000 deep, repeated
  big_table,        ///< one table: a header row and as many 8-cell rows as the size takes
};

const char* shape_name(shape s);

/// A fragment of the given shape, at least `bytes` long (it ends after a whole unit).
std::string generate(shape s, std::size_t bytes);

/// Levels per nested run of shape::nested_blocks. gumbo's tree builder scans the stack of
/// open elements for most start tags, so its time grows with the square of the depth: runs
/// are capped so the size, not the depth, grows.
constexpr std::size_t nested_run_depth = 1000;

/// `depth` nested <div>s around one paragraph: the pure deep-nesting case.
std::string deep_divs(std::size_t depth);

}  // namespace article2md::bench
