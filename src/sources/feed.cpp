#include "sources/feed.hpp"

#include "html/dom.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <article2md/error.hpp>

#include <pugixml.hpp>

#include <utility>

namespace article2md::sources {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view ns_atom = "http://www.w3.org/2005/Atom";
constexpr std::string_view ns_rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view ns_rss1 = "http://purl.org/rss/1.0/";
constexpr std::string_view ns_rss09 = "http://my.netscape.com/rdf/simple/0.9/";
constexpr std::string_view ns_content = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view ns_dc = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view ns_xhtml = "http://www.w3.org/1999/xhtml";
constexpr std::string_view ns_xml = "http://www.w3.org/XML/1998/namespace";

std::string_view local_name(std::string_view qname) noexcept {
  std::size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

std::string_view prefix_of(std::string_view qname) noexcept {
  std::size_t colon = qname.find(':');
  return colon == std::string_view::npos ? std::string_view() : qname.substr(0, colon);
}

// pugixml keeps names as written: the URI a prefix stands for is the nearest xmlns:prefix
// (xmlns for no prefix) on the element or an ancestor (Namespaces in XML 1.0 §6.1).
std::string_view lookup_namespace(pugi::xml_node node, std::string_view prefix) noexcept {
  if (prefix == "xml") return ns_xml;
  for (; node; node = node.parent()) {
    if (node.type() != pugi::node_element) continue;
    for (pugi::xml_attribute a : node.attributes()) {
      std::string_view name = a.name();
      if (prefix.empty() ? name == "xmlns"
                         : (name.size() == 6 + prefix.size() && name.substr(0, 6) == "xmlns:" &&
                            name.substr(6) == prefix))
        return a.value();
    }
  }
  // Feeds often use the well-known prefixes without declaring them; any other undeclared
  // prefix names no namespace we know (and never the default one).
  if (prefix.empty()) return {};
  if (prefix == "content") return ns_content;
  if (prefix == "dc") return ns_dc;
  if (prefix == "rdf") return ns_rdf;
  if (prefix == "atom") return ns_atom;
  return "urn:x-article2md:undeclared-prefix";
}

std::string_view namespace_of(pugi::xml_node e) noexcept {
  return lookup_namespace(e, prefix_of(e.name()));
}

bool is(pugi::xml_node e, std::string_view ns, std::string_view local) noexcept {
  return e.type() == pugi::node_element && local_name(e.name()) == local &&
         namespace_of(e) == ns;
}

// The value of the attribute `local` in namespace `ns` (a prefixed attribute, as rdf:about).
std::string_view ns_attribute(pugi::xml_node e, std::string_view ns, std::string_view local) {
  for (pugi::xml_attribute a : e.attributes()) {
    std::string_view name = a.name();
    std::string_view prefix = prefix_of(name);
    if (!prefix.empty() && prefix != "xmlns" && local_name(name) == local &&
        lookup_namespace(e, prefix) == ns)
      return a.value();
  }
  return {};
}

std::string collapse(std::string_view s) {
  std::string out;
  detail::append_collapsed(out, detail::trim(s));
  return out;
}

// Character data directly inside `e`: text and CDATA sections, in order.
std::string direct_text(pugi::xml_node e) {
  std::string out;
  for (pugi::xml_node c : e.children())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

// All character data under `e`, in document order. Iterative: feeds can be hostile.
std::string all_text(pugi::xml_node e) {
  std::string out;
  pugi::xml_node n = e.first_child();
  while (n) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n != e && !n.next_sibling()) n = n.parent();
    if (n == e) break;
    n = n.next_sibling();
  }
  return out;
}

bool has_element_child(pugi::xml_node e) {
  for (pugi::xml_node c : e.children())
    if (c.type() == pugi::node_element) return true;
  return false;
}

void append_escaped(std::string& out, std::string_view s, bool attribute) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) {
          out += "&quot;";
          break;
        }
        out.push_back(c);
        break;
      default: out.push_back(c);
    }
  }
}

// HTML void elements: written without an end tag, since an HTML parser reads </br> as <br>.
bool is_void_element(std::string_view name) noexcept {
  for (std::string_view v : {"area"sv, "base"sv, "br"sv, "col"sv, "embed"sv, "hr"sv, "img"sv,
                             "input"sv, "link"sv, "meta"sv, "param"sv, "source"sv, "track"sv,
                             "wbr"sv})
    if (detail::iequals(name, v)) return true;
  return false;
}

