// The rule registry and the walk.
#include "convert/walk_state.hpp"
#include "html/node_queries.hpp"

#include "article/extraction/main_content.hpp"
#include "article/header/header.hpp"
#include "article/header/leading_date.hpp"
#include "article/metadata/metadata.hpp"
#include "convert/rules/builtin_rules.hpp"
#include "html/dom.hpp"
#include "html/loading_state.hpp"
#include "text/date.hpp"
#include "text/text_utils.hpp"
#include "text/url.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <new>
#include <stdexcept>

namespace article2md {

namespace detail {
namespace {

bool is_removed(const converter::impl& c, html_node node) {
  int id = node.tag_id();
  if (id >= 0) return static_cast<std::size_t>(id) < c.removed_id.size() &&
                      c.removed_id[static_cast<std::size_t>(id)];
  for (const std::string& name : c.removed_names)
    if (iequals(name, node.tag())) return true;
  return false;
}

const std::vector<rule_entry>* rules_for(const converter::impl& c, html_node node) {
  int id = node.tag_id();
  if (id >= 0) {
    auto i = static_cast<std::size_t>(id);
    return i < c.by_id.size() ? &c.by_id[i] : nullptr;
  }
  std::string lower;
  for (char ch : node.tag()) lower.push_back(ascii_lower(ch));
  auto it = c.by_name.find(lower);
  return it != c.by_name.end() ? &it->second : nullptr;
}

bool runs_before(const rule_entry& a, const rule_entry& b) noexcept {
  return a.priority != b.priority ? a.priority > b.priority : a.seq > b.seq;
}

// Tag rules and `*` rules, merged in their common order, until one answers done.
bool dispatch(walk_state& st, html_node node) {
  const std::vector<rule_entry>* tag_rules = rules_for(st.conv, node);
  const std::vector<rule_entry>& any = st.conv.any;
  std::size_t i = 0, j = 0;
  std::size_t ni = tag_rules != nullptr ? tag_rules->size() : 0;
  rule_context ctx(st);
  while (i < ni || j < any.size()) {
    const rule_entry* e;
    if (j >= any.size() || (i < ni && runs_before((*tag_rules)[i], any[j])))
      e = &(*tag_rules)[i++];
    else
      e = &any[j++];
    if ((*e->fn)(node, ctx) == rule_result::done) return true;
  }
  return false;
}

// What the built-in rules drop, for the plain-text fallback past the depth limit.
bool is_never_text(html_node n) {
  for (const char* tag : {"script", "style", "template", "head", "title", "svg", "canvas",
                          "button", "input", "select", "textarea", "option", "datalist",
                          "object", "embed", "iframe", "video", "audio", "noscript"})
    if (n.is(tag)) return true;
  return false;
}

// Past the depth limit the subtree is still converted, as text with block breaks, by a loop
// instead of recursion.
void render_flat(walk_state& st, html_node root) {
  html_node n = root.first_child();
  while (n) {
    bool descend = false;
    if (n.is_text()) {
      st.out->text(n.text());
    } else if (n.is_element() && !is_removed(st.conv, n) &&
               (st.is_revealed(n) || (!is_hidden(n) && !is_never_text(n)))) {
      if (n.is("br")) st.out->hard_break();
      if (is_block_element(n)) st.out->blank_line();
      descend = static_cast<bool>(n.first_child());
    }
    if (descend) {
      n = n.first_child();
      continue;
    }
    while (n && n != root && !n.next_sibling()) {
      n = n.parent();
      if (n != root && is_block_element(n)) st.out->blank_line();
    }
    if (!n || n == root) break;
    if (is_block_element(n)) st.out->blank_line();
    n = n.next_sibling();
  }
}

struct depth_guard {
  explicit depth_guard(std::size_t& d) noexcept : depth(d) { ++depth; }
  ~depth_guard() { --depth; }
  depth_guard(const depth_guard&) = delete;
  depth_guard& operator=(const depth_guard&) = delete;
  std::size_t& depth;
};

// The page's own metadata fills what the caller left empty: fields given always win.
void fill_from_page(article_meta& meta, page_metadata page) {
  auto fill = [](std::string& field, std::string& found) {
    if (field.empty()) field = std::move(found);
  };
  fill(meta.title, page.title);
  fill(meta.url, page.url);
  fill(meta.date, page.date);
  fill(meta.author, page.author);
  fill(meta.site_name, page.site_name);
  fill(meta.language, page.language);
}

// CommonMark 4.7: link reference definitions, after the body, numbered as first used.
void write_link_definitions(markdown_writer& w, const std::vector<std::string>& definitions) {
  if (definitions.empty()) return;
  w.blank_line();
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    w.markup("[" + std::to_string(i + 1) + "]: " + definitions[i]);
    w.line_break();
  }
}

std::string effective_base(const article_meta& meta, const parsed_document& doc) {
  if (!meta.base_url.empty()) return meta.base_url;
  std::string_view base_href = doc.head().child("base").attr("href");
  if (!base_href.empty()) return resolve_url(meta.url, base_href);
  return meta.url;
}

}  // namespace

void render_default_block(walk_state& st, html_node node) {
  st.out->blank_line();
  rule_context(st).render_children(node);
  st.out->blank_line();
}

void render_default(walk_state& st, html_node node) {
  if (is_block_element(node)) {
    render_default_block(st, node);
    return;
  }
  rule_context(st).render_children(node);
}

// Checked once per element: the Markdown a single element adds is bounded by its own text.
void check_output_size(const options& opts, std::size_t size) {
  if (opts.max_output_bytes != 0 && size > opts.max_output_bytes)
    throw error(fmt::format("the Markdown passes the limit of {} bytes (options.max_output_bytes)",
                            opts.max_output_bytes));
}

void render_node(walk_state& st, html_node node) {
  switch (node.type()) {
    case html_node::kind::text:
    case html_node::kind::whitespace:
    case html_node::kind::cdata:
      // Text lying between merged article blocks may be left out too (main content).
      if (st.consumed.empty() || st.consumed.count(node.id()) == 0) st.out->text(node.text());
      return;
    case html_node::kind::document:
      rule_context(st).render_children(node);
      return;
    case html_node::kind::element:
      break;
    default:
      return;
  }
  if (st.consumed.count(node.id()) != 0 || is_removed(st.conv, node)) return;
  // Hidden only until the page's scripts run: content (a <noscript> too, as a block, which
  // its rule would otherwise drop).
  const bool revealed = st.is_revealed(node);
  if (!revealed && is_hidden(node)) return;
  check_output_size(st.conv.opts, st.out->view().size());
  if (st.depth >= st.conv.opts.max_depth) {
    if (node.is("br")) {
      st.out->hard_break();
      return;
    }
    if (is_never_text(node)) return;
    if (is_block_element(node)) st.out->blank_line();
    render_flat(st, node);
    if (is_block_element(node)) st.out->blank_line();
    return;
  }
  depth_guard guard(st.depth);
  if (st.deferred_captions.count(node.id()) != 0 && !st.out->inline_only()) {
    // The caption of the image just before it (see the image rule): on the image's next line.
    st.out->tighten();
    st.out->line_break();
    rule_context ctx(st);
    render_caption(node, ctx);
    st.out->blank_line();
    return;
  }
  if (revealed && node.is("noscript")) {
    render_default_block(st, node);
    return;
  }
  if (!dispatch(st, node)) render_default(st, node);
}

}  // namespace detail

