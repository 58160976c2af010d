#pragma once
// JSON-LD (Readability's _getJSONLD, extended to @id references and author strings): the
// fields of the schema.org Article a <script type="application/ld+json"> describes.

#include <optional>
#include <string>
#include <string_view>

namespace article2md::detail {

/// The fields of a JSON-LD article; a field it does not give is empty.
struct jsonld_metadata {
  bool is_article = false;  // false: only the fields below were read
  /// From any node of the script (an Article's own fields come first): the dates of a
  /// WebPage, VideoObject or Product, and the name of the WebSite.
  std::string any_published, created, modified;
  std::string name, headline;
  bool has_name = false, has_headline = false;
  std::string byline, description, site_name, date, url;
  std::string website_name;  // the name of a WebSite node beside the article
  /// The description of the first schema.org Product (or ProductGroup, IndividualProduct,
  /// ProductModel, Vehicle) node: what the shop says of the product it sells.
  std::string product_description;
};

/// What one JSON-LD script (a CDATA wrapper allowed) says: the schema.org Article it describes
/// (is_article), and dates and the site's name from any of its nodes; nullopt when the script
/// is not valid JSON. Never throws but bad_alloc.
std::optional<jsonld_metadata> read_jsonld(std::string_view script);

}  // namespace article2md::detail
