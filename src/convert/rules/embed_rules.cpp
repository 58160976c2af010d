// Embedded content: iframes, video and audio as links to the media, and math as TeX.
// (<picture> needs no rule: its <img> renders, and image_source() in media_rules.cpp reads the
// <source> srcsets when the <img> has no usable src.)
#include "convert/rules/builtin_rules.hpp"

#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <string>

namespace article2md::detail {
namespace {

// Sources that cannot be followed outside the page: blob: lives in the page's memory,
// javascript: and vbscript: run code, data: inlines the whole file, about:blank is nothing.
// The scheme is read as a browser reads it ("java\tscript:", " DATA:").
bool is_followable(std::string_view src) {
  if (src.empty()) return false;
  std::string scheme = effective_scheme(src);
  return scheme != "blob" && scheme != "about" && !is_unsafe_link_url(src);
}

// Followable as written and as resolved: under a <base href="javascript:…"> every relative
// source would become one.
bool is_followable(std::string_view src, const rule_context& ctx) {
  return is_followable(src) && is_followable(ctx.resolve_url(src));
}

// Pages that load media lazily keep the address in a data- attribute.
std::string_view own_source(html_node n, const rule_context& ctx) {
  for (const char* name : {"src", "data-src", "data-lazy-src"}) {
    std::string_view v = trim(n.attr(name));
    if (is_followable(v, ctx)) return v;
  }
  return {};
}

// A media element's address: its src, else the first <source> child's (HTML, "the source
// element": the first usable one is the one the browser would try first).
std::string_view media_source(html_node media, const rule_context& ctx) {
  std::string_view src = own_source(media, ctx);
  if (!src.empty()) return src;
  for (html_node c : media.children()) {
    if (!c.is("source")) continue;
    src = own_source(c, ctx);
    if (!src.empty()) return src;
  }
  return {};
}

// The name the page gives the element, or `fallback`: a link needs visible text.
std::string label_of(html_node n, std::string_view fallback) {
  std::string label;
  for (const char* name : {"title", "aria-label"}) {
    append_collapsed(label, trim(n.attr(name)));
    if (!label.empty()) return label;
  }
  return std::string(fallback);
}

void write_link_text(markdown_writer& w, std::string_view label) {
  w.begin_inline_only();
  w.text(label);
  w.end_inline_only();
}

std::string destination(rule_context& ctx, std::string_view url) {
  std::string out = "](";
  markdown_writer::append_destination(out, ctx.resolve_url(url));
  out += ')';
  return out;
}

// <video>: a link to the video, showing the poster frame when there is one:
// [![Video](poster.jpg)](movie.mp4). The fallback content inside ("Your browser does not
// support…") is for browsers without video, not the article's text.
// <audio>: [Audio](sound.mp3).
rule_result media(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  const bool video = node.is("video");
  std::string label = label_of(node, video ? "Video" : "Audio");
  std::string_view src = media_source(node, ctx);
  std::string_view poster = video ? trim(node.attr("poster")) : std::string_view();
  if (!is_followable(poster, ctx)) poster = {};
  // A link cannot hold a link (CommonMark 6.3): inside one, media keep their label only.
  bool link = !src.empty() && !w.in_link_text();
  if (src.empty() && poster.empty()) return rule_result::done;
  if (link) w.markup(poster.empty() ? "[" : "[![");
  if (!poster.empty()) {
    if (!link) w.markup("![");
    write_link_text(w, label);
    w.markup(destination(ctx, poster));
  } else {
    write_link_text(w, label);
  }
  if (link) w.markup(destination(ctx, src));
  return rule_result::done;
}

// Iframes and embeds smaller than this are tracking pixels, not content.
bool is_invisible(html_node n) {
  for (const char* name : {"width", "height"}) {
    std::string_view v = trim(n.attr(name));
    if (v == "0" || v == "1" || v == "0px" || v == "1px") return true;
  }
  return false;
}

// <iframe>: a link to the embedded page. Its visible text is the iframe's title (what the
// HTML spec asks authors to describe it with); without one, "Embedded content": a frame shows
// another page, not text of this one, so the link says only what it is and the address stays
// in the Markdown as its destination. Naming the host ("YouTube video") would be a guess.
rule_result iframe(const html_node& node, rule_context& ctx) {
  std::string_view src = own_source(node, ctx);
  if (src.empty() || is_invisible(node)) return rule_result::done;
  markdown_writer& w = ctx.writer();
  std::string title = label_of(node, "Embedded content");
  if (w.in_link_text()) {  // links cannot nest: the label alone
    w.text(title);
    return rule_result::done;
  }
  w.markup("[");
  write_link_text(w, title);
  w.markup(destination(ctx, src));
  return rule_result::done;
}

// <source> and <track> are read by their <video>, <audio> or <picture>; alone they show
// nothing.
rule_result resource(const html_node&, rule_context&) { return rule_result::done; }

// The TeX of a formula: a <semantics> annotation in TeX (KaTeX, LaTeXML, Wikipedia), else the
// alttext attribute (MathML's text alternative, which math converters fill with the TeX).
std::string tex_of(html_node math) {
  std::string tex;
  for (html_node c : math.child("semantics").children()) {
    if (!c.is("annotation")) continue;
    std::string_view enc = trim(c.attr("encoding"));
    if (iequals(enc, "application/x-tex") || iequals(enc, "application/x-latex") ||
        iequals(enc, "text/x-tex")) {
      append_collapsed(tex, trim(c.text_content()));
      if (!tex.empty()) return tex;
    }
  }
  append_collapsed(tex, trim(math.attr("alttext")));
  return tex;
}

// MediaWiki wraps every formula in `{\displaystyle …}` to typeset it large; the author's TeX is
// what is inside, when the opening brace is the one the final brace closes.
std::string_view strip_displaystyle(std::string_view tex) {
  constexpr std::string_view wrapper = "{\\displaystyle ";
  if (tex.size() <= wrapper.size() || tex.substr(0, wrapper.size()) != wrapper ||
      tex.back() != '}')
    return tex;
  int depth = 0;
  for (std::size_t i = 0; i < tex.size(); ++i) {
    char c = tex[i];
    if (c == '\\') {
      ++i;  // \{ and \} are literal braces
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return i + 1 == tex.size() ? trim(tex.substr(wrapper.size(), i - wrapper.size())) : tex;
    }
  }
  return tex;
}

// TeX with `<` before a letter, `/`, `!` or `?` would be raw HTML to a renderer without math
// (CommonMark 0.31.2 §6.6: `$<b>$`, `$a<!--b$`), copied through to the page it renders. A space
// after such a `<` keeps it text there and changes nothing in TeX, where math mode ignores
// spaces.
std::string without_html_openers(std::string_view tex) {
  std::string out;
  out.reserve(tex.size() + 8);
  for (std::size_t i = 0; i < tex.size(); ++i) {
    out += tex[i];
    if (tex[i] != '<' || i + 1 == tex.size()) continue;
    const char next = tex[i + 1];
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' ||
        next == '!' || next == '?')
      out += ' ';
  }
  return out;
}

// <math>: `$tex$` inline, `$$tex$$` alone in a paragraph for display math (display="block"),
// the dollar syntax that math-aware Markdown renderers (GitHub, pandoc, KaTeX and MathJax
// plugins) read. CommonMark has no math: there the TeX shows as written, which is the
// formula's most faithful text. The TeX is written as it is, unescaped, because those renderers
// take the text between the dollars raw; it is put on one line, because a TeX line starting
// with `-`, `#`, `>` or a run of `=` would otherwise be read as a Markdown block. TeX that
// holds a `$` or ends with `\` would end the math early or not at all: it becomes a code span.
// A formula without TeX keeps its text. A `<` that would open raw HTML gets a space after it
// (see without_html_openers).
rule_result math(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  std::string full = tex_of(node);
  std::string_view tex = strip_displaystyle(full);
  if (tex.empty()) {
    // The presentation, not the annotations: a <semantics> element's first child.
    html_node shown = node;
    for (html_node c : node.child("semantics").children())
      if (c.is_element()) {
        shown = c;
        break;
      }
    w.text(shown.text_content());
    return rule_result::done;
  }
  if (tex.find('$') != std::string_view::npos || tex.back() == '\\') {
    w.inline_code(tex);
    return rule_result::done;
  }
  bool display = iequals(trim(node.attr("display")), "block") ||
                 iequals(trim(node.attr("mode")), "display");
  if (!display) {
    w.markup("$" + without_html_openers(tex) + "$");
    return rule_result::done;
  }
  w.blank_line();
  w.markup("$$" + without_html_openers(tex) + "$$");
  w.blank_line();
  return rule_result::done;
}

// Rendered formulas carry their MathML beside a visual copy: KaTeX (span.katex, the copy
// aria-hidden) and MediaWiki (span.mwe-math-element, the MathML display:none and an image of
// the formula). The MathML alone is the formula, once.
rule_result rendered_math(const html_node& node, rule_context& ctx) {
  if (!node.has_class("katex") && !node.has_class("mwe-math-element")) return rule_result::pass;
  html_node m = node.find("math");
  if (!m || tex_of(m).empty()) return rule_result::pass;
  return math(m, ctx);
}

}  // namespace

void add_embed_rules(converter& c) {
  c.add_rule("video", media);
  c.add_rule("audio", media);
  c.add_rule("iframe", iframe);
  c.add_rule("source", resource);
  c.add_rule("track", resource);
  c.add_rule("math", math);
  c.add_rule("span", rendered_math);
}

}  // namespace article2md::detail