// XHTML elements lose their prefix (<xhtml:p> is <p> to an HTML parser); others stay as written.
std::string_view html_name(pugi::xml_node e) noexcept {
  std::string_view name = e.name();
  if (!prefix_of(name).empty() && namespace_of(e) == ns_xhtml) return local_name(name);
  return name;
}

void write_open_tag(std::string& out, pugi::xml_node e) {
  out += '<';
  out += html_name(e);
  for (pugi::xml_attribute a : e.attributes()) {
    std::string_view name = a.name();
    if (name == "xmlns" || prefix_of(name) == "xmlns" || name == "xml:base") continue;
    if (name == "xml:lang") name = "lang";
    out += ' ';
    out += name;
    out += "=\"";
    append_escaped(out, a.value(), true);
    out += '"';
  }
  out += '>';
}

void write_close_tag(std::string& out, pugi::xml_node e) {
  out += "</";
  out += html_name(e);
  out += '>';
}

// The children of `root` as HTML: inline XHTML (Atom type="xhtml", or markup a feed left
// unescaped in a description). Iterative, so deep nesting cannot exhaust the stack.
std::string inner_html(pugi::xml_node root) {
  std::string out;
  pugi::xml_node n = root.first_child();
  while (n) {
    bool descend = false;
    switch (n.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata: append_escaped(out, n.value(), false); break;
      case pugi::node_element:
        write_open_tag(out, n);
        if (is_void_element(html_name(n))) break;
        if (n.first_child())
          descend = true;
        else
          write_close_tag(out, n);
        break;
      default: break;
    }
    if (descend) {
      n = n.first_child();
      continue;
    }
    while (n != root && !n.next_sibling()) {
      n = n.parent();
      if (n != root) write_close_tag(out, n);
    }
    if (n == root) break;
    n = n.next_sibling();
  }
  return out;
}

// Plain text as HTML: escaped, one <p> per paragraph (paragraphs end at blank lines).
std::string text_to_html(std::string_view text) {
  std::string out;
  bool open = false;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (detail::trim(line).empty()) {
      if (open) out += "</p>";
      open = false;
      continue;
    }
    out += open ? "\n" : "<p>";
    open = true;
    append_escaped(out, line, false);
  }
  if (open) out += "</p>";
  return out;
}

// The visible text of an HTML fragment, collapsed.
std::string html_text(std::string_view html) {
  if (html.find_first_of("<&") == std::string_view::npos) return collapse(html);
  detail::parsed_document doc(html, detail::prescan_options{true, 512});
  return doc.body().text_content();
}

// RSS titles are text, but feeds commonly leave HTML character references in them
// (&amp;eacute; or an undeclared &eacute;): decode those, keep '<' as a character.
std::string rss_title(pugi::xml_node e) {
  std::string text = all_text(e);
  if (text.find('&') == std::string::npos) return collapse(text);
  std::string html;
  html.reserve(text.size() + 16);
  for (char c : text) {
    if (c == '<')
      html += "&lt;";
    else
      html.push_back(c);
  }
  return html_text(html);
}

// The body of an RSS description or content:encoded: escaped HTML (text or CDATA), or inline
// markup a feed left unescaped.
std::string rss_html(pugi::xml_node e) {
  return has_element_child(e) ? inner_html(e) : direct_text(e);
}

// How an Atom text construct (RFC 4287 §3.1) or atom:content (§4.1.3) holds its content.
enum class atom_kind { text, html, xhtml, none };

atom_kind atom_type(pugi::xml_node e) {
  if (e.attribute("src")) return atom_kind::none;  // out-of-line content: nothing here
  std::string type;
  for (char c : detail::trim(e.attribute("type").value())) type.push_back(detail::ascii_lower(c));
  if (type.empty() || type == "text" || type == "text/plain") return atom_kind::text;
  if (type == "html" || type == "text/html") return atom_kind::html;
  if (type == "xhtml" || type == "application/xhtml+xml") return atom_kind::xhtml;
  if (type.compare(0, 5, "text/") == 0) return atom_kind::text;
  return atom_kind::none;  // base64 of some other media type
}

