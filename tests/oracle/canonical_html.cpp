#include "canonical_html.hpp"

#include "gumbo_util.hpp"
#include "text_tokens.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace article2md::oracle {
namespace {

// normalize.py's block-level tags: whitespace next to them is insignificant.
bool is_block_tag(std::string_view tag) noexcept {
  static constexpr std::array<std::string_view, 50> blocks = {
      "article", "header",   "aside",    "hgroup",  "blockquote", "hr",    "iframe",
      "body",    "li",       "map",      "button",  "object",     "canvas", "ol",
      "caption", "output",   "col",      "p",       "colgroup",   "pre",   "dd",
      "progress", "div",     "section",  "dl",      "table",      "td",    "dt",
      "tbody",   "embed",    "textarea", "fieldset", "tfoot",     "figcaption", "th",
      "figure",  "thead",    "footer",   "tr",      "form",       "ul",    "h1",
      "h2",      "h3",       "h4",       "h5",      "h6",         "video", "script",
      "style"};
  return std::find(blocks.begin(), blocks.end(), tag) != blocks.end();
}

bool is_void_tag(std::string_view tag) noexcept {
  static constexpr std::array<std::string_view, 16> voids = {
      "area", "base", "basefont", "bgsound", "br",   "col",   "embed", "hr",
      "img",  "input", "keygen",  "link",    "meta", "param", "source", "track"};
  return tag == "wbr" || std::find(voids.begin(), voids.end(), tag) != voids.end();
}

// Python's str.rstrip(): normalize.py strips the output before a block-level tag.
void rstrip(std::string& s) {
  while (!s.empty()) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    if (!is_py_space(next_code_point(s, i))) break;
    s.resize(start);
  }
}

std::string escape_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string escape_attr(std::string_view s) {  // Python's html.escape(s, quote=True)
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\'') {
      out += "&#x27;";
    } else {
      out += escape_text(std::string_view(&c, 1));
    }
  }
  return out;
}

// Python's str.lstrip().
std::string_view lstrip(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t i = b;
    if (!is_py_space(next_code_point(s, i))) break;
    b = i;
  }
  return s.substr(b);
}

std::string collapse_spaces(std::string_view s) {  // whitespace_re.sub(' ', s)
  std::string out;
  out.reserve(s.size());
  bool in_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (is_py_space(next_code_point(s, i))) {
      if (!in_space) out.push_back(' ');
      in_space = true;
    } else {
      out.append(s.substr(start, i - start));
      in_space = false;
    }
  }
  return out;
}

class serializer {
 public:
  std::string take() { return std::move(out_); }

  void node(const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        data(n->v.text.text);
        break;
      case GUMBO_NODE_COMMENT:
        out_ += "<!--";
        out_ += n->v.text.text;
        out_ += "-->";
        last_ = last::comment;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        element(n);
        break;
      case GUMBO_NODE_DOCUMENT:
        break;
    }
  }

  void children_of(const GumboNode* n) {
    const GumboVector& kids = children(n);
    for (unsigned i = 0; i < kids.length; ++i) node(child(kids, i));
  }

 private:
  enum class last { starttag, endtag, data, comment };

  void data(std::string_view text) {
    std::string d(text);
    const bool after_tag = last_ == last::starttag || last_ == last::endtag;
    const bool after_block_tag = after_tag && is_block_tag(last_tag_);
    if (after_tag && last_tag_ == "br") d.erase(0, std::min(d.size(), d.find_first_not_of('\n')));
    if (!in_pre_) d = collapse_spaces(d);
    if (after_block_tag && !in_pre_) {
      if (last_ == last::starttag) {
        d = std::string(lstrip(d));
      } else {
        d = std::string(py_strip(d));
      }
    }
    out_ += escape_text(d);
    last_ = last::data;
  }

  void element(const GumboNode* n) {
    const std::string tag = tag_name(n);
    if (tag == "pre") in_pre_ = true;
    if (is_block_tag(tag)) rstrip(out_);
    out_ += '<';
    out_ += tag;
    const GumboVector& attrs = n->v.element.attributes;
    std::vector<std::pair<std::string_view, std::string_view>> sorted;
    sorted.reserve(attrs.length);
    for (unsigned i = 0; i < attrs.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
      sorted.emplace_back(a->name, a->value);
    }
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [k, v] : sorted) {
      out_ += ' ';
      out_ += k;
      out_ += "=\"";
      // URLs compare percent-decoded (normalize.py's intent, score.py's norm_url): a Markdown
      // destination always comes back percent-encoded by cmark.
      out_ += escape_attr(k == "href" || k == "src" ? norm_url(v) : std::string(v));
      out_ += '"';
    }
    out_ += '>';
    last_tag_ = tag;
    if (is_void_tag(tag)) {  // written <br />: normalize.py's handle_startendtag
      last_ = last::endtag;
      return;
    }
    last_ = last::starttag;
    children_of(n);
    if (tag == "pre") {
      in_pre_ = false;
    } else if (is_block_tag(tag)) {
      rstrip(out_);
    }
    out_ += "</";
    out_ += tag;
    out_ += '>';
    last_tag_ = tag;
    last_ = last::endtag;
  }

  std::string out_;
  std::string last_tag_;
  last last_ = last::starttag;
  bool in_pre_ = false;
};

}  // namespace

std::string canonical_html(std::string_view html) {
  const gumbo_doc doc(html, /*fragment=*/true);
  serializer s;
  s.children_of(doc.root());
  return s.take();
}

}  // namespace article2md::oracle
