#pragma once
// The extractor behind select_main_content: the state its stages share, and what they all call
// per node (inline here). Each stage is a file of its own beside this one, named below.

#include "article/extraction/main_content.hpp"
#include "article/extraction/page_elements.hpp"
#include "article/extraction/text_measure.hpp"

#include <article2md/html_node.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace article2md::detail::extraction {

/// The rules an attempt applies; each attempt that finds too little turns one more off.
struct flags_t {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

/// What one attempt chose, what to leave out inside it, and the length of its article's text.
struct attempt_result {
  html_node root;
  std::unordered_set<const void*> excluded;
  std::uint32_t chars = 0;
};

/// The characters of text an attempt must find to be taken (Readability's charThreshold);
/// share bars with less text than this are left out.
constexpr std::uint32_t char_threshold = 500;

/// What an element says of a post: it names its author, it dates it.
enum : std::uint8_t { post_author = 1, post_date = 2 };

/// What an element's own attributes say of a post (thread_posts.cpp): `lower_class_id` is its
/// class and id, lower case; `buf` a scratch string.
std::uint8_t attribute_post_marks(html_node n, tag kind, std::string_view lower_class_id,
                                  std::string& buf);

class extractor {
 public:
  /// Reads the page's title and author metadata and the element array of `body`.
  extractor(html_node body, content_options opts,
            const std::unordered_set<const void*>& revealed);
  /// Up to four attempts, each relaxing one more rule, until one finds enough text.
  content_selection select();

 private:
  // --- setup: the title and author the page declares (page_title.cpp)

  /// Reads the title and author metadata of the <head> beside the body.
  void read_title();
  /// Takes a title or an author from a <title>, <meta> or JSON-LD <script>, wherever it is.
  void read_title_element(html_node c);
  /// Adds a title to compare headings with.
  void add_title(std::string_view t);
  /// Whether a heading's text is mostly one of the page's titles.
  bool repeats_title(html_node heading) const;

  // --- setup: the element array and its attribute verdicts (page_elements.cpp)

  /// Fills els_ with the body's elements in pre-order, with their verdicts.
  void build();
  /// Appends element `n` under `parent`, with its tag, class/id weight and flags.
  index_t add_element(html_node n, index_t parent);
  /// Whether element i or one of its three nearest ancestors has kind k.
  bool near_ancestor(index_t i, tag k) const;
  /// Fills raw_chars_: each element's text length before anything is removed.
  void measure_raw_text();
  /// Marks hidden the consent notices that ask for an answer, and what aria-hidden hides
  /// unless it holds the page's main landmark (page_widgets.cpp).
  void settle_widgets();
  /// Marks hidden the definition lists whose terms are snake_case field names: a template's
  /// data store written into the page for its scripts (data_dumps.cpp).
  void hide_data_dumps();
  /// Marks what this attempt removes before scoring (dropped_, gone_).
  void mark_dropped();

  // --- one attempt (main_content.cpp)

  /// One attempt with the rules `flags` leaves on: its choice, what to skip, its text length.
  attempt_result attempt(flags_t flags);

  // --- the measures every stage takes, per node (inline)

  /// The number of elements in the array.
  index_t size() const { return static_cast<index_t>(els_.size()); }

  /// Whether `n` is hidden only until the page's scripts run (in revealed_).
  bool is_revealed(html_node n) const {
    return !revealed_.empty() && revealed_.count(n.id()) != 0;
  }

