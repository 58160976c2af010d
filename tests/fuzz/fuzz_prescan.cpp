// libFuzzer target, differential: the pass before the parse (src/html/prescan.hpp) must change
// nothing but what it says it removes. The input is parsed as it is and after
// prescan_html{drop scripts and styles, no depth limit}; the two trees must be identical, node
// for node with attributes and text, except for the children of HTML <style> and of HTML
// <script> other than JSON-LD. Skipped for inputs over 16 KiB that the pass with a limit of
// 1024 would change (deep nesting, formatting elements piled up, hundreds of attributes): see
// below. With a depth limit (64) the pass only has to leave something the parser takes, and
// returning false must leave its output untouched. The tree dump is tests/html/test_prescan.cpp's,
// copied (that file is a test).
#include "fuzz_properties.hpp"
#include "html/dom.hpp"
#include "html/prescan.hpp"

#include <article2md/html_node.hpp>

#include <gumbo.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using article2md::html_node;
using article2md::detail::parsed_document;
using article2md::detail::prescan_html;
using article2md::detail::prescan_options;

namespace {

const GumboNode* gumbo_of(html_node n) { return static_cast<const GumboNode*>(n.id()); }

// Contents the pass may drop: HTML <style>, and HTML <script> other than JSON-LD.
bool contents_dropped(const GumboNode* g) {
  if (g->type != GUMBO_NODE_ELEMENT || g->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
    return false;
  if (g->v.element.tag == GUMBO_TAG_STYLE) return true;
  if (g->v.element.tag != GUMBO_TAG_SCRIPT) return false;
  const GumboAttribute* type = gumbo_get_attribute(&g->v.element.attributes, "type");
  std::string t = type != nullptr ? type->value : "";
  while (!t.empty() && t.back() == ' ') t.pop_back();
  while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t != "application/ld+json";
}

// Every node, in document order, with its depth, kind, name, namespace, attributes and text.
std::string dump(const parsed_document& doc) {
  std::ostringstream out;
  struct item {
    html_node n;
    int depth;
  };
  std::vector<item> todo{{doc.document(), 0}};
  while (!todo.empty()) {
    item it = todo.back();
    todo.pop_back();
    const GumboNode* g = gumbo_of(it.n);
    out << it.depth << ' ' << static_cast<int>(g->type) << ' ';
    if (it.n.is_element()) {
      out << it.n.tag() << ' ' << static_cast<int>(g->v.element.tag_namespace);
      const GumboVector& attrs = g->v.element.attributes;
      for (unsigned i = 0; i < attrs.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
        out << ' ' << a->name << "=\"" << a->value << '"';
      }
    } else {
      out << '"' << it.n.text() << '"';
    }
    out << '\n';
    if (contents_dropped(g)) continue;
    std::vector<html_node> kids;
    for (html_node c : it.n.children()) kids.push_back(c);
    for (auto k = kids.rbegin(); k != kids.rend(); ++k) todo.push_back({*k, it.depth + 1});
  }
  return out.str();
}

// The first line where the dumps differ, both ways, for the report.
std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const std::size_t line = a.rfind('\n', i == 0 ? 0 : i - 1);
  const std::size_t from = line == std::string::npos ? 0 : line + 1;
  auto line_at = [from](const std::string& s) {
    const std::size_t end = s.find('\n', from);
    return s.substr(from, end == std::string::npos ? std::string::npos : end - from);
  };
  return "as written:    " + line_at(a) + "\nafter prescan: " + line_at(b);
}

}  // namespace

constexpr std::size_t max_unbounded_size = 16 * 1024;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);

  // Unbounded, gumbo is quadratic in the nesting depth and in the formatting elements left
  // open (docs/performance.md), and so is prescan_html itself in the formatting elements
  // (Release: 0.03, 0.09, 0.30 s for 5k, 10k, 20k "<p><b id=N>x"); the converter asks for no
  // limit only when max_depth is over SIZE_MAX / 2. Large inputs that a depth limit would
  // change are checked only with the limit, so that the fuzzer's timeouts and memory limit
  // report the code the library runs, not the known cost of that mode.
  std::string unused;
  const bool pathological =
      size > max_unbounded_size && prescan_html(html, prescan_options{false, 1024}, unused);

  // prescan_html's contract: false leaves `out` as it was.
  const std::string sentinel = "\x01unchanged";
  for (const prescan_options& opts : {prescan_options{true, 64}, prescan_options{true, 0}}) {
    if (pathological && opts.max_depth == 0) continue;
    std::string out = sentinel;
    if (!prescan_html(html, opts, out) && out != sentinel)
      article2md::fuzz::violated("prescan_html returned false but wrote its output");
  }

  if (!pathological) {
    const parsed_document plain(html);
    // The noscript edit is meant to change the tree (prescan.hpp); it is off here.
    const parsed_document scanned(html, prescan_options{true, 0, false});
    const std::string a = dump(plain), b = dump(scanned);
    if (a != b)
      article2md::fuzz::violated("prescan {true, 0} changed the tree", first_difference(a, b));
  }

  // With a depth limit (prescanned inside parsed_document): the output must parse, and the
  // tree is walked whole; it is not compared.
  const parsed_document limited(html, prescan_options{true, 64});
  (void)dump(limited);
  return 0;
}
