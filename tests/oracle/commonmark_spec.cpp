#include "commonmark_spec.hpp"

#include "canonical_html.hpp"
#include "cmark_render.hpp"
#include "gumbo_util.hpp"
#include "round_trip.hpp"
#include "text_tokens.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace article2md::oracle {
namespace {

bool one_of(std::string_view s, std::initializer_list<std::string_view> set) noexcept {
  return std::find(set.begin(), set.end(), s) != set.end();
}

// The elements CommonMark's HTML renderer writes.
bool in_vocabulary(std::string_view tag) noexcept {
  return one_of(tag, {"p", "blockquote", "ul", "ol", "li", "pre", "code", "h1", "h2", "h3", "h4",
                      "h5", "h6", "hr", "br", "em", "strong", "a", "img"});
}

bool is_inline_tag(std::string_view tag) noexcept {
  return one_of(tag, {"em", "strong", "code", "a", "img", "br"});
}

// Attributes CommonMark's HTML renderer writes on `tag` (inside `parent`).
bool allowed_attribute(std::string_view tag, std::string_view parent, std::string_view name,
                       std::string_view value) noexcept {
  if (tag == "a") return name == "href" || name == "title";
  if (tag == "img") return name == "src" || name == "alt" || name == "title";
  if (tag == "ol") return name == "start";
  if (tag == "code") return parent == "pre" && name == "class" && value.rfind("language-", 0) == 0;
  return false;
}

// The first thing under `n` that only raw HTML can produce, or "" when there is none.
// `block_level` is true where CommonMark allows only blocks (top level, blockquote).
std::string raw_html_in(const GumboNode* n, std::string_view tag, bool block_level) {
  const GumboVector& kids = children(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* c = child(kids, i);
    switch (c->type) {
      case GUMBO_NODE_COMMENT:
        return "raw HTML: comment, processing instruction or declaration";
      case GUMBO_NODE_CDATA:
        return "raw HTML: CDATA";
      case GUMBO_NODE_TEXT:
        if (block_level && !py_strip(c->v.text.text).empty()) {
          return "raw HTML: text outside a paragraph";
        }
        continue;
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_DOCUMENT:
        continue;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
    }
    const std::string ctag = tag_name(c);
    if (!in_vocabulary(ctag)) return "raw HTML: `<" + ctag + ">`";
    if (block_level && is_inline_tag(ctag)) return "raw HTML: `<" + ctag + ">` outside a paragraph";
    const GumboVector& attrs = c->v.element.attributes;
    for (unsigned k = 0; k < attrs.length; ++k) {
      const auto* a = static_cast<const GumboAttribute*>(attrs.data[k]);
      if (!allowed_attribute(ctag, tag, a->name, a->value)) {
        return "raw HTML: `<" + ctag + " " + a->name + ">`";
      }
    }
    // The renderer always writes these attributes.
    if (ctag == "a" && attr(c, "href") == nullptr) return "raw HTML: `<a>` without href";
    if (ctag == "img" && attr(c, "alt") == nullptr) return "raw HTML: `<img>` without alt";
    std::string inner = raw_html_in(c, ctag, ctag == "blockquote");
    if (!inner.empty()) return inner;
  }
  return {};
}

// Raw HTML that the parser drops without a trace (a doctype, a stray end tag), read from the
// source text: CommonMark writes `<` in text as `&lt;`, so every tag in it is an element.
std::string raw_html_in_text(std::string_view html) {
  for (std::size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    if (html[i + 1] == '!' || html[i + 1] == '?') {
      return "raw HTML: comment, processing instruction or declaration";
    }
    std::size_t j = i + 1;
    if (html[j] == '/') ++j;
    std::string name;
    for (; j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-'); ++j) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[j]))));
    }
    if (!name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) && !in_vocabulary(name)) {
      return "raw HTML: `<" + name + ">`";
    }
  }
  return {};
}

}  // namespace

std::optional<std::string> skip_reason(const spec_example& ex) {
  if (py_strip(ex.html).empty()) return std::string("renders to nothing (link reference definition)");
  std::string why = raw_html_in_text(ex.html);
  if (!why.empty()) return why;
  const gumbo_doc doc(ex.html, /*fragment=*/true);
  why = raw_html_in(doc.root(), "", /*block_level=*/true);
  if (why.empty()) return std::nullopt;
  return why;
}

std::vector<spec_result> run_spec(const std::vector<spec_example>& examples) {
  std::vector<spec_result> results;
  results.reserve(examples.size());
  for (const spec_example& ex : examples) {
    spec_result r;
    r.number = ex.number;
    r.section = ex.section;
    r.skipped = skip_reason(ex);
    if (!r.skipped) {
      round_trip rt = run_round_trip("example " + std::to_string(ex.number), ex.html);
      r.scores = std::move(rt.scores);
      r.markdown = std::move(rt.markdown);
      r.expected = canonical_html(ex.html);
      if (r.scores.status == file_status::ok) {
        r.got = canonical_html(render_markdown(r.markdown, dialect::commonmark).html);
        r.exact = r.got == r.expected;
        r.exact_gfm = canonical_html(rt.rendered_html) == r.expected;
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

spec_summary summarize_spec(const std::vector<spec_result>& results) {
  spec_summary s;
  std::vector<file_scores> rows;
  for (const spec_result& r : results) {
    ++s.total;
    if (r.skipped) {
      ++s.skipped;
      continue;
    }
    ++s.compared;
    if (r.exact) ++s.exact;
    if (r.exact_gfm) ++s.exact_gfm;
    rows.push_back(r.scores);
  }
  s.metrics = summarize(rows);
  return s;
}

}  // namespace article2md::oracle
