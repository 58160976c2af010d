#pragma once
// What a tag name means to the pre-parse pass (void, scope boundary, formatting element, ...):
// the flags, and the table of the names known in advance with theirs (prescan_names.cpp), kept
// apart as data from the pass that reads it (prescan.cpp).

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace article2md::detail {

/// What a tag name means to the pass. Names not listed have no flags.
enum : unsigned {
  f_void = 1u << 0,         // never has children (area, br, img, ...)
  f_closes_p = 1u << 1,     // its start tag closes a <p> in button scope
  f_heading = 1u << 2,      // h1-h6
  f_scope = 1u << 3,        // bounds "has an element in scope"
  f_table_scope = 1u << 4,  // bounds "in table scope"
  f_list = 1u << 5,         // ol/ul: also bounds "in list item scope"
  f_breakout = 1u << 6,     // leaves foreign content (13.2.6.5)
  f_integration = 1u << 7,  // SVG/MathML element whose children are HTML
  f_document = 1u << 8,     // html/head/body: never pushed (the parser merges them)
  f_block = 1u << 9,        // a removed tag of this kind leaves a line break
  f_marker = 1u << 10,      // puts a marker on the list of active formatting elements
  f_formatting = 1u << 11,  // goes on that list (13.2.4.3)
  f_special = 1u << 12,     // the "special" category of 13.2.4.2 (those that have children)
};

/// Known names get fixed ids, interned once per process; other names get ids per document.
struct known_table {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<unsigned> flags;
  /// Interns the known names (prescan_names.cpp) with their flags.
  known_table();
  /// Gives `name` the next id, with flags `f`, unless it has one.
  void add(const char* name, unsigned f) {
    auto [it, added] = ids.try_emplace(name, static_cast<std::uint32_t>(flags.size()));
    if (added) flags.push_back(f);
  }
  /// The id of a known name.
  std::uint32_t operator[](const char* name) const { return ids.at(name); }
};

/// The known names, built on first use, shared by every pass of the process.
const known_table& known();

}  // namespace article2md::detail
