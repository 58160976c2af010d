#pragma once
/// \file
/// The converter: a registry of rules, one per kind of element, and the walk that applies them.

#include <article2md/error.hpp>
#include <article2md/html_node.hpp>
#include <article2md/markdown_writer.hpp>
#include <article2md/options.hpp>

#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace article2md {

/// What a rule answers: it rendered the element, or it defers to the next rule.
enum class rule_result { done, pass };

namespace detail {
struct walk_state;
}

/// What a rule sees of the conversion in progress. Only valid during the call.
class rule_context {
 public:
  markdown_writer& writer() const noexcept;
  const options& opts() const noexcept;
  const article_meta& meta() const noexcept;

  /// Renders `node` itself through the rules (as the walk would).
  void render(html_node node);
  /// Renders the children of `node` in order.
  void render_children(html_node node);
  /// Renders the children inside a lazily opened span (see markdown_writer::open_span);
  /// returns whether anything was written.
  bool render_wrapped(html_node node, std::string_view open, std::string_view close,
                      char delimiter = '\0');
  /// Renders the children of `node` apart, on one line (newlines become spaces), and returns
  /// their Markdown without a final newline: for rules that lay out content themselves, such
  /// as table cells (`table_cell` also escapes `|`).
  std::string render_inline(html_node node, bool table_cell = false);
  /// `url` resolved against the base URL (explicit base, `<base href>`, then the article URL).
  std::string resolve_url(std::string_view url) const;
  /// Marks a node (typically a later sibling) as rendered already: the walk will skip it.
  void consume(html_node node);
  bool consumed(html_node node) const noexcept;

  /// For the library: a context over a walk in progress.
  explicit rule_context(detail::walk_state& state) noexcept : state_(&state) {}
  detail::walk_state& state() const noexcept { return *state_; }

 private:
  detail::walk_state* state_;
};

/// A conversion's result with the metadata it used: what the caller gave, completed from a
/// whole page's own metadata (title, url, date, author, site_name, language) and from a date
/// that opens the body, with `timestamp_ms` computed from `date` when the caller gave none and
/// the date parses. A javascript:, vbscript: or data: `url` (which no header links to) is left
/// out. The fields the page could not supply stay empty.
struct converted_article {
  article_meta meta;
  std::string markdown;
};

/// A rule renders one element and says whether it did.
using rule = std::function<rule_result(const html_node&, rule_context&)>;

/// A configured converter. Configure it once (options, add_rule, remove), then call convert()
/// from as many threads as you like: convert() is const and shares nothing mutable.
class converter {
 public:
  /// A converter with the built-in rules.
  explicit converter(options opts = {});
  converter(const converter& other);
  converter(converter&&) noexcept;
  converter& operator=(const converter& other);
  converter& operator=(converter&&) noexcept;
  ~converter();

  /// Registers `r` for elements named `tag` (case-insensitive), or for every element with
  /// "*". Rules for an element run by descending priority, the newest first on a tie, until
  /// one answers done; the built-in rules have priority 0. Throws std::invalid_argument for an
  /// empty tag or an empty rule.
  converter& add_rule(std::string_view tag, rule r, int priority = 0);
  /// Drops elements with these tags, with everything inside them.
  converter& remove(std::initializer_list<std::string_view> tags);
  converter& remove(const std::vector<std::string>& tags);

  const options& opts() const noexcept;

  /// Converts an HTML document or fragment (UTF-8) to Markdown, with the header the options
  /// ask for. Throws article2md::error when the input cannot be converted at all: over
  /// options.max_input_bytes, Markdown over options.max_output_bytes, or out of memory.
  std::string convert(std::string_view html, const article_meta& meta = {}) const;
  /// Like convert(), and also returns the metadata the conversion used (see
  /// converted_article): the fields a whole page supplied, for callers that store them apart
  /// (a database row, JSON, front matter of their own). convert() is
  /// convert_article(...).markdown. Throws what convert() throws.
  converted_article convert_article(std::string_view html, const article_meta& meta = {}) const;

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

/// One call: a converter with `opts` and the built-in rules.
std::string to_markdown(std::string_view html, const article_meta& meta = {},
                        const options& opts = {});
/// One call: converter(opts).convert_article(html, meta).
converted_article convert_article(std::string_view html, const article_meta& meta = {},
                                  const options& opts = {});

}  // namespace article2md
