// Images and their captions.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <string>

namespace article2md::detail {
namespace {

// How long a caption may be; a longer block after an image is prose, not a caption.
constexpr std::size_t max_caption_length = 400;
// How many single-child wrappers (<div><a><img>) may stand between an image and its caption.
constexpr int max_wrappers = 4;

// A source that points at an image file: not empty, not data: (inline, and on lazy-loading
// pages a placeholder for the real one), not javascript:/vbscript: (never an image).
bool is_real_source(std::string_view src) {
  return !src.empty() && !is_data_url(src) && !is_script_url(src);
}

// Parses a decimal number as HTML's "rules for parsing floating-point number values" accept
// it (digits, optional fraction, optional exponent); false for anything else.
bool parse_number(std::string_view s, double& value) {
  std::size_t i = 0;
  double v = 0;
  bool digits = false;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    v = v * 10 + (s[i++] - '0');
    digits = true;
  }
  if (i < s.size() && s[i] == '.') {
    double scale = 0.1;
    for (++i; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, scale /= 10) {
      v += (s[i] - '0') * scale;
      digits = true;
    }
  }
  if (!digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool negative = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (i >= s.size()) return false;
    int e = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
      if (e < 400) e = e * 10 + (s[i] - '0');
    for (int k = 0; k < e; ++k) v = negative ? v / 10 : v * 10;
  }
  value = v;
  return i == s.size();
}

// The best candidate seen over one or more srcset attributes: the widest by `w` descriptor
// when any candidate has one, else the densest by `x` (no descriptor is 1x). The first wins a
// tie; placeholders (data: URLs) and javascript:/vbscript: URLs never win.
struct best_candidate {
  std::string_view by_width, by_density;
  double width = -1, density = -1;

  void consider(std::string_view url, const std::string_view* descriptors, std::size_t count) {
    bool has_w = false, has_x = false, has_h = false;
    double w = 0, x = 1;
    // HTML, "parse a srcset attribute", step 13: a candidate with an invalid, repeated or
    // conflicting descriptor is dropped.
    for (std::size_t k = 0; k < count; ++k) {
      std::string_view d = descriptors[k];
      char last = d.back();
      std::string_view number = d.substr(0, d.size() - 1);
      double v = 0;
      if (last == 'w' && !has_w && !has_x && number.find_first_not_of("0123456789") ==
                                                   std::string_view::npos &&
          !number.empty() && parse_number(number, v) && v > 0) {
        has_w = true;
        w = v;
      } else if (last == 'x' && !has_w && !has_x && !has_h && parse_number(number, v)) {
        has_x = true;
        x = v;
      } else if (last == 'h' && !has_h && !has_x && !number.empty() &&
                 number.find_first_not_of("0123456789") == std::string_view::npos) {
        has_h = true;
      } else {
        return;
      }
    }
    if ((has_h && !has_w) || !is_real_source(url)) return;
    if (has_w && w > width) {
      width = w;
      by_width = url;
    } else if (!has_w && x > density) {
      density = x;
      by_density = url;
    }
  }

  // HTML, "parse a srcset attribute": candidates are a URL (no whitespace; trailing commas
  // end it) and descriptors up to the next comma outside parentheses. One pass, no allocation.
  void parse(std::string_view s) {
    constexpr std::size_t max_descriptors = 4;
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (true) {
      while (i < n && (is_html_space(s[i]) || s[i] == ',')) ++i;
      if (i >= n) return;
      std::size_t start = i;
      while (i < n && !is_html_space(s[i])) ++i;
      std::string_view url = s.substr(start, i - start);
      std::string_view descriptors[max_descriptors];
      std::size_t count = 0;
      bool too_many = false;
      if (url.back() == ',') {
        while (!url.empty() && url.back() == ',') url.remove_suffix(1);
      } else {
        while (i < n && is_html_space(s[i])) ++i;
        std::size_t token = i;
        bool in_parens = false;
        auto add = [&](std::size_t end) {
          if (end <= token) return;
          if (count < max_descriptors)
            descriptors[count++] = s.substr(token, end - token);
          else
            too_many = true;
        };
        for (;; ++i) {
          if (i >= n) {
            add(i);
            break;
          }
          char c = s[i];
          if (in_parens) {
            in_parens = c != ')';
          } else if (c == ',') {
            add(i);
            ++i;
            break;
          } else if (c == '(') {
            in_parens = true;
          } else if (is_html_space(c)) {
            add(i);
            while (i + 1 < n && is_html_space(s[i + 1])) ++i;
            token = i + 1;
          }
        }
      }
      if (!too_many) consider(url, descriptors, count);
    }
  }

