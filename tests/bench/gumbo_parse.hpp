#pragma once
// gumbo's parse alone: the floor under any gumbo-based converter.

#include <cstddef>
#include <string_view>

namespace article2md::bench {

/// Parses with the library's own parse (detail::parsed_document: an arena allocator released
/// at once, max_errors = 0). Returns the document's child count.
std::size_t gumbo_parse_arena(std::string_view html);

/// Parses with gumbo's defaults (malloc, every parse error recorded) and frees with
/// gumbo_destroy_output, for reference. Returns the document's child count.
std::size_t gumbo_parse_malloc(std::string_view html);

}  // namespace article2md::bench