// The <div> that wraps type="xhtml" content (not part of the content, §3.1.1.3); the element
// itself when a feed left it out.
pugi::xml_node xhtml_root(pugi::xml_node e) {
  for (pugi::xml_node c : e.children())
    if (is(c, ns_xhtml, "div")) return c;
  return e;
}

std::string atom_html(pugi::xml_node e) {
  switch (atom_type(e)) {
    case atom_kind::text: return text_to_html(direct_text(e));
    case atom_kind::html: return rss_html(e);  // markup left unescaped is still the body
    case atom_kind::xhtml: return inner_html(xhtml_root(e));
    case atom_kind::none: break;
  }
  return {};
}

std::string atom_text(pugi::xml_node e) {
  switch (atom_type(e)) {
    case atom_kind::text:
    case atom_kind::none: return collapse(all_text(e));
    case atom_kind::html: return html_text(direct_text(e));
    case atom_kind::xhtml: return html_text(inner_html(xhtml_root(e)));
  }
  return {};
}

bool has_content(pugi::xml_node e) {
  return e && (has_element_child(e) || !detail::trim(direct_text(e)).empty());
}

// The xml:base in scope at `node` (XML Base §4.2), each one resolved against the one outside
// it and the outermost against `outer` (standing in for the document's own URL). Empty when no
// xml:base is in scope.
std::string xml_base(pugi::xml_node node, std::string_view outer) {
  std::vector<std::string_view> bases;
  for (pugi::xml_node n = node; n; n = n.parent())
    if (pugi::xml_attribute a = n.attribute("xml:base")) bases.emplace_back(a.value());
  if (bases.empty()) return {};
  std::string base(outer);
  for (auto it = bases.rbegin(); it != bases.rend(); ++it)
    base = base.empty() ? std::string(*it) : detail::resolve_url(base, *it);
  return base;
}

std::string resolve_in_scope(pugi::xml_node node, std::string_view ref, std::string_view outer) {
  std::string_view r = detail::trim(ref);
  if (r.empty()) return {};
  std::string base = xml_base(node, outer);
  return detail::resolve_url(base.empty() ? outer : std::string_view(base), r);
}

bool is_web_url(std::string_view s) noexcept {
  std::string_view scheme = detail::url_scheme(s);
  return detail::iequals(scheme, "http") || detail::iequals(scheme, "https");
}

std::string trimmed(std::string_view s) { return std::string(detail::trim(s)); }

void finish_item(feed_item& item) {
  if (!item.date.empty()) item.timestamp_ms = detail::parse_date_ms(item.date);
  if (item.id.empty()) item.id = item.link;
  if (item.id.empty()) {
    item.id = item.title;
    if (!item.id.empty() && !item.date.empty()) item.id += ' ';
    item.id += item.date;
  }
  if (item.id.empty()) item.id = trimmed(item.html);
}

// Only a base that differs from the link is worth keeping: the converter uses the link anyway.
void set_body_base(feed_item& item, pugi::xml_node body, std::string_view outer) {
  if (!body) return;
  std::string base = xml_base(body, outer);
  if (!detail::url_scheme(base).empty() && base != item.link) item.base_url = std::move(base);
}

// RSS 2.0 / 0.9x items (elements in the root's namespace, usually none) and RSS 1.0 items
// (elements in the RSS 1.0 namespace).
feed_item read_rss_item(pugi::xml_node item_node, std::string_view core, std::string_view outer) {
  feed_item item;
  pugi::xml_node title, link, description, encoded, guid, pub_date, dc_date, dc_title, author,
      creator;
  for (pugi::xml_node c : item_node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view local = local_name(c.name());
    std::string_view ns = namespace_of(c);
    auto take = [&c](pugi::xml_node& slot) {
      if (!slot) slot = c;
    };
    if (ns == core) {
      if (local == "title") take(title);
      else if (local == "link") take(link);
      else if (local == "description") take(description);
      else if (local == "guid") take(guid);
      else if (local == "pubDate") take(pub_date);
      else if (local == "author") take(author);
    } else if (ns == ns_content && local == "encoded") {
      take(encoded);
    } else if (ns == ns_dc) {
      if (local == "date") take(dc_date);
      else if (local == "title") take(dc_title);
      else if (local == "creator") take(creator);
    }
  }

  item.title = rss_title(title ? title : dc_title);
  if (link) item.link = resolve_in_scope(link, all_text(link), outer);
  std::string guid_text = trimmed(all_text(guid));
  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  if (item.link.empty() && !guid_text.empty() &&
      !detail::iequals(detail::trim(guid.attribute("isPermaLink").value()), "false") &&
      is_web_url(guid_text))
    item.link = guid_text;
  std::string about = trimmed(ns_attribute(item_node, ns_rdf, "about"));
  if (item.link.empty() && is_web_url(about)) item.link = about;
  item.id = !guid_text.empty() ? guid_text : about;
  item.date = trimmed(all_text(pub_date ? pub_date : dc_date));
  pugi::xml_node body = has_content(encoded) ? encoded : description;
  if (body) item.html = rss_html(body);
  set_body_base(item, body, outer);
  item.author = collapse(all_text(author ? author : creator));
  finish_item(item);
  return item;
}