  /// Bottom-up measures over [b, e) (a union of sibling subtrees), skipping gone nodes; each
  /// node pulls its children's measures in document order. `decide(i)` runs once i is
  /// measured; true removes i.
  template <class Decide>
  void accumulate(index_t b, index_t e, Decide&& decide) {
    for (index_t i = e; i-- > b;) {
      if (gone_[i]) continue;
      stats& to = st_[i];
      to = stats{};
      // The paragraphs Readability makes of runs count as <p> elements.
      index_t r = run_begin_[i];
      const index_t r_end = run_end_[i];
      bool in_run = false;
      text_span run_text;
      for_each_child(i, [&](html_node c, index_t idx) {
        if (!in_run && r < r_end && runs_[r].first == c) {
          in_run = true;
          run_text = text_span{};
        }
        if (idx == no_index) {
          // An <iframe>'s text is never shown (see loading_state.cpp).
          if (c.is_text() && els_[i].kind != tag::iframe) {
            text_span m = measure(c.text());
            if (m.content) {
              if (to.text_nodes == 0) to.text_node = c;
              to.text_nodes = std::min(to.text_nodes + 1, 2u);
            }
            to.text.join(m);
            if (in_run) run_text.join(m);
          }
        } else if (!gone_[idx]) {
          add_child(to, idx);
          if (in_run) run_text.join(st_[idx].text);
        }
        if (in_run && runs_[r].last == c) {
          in_run = false;
          if (!runs_[r].merged) {
            ++to.p;
            to.textish_chars += run_text.chars;
          }
          ++r;
        }
      });
      if (decide(i)) removed_[i] = gone_[i] = 1;
    }
  }

  /// Adds the measures of child element c to its parent's `to`.
  void add_child(stats& to, index_t c) {
    const stats& s = st_[c];
    const element& e = els_[c];
    tag k = kinds_[c];
    const std::uint32_t chars = s.text.chars;
    to.text.join(s.text);
    to.link += k == tag::a ? chars * ((e.flags & f_hash_link) ? 0.3 : 1.0) : s.link;
    to.p += s.p + (k == tag::p ? 1u : 0u);
    to.img += s.img + (k == tag::img ? 1u : 0u);
    to.li += s.li + (k == tag::li ? 1u : 0u);
    to.input += s.input + (k == tag::input ? 1u : 0u);
    to.embeds += s.embeds;
    to.video = to.video || s.video;
    if (is_embed(k)) {
      if (e.flags & f_video)
        to.video = true;
      else
        ++to.embeds;
    }
    to.heading_chars += s.heading_chars + (is_heading(k) ? chars : 0u);
    to.textish_chars += s.textish_chars + (is_textish(k) ? chars : 0u);
    to.list_chars += s.list_chars + (k == tag::ul || k == tag::ol ? chars : 0u);
    to.rows += s.rows + (k == tag::tr ? e.span : 0u);
    to.row_cells += s.row_cells + (k == tag::td ? e.span : 0u);
    to.columns = std::max({to.columns, s.columns, k == tag::tr ? s.row_cells : 0u});
    if (to.text_nodes == 0) to.text_node = s.text_node;
    to.text_nodes = std::min(to.text_nodes + s.text_nodes, 2u);
    ++to.element_children;
    if (k == tag::br || k == tag::hr) ++to.brhr_children;
    to.block_below = to.block_below || s.block_below || is_div_to_p(k);
    to.data_table_below =
        to.data_table_below || s.data_table_below || (k == tag::table && data_table_[c] != 0);
    to.table_below = to.table_below || s.table_below || k == tag::table;
    to.table_data_marks = to.table_data_marks || s.table_data_marks || k == tag::col ||
                          k == tag::colgroup || k == tag::tfoot || k == tag::thead ||
                          k == tag::th || (k == tag::caption && (e.flags & f_has_children));
  }

  /// Calls f(child, index) for each child node of element i; index is no_index for text,
  /// comments and unlisted elements.
  template <class F>
  void for_each_child(index_t i, F&& f) const {
    index_t next = i + 1;
    const index_t end = els_[i].end;
    for (html_node c = els_[i].node.first_child(); c; c = c.next_sibling()) {
      if (c.is_element() && next < end && els_[next].node == c) {
        index_t idx = next;
        next = els_[idx].end;
        f(c, idx);
      } else {
        f(c, no_index);
      }
    }
  }

  /// Calls for_each_child's f for the children of a run's owner from its first node to its
  /// last: the nodes of one paragraph Readability would make.
  template <class F>
  void for_each_in_run(const run& r, F&& f) const {
    bool in = false;
    for_each_child(r.owner, [&](html_node c, index_t idx) {
      if (c == r.first) in = true;
      if (!in) return;
      if (c == r.last) in = false;
      f(c, idx);
    });
  }

  // --- Readability's DOM edits before scoring, as flags (paragraphs.cpp)