  std::string_view best() const { return by_width.empty() ? by_density : by_width; }
};

// The image's real source: the one the page shows once its scripts have run. Lazy-loading
// pages keep it in a data- attribute (or a data-srcset) and put a placeholder in src: a data:
// URL, a spacer or "lazy_placeholder" file, a blurred thumbnail. The data- source wins over a
// src that is a data: URL, names itself a placeholder, or sits on an image whose class names
// its lazy loader (lazy, lazyload, lazy-hidden: Readability's _fixLazyImages test); a real
// src on any other image is kept, as Readability keeps it. Responsive images may give only a srcset, or
// leave the candidates to the <source> elements of their <picture>: without a usable src the
// largest candidate is taken, the one a reader on a large screen would see. Only without any
// real source is a data: URL the image itself (the image rule keeps it when it is small
// enough); javascript: and vbscript: sources are never taken.
constexpr const char* lazy_attributes[] = {"data-src",  "data-original", "data-lazy-src",
                                           "data-lazy", "data-url",      "data-echo",
                                           "data-original-src"};
constexpr const char* lazy_srcsets[] = {"data-srcset", "data-lazy-srcset"};

// A src that a lazy loader replaces: on an image whose class names the loader, or a file
// named for what it is (lazy_placeholder.gif, blank.gif, spacer.gif, 1x1.png...).
bool is_placeholder_source(html_node img, std::string_view src) {
  if (icontains(img.attr("class"), "lazy")) return true;
  std::string_view file = src.substr(src.find_last_of('/') + 1);
  for (std::string_view word : {"placeholder", "lazy", "blank", "spacer", "transparent", "pixel",
                                "1x1", "loading", "loader"})
    if (icontains(file, word)) return true;
  return false;
}

std::string_view image_source(html_node img) {
  std::string_view src = trim(img.attr("src"));
  const bool replaced = !is_real_source(src) || is_placeholder_source(img, src);
  if (replaced)
    for (const char* lazy : lazy_attributes) {
      std::string_view v = trim(img.attr(lazy));
      if (is_real_source(v)) return v;
    }
  bool lazy_set = false;
  for (const char* set : lazy_srcsets) lazy_set = lazy_set || !trim(img.attr(set)).empty();
  if (is_real_source(src) && !(replaced && lazy_set)) return src;
  best_candidate best;
  best.parse(img.attr("srcset"));
  for (const char* set : lazy_srcsets) best.parse(img.attr(set));
  if (!best.best().empty()) return best.best();
  if (is_real_source(src)) return src;
  html_node picture = img.parent();
  if (picture.is("picture"))
    for (html_node source : picture.children())
      if (source.is("source"))
        for (const char* set : {"srcset", "data-srcset"}) best.parse(source.attr(set));
  if (!best.best().empty()) return best.best();
  if (is_data_url(src)) return src;
  for (const char* lazy : lazy_attributes) {
    std::string_view v = trim(img.attr(lazy));
    if (is_data_url(v)) return v;
  }
  return {};
}

// Whether the text content (as append_text_content() gathers it) would be non-empty; stops at
// the first visible character instead of gathering it all.
bool has_text(html_node n) {
  if (n.is_text()) return !trim(n.text()).empty();
  for (html_node c = n.first_child(); c;) {
    bool descend = false;
    if (c.is_text()) {
      if (!trim(c.text()).empty()) return true;
    } else if (c.is_element()) {
      descend = !c.is("script") && !c.is("style") && !c.is("template") && !c.is("noscript");
    }
    c = next_in_subtree(c, n, descend);
  }
  return false;
}

// A node that shows something: text, an image, an element with either inside.
bool is_meaningful(html_node n) {
  if (n.is_text()) return !trim(n.text()).empty();
  if (!n.is_element()) return false;
  return n.is("img") || n.is("picture") || n.find("img") || has_text(n);
}

// Whether `node` shows something and none of its siblings does. The walk stops at the first
// meaningful sibling, so many images under one parent each look at their neighbours only:
// a sibling is visited from at most the nearest meaningful node on either side of it.
bool is_only_meaningful_child(html_node node) {
  if (!is_meaningful(node)) return false;
  for (html_node s = node.prev_sibling(); s; s = s.prev_sibling())
    if (is_meaningful(s)) return false;
  for (html_node s = node.next_sibling(); s; s = s.next_sibling())
    if (is_meaningful(s)) return false;
  return true;
}

html_node only_meaningful_child(html_node parent) {
  html_node found;
  for (html_node c : parent.children()) {
    if (!is_meaningful(c)) continue;
    if (found) return {};
    found = c;
  }
  return found;
}

bool is_caption_like(html_node n, int depth = 0) {
  if (!n.is_element() || n.is("img") || n.find("img")) return false;
  std::string text;
  append_text_content(n, text);
  if (text.empty() || text.size() > max_caption_length) return false;
  if (n.is("figcaption") || n.is("small") || icontains(n.attr("class"), "caption") ||
      icontains(n.attr("id"), "caption"))
    return true;
  // A wrapper around a caption (<div><small>…</small></div>) is the caption.
  html_node only = only_meaningful_child(n);
  return depth < max_wrappers && only && is_caption_like(only, depth + 1);
}

// The caption-like block right after an image, or after the wrappers that hold only it.
html_node caption_after(html_node img) {
  html_node anchor = img;
  for (int i = 0; i < max_wrappers; ++i) {
    html_node parent = anchor.parent();
    // A figure with its own caption ends the climb (the figure rule writes that caption).
    if (!parent.is_element() || parent.is("body") ||
        (parent.is("figure") && parent.find("figcaption")) ||
        !is_only_meaningful_child(anchor))
      break;
    anchor = parent;
  }
  for (html_node s = anchor.next_sibling(); s; s = s.next_sibling()) {
    if (s.is_text() && trim(s.text()).empty()) continue;
    if (s.type() == html_node::kind::comment) continue;
    return is_caption_like(s) ? s : html_node();
  }
  return {};
}

// The caption on the line after its image.
void write_caption(html_node caption, rule_context& ctx) {
  ctx.writer().line_break();
  render_caption(caption, ctx);
}

void write_image(std::string_view alt, std::string_view url, std::string_view title,
                 rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.markup("![");
  w.begin_inline_only();
  w.begin_link_text();
  w.text(alt);
  w.end_link_text();
  w.end_inline_only();
  std::string close = "](";
  markdown_writer::append_destination(close, url);
  if (!title.empty()) {
    close += ' ';
    markdown_writer::append_title(close, title);
  }
  close += ')';
  w.markup(close);
}

// A placeholder image whose real one waits in the <noscript> right after it.
bool has_noscript_fallback(html_node img) {
  html_node next = img.next_element();
  return next.is("noscript") && next.find("img");
}

// The address to write for the image's source, or an empty string when the image is left out:
// - a data: URL (the page gave no real source) is kept as it is when its media type is
//   image/* and it is at most options::max_data_image_bytes long (0: never); not when the
//   real image waits in the <noscript> after it. It is not resolved: it is not hierarchical,
//   and its data must stay byte for byte.
// - anything else is resolved; what resolves to javascript:, vbscript: or data: (under a
//   <base href> of that scheme) is left out.
std::string image_url(html_node node, std::string_view src, rule_context& ctx) {
  if (is_data_url(src)) {
    std::string url = detail::resolve_url({}, src);  // cleaned like every URL, not resolved
    const std::size_t limit = ctx.opts().max_data_image_bytes;
    if (has_noscript_fallback(node) || !is_data_image_url(url) || url.size() > limit) return {};
    return url;
  }
  std::string url = ctx.resolve_url(src);
  if (is_unsafe_link_url(url)) return {};
  return url;
}

rule_result image(const html_node& node, rule_context& ctx) {
  std::string_view src = image_source(node);
  if (src.empty()) return rule_result::done;
  std::string url = image_url(node, src, ctx);
  if (url.empty()) return rule_result::done;
  walk_state& st = ctx.state();
  std::string alt;
  append_collapsed(alt, trim(node.attr("alt")));
  html_node caption = st.figure_caption.empty() ? caption_after(node) : html_node();
  // An absent alt is unknown: the caption describes the image. alt="" is the author saying
  // the image needs no text (HTML, "the img element"): kept empty.
  if (!node.has_attr("alt")) alt = caption ? caption.text_content() : st.figure_caption;
  write_image(alt, url, trim(node.attr("title")), ctx);
  if (caption && ctx.writer().inline_only()) {
    // The image is link text (<a><img></a> then the caption): the caption is not the link's;
    // it is written on the line after the link, when the walk reaches it.
    st.deferred_captions.insert(caption.id());
  } else if (caption) {
    write_caption(caption, ctx);
    ctx.consume(caption);
  }
  return rule_result::done;
}

// A figure whose content apart from its caption is images only: the images on one line,
// the caption on the next.
bool holds_only_images(html_node figure, html_node caption) {
  for (html_node n = figure.first_child(); n;) {
    bool descend = false;
    if (n.is_text()) {
      if (!trim(n.text()).empty()) return false;
    } else if (n.is_element() && n != caption && !n.is("img")) {
      if (is_block_element(n) && !n.is("div")) return false;
      descend = true;
    }
    n = next_in_subtree(n, figure, descend);
  }
  return true;
}

rule_result figure(const html_node& node, rule_context& ctx) {
  html_node caption = node.find("figcaption");
  if (!caption || !has_text(caption)) return rule_result::pass;
  walk_state& st = ctx.state();
  markdown_writer& w = ctx.writer();
  bool images_only = holds_only_images(node, caption);
  std::string saved = std::move(st.figure_caption);
  st.figure_caption = caption.text_content();
  ctx.consume(caption);
  w.blank_line();
  if (images_only) w.begin_inline_only();
  ctx.render_children(node);
  if (images_only) w.end_inline_only();
  st.consumed.erase(caption.id());
  if (images_only && !w.at_line_start())
    write_caption(caption, ctx);
  else {
    w.blank_line();
    render_caption(caption, ctx);
  }
  ctx.consume(caption);
  w.blank_line();
  st.figure_caption = std::move(saved);
  return rule_result::done;
}

// Lazy-loading pages put the real <img> in <noscript> after a placeholder image; other
// noscript content (tracking pixels, "enable JavaScript") is not the article's.
rule_result noscript(const html_node& node, rule_context& ctx) {
  html_node img = node.find("img");
  if (!img) return rule_result::done;
  html_node prev = node.prev_element();
  html_node prev_img = prev.is("img") ? prev : prev.find("img");
  if (prev_img && is_real_source(image_source(prev_img))) return rule_result::done;
  ctx.render_children(node);
  return rule_result::done;
}

}  // namespace

void render_caption(html_node caption, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  const std::string& d = ctx.opts().emphasis_delimiter;
  w.begin_inline_only();
  ctx.render_wrapped(caption, d, d, d.front());
  w.end_inline_only();
}

// A figcaption outside any figure, or not taken by an image: still a caption.
rule_result lone_caption(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  render_caption(node, ctx);
  w.blank_line();
  return rule_result::done;
}

void add_media_rules(converter& c) {
  c.add_rule("figcaption", lone_caption);
  c.add_rule("img", image);
  c.add_rule("figure", figure);
  c.add_rule("noscript", noscript);
}

}  // namespace article2md::detail