feed read_rss(pugi::xml_node root, std::string_view core, bool rdf) {
  feed f;
  pugi::xml_node channel;
  for (pugi::xml_node c : root.children())
    if (is(c, core, "channel")) {
      channel = c;
      break;
    }
  if (channel) {
    pugi::xml_node dc_language;
    for (pugi::xml_node c : channel.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view local = local_name(c.name());
      std::string_view ns = namespace_of(c);
      if (ns == core) {
        if (local == "title" && f.title.empty()) f.title = rss_title(c);
        else if (local == "link" && f.link.empty())
          f.link = resolve_in_scope(c, all_text(c), {});
        else if (local == "language" && f.language.empty())
          f.language = trimmed(all_text(c));
      } else if (ns == ns_dc && local == "language" && !dc_language) {
        dc_language = c;
      }
    }
    if (f.language.empty()) f.language = trimmed(all_text(dc_language));
  }
  if (f.language.empty()) f.language = trimmed(root.attribute("xml:lang").value());
  // Items belong in the channel (RSS 2.0) or beside it (RSS 1.0); feeds get either wrong.
  auto collect = [&](pugi::xml_node parent) {
    for (pugi::xml_node c : parent.children())
      if (is(c, core, "item")) f.items.push_back(read_rss_item(c, core, f.link));
  };
  if (rdf) {
    collect(root);
    if (f.items.empty() && channel) collect(channel);
  } else {
    if (channel) collect(channel);
    if (f.items.empty()) collect(root);
  }
  return f;
}

// An Atom link of the page itself: rel="alternate" or no rel; an HTML one when there are several.
pugi::xml_node atom_alternate(pugi::xml_node parent) {
  pugi::xml_node first;
  for (pugi::xml_node c : parent.children()) {
    if (!is(c, ns_atom, "link")) continue;
    std::string_view rel = detail::trim(c.attribute("rel").value());
    if (!rel.empty() && rel != "alternate" && rel != "http://www.iana.org/assignments/relation/alternate")
      continue;
    std::string_view type = detail::trim(c.attribute("type").value());
    if (type.empty() || detail::iequals(type, "text/html") ||
        detail::iequals(type, "application/xhtml+xml"))
      return c;
    if (!first) first = c;
  }
  return first;
}

std::string atom_author(pugi::xml_node parent) {
  for (pugi::xml_node c : parent.children())
    if (is(c, ns_atom, "author"))
      for (pugi::xml_node n : c.children())
        if (is(n, ns_atom, "name")) return collapse(all_text(n));
  return {};
}

feed_item read_atom_entry(pugi::xml_node entry, std::string_view outer,
                          std::string_view feed_author) {
  feed_item item;
  pugi::xml_node title, id, published, updated, content, summary;
  for (pugi::xml_node c : entry.children()) {
    if (c.type() != pugi::node_element || namespace_of(c) != ns_atom) continue;
    std::string_view local = local_name(c.name());
    auto take = [&c](pugi::xml_node& slot) {
      if (!slot) slot = c;
    };
    if (local == "title") take(title);
    else if (local == "id") take(id);
    else if (local == "published") take(published);
    else if (local == "updated") take(updated);
    else if (local == "content") take(content);
    else if (local == "summary") take(summary);
  }
  if (title) item.title = atom_text(title);
  if (pugi::xml_node link = atom_alternate(entry))
    item.link = resolve_in_scope(link, link.attribute("href").value(), outer);
  item.id = trimmed(all_text(id));
  item.date = trimmed(all_text(published ? published : updated));
  pugi::xml_node body;
  if (content) {
    item.html = atom_html(content);
    body = content;
  }
  if (detail::trim(item.html).empty() && summary) {
    item.html = atom_html(summary);
    body = summary;
  }
  set_body_base(item, body, outer);
  item.author = atom_author(entry);
  if (item.author.empty()) item.author = std::string(feed_author);
  finish_item(item);
  return item;
}