  /// Whether child c (element index idx, or no_index) is phrasing content.
  bool phrasing(html_node c, index_t idx) const;
  /// Whether child c is whitespace text or a <br>.
  bool whitespace(html_node c, index_t idx) const;
  /// Fills has_br_chain_ (<p>s holding a <br><br> chain) and all_children_phrasing_.
  void find_br_chains();
  /// Whether element index idx is a <br>.
  bool is_br(index_t idx) const;
  /// Runs become paragraphs, divs paragraphs or see-through (runs_, kinds_, transparent_...).
  void shape();
  /// Appends the runs of phrasing content among the children of `owner` to runs_.
  void collect_runs(index_t owner, bool div_like);

  // --- shared by scoring, selection and cleaning

  /// The parent of element i, seen through the divs that became their only paragraph.

  index_t logical_parent(index_t i) const {
    index_t p = els_[i].parent;
    while (p != no_index && transparent_[p]) p = els_[p].parent;
    return p;
  }

  /// The class/id weight of element i, when this attempt weighs classes.
  int weight_of(index_t i) const {
    if (!flags_.weight_classes || i == zero_weight_) return 0;
    return els_[i].class_weight;
  }

  /// Element i, or the paragraph it stands for when it is a div that became that paragraph.
  index_t resolve(index_t i) const {
    while (transparent_[i]) i = proxy_[i];
    return i;
  }

  // --- scores (scoring.cpp)

  /// Makes element i a candidate, with its tag's base score and its class weight.
  void init_candidate(index_t i);
  /// Adds a paragraph's score to `first_ancestor` and four ancestors above (none under 25 chars).
  void propagate(index_t first_ancestor, std::uint32_t chars, std::uint32_t all_commas);
  /// Scores every candidate (score_, candidates_).
  void score();

  // --- the choice (selection.cpp)

  /// The one itemprop=articleBody, else <article>, else <main> (or role=main), holding half the
  /// text; or no_index.
  index_t semantic_container() const;
  /// Replaces a choice outside the semantic container with that container.
  void prefer_semantic_container(std::vector<item>& chosen, index_t& parent);
  /// Whether element a is a proper ancestor of element d.
  bool is_ancestor(index_t a, index_t d) const;
  /// The index of element `n` in the array, or no_index.
  index_t index_of(html_node n) const {
    for (index_t i = 0; i < size(); ++i)
      if (els_[i].node == n) return i;
    return no_index;
  }
  /// Picks the best candidate and its siblings worth keeping (`chosen`, under `parent`).
  void pick(std::vector<item>& chosen, index_t& parent);
  /// Calls f(item) for each item of element p: its surviving children and its runs' paragraphs.
  template <class F>
  void for_each_item(index_t p, F&& f) const;
  /// Calls on_text(text) for each text node of element i's live subtree.
  template <class F>
  void walk_live_text(index_t i, F&& on_text) const;
  /// Appends the live text of element i to `out`, whitespace collapsed.
  void append_live_text(index_t i, std::string& out) const;
  /// Appends the live text of run r to `out`, whitespace collapsed.
  void append_run_text(const run& r, std::string& out) const;

  // --- threads (thread_posts.cpp)

  /// What element i's own tag and attributes say: post_author, post_date.
  std::uint8_t post_marks(index_t i);
  /// The tag and first class token (else id) of element i, digits left out.
  std::string post_signature(index_t i) const;
  /// When the choice lies in a run of sibling posts (built alike, each signed and dated),
  /// chooses the run.
  void extend_to_thread(std::vector<item>& chosen, index_t& parent);
  /// Leaves out what a post says of its author: statistics, signature, avatar (marks `out`).
  void leave_out_post_chrome(index_t post, std::vector<std::uint8_t>& out);
  /// Whether the children of p hold a run of posts; fills `run` with them.
  bool posts_below(index_t p, std::vector<index_t>& run);
  /// When the choice holds a thread whole, marks its posts' chrome in post_chrome_.
  void find_held_threads(const std::vector<item>& chosen);

  // --- _prepArticle (cleaning.cpp)

