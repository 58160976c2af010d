// A product's page is about the product, and what the shop says of it is the page's JSON-LD
// Product `description`, shown on the page too ("Keep your day's gear within easy reach…").
// Scoring may pick another block beside it (a brand story, the customers' reviews), or
// cleaning may drop the drawer it sits in (an <aside> of an accordion): the element showing
// the description is then brought back into the content, as a declared articleBody would be.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace article2md::detail::extraction {
namespace {

// Enough of a text to tell it from a name or a label: a product's name repeated in the
// description ("EVGA GeForce GTX TITAN Z …") is a heading's or a link's, which are skipped.
constexpr std::size_t key_bytes = 48;
// Enough of a description to find where it is shown; a bound on the work for a huge one.
constexpr std::size_t max_described_bytes = 16 * 1024;

// Appends the letters and digits of `s` (ASCII lower-cased; other scripts as they are), up to
// `limit` bytes: the description and the page compared whatever their spaces, punctuation,
// quotes and tags. With `markup`, tags (`<p>`, `</li>`) and character references (`&amp;`),
// which JSON-LD descriptions often carry as text, are skipped.
void append_letters(std::string& out, std::string_view s, bool markup, std::size_t limit) {
  for (std::size_t i = 0; i < s.size() && out.size() < limit;) {
    const char c = s[i];
    if (markup && c == '<' && i + 1 < s.size() &&
        (is_ascii_alnum(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
      const std::size_t e = s.find('>', i);
      if (e == std::string_view::npos) break;
      i = e + 1;
      continue;
    }
    if (markup && c == '&') {
      std::size_t e = i + 1;
      while (e < s.size() && e < i + 10 && (is_ascii_alnum(s[e]) || s[e] == '#')) ++e;
      if (e < s.size() && s[e] == ';' && e > i + 1) {
        i = e + 1;
        continue;
      }
    }
    const std::size_t b = i;
    const char32_t cp = decode_utf8(s, i);
    if (cp < 0x80) {
      if (is_ascii_alnum(static_cast<char>(cp))) out += ascii_lower(static_cast<char>(cp));
    } else if (!is_unicode_whitespace(cp) && !is_unicode_punctuation(cp) && cp != 0xFFFD) {
      out.append(s.substr(b, i - b));
    }
  }
}

// Whether a text says sentences: a description does, a tagline or a name under the heading
// ("4-in/4-out, 24-bit/192kHz, USB-C Audio Interface") does not.
bool says_sentences(std::string_view s) {
  s = trim(s);
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '.' || last == '!' || last == '?') return true;
  for (std::string_view end : {". ", "! ", "? "})
    if (s.find(end) != std::string_view::npos) return true;
  return false;
}

}  // namespace

index_t extractor::find_product_description(const attempt_result& r, index_t root) const {
  auto kept = [&](index_t i) {
    for (index_t p = i; p != root; p = els_[p].parent)
      if (r.excluded.count(els_[p].node.id()) != 0) return false;
    return r.excluded.count(els_[root].node.id()) == 0;
  };
  std::string described;
  append_letters(described, product_description_, true, max_described_bytes);
  if (described.size() < key_bytes) return no_index;
  // Every key_bytes-long window of the description, so that each element's key is one lookup:
  // a search per element would be the page's size times the description's.
  std::unordered_set<std::string_view> windows;
  windows.reserve(described.size() - key_bytes + 1);
  for (std::size_t at = 0; at + key_bytes <= described.size(); ++at)
    windows.insert(std::string_view(described).substr(at, key_bytes));
  std::string key, shown;
  index_t first = no_index, first_inside = no_index;
  for (index_t i = 0; i < size(); ++i) {
    const element& e = els_[i];
    // Hidden copies, a heading repeating the name, a link to another product: not the text.
    if ((e.flags & f_hidden) || is_heading(e.kind) || e.kind == tag::a) {
      i = e.end - 1;
      continue;
    }
    bool own_text = false;
    for (html_node c = e.node.first_child(); c && !own_text; c = c.next_sibling())
      own_text = c.is_text() && !trim(c.text()).empty();
    if (!own_text) continue;
    // The element's text from its start, across inline markup ("Championing …, <b>Nikon's
    // D750</b> is …"), a bounded number of nodes read.
    key.clear();
    shown.clear();
    int budget = 64;
    for (html_node n = e.node.first_child();
         n && budget > 0 && (key.size() < key_bytes || shown.size() < 300); --budget) {
      if (n.is_text()) {
        append_letters(key, n.text(), false, key_bytes);
        shown += n.text().substr(0, 300);
      }
      if (n.is_element() && n.first_child() && !n.is("script") && !n.is("style")) {
        n = n.first_child();
        continue;
      }
      while (n && !n.next_sibling() && n.parent() != e.node) n = n.parent();
      n = n ? n.next_sibling() : html_node{};
    }
    if (key.size() < key_bytes || windows.count(std::string_view(key).substr(0, key_bytes)) == 0 ||
        !says_sentences(shown))
      continue;
    // A copy the content shows is the one (a summary in the buy box repeats it), else one
    // cleaning dropped from it, else the first.
    const bool inside = i == root || is_ancestor(root, i);
    if (inside && kept(i)) return i;
    if (inside && first_inside == no_index) first_inside = i;
    if (first == no_index) first = i;
  }
  return first_inside != no_index ? first_inside : first;
}

void extractor::keep_product_description(attempt_result& r) const {
  if (!is_product_page() || product_description_.empty() || !r.root)
    return;
  const index_t root = index_of(r.root);
  if (root == no_index) return;
  const index_t shown = find_product_description(r, root);
  if (shown == no_index) return;
  if (shown == root || is_ancestor(root, shown)) {
    // Inside the content, maybe in a drawer cleaning dropped: bring it back with its wrappers.
    for (index_t p = shown; p != root; p = els_[p].parent) r.excluded.erase(els_[p].node.id());
    return;
  }
  // Beside the content: the content grows to hold both, without the chrome it now spans.
  index_t top = els_[root].parent;
  while (top != no_index && !is_ancestor(top, shown)) top = els_[top].parent;
  if (top == no_index) return;
  // A <header> inside an <article> or <main> heads the content (as in pruned_body).
  index_t content_end = 0;
  for (index_t a = top; a != no_index && content_end == 0; a = els_[a].parent)
    if (els_[a].kind == tag::article || els_[a].node.is("main") ||
        els_[a].node.attr("role") == "main")
      content_end = els_[top].end;
  for (index_t i = top + 1; i < els_[top].end;) {
    const element& e = els_[i];
    if (i == root) {
      i = e.end;
      continue;
    }
    if (i >= content_end &&
        (e.kind == tag::article || e.node.is("main") || e.node.attr("role") == "main"))
      content_end = e.end;
    const bool holds_kept = is_ancestor(i, root) || i == shown || is_ancestor(i, shown);
    if (!holds_kept && is_chrome(i, i < content_end)) {
      r.excluded.insert(e.node.id());
      i = e.end;
      continue;
    }
    ++i;
  }
  r.root = els_[top].node;
}

}  // namespace article2md::detail::extraction