converter::converter(options opts) : impl_(std::make_unique<impl>()) {
  if (opts.max_depth == 0) throw std::invalid_argument("options.max_depth must be at least 1");
  if (opts.bullet != '-' && opts.bullet != '*' && opts.bullet != '+')
    throw std::invalid_argument("options.bullet must be '-', '*' or '+'");
  if (opts.strong_delimiter != "**" && opts.strong_delimiter != "__")
    throw std::invalid_argument("options.strong_delimiter must be \"**\" or \"__\"");
  if (opts.emphasis_delimiter != "*" && opts.emphasis_delimiter != "_")
    throw std::invalid_argument("options.emphasis_delimiter must be \"*\" or \"_\"");
  if (opts.fence != '`' && opts.fence != '~')
    throw std::invalid_argument("options.fence must be '`' or '~'");
  impl_->opts = opts;
  detail::add_builtin_rules(*this);
}

converter::converter(const converter& other) : impl_(std::make_unique<impl>(*other.impl_)) {}
converter::converter(converter&&) noexcept = default;
converter& converter::operator=(const converter& other) {
  if (this != &other) impl_ = std::make_unique<impl>(*other.impl_);
  return *this;
}
converter& converter::operator=(converter&&) noexcept = default;
converter::~converter() = default;

const options& converter::opts() const noexcept { return impl_->opts; }

converter& converter::add_rule(std::string_view tag, rule r, int priority) {
  if (tag.empty())
    throw std::invalid_argument("add_rule: the tag is empty; give an element name or \"*\"");
  if (!r) throw std::invalid_argument("add_rule: the rule is empty; give a callable");
  detail::rule_entry entry{priority, impl_->next_seq++,
                           std::make_shared<const rule>(std::move(r))};
  std::vector<detail::rule_entry>* list;
  std::string lower;
  for (char c : tag) lower.push_back(detail::ascii_lower(c));
  int id = html_node::tag_id_of(lower);
  if (lower == "*") {
    list = &impl_->any;
  } else if (id >= 0) {
    auto i = static_cast<std::size_t>(id);
    if (impl_->by_id.size() <= i) impl_->by_id.resize(i + 1);
    list = &impl_->by_id[i];
  } else {
    list = &impl_->by_name[lower];
  }
  auto pos = std::find_if(list->begin(), list->end(), [&](const detail::rule_entry& e) {
    return detail::runs_before(entry, e);
  });
  list->insert(pos, std::move(entry));
  return *this;
}

