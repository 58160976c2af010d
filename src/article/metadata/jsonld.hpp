#pragma once
// JSON-LD (Readability's _getJSONLD, extended to @id references and author strings): the
// fields of the schema.org Article a <script type="application/ld+json"> describes.

#include <optional>
#include <string>
#include <string_view>

namespace article2md::detail {

/// The fields of a JSON-LD article; a field it does not give is empty.
struct jsonld_metadata {
  std::string name, headline;
  bool has_name = false, has_headline = false;
  std::string byline, description, site_name, date, url;
};

/// The article described by one JSON-LD script (a CDATA wrapper allowed), or nullopt when the
/// script is not valid JSON or describes no schema.org Article. Never throws but bad_alloc.
std::optional<jsonld_metadata> read_jsonld(std::string_view script);

}  // namespace article2md::detail
