#pragma once
// One record of --jsonl: a line of JSON in, a line of JSON out. A bad record is an answer
// too (an error object), never an exception: the stream goes on.
//
// In:  {"html": "...", "id": any, "url", "title", "date", "base_url", "author", "site_name",
//       "language": string or null, "timestamp": integer (epoch ms) or null}
// Out: {"id": ..., "title": ..., ..., "markdown": "..."}   (json_output.hpp's keys)
//  or  {"id": ..., "line": N, "error": "..."}

#include "cli_options.hpp"

#include <article2md/converter.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace article2md::cli {

/// A line read from the input, as the reader hands it over.
struct jsonl_record {
  std::uint64_t line = 0;      ///< 1-based line number in the input
  std::string text;            ///< the line without its '\n' (empty when over the limit)
  std::size_t over_limit = 0;  ///< when not 0: the line had this many bytes, over the limit
};

/// The output line (with its '\n') for `record`: converted with `conv`, the record's fields
/// merged like an archived input's header with the command line's (prepare_article_input),
/// `options.base_url` as the default base. Never throws except std::bad_alloc.
std::string convert_record(const jsonl_record& record, const article2md::converter& conv,
                           const cli_options& options);

/// True for a line that holds no record: empty or only spaces, tabs and a CR.
bool is_blank_line(const std::string& line) noexcept;

}  // namespace article2md::cli
