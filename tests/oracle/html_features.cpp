#include "html_features.hpp"

#include "gumbo_util.hpp"
#include "text_tokens.hpp"

#include <article2md/options.hpp>

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace article2md::oracle {

std::string_view kind_name(kind k) noexcept {
  static constexpr std::array<std::string_view, kind_count> names = {
      "h1",          "h2",         "h3",    "h4",     "h5",   "h6",
      "heading",     "list_item",  "list_item_nested",  "ordered_item",
      "blockquote",  "code_block", "code_inline",       "table",
      "table_cell",  "em",         "strong", "del",     "hr",   "link", "image"};
  return names[static_cast<std::size_t>(k)];
}

std::string_view segment_kind_name(segment_kind k) noexcept {
  static constexpr std::array<std::string_view, segment_kind_count> names = {
      "p", "heading", "li", "cell", "figcaption", "blockquote", "pre"};
  return names[static_cast<std::size_t>(k)];
}

namespace {

bool one_of(std::string_view tag, std::initializer_list<std::string_view> set) noexcept {
  return std::find(set.begin(), set.end(), tag) != set.end();
}

// score.py's SKIP: elements whose content is never visible text.
bool is_skipped_tag(std::string_view tag) noexcept {
  return one_of(tag, {"script", "style", "template", "noscript", "head", "title", "iframe",
                      "object", "embed", "video", "audio", "canvas", "annotation",
                      "annotation-xml", "select", "datalist", "button", "input", "textarea"});
}

// score.py's BLOCK: elements that start and end a line box (a space on either side).
bool is_block_tag(std::string_view tag) noexcept {
  return one_of(tag, {"address", "article", "aside", "blockquote", "body", "caption", "center",
                      "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
                      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
                      "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
                      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
                      "tfoot", "th", "thead", "tr", "ul", "br", "img", "picture", "math"});
}

bool is_heading_tag(std::string_view tag) noexcept {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// `name \s* : \s* value` somewhere in `s` (already lower-case).
bool has_declaration(std::string_view s, std::string_view name, std::string_view value) {
  for (std::size_t at = s.find(name); at != std::string_view::npos; at = s.find(name, at + 1)) {
    std::size_t i = at + name.size();
    auto skip_space = [&] {
      while (i < s.size() && is_py_space(static_cast<unsigned char>(s[i]))) ++i;
    };
    skip_space();
    if (i >= s.size() || s[i] != ':') continue;
    ++i;
    skip_space();
    if (s.substr(i, value.size()) == value) return true;
  }
  return false;
}

// score.py's HIDDEN_STYLE: display:none or visibility:hidden, case-insensitive.
bool hides(const char* style) {
  std::string s(style);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return has_declaration(s, "display", "none") || has_declaration(s, "visibility", "hidden");
}

bool is_visible(const GumboNode* n, std::string_view tag) {
  if (!is_element(n) || is_skipped_tag(tag)) return false;
  if (attr(n, "hidden") != nullptr) return false;
  const char* style = attr(n, "style");
  return !(style && *style && hides(style));
}

bool is_text_node(const GumboNode* n) noexcept {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
         n->type == GUMBO_NODE_CDATA;
}

void text_into(const GumboNode* el, std::string_view tag, std::string& out);

// score.py's elem_text: the element's text, visible descendants only, blocks spaced.
void elem_text(const GumboNode* el, std::string& out) {
  const GumboVector& kids = children(el);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* c = child(kids, i);
    if (is_text_node(c)) {
      out += c->v.text.text;
    } else if (is_element(c)) {
      const std::string tag = tag_name(c);
      if (is_visible(c, tag)) text_into(c, tag, out);
    }
  }
}

// score.py's _text_into: elem_text with a space on either side of a block element.
void text_into(const GumboNode* el, std::string_view tag, std::string& out) {
  const bool block = is_block_tag(tag);
  if (block) out.push_back(' ');
  elem_text(el, out);
  if (block) out.push_back(' ');
}

bool is_line_block(const std::string& t) {
  return t == "p" || t == "div" || t == "li" || t == "tr" || t == "blockquote" ||
         (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6');
}

// score.py's raw_text: every text node (for <pre>), only SKIP elements left out. With
// `lines`, as a browser shows the block: <br> and the edges of blocks inside it end lines.
void raw_text(const GumboNode* el, std::string& out, bool lines = false) {
  const GumboVector& kids = children(el);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* c = child(kids, i);
    if (is_text_node(c)) {
      out += c->v.text.text;
    } else if (is_element(c) && !is_skipped_tag(tag_name(c))) {
      const std::string t = tag_name(c);
      if (lines && t == "br") {
        out += '\n';
        continue;
      }
      bool block = lines && is_line_block(t);
      if (block && !out.empty() && out.back() != '\n') out += '\n';
      raw_text(c, out, lines);
      if (block && !out.empty() && out.back() != '\n') out += '\n';
    }
  }
}

bool has_img_descendant(const GumboNode* el) {
  const GumboVector& kids = children(el);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* c = child(kids, i);
    if (!is_element(c)) continue;
    if (c->v.element.tag == GUMBO_TAG_IMG || has_img_descendant(c)) return true;
  }
  return false;
}

std::string pair_key(std::string_view a, std::string_view b) {
  std::string k;
  k.reserve(a.size() + b.size() + 1);
  k.append(a);
  k.push_back('\x1f');
  k.append(b);
  return k;
}

// Tags on the path from <body> (exclusive) to the element, as far as score.py asks.
struct ancestors {
  bool layout_table = false;  // inside a layout table's own cells (source side)
  bool li = false;
  bool pre = false;
  bool em = false;      // em or i
  bool strong = false;  // strong or b
};

// A table with no second dimension (one row, or rows of at most one cell), or one the author
// marks as presentation: a layout, not data.
bool is_layout_table(const GumboNode* table) {
  const char* role = attr(table, "role");
  if (role != nullptr && (std::string_view(role) == "presentation" || std::string_view(role) == "none"))
    return true;
  std::size_t widest = 0, rows = 0;
  std::vector<const GumboNode*> stack{table};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector& kids = children(n);
    std::size_t cells = 0;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* c = child(kids, i);
      if (!is_element(c)) continue;
      const std::string t = tag_name(c);
      if (t == "td" || t == "th") ++cells;
      else if (t == "tbody" || t == "thead" || t == "tfoot" || t == "tr") stack.push_back(c);
    }
    if (cells > 0) ++rows;
    widest = std::max(widest, cells);
  }
  return widest <= 1 || rows <= 1;
}