converter& converter::remove(std::initializer_list<std::string_view> tags) {
  for (std::string_view t : tags) {
    if (t.empty()) throw std::invalid_argument("remove: a tag is empty; give element names");
    int id = html_node::tag_id_of(t);
    if (id >= 0) {
      auto i = static_cast<std::size_t>(id);
      if (impl_->removed_id.size() <= i) impl_->removed_id.resize(i + 1);
      impl_->removed_id[i] = true;
    } else {
      std::string lower;
      for (char c : t) lower.push_back(detail::ascii_lower(c));
      impl_->removed_names.push_back(std::move(lower));
    }
  }
  return *this;
}

converter& converter::remove(const std::vector<std::string>& tags) {
  for (const std::string& t : tags) remove({std::string_view(t)});
  return *this;
}

std::string converter::convert(std::string_view html, const article_meta& meta) const {
  return convert_article(html, meta).markdown;
}

converted_article converter::convert_article(std::string_view html,
                                             const article_meta& meta_in) const {
  // A UTF-8 byte order mark is an encoding signature, not text.
  if (html.substr(0, 3) == "\xEF\xBB\xBF") html.remove_prefix(3);
  const options& opts = impl_->opts;
  if (opts.max_input_bytes != 0 && html.size() > opts.max_input_bytes)
    throw error(fmt::format("the input has {} bytes, over the limit of {} (options.max_input_bytes)",
                            html.size(), opts.max_input_bytes));
  try {
    // Script and style contents never reach the Markdown: dropping them before the parse
    // saves a third of the work on a typical page. The parser's own depth is bounded with
    // room to spare over the walk's, past which content is written as plain text anyway.
    std::size_t parse_depth = impl_->opts.max_depth > std::numeric_limits<std::size_t>::max() / 2
                                  ? 0
                                  : impl_->opts.max_depth * 2;
    detail::parsed_document doc(html, detail::prescan_options{true, parse_depth});
    article_meta meta = meta_in;
    detail::content_selection content{doc.body(), {}};
    // What the page hides only until its scripts run is content (html/loading_state.hpp).
    std::unordered_set<const void*> revealed = detail::find_revealed(doc.body());
    if (impl_->opts.scope == content_scope::automatic && doc.is_whole_page()) {
      detail::fill_from_page(meta, detail::extract_metadata(doc.document(), meta.url));
      // The seed header shows the title but no author: a heading repeating the title goes,
      // the byline stays in the body so that nothing the page says about its author is lost.
      detail::content_options shown;
      shown.drop_title_heading = impl_->opts.header != header_style::none && !meta.title.empty();
      shown.drop_byline = false;
      content = detail::select_main_content(doc.body(), shown, revealed);
    }
    // Only a header shows the date; without one the body keeps it.
    html_node leading_date =
        impl_->opts.drop_leading_date && impl_->opts.header != header_style::none
            ? detail::find_leading_date(content.root, meta)
            : html_node();

    markdown_writer w(html.size() / 2 + 256);
    w.use_space_hard_breaks(impl_->opts.hard_breaks == hard_break_style::spaces);
    detail::write_header(w, meta, impl_->opts.header);
    detail::walk_state st(*impl_, w, meta);
    st.base_url = detail::effective_base(meta, doc);
    st.revealed = std::move(revealed);
    st.consumed = std::move(content.excluded);
    if (leading_date) st.consumed.insert(leading_date.id());
    st.out->blank_line();
    rule_context ctx(st);
    // The body's children; an article element itself, so that its own rule applies.
    if (content.root == doc.body())
      ctx.render_children(content.root);
    else
      ctx.render(content.root);
    detail::write_link_definitions(w, st.link_definitions);
    converted_article result{std::move(meta), w.finish()};
    detail::check_output_size(opts, result.markdown.size());
    // The stamp the seed header writes; a URL no header links to is not reported either.
    if (!result.meta.timestamp_ms && !result.meta.date.empty())
      result.meta.timestamp_ms = detail::parse_date_ms(result.meta.date);
    if (!result.meta.url.empty() && detail::is_unsafe_link_url(result.meta.url))
      result.meta.url.clear();
    return result;
  } catch (const std::bad_alloc&) {
    throw error("out of memory converting the document");
  } catch (const std::length_error& e) {
    throw error(std::string("input too large: ") + e.what());
  }
}

std::string to_markdown(std::string_view html, const article_meta& meta, const options& opts) {
  return converter(opts).convert(html, meta);
}

converted_article convert_article(std::string_view html, const article_meta& meta,
                                  const options& opts) {
  return converter(opts).convert_article(html, meta);
}

}  // namespace article2md
