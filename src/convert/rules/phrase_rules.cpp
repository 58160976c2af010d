// Phrasing elements whose look Markdown can or cannot express, and the small block structures
// (definition lists, disclosure widgets, addresses). Each renders in the most faithful Markdown
// form; what Markdown cannot express keeps its text.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <string>

namespace article2md::detail {
namespace {

// <del>, <s>, <strike>: GFM strikethrough (GFM 6.5); plain text without the extension. A
// delimiter run cannot span paragraphs, so deleted blocks are struck one paragraph at a time,
// and blocks with their own structure (lists, quotes) keep their text unstruck rather than
// show literal `~~`.
rule_result strikethrough(const html_node& node, rule_context& ctx) {
  if (!ctx.opts().gfm_strikethrough) {
    ctx.render_children(node);
    return rule_result::done;
  }
  bool has_blocks = false;
  for (html_node c : node.children()) has_blocks = has_blocks || is_block_element(c);
  if (!has_blocks) {
    ctx.render_wrapped(node, "~~", "~~", '~');
    return rule_result::done;
  }
  markdown_writer& w = ctx.writer();
  bool open = false;  // a span around the run of inline content in progress
  for (html_node c : node.children()) {
    bool block = is_block_element(c);
    if (block && open) {
      w.close_span("~~");
      open = false;
    }
    if (c.is("p")) {
      w.open_span("~~", '~');
      ctx.render(c);
      w.close_span("~~");
    } else if (block) {
      ctx.render(c);
    } else {
      if (!open) w.open_span("~~", '~');
      open = true;
      ctx.render(c);
    }
  }
  if (open) w.close_span("~~");
  return rule_result::done;
}

// Markdown has no underline (<u>, <ins>), highlight (<mark>), small print (<small>) or
// tooltip (<abbr title>): their text stays, the styling goes. An abbreviation's title is a
// tooltip, not text the page shows; expanding it at every occurrence would add prose the
// author did not write. <time> and <data> show their text; their machine-readable value is
// for machines.
rule_result keep_text(const html_node& node, rule_context& ctx) {
  ctx.render_children(node);
  return rule_result::done;
}

bool is_blank(html_node n) {
  return (n.is_text() && trim(n.text()).empty()) || n.type() == html_node::kind::comment;
}

bool is_italic_tag(html_node n) {
  return n.is("em") || n.is("i") || n.is("cite") || n.is("var") || n.is("dfn");
}

// Italic inside italic stays italic in a browser, but `*` inside `*` is either nested
// emphasis or, with nothing between the runs, strong emphasis (`**x**`, CommonMark 6.2, rule
// 13). So the element adds no delimiters when an italic ancestor or its only child already
// makes it italic. The walk up is bounded by the walk's depth limit.
bool already_italic(html_node node) {
  for (html_node p = node.parent(); p.is_element(); p = p.parent())
    if (is_italic_tag(p)) return true;
  html_node only;
  for (html_node c : node.children()) {
    if (is_blank(c)) continue;
    if (only) return false;
    only = c;
  }
  return is_italic_tag(only);
}

// Browsers italicize <var> and <dfn> (HTML, "Rendering: phrasing content"): emphasis.
rule_result italic(const html_node& node, rule_context& ctx) {
  if (already_italic(node)) {
    ctx.render_children(node);
    return rule_result::done;
  }
  const std::string& d = ctx.opts().emphasis_delimiter;
  ctx.render_wrapped(node, d, d, d.front());
  return rule_result::done;
}

// Superscripts and subscripts. "x<sup>2</sup>" as "x2" changes the meaning, and CommonMark has
// no superscript syntax (`^2^` would show its carets), so short runs that Unicode has
// characters for become those characters: x², H₂O, 10⁻³, xₙ₊₁. Only characters Unicode names as
// superscripts or subscripts are used (digits, + - = ( ), and the letters it has: n and i
// above, a e h i j k l m n o p r s t u v x below), not look-alike modifier letters: "1<sup>st
// </sup>" stays "1st". Anything else keeps its text through the ordinary walk, including
// footnote references, whose link (<sup><a href="#fn1">1</a></sup>) must stay a link.
constexpr std::size_t max_script_chars = 16;

const char* script_char(char c, bool super) {
  static const char* const sup_digits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                           "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  static const char* const sub_digits[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                           "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
  // LATIN SUBSCRIPT SMALL LETTER a-z, where Unicode has one.
  static const char* const sub_letters[] = {
      "\u2090", nullptr,   nullptr,   nullptr,   "\u2091", nullptr,   nullptr,
      "\u2095", "\u1D62", "\u2C7C", "\u2096", "\u2097", "\u2098", "\u2099",
      "\u2092", "\u209A", nullptr,   "\u1D63", "\u209B", "\u209C", "\u1D64",
      "\u1D65", nullptr,   "\u2093", nullptr,   nullptr};
  if (c >= '0' && c <= '9') return (super ? sup_digits : sub_digits)[c - '0'];
  if (c >= 'a' && c <= 'z' && !super) return sub_letters[c - 'a'];
  switch (c) {
    case '+': return super ? "\u207A" : "\u208A";
    case '-': return super ? "\u207B" : "\u208B";
    case '=': return super ? "\u207C" : "\u208C";
    case '(': return super ? "\u207D" : "\u208D";
    case ')': return super ? "\u207E" : "\u208E";
    case 'n': return "\u207F";
    case 'i': return "\u2071";
    default: return nullptr;
  }
}

// Formatting that may sit inside a script without changing what it says.
bool is_plain_wrapper(html_node n) {
  return n.is("span") || n.is("b") || n.is("strong") || n.is("i") || n.is("em") ||
         n.is("small") || n.is("font");
}

// The script's text as Unicode super/subscript characters, or empty when any part of it has
// none. Looks at a bounded number of nodes and characters: constant work per element.
std::string script_text(html_node node, bool super) {
  std::string out;
  std::size_t chars = 0;
  bool space_after = false;
  int nodes = 0;
  for (html_node n = node.first_child(); n; ++nodes) {
    if (nodes > 8) return {};
    bool descend = false;
    if (n.is_text()) {
      std::string_view t = n.text();
      if (t.size() > 4 * max_script_chars) return {};
      for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (is_html_space(c)) {
          space_after = chars > 0;
          continue;
        }
        // Only whitespace at the edges, which moves outside: "a b" is not one script run.
        if (space_after) return {};
        // "−" (U+2212 MINUS SIGN) is what typeset pages write for the minus.
        if (t.compare(i, 3, "\u2212") == 0) {
          c = '-';
          i += 2;
        }
        const char* mapped = script_char(c, super);
        if (mapped == nullptr || ++chars > max_script_chars) return {};
        out += mapped;
      }
    } else if (n.is_element()) {
      if (!is_plain_wrapper(n)) return {};
      descend = true;
    }
    n = next_in_subtree(n, node, descend);
  }
  return out;
}

bool starts_with_space(html_node node) {
  html_node f = node.first_child();
  return f.is_text() && !f.text().empty() && is_html_space(f.text().front());
}
bool ends_with_space(html_node node) {
  html_node l = node.last_child();
  return l.is_text() && !l.text().empty() && is_html_space(l.text().back());
}

rule_result script(const html_node& node, rule_context& ctx) {
  std::string mapped = script_text(node, node.is("sup"));
  if (mapped.empty()) {
    ctx.render_children(node);
    return rule_result::done;
  }
  markdown_writer& w = ctx.writer();
  if (starts_with_space(node)) w.space();
  w.text(mapped);
  if (ends_with_space(node)) w.space();
  return rule_result::done;
}

// <q>: the quotation marks the browser draws around it (HTML rendering, "quotes"), double
// outside and single inside any other <q>. Language-specific marks (CSS `quotes: auto`) are not
// applied. The ancestor walk is bounded by the walk's depth limit.
rule_result quote(const html_node& node, rule_context& ctx) {
  bool nested = false;
  for (html_node p = node.parent(); p.is_element(); p = p.parent())
    if (p.is("q")) {
      nested = true;
      break;
    }
  markdown_writer& w = ctx.writer();
  w.text(nested ? "\u2018" : "\u201C");
  ctx.render_children(node);
  w.text(nested ? "\u2019" : "\u201D");
  return rule_result::done;
}

// True when `n` holds only phrasing content: it can share lines with its neighbours.
bool is_inline_only(html_node n) {
  for (html_node c : n.children())
    if (c.is_element() && is_block_element(c)) return false;
  return true;
}

// The one <p> that is all of `n`'s content, as in <dd><p>Definition</p></dd>.
html_node sole_paragraph(html_node n) {
  html_node found;
  for (html_node c : n.children()) {
    if (is_blank(c)) continue;
    if (!c.is("p") || found) return {};
    found = c;
  }
  return found;
}

// Definition lists have no CommonMark form (": definition" is an extension that CommonMark
// shows literally). Browsers draw each term and definition on its own line, the definitions
// indented: here a group is one paragraph, the term in strong emphasis, each term and
// definition on its own line (hard breaks), groups apart by blank lines. A definition with
// blocks inside (lists, several paragraphs) is written as its blocks.
rule_result definition_list(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  ctx.render_children(node);
  w.blank_line();
  return rule_result::done;
}

// Where a term or definition starts: on the next line of its group's paragraph (a term after
// a term, a definition after its term or another definition), or a new paragraph when it
// starts a group or either side is made of blocks.
void start_item(html_node item, html_node content, rule_context& ctx) {
  html_node prev = item.prev_element();
  bool same_group = prev.is("dt") || (prev.is("dd") && item.is("dd"));
  html_node prev_para = sole_paragraph(prev);
  bool prev_inline = prev.is("dt") || is_inline_only(prev_para ? prev_para : prev);
  if (same_group && prev_inline && is_inline_only(content))
    ctx.writer().hard_break();
  else
    ctx.writer().blank_line();
}

rule_result term(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  start_item(node, node, ctx);
  // Browsers show a term in the text's own weight, its definitions indented below it: the
  // term's line, then theirs (Markdown has no indentation that is not a code block).
  w.begin_inline_only();  // a term is one line
  ctx.render_children(node);
  w.end_inline_only();
  return rule_result::done;
}

rule_result definition(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  html_node para = sole_paragraph(node);
  html_node content = para ? para : node;
  start_item(node, content, ctx);
  ctx.render_children(content);
  if (!is_inline_only(content)) w.blank_line();
  return rule_result::done;
}

// <details>: its <summary> (the first one, HTML "the details element") is the visible label, a
// paragraph of its own; the content follows, shown as if opened. Without a summary the browser's
// own label ("Details") is interface, not the article's text, and is not written.
rule_result details(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  html_node summary = node.child("summary");
  w.blank_line();
  if (summary && !ctx.consumed(summary)) {
    w.begin_inline_only();
    ctx.render_children(summary);
    w.end_inline_only();
    w.blank_line();
    ctx.consume(summary);
  }
  ctx.render_children(node);
  w.blank_line();
  return rule_result::done;
}

// <address> is a block whose lines are kept (<br> is a hard break, as everywhere). Browsers
// italicize it, but emphasis cannot span the paragraphs an address may hold, so it stays plain.
rule_result address(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  w.blank_line();
  ctx.render_children(node);
  w.blank_line();
  return rule_result::done;
}

}  // namespace

void add_phrase_rules(converter& c) {
  for (const char* tag : {"del", "s", "strike"}) c.add_rule(tag, strikethrough);
  for (const char* tag : {"ins", "u", "mark", "small", "abbr", "acronym", "time", "data"})
    c.add_rule(tag, keep_text);
  for (const char* tag : {"var", "dfn"}) c.add_rule(tag, italic);
  // <cite> stays text: sites use it for whole references (author, title, date), which their
  // stylesheets show upright, and an italic run over a reference would add emphasis the page
  // does not show.
  c.add_rule("cite", keep_text);
  c.add_rule("sup", script);
  c.add_rule("sub", script);
  c.add_rule("q", quote);
  c.add_rule("dl", definition_list);
  c.add_rule("dt", term);
  c.add_rule("dd", definition);
  c.add_rule("details", details);
  c.add_rule("address", address);
}

}  // namespace article2md::detail
