// The tag names the pre-parse pass knows in advance, with their flags (13.2.4.2's categories,
// the elements that imply end tags or leave foreign content): the table alone, a file of data.
#include "html/prescan_names.hpp"

namespace article2md::detail {
namespace {

// 13.2.4.2's special elements that can hold children.
constexpr const char* special_names[] = {
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption",
    "center", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
    "html", "li", "listing", "main", "marquee", "menu", "nav", "noscript", "object", "ol", "p",
    "pre", "section", "select", "summary", "table", "tbody", "td", "template", "tfoot", "th",
    "thead", "tr", "ul", "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext",
    "annotation-xml"};

constexpr unsigned formatting = f_formatting | f_breakout;

struct name_flags {
  const char* name;
  unsigned flags;
};

constexpr unsigned block_closes_p = f_closes_p | f_block;
constexpr name_flags known_names[] = {
    {"area", f_void}, {"base", f_void}, {"basefont", f_void}, {"bgsound", f_void},
    {"br", f_void | f_breakout}, {"col", f_void}, {"embed", f_void | f_breakout},
    {"frame", f_void}, {"hr", f_void | f_block | f_closes_p | f_breakout},
    {"img", f_void | f_breakout}, {"image", f_void}, {"input", f_void}, {"keygen", f_void},
    {"link", f_void}, {"meta", f_void | f_breakout}, {"param", f_void}, {"source", f_void},
    {"track", f_void}, {"wbr", f_void},
    {"html", f_document | f_scope | f_table_scope}, {"head", f_document | f_breakout},
    {"body", f_document | f_breakout},
    {"address", block_closes_p}, {"article", block_closes_p}, {"aside", block_closes_p},
    {"blockquote", block_closes_p | f_breakout}, {"center", block_closes_p | f_breakout},
    {"details", block_closes_p}, {"dialog", block_closes_p}, {"dir", block_closes_p},
    {"div", block_closes_p | f_breakout}, {"dl", block_closes_p | f_breakout},
    {"fieldset", block_closes_p}, {"figcaption", block_closes_p}, {"figure", block_closes_p},
    {"footer", block_closes_p}, {"header", block_closes_p}, {"hgroup", block_closes_p},
    {"main", block_closes_p}, {"menu", block_closes_p | f_breakout}, {"nav", block_closes_p},
    {"ol", block_closes_p | f_list | f_breakout}, {"p", block_closes_p | f_breakout},
    {"section", block_closes_p}, {"summary", block_closes_p},
    {"ul", block_closes_p | f_list | f_breakout}, {"pre", block_closes_p | f_breakout},
    {"listing", block_closes_p | f_breakout}, {"form", block_closes_p},
    {"li", block_closes_p | f_breakout}, {"dd", block_closes_p | f_breakout},
    {"dt", block_closes_p | f_breakout},
    {"h1", block_closes_p | f_heading | f_breakout}, {"h2", block_closes_p | f_heading | f_breakout},
    {"h3", block_closes_p | f_heading | f_breakout}, {"h4", block_closes_p | f_heading | f_breakout},
    {"h5", block_closes_p | f_heading | f_breakout}, {"h6", block_closes_p | f_heading | f_breakout},
    {"table", block_closes_p | f_scope | f_table_scope | f_breakout},
    {"caption", f_block | f_scope | f_marker}, {"td", f_block | f_scope | f_marker},
    {"th", f_block | f_scope | f_marker},
    {"tr", f_block}, {"tbody", f_block}, {"thead", f_block}, {"tfoot", f_block},
    {"applet", f_scope | f_marker}, {"marquee", f_scope | f_marker},
    {"object", f_scope | f_marker}, {"template", f_scope | f_table_scope | f_marker},
    {"a", f_formatting}, {"b", formatting}, {"big", formatting}, {"code", formatting},
    {"em", formatting}, {"font", formatting}, {"i", formatting}, {"nobr", formatting},
    {"s", formatting}, {"small", formatting}, {"strike", formatting}, {"strong", formatting},
    {"tt", formatting}, {"u", formatting},
    {"ruby", f_breakout}, {"span", f_breakout}, {"sub", f_breakout}, {"sup", f_breakout},
    {"var", f_breakout},
    // SVG's title/desc/foreignObject and MathML's text elements hold HTML.
    {"title", f_integration}, {"desc", f_integration}, {"foreignobject", f_integration},
    {"mi", f_integration}, {"mo", f_integration}, {"mn", f_integration},
    {"ms", f_integration}, {"mtext", f_integration}, {"annotation-xml", f_integration},
};

}  // namespace

known_table::known_table() {
  for (const name_flags& k : known_names) add(k.name, k.flags);
  for (const char* name : special_names) {
    add(name, 0);
    flags[ids.at(name)] |= f_special;
  }
  for (const char* extra : {"button", "option", "optgroup", "select", "svg", "math"})
    add(extra, 0);
}

const known_table& known() {
  static const known_table table;
  return table;
}

}  // namespace article2md::detail