// A caption (figcaption, a table's caption, an element named a caption): written as emphasis.
bool is_caption(const GumboNode* el, const std::string& tag) {
  if (tag == "figcaption" || tag == "caption") return true;
  for (const char* a : {"class", "id"}) {
    const char* v = attr(el, a);
    if (v == nullptr) continue;
    std::string lower(v);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("caption") != std::string::npos) return true;
  }
  return false;
}

bool media_source(const GumboNode* el) {
  const char* src = attr(el, "src");
  if (src != nullptr && !py_strip(src).empty() && std::string_view(src) != "about:blank")
    return true;
  const GumboVector& kids = children(el);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* c = child(kids, i);
    if (is_element(c) && tag_name(c) == "source" && attr(c, "src") != nullptr) return true;
  }
  return false;
}

// The converter leaves out data: images longer than options::max_data_image_bytes (issue 7:
// inline data is kept only up to a size); the page's features do not expect them.
bool is_dropped_data_image(std::string_view src) {
  src = py_strip(src);
  if (src.size() < 5) return false;
  for (std::size_t i = 0; i < 5; ++i)
    if (std::tolower(static_cast<unsigned char>(src[i])) != "data:"[i]) return false;
  return src.size() > article2md::options{}.max_data_image_bytes;
}

bool has_lazy_source(const GumboNode* img) {
  for (const char* a : {"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"}) {
    const char* v = attr(img, a);
    if (v != nullptr && !py_strip(v).empty()) return true;
  }
  return false;
}

class walker {
 public:
  walker(html_features& f, side which) : f_(f), source_(which == side::source) {}

