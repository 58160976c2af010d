#pragma once
// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 documents, read into items that convert one by one
// into the sample's archived format.

#include <article2md/options.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::sources {

/// One item (RSS) or entry (Atom) of a feed. Every field may be empty.
struct feed_item {
  /// A stable identity: RSS guid, atom:id or rdf:about; else the link; else the title and date
  /// joined by a space; else the body. Use it to recognize an item already archived.
  std::string id;
  /// Plain text: XML entities decoded, HTML character references of RSS titles decoded, Atom
  /// type="html"/"xhtml" titles reduced to their text; whitespace collapsed and trimmed.
  std::string title;
  /// The item's page: RSS <link> (else a permalink guid), Atom <link rel="alternate"> (or
  /// without rel) href; resolved against the xml:base in scope, then the feed's link.
  std::string link;
  /// The date as written (trimmed): pubDate, dc:date, atom:published, else atom:updated.
  std::string date;
  /// `date` parsed (RFC 822 or ISO 8601), nullopt when it does not parse.
  std::optional<std::int64_t> timestamp_ms;
  /// Body HTML: content:encoded or atom:content (type="html": the text; "xhtml": the inner
  /// XML of its <div> serialized as HTML; "text": escaped into <p>), else description or
  /// atom:summary read the same way. Out-of-line (src=) and binary Atom content is skipped.
  std::string html;
  /// RSS author / dc:creator, or the Atom author's name (the feed's when the entry has none).
  std::string author;
  /// Base for relative URLs in `html` when an xml:base is in scope at the body element (Atom
  /// RFC 4287 §2); empty otherwise, and relative URLs resolve against `link`.
  std::string base_url;
};

/// A parsed feed: its own title, page and language (BCP 47), and its items in document order.
struct feed {
  std::string title;
  std::string link;
  std::string language;
  std::vector<feed_item> items;
};

/// Parses an RSS 2.0 (or 0.9x), RSS 1.0 (RDF) or Atom 1.0 document (a lone Atom entry reads as
/// a feed of one item). Elements are matched by namespace URI, never by prefix. The bytes may be
/// UTF-8 (with or without BOM), UTF-16 with a BOM, or Latin-1 declared in the XML declaration;
/// a document declared Latin-1 whose bytes are valid non-ASCII UTF-8 is read as UTF-8 (it was
/// decoded already). Throws article2md::error, with a message saying which, when the bytes are
/// not XML or the XML is not a feed (an HTML page, say). A feed without items is not an error.
feed parse_feed(std::string_view xml);

/// The meta an item is converted with: {title, url = link, date, timestamp_ms, author,
/// base_url}. Converting `item.html` with it gives the item in the sample's archived format:
/// the stamp, the `[title](link)` line, `------`, a blank line and `*date*` (lines without
/// their field are left out; no header without both title and link), with relative URLs in
/// the body resolved against the link: what `article2md --title --url --date [--base-url]`
/// prints for the same body (the command's --feed mode does exactly this).
article2md::article_meta item_meta(const feed_item& item);

}  // namespace article2md::sources
