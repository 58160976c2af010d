// Code: spans for code, kbd, samp and tt; blocks for pre, with the language when marked.
#include "convert/rules/builtin_rules.hpp"

#include "convert/walk_state.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <string>

namespace article2md::detail {
namespace {

void append_pre_text(html_node pre, std::string& out);

rule_result code_span(const html_node& node, rule_context& ctx) {
  // Browsers collapse whitespace in <code> outside <pre>, as in any inline element; a space
  // at an edge is still shown, so it stays (the code span keeps it, CommonMark 6.1).
  std::string raw, code;
  append_pre_text(node, raw);
  append_collapsed(code, raw);
  ctx.writer().inline_code(code);
  return rule_result::done;
}

bool ends_line_block(html_node n) {
  return n.is("p") || n.is("div") || n.is("li") || n.is("tr") || n.is("blockquote") ||
         n.is("h1") || n.is("h2") || n.is("h3") || n.is("h4") || n.is("h5") || n.is("h6");
}

// The text of a <pre> exactly as shown: whitespace kept, <br> a newline, blocks inside it
// (highlighters put lines in <div>s, pages put <p>s) on lines of their own, markup reduced
// to text.
void append_pre_text(html_node pre, std::string& out) {
  auto end_line = [&out] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  for (html_node n = pre.first_child(); n;) {
    if (n.is_text()) {
      out += n.text();
    } else if (n.is("br")) {
      out += '\n';
    } else if (n.is_element() && !n.is("script") && !n.is("style") && !n.is("template")) {
      if (ends_line_block(n)) end_line();
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
    }
    // n is done: close it, and each ancestor whose last child it was.
    html_node up = n;
    n = html_node();
    for (; up && up != pre; up = up.parent()) {
      if (up.is_element() && ends_line_block(up)) end_line();
      if (up.next_sibling()) {
        n = up.next_sibling();
        break;
      }
    }
  }
}

std::string sanitize_language(std::string_view lang) {
  std::string out;
  for (char c : lang) {
    // An info string may not hold backticks (CommonMark 4.5) and ends at a space.
    if (is_html_space(c) || c == '`' || c == '~' || static_cast<unsigned char>(c) < 0x20 ||
        c == ';' || c == ',' || c == '{' || c == '}')
      break;
    out += c;
  }
  return out;
}

// The language as highlighters mark it: class="language-x" / "lang-x" (HTML spec's
// suggestion, Prism, highlight.js), "highlight-source-x" (GitHub), "brush: x" (SyntaxHighlighter),
// or data-lang.
std::string language_of(html_node n) {
  std::string_view cls = n.attr("class");
  std::size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && is_html_space(cls[i])) ++i;
    std::size_t start = i;
    while (i < cls.size() && !is_html_space(cls[i])) ++i;
    std::string_view token = cls.substr(start, i - start);
    for (std::string_view prefix : {"language-", "lang-", "highlight-source-", "brush:"}) {
      if (token.size() > prefix.size() && token.substr(0, prefix.size()) == prefix)
        return sanitize_language(token.substr(prefix.size()));
      if (token == prefix && prefix == "brush:") {  // "brush: js;"
        while (i < cls.size() && is_html_space(cls[i])) ++i;
        std::size_t s = i;
        while (i < cls.size() && !is_html_space(cls[i])) ++i;
        return sanitize_language(cls.substr(s, i - s));
      }
    }
  }
  for (const char* attr : {"data-lang", "data-language"}) {
    std::string lang = sanitize_language(trim(n.attr(attr)));
    if (!lang.empty()) return lang;
  }
  return {};
}

std::string block_language(html_node pre) {
  html_node code = pre.child("code");
  for (html_node n : {code, pre, pre.parent()}) {
    if (!n) continue;
    std::string lang = language_of(n);
    if (!lang.empty()) return lang;
  }
  return {};
}

std::size_t longest_run(std::string_view s, char c) {
  std::size_t longest = 0, run = 0;
  for (char ch : s) {
    run = ch == c ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

rule_result code_block(const html_node& node, rule_context& ctx) {
  markdown_writer& w = ctx.writer();
  std::string text;
  append_pre_text(node, text);
  // Trailing line ends show nothing; a block ends at its last line.
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (trim(text).empty()) text.clear();  // an empty block, not lines of spaces
  if (w.inline_only()) {
    if (text.empty()) return rule_result::done;
    w.inline_code(text);
    return rule_result::done;
  }
  const options& o = ctx.opts();
  w.blank_line();
  w.suspend_spans();
  // An indented block cannot interrupt a paragraph (CommonMark 4.4), and inside a tight list
  // item the blank line before it is not written: there it is fenced instead.
  if (o.code_blocks == code_block_style::indented && w.prefix_depth() == 0) {
    // CommonMark 4.4: four spaces make the code block.
    if (!text.empty()) {  // nothing marks an empty indented block
      w.push_prefix("    ", "    ");
      w.verbatim(text);
      w.pop_prefix();
    }
  } else {
    // CommonMark 4.5: the closing fence must be at least as long as the opening one, and no
    // run inside may be as long.
    std::string fence(std::max<std::size_t>(3, longest_run(text, o.fence) + 1), o.fence);
    w.markup(fence + block_language(node));
    w.line_break();
    if (!text.empty()) {
      w.verbatim(text);
      w.line_break();
    }
    w.markup(fence);
  }
  w.blank_line();
  w.resume_spans();
  return rule_result::done;
}

}  // namespace

void add_code_rules(converter& c) {
  for (const char* tag : {"code", "kbd", "samp", "tt"}) c.add_rule(tag, code_span);
  for (const char* tag : {"pre", "listing", "xmp", "plaintext"}) c.add_rule(tag, code_block);
}

}  // namespace article2md::detail