  /// Sets data_table_[i]: whether table i holds data (_markDataTables).
  void decide_data_table(index_t i);
  /// Cleans the chosen items (_prepArticle) and returns the attempt's result.
  attempt_result clean(const std::vector<item>& chosen, index_t parent);
  /// Whether a logical ancestor of i, from `top` down, max_depth + 1 levels up (0: any), is a k.
  bool ancestor_within(index_t i, tag k, int max_depth, index_t top) const;
  /// Whether conditional cleaning removes node i of kind k.
  bool fishy(index_t i, tag k) const;

  // --- results (main_content.cpp)

  /// The selection of attempt r (the body when r chose nothing).
  content_selection finish(attempt_result r);
  /// The whole body, without its hidden elements.
  content_selection body_only();

  // --- never empty (fallback.cpp)

  /// Whether element i is page chrome: hidden, unlikely or share-bar flags, a footer, aside,
  /// form, nav or dialog, a chrome landmark role, or a <header> outside `in_content`.
  bool is_chrome(index_t i, bool in_content) const;
  /// The attempt `best` (`found`: it reached char_threshold), or the page without its chrome
  /// when that holds far more text.
  attempt_result settle(attempt_result best, bool found) const;
  /// The body without its chrome (outermost chrome elements excluded), with its text length.
  attempt_result pruned_body() const;

  // --- a product's page (product_rails.cpp)

  /// On a page declaring a product, leaves out of `r` the rails of other products' cards and
  /// the customers' reviews.
  void leave_out_product_rails(attempt_result& r) const;

  // --- a product's description (product_anchor.cpp)

  /// The element showing sentences of the product's JSON-LD description (outside hidden
  /// elements, headings and links): the first one `r` (rooted at `root`) shows, else the
  /// first inside `root`, else the first; or no_index.
  index_t find_product_description(const attempt_result& r, index_t root) const;
  /// On a page declaring a product, brings into `r` the element showing its description.
  void keep_product_description(attempt_result& r) const;

  html_node body_;
  std::vector<std::vector<std::string>> titles_;
  std::vector<element> els_;
  std::vector<index_t> headings_;
  std::vector<std::uint32_t> raw_chars_;
  bool meta_byline_ = false;
  /// The page says it is an article (og:type article, a schema.org article type in JSON-LD).
  bool declares_article_ = false;
  /// The page says it is a discussion (schema.org DiscussionForumPosting or QAPage, in JSON-LD
  /// or microdata): its comments and replies are content.
  bool declares_discussion_ = false;
  std::uint16_t page_flags_ = 0;  // the flags of every element, or-ed
  std::vector<index_t> skip_link_lists_;  // elements named for skip links (page_widgets.cpp)
  /// The page says it sells a product (og:type product, schema.org Product in JSON-LD or
  /// microdata), and whether it says it shows a group of them (og:type product.group).
  bool declares_product_ = false;
  bool declares_product_group_ = false;
  /// A page of one product: it declares a product, not a group of them.
  bool is_product_page() const { return declares_product_ && !declares_product_group_; }
  /// The description of the product the page's JSON-LD declares (empty: none).
  std::string product_description_;
  content_options opts_;
  /// Hidden and <noscript> elements that are content (html/loading_state.hpp).
  const std::unordered_set<const void*>& revealed_;
  bool byline_found_ = false;
  std::string lower_class_, lower_id_, match_, buf_;

  flags_t flags_;
  std::vector<std::uint8_t> dropped_, gone_, removed_, data_table_, empty_, absorbed_, transparent_,
      scored_, has_br_chain_, all_children_phrasing_, in_data_table_;
  std::vector<tag> kinds_;
  std::vector<stats> st_;
  std::vector<index_t> proxy_, items_count_, run_begin_, run_end_, candidates_, range_top_;
  std::vector<double> score_;
  std::vector<run> runs_;
  std::vector<std::pair<html_node, index_t>> kids_;
  index_t zero_weight_ = no_index;
  /// Per element: the post marks of its subtree (thread_posts.cpp), filled on first use.
  std::vector<std::uint8_t> marks_below_;
  /// Per element: the post marks its own attributes give (add_element).
  std::vector<std::uint8_t> attribute_marks_;
  /// Per element: chrome of the posts of a thread the choice holds whole, left out only once
  /// the attempt's text is measured (its length decides between attempts and the fallback).
  std::vector<std::uint8_t> post_chrome_;
};

}  // namespace article2md::detail::extraction