  void walk(const GumboNode* el, std::string_view el_tag, ancestors anc) {
    const GumboVector& kids = children(el);
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* ch = child(kids, i);
      if (!is_element(ch)) continue;
      const std::string tag = tag_name(ch);
      if (source_ && (tag == "iframe" || tag == "video" || tag == "audio")) {
        media(ch, tag);  // not text, but written as a link to the media
        continue;
      }
      if (!is_visible(ch, tag)) continue;
      visit(ch, tag, el_tag, anc);
      ancestors inner = anc;
      inner.li = inner.li || tag == "li";
      inner.pre = inner.pre || tag == "pre";
      inner.em = inner.em || tag == "em" || tag == "i" ||
                 (source_ && (tag == "var" || tag == "dfn" || is_caption(ch, tag)));
      inner.layout_table = tag == "table" ? source_ && is_layout_table(ch) : inner.layout_table;
      inner.strong = inner.strong || tag == "strong" || tag == "b";
      walk(ch, tag, inner);
    }
  }

 private:
  void add(kind k) { ++f_.counts[static_cast<std::size_t>(k)]; }

  // Embedded media are written as a link to their source, a video's poster as its image.
  void media(const GumboNode* el, const std::string& tag) {
    const char* hidden = attr(el, "hidden");
    if (hidden != nullptr || !media_source(el)) return;
    add(kind::link);
    const char* poster = attr(el, "poster");
    if (tag == "video" && poster != nullptr && !py_strip(poster).empty()) add(kind::image);
  }

  void visit(const GumboNode* ch, const std::string& tag, std::string_view parent_tag,
             const ancestors& anc) {
    std::string text;  // elem_text(ch), computed once when needed
    bool have_text = false;
    auto own_text = [&]() -> const std::string& {
      if (!have_text) {
        elem_text(ch, text);
        have_text = true;
      }
      return text;
    };
    auto has_text = [&] { return !collapse(own_text()).empty(); };

    const char* href = attr(ch, "href");
    if (tag == "a" && href != nullptr && !(source_ && anc.pre)) {
      const std::string t = collapse(own_text());
      if (!t.empty() || has_img_descendant(ch)) {
        const std::string h = norm_url(href);
        ++f_.links[pair_key(h, t)];
        ++f_.link_hrefs[h];
        add(kind::link);
      }
    } else if (tag == "img") {
      const char* src = attr(ch, "src");
      if (source_ && src != nullptr && is_dropped_data_image(src)) {
        // Not expected in the output (see is_dropped_data_image).
      } else if (src != nullptr && !py_strip(src).empty()) {
        const std::string s = norm_url(src);
        const char* alt = attr(ch, "alt");
        ++f_.img_src[s];
        // Without an alt attribute the page states no alternative text to keep (the caption
        // stands in for it): only stated alts are compared.
        if (alt != nullptr || !source_) ++f_.img_pair[pair_key(s, collapse(alt ? alt : ""))];
        add(kind::image);
      } else if (source_ && has_lazy_source(ch)) {
        add(kind::image);
      }
    }

    if (is_heading_tag(tag)) {
      if (has_text() || has_img_descendant(ch)) {
        add(static_cast<kind>(static_cast<std::size_t>(tag[1] - '1')));
        add(kind::heading);
      }
    } else if (tag == "li") {
      if (has_text() || has_img_descendant(ch)) {
        add(kind::list_item);
        if (anc.li) add(kind::list_item_nested);
        if (parent_tag == "ol") add(kind::ordered_item);
      }
    } else if (tag == "blockquote") {
      if (has_text() || has_img_descendant(ch)) add(kind::blockquote);
    } else if (tag == "pre") {
      std::string raw;
      raw_text(ch, raw, source_);
      if (!py_strip(raw).empty()) {
        add(kind::code_block);
        ++f_.pre_texts[std::string(strip_newlines(raw))];
      }
    } else if (tag == "code" ||
               (source_ && (tag == "tt" || tag == "kbd" || tag == "samp"))) {
      if (!anc.pre && has_text()) add(kind::code_inline);
    } else if (tag == "table") {
      if (!(source_ && is_layout_table(ch))) add(kind::table);
    } else if (tag == "td" || tag == "th") {
      if (!anc.layout_table) add(kind::table_cell);
    } else if (tag == "em" || tag == "i" ||
               (source_ && (tag == "var" || tag == "dfn" || is_caption(ch, tag)))) {
      if (!anc.em && has_text()) add(kind::em);
    } else if (tag == "strong" || tag == "b") {
      if (!anc.strong && has_text()) add(kind::strong);
    } else if (tag == "del" || tag == "s" || tag == "strike") {
      if (has_text()) add(kind::del);
    } else if (tag == "hr") {
      add(kind::hr);
    }

    segment_kind sk = segment_kind::count_;
    if (tag == "p") sk = segment_kind::p;
    else if (is_heading_tag(tag)) sk = segment_kind::heading;
    else if (tag == "li") sk = segment_kind::li;
    else if (tag == "td" || tag == "th") sk = segment_kind::cell;
    else if (tag == "figcaption") sk = segment_kind::figcaption;
    else if (tag == "blockquote") sk = segment_kind::blockquote;
    else if (tag == "pre") sk = segment_kind::pre;
    if (sk != segment_kind::count_) {
      std::vector<std::string> toks = tokens_of(own_text());
      if (!toks.empty()) f_.segments.push_back(segment{sk, std::move(toks)});
    }
  }

  html_features& f_;
  bool source_;
};

}  // namespace

html_features extract_features(std::string_view html, side which) {
  html_features f;
  const gumbo_doc doc(html);
  const GumboNode* body = doc.body();
  text_into(body, "body", f.text);
  f.tokens = tokens_of(f.text);
  walker(f, which).walk(body, "body", ancestors{});
  return f;
}

}  // namespace article2md::oracle