feed read_atom(pugi::xml_node root) {
  feed f;
  f.language = trimmed(root.attribute("xml:lang").value());
  if (!is(root, ns_atom, "feed")) {  // a lone entry
    f.items.push_back(read_atom_entry(root, {}, {}));
    return f;
  }
  for (pugi::xml_node c : root.children())
    if (is(c, ns_atom, "title")) {
      f.title = atom_text(c);
      break;
    }
  if (pugi::xml_node link = atom_alternate(root))
    f.link = resolve_in_scope(link, link.attribute("href").value(), {});
  std::string author = atom_author(root);
  for (pugi::xml_node c : root.children())
    if (is(c, ns_atom, "entry")) f.items.push_back(read_atom_entry(c, f.link, author));
  return f;
}

bool valid_utf8_with_non_ascii(std::string_view s) noexcept {
  bool non_ascii = false;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    non_ascii = true;
    std::size_t len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                                                 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return non_ascii;
}

// pugixml converts a document declared Latin-1; one whose bytes are valid non-ASCII UTF-8 was
// decoded to UTF-8 already (by a charset decoder that kept the declaration), and converting it
// again would garble every accent.
pugi::xml_encoding choose_encoding(std::string_view xml) {
  if (xml.substr(0, 5) != "<?xml") return pugi::encoding_auto;
  std::string_view decl = xml.substr(0, xml.find("?>"));
  if (!detail::icontains(decl, "latin1") && !detail::icontains(decl, "iso-8859-1"))
    return pugi::encoding_auto;
  return valid_utf8_with_non_ascii(xml) ? pugi::encoding_utf8 : pugi::encoding_auto;
}

bool looks_like_html(std::string_view xml) {
  std::string_view head = xml.substr(0, 2048);
  return detail::icontains(head, "<!doctype html") || detail::icontains(head, "<html");
}

}  // namespace

feed parse_feed(std::string_view xml) {
  if (detail::trim(xml).empty() || detail::trim(xml) == "\xEF\xBB\xBF")
    throw error("not a feed: the document is empty");
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                      choose_encoding(xml));
  if (!parsed) {
    if (looks_like_html(xml)) throw error("not a feed: the document is an HTML page, not RSS or Atom");
    throw error(std::string("not a feed: the document is not well-formed XML (") +
                parsed.description() + " at byte " + std::to_string(parsed.offset) + ")");
  }
  pugi::xml_node root = doc.document_element();
  if (!root) throw error("not a feed: the document has no root element");
  std::string_view local = local_name(root.name());
  std::string_view ns = namespace_of(root);
  if (local == "rss") return read_rss(root, ns, false);
  if (ns == ns_rdf && local == "RDF") {
    for (std::string_view core : {ns_rss1, ns_rss09})
      for (pugi::xml_node c : root.children())
        if (is(c, core, "channel") || is(c, core, "item")) return read_rss(root, core, true);
    throw error("not a feed: an RDF document without an RSS 1.0 channel or items");
  }
  if (ns == ns_atom && (local == "feed" || local == "entry")) return read_atom(root);
  if (detail::iequals(local, "html"))
    throw error("not a feed: the document is an HTML page, not RSS or Atom");
  throw error("not a feed: the root element <" + std::string(root.name()) +
              "> is not RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed>");
}

article_meta item_meta(const feed_item& item) {
  article_meta meta;
  meta.title = item.title;
  meta.url = item.link;
  meta.date = item.date;
  meta.timestamp_ms = item.timestamp_ms;
  meta.author = item.author;
  meta.base_url = item.base_url;
  return meta;
}

}  // namespace article2md::sources
