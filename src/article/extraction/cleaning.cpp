// Main-content extraction after Mozilla Readability (Readability.js, Apache-2.0): _grabArticle
// scores paragraphs, propagates the scores to their ancestors, picks the best container and
// merges its worthy siblings; _prepArticle then cleans that container conditionally. The
// rules are Readability's; the mechanics are ours: the tree is read-only, so every
// "remove" is a flag, and every measure (text length, link text, commas, counts of p/img/li)
// is computed bottom-up over a pre-order array of the elements, without recursion, instead of
// calling textContent per node.
#include "article/extraction/main_content.hpp"

#include "html/node_queries.hpp"
#include "text/text_utils.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail {
namespace {

using index_t = std::uint32_t;
constexpr index_t no_index = std::numeric_limits<index_t>::max();

// The tags the heuristics tell apart; everything else is `other`.
enum class tag : std::uint8_t {
  other,
  skip,
  body,
  div,
  p,
  section,
  article,
  header,
  footer,
  aside,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  td,
  th,
  tr,
  table,
  thead,
  tfoot,
  col,
  colgroup,
  caption,
  pre,
  blockquote,
  address,
  ol,
  ul,
  dl,
  dd,
  dt,
  li,
  form,
  fieldset,
  img,
  figure,
  a,
  del,
  ins,
  br,
  hr,
  object,
  embed,
  iframe,
  link,
  input,
  textarea,
  select,
  button,
  code,
  span,
  math
};

constexpr std::size_t max_tag_ids = 256;

struct tag_tables {
  std::array<tag, max_tag_ids> kind{};
  std::array<bool, max_tag_ids> phrasing{};
};

tag_tables make_tag_tables() {
  tag_tables t{};
  struct named {
    const char* name;
    tag kind;
  };
  // script/style/noscript/template: Readability deletes them before it starts (and a
  // template's content is not in the DOM's textContent).
  static const named kinds[] = {
      {"script", tag::skip},
      {"style", tag::skip},
      {"noscript", tag::skip},
      {"template", tag::skip},
      {"body", tag::body},
      {"div", tag::div},
      {"p", tag::p},
      {"section", tag::section},
      {"article", tag::article},
      {"header", tag::header},
      {"footer", tag::footer},
      {"aside", tag::aside},
      {"h1", tag::h1},
      {"h2", tag::h2},
      {"h3", tag::h3},
      {"h4", tag::h4},
      {"h5", tag::h5},
      {"h6", tag::h6},
      {"td", tag::td},
      {"th", tag::th},
      {"tr", tag::tr},
      {"table", tag::table},
      {"thead", tag::thead},
      {"tfoot", tag::tfoot},
      {"col", tag::col},
      {"colgroup", tag::colgroup},
      {"caption", tag::caption},
      {"pre", tag::pre},
      {"blockquote", tag::blockquote},
      {"address", tag::address},
      {"ol", tag::ol},
      {"ul", tag::ul},
      {"dl", tag::dl},
      {"dd", tag::dd},
      {"dt", tag::dt},
      {"li", tag::li},
      {"form", tag::form},
      {"fieldset", tag::fieldset},
      {"img", tag::img},
      {"figure", tag::figure},
      {"a", tag::a},
      {"del", tag::del},
      {"ins", tag::ins},
      {"br", tag::br},
      {"hr", tag::hr},
      {"object", tag::object},
      {"embed", tag::embed},
      {"iframe", tag::iframe},
      {"link", tag::link},
      {"input", tag::input},
      {"textarea", tag::textarea},
      {"select", tag::select},
      {"button", tag::button},
      {"code", tag::code},
      {"span", tag::span},
      {"math", tag::math},
      {"font", tag::span},
  };
  for (const named& n : kinds) {
    int id = html_node::tag_id_of(n.name);
    if (id >= 0 && static_cast<std::size_t>(id) < max_tag_ids)
      t.kind[static_cast<std::size_t>(id)] = n.kind;
  }
  // Readability's PHRASING_ELEMS (a, del and ins are phrasing when all their children are).
  for (const char* name : {"abbr",   "audio",  "b",        "bdo",   "br",   "button",   "cite",
                           "code",   "data",   "datalist", "dfn",   "em",   "embed",    "i",
                           "img",    "input",  "kbd",      "label", "mark", "math",     "meter",
                           "object", "output", "progress", "q",     "ruby", "samp",     "select",
                           "small",  "span",   "strong",   "sub",   "sup",  "textarea", "time",
                           "var",    "wbr",    "font"}) {  // _prepDocument turns <font> into <span>
    int id = html_node::tag_id_of(name);
    if (id >= 0 && static_cast<std::size_t>(id) < max_tag_ids)
      t.phrasing[static_cast<std::size_t>(id)] = true;
  }
  return t;
}

const tag_tables& tables() {
  static const tag_tables t = make_tag_tables();
  return t;
}

bool is_heading(tag k) { return k >= tag::h1 && k <= tag::h6; }
// Readability's DIV_TO_P_ELEMS: a div holding none of these is really a paragraph.
bool is_div_to_p(tag k) {
  return k == tag::blockquote || k == tag::dl || k == tag::div || k == tag::img || k == tag::ol ||
         k == tag::p || k == tag::pre || k == tag::table || k == tag::ul;
}
// The "textish" tags of _cleanConditionally's text density.
bool is_textish(tag k) { return k == tag::span || k == tag::li || k == tag::td || is_div_to_p(k); }
bool is_embed(tag k) { return k == tag::object || k == tag::embed || k == tag::iframe; }
// DEFAULT_TAGS_TO_SCORE.
bool is_scored(tag k) {
  return k == tag::section || (k >= tag::h2 && k <= tag::h6) || k == tag::p || k == tag::td ||
         k == tag::pre;
}

// --- class and id vocabularies (Readability's REGEXPS, as lower-case substring tables) ---

constexpr std::string_view unlikely_words[] = {
    "-ad-",       "ai2html", "banner",    "breadcrumbs",  "combx",    "comment",  "community",
    "cover-wrap", "disqus",  "extra",     "footer",       "gdpr",     "header",   "legends",
    "menu",       "related", "remark",    "replies",      "rss",      "shoutbox", "sidebar",
    "skyscraper", "social",  "sponsor",   "supplemental", "ad-break", "agegate",  "pagination",
    "pager",      "popup",   "yom-remote"};
constexpr std::string_view maybe_candidate_words[] = {"and",     "article", "body",  "column",
                                                      "content", "main",    "shadow"};
constexpr std::string_view positive_words[] = {"article", "body", "content", "entry",      "hentry",
                                               "h-entry", "main", "page",    "pagination", "post",
                                               "text",    "blog", "story"};
constexpr std::string_view negative_words[] = {
    "-ad-",       "hidden",  "banner",   "combx",  "comment",  "com-",     "contact",
    "foot",       "footer",  "footnote", "gdpr",   "masthead", "media",    "meta",
    "outbrain",   "promo",   "related",  "scroll", "share",    "shoutbox", "sidebar",
    "skyscraper", "sponsor", "shopping", "tags",   "widget"};
constexpr std::string_view byline_words[] = {"byline", "author", "dateline", "writtenby",
                                             "p-author"};
constexpr std::string_view unlikely_roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"};
// Hosts of the embeds Readability keeps (its `videos` expression).
constexpr std::string_view video_hosts[] = {
    "dailymotion.com", "youtube.com", "youtube-nocookie.com", "player.vimeo.com",
    "v.qq.com",        "archive.org", "upload.wikimedia.org", "player.twitch.tv"};

template <std::size_t N>
bool contains_any(std::string_view lower, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

void assign_lower(std::string& out, std::string_view s) {
  out.clear();
  for (char c : s) out.push_back(ascii_lower(c));
}

constexpr bool is_word_char(char c) { return is_ascii_alnum(c) || c == '_'; }

// /(\b|_)(share|sharedaddy)(\b|_)/i
bool matches_share(std::string_view lower) {
  for (std::size_t at = lower.find("share"); at != std::string_view::npos;
       at = lower.find("share", at + 1)) {
    bool left = at == 0 || !is_word_char(lower[at - 1]) || lower[at - 1] == '_';
    if (!left) continue;
    for (std::size_t len : {std::size_t{5}, std::size_t{10}}) {
      if (len == 10 && lower.substr(at, 10) != "sharedaddy") continue;
      std::size_t after = at + len;
      if (after >= lower.size() || !is_word_char(lower[after]) || lower[after] == '_') return true;
    }
  }
  return false;
}

bool is_video_url(std::string_view value, std::string& buf) {
  if (value.find("//") == std::string_view::npos) return false;
  assign_lower(buf, value);
  std::string_view v = buf;
  for (std::size_t at = v.find("//"); at != std::string_view::npos; at = v.find("//", at + 1)) {
    std::string_view rest = v.substr(at + 2);
    if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
    for (std::string_view host : video_hosts)
      if (rest.substr(0, host.size()) == host) return true;
  }
  return false;
}

// --- text measures ---

// Text as Readability measures it: textContent, trimmed, whitespace runs counting one. Spans
// are measured apart and joined in document order: a run of whitespace across a boundary
// (text "a " then "<b> b</b>") still counts once, and none at the ends.
struct text_span {
  std::uint32_t chars = 0;       // code points, trimmed, a run of whitespace counting one
  std::uint32_t commas = 0;      // ',' (what _getCharCount counts)
  std::uint32_t all_commas = 0;  // Latin, Arabic, CJK... commas (paragraph scoring)
  bool content = false;          // anything but whitespace
  bool lead_space = false;       // whitespace before the content (or anywhere, without content)
  bool trail_space = false;      // whitespace after the content

  // Appends `b`, which follows this span in the document.
  void join(const text_span& b) {
    commas += b.commas;
    all_commas += b.all_commas;
    if (!b.content) {
      trail_space = trail_space || b.lead_space;
      if (!content) lead_space = trail_space;
      return;
    }
    if (!content) {
      bool space = lead_space || trail_space;
      chars = b.chars;
      content = true;
      lead_space = space || b.lead_space;
      trail_space = b.trail_space;
      return;
    }
    chars += b.chars + ((trail_space || b.lead_space) ? 1u : 0u);
    trail_space = b.trail_space;
  }
};

bool is_comma_variant(char32_t c) {
  return c == 0x2C || c == 0x60C || c == 0xFE50 || c == 0xFE10 || c == 0xFE11 || c == 0x2E41 ||
         c == 0x2E34 || c == 0x2E32 || c == 0xFF0C;
}

text_span measure(std::string_view s) {
  text_span m;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (is_html_space(c)) {
      space = true;
      ++i;
      continue;
    }
    if (space) {
      if (m.content)
        ++m.chars;
      else
        m.lead_space = true;
    }
    space = false;
    m.content = true;
    ++m.chars;
    if (c == ',') {
      ++m.commas;
      ++m.all_commas;
      ++i;
    } else if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
    } else if (is_comma_variant(decode_utf8(s, i))) {
      ++m.all_commas;
    }
  }
  if (space) {
    if (m.content)
      m.trail_space = true;
    else
      m.lead_space = m.trail_space = true;
  }
  return m;
}

std::uint32_t parse_span(std::string_view v) {
  v = trim(v);
  std::uint32_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
    if (n > 1000) break;
  }
  return n == 0 ? 1 : n;
}

// Readability's _textSimilarity: how much of `b`'s words (ASCII word characters, as JS's \W
// splits) also occur in `a`.
std::vector<std::string> ascii_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (is_word_char(c)) {
      cur.push_back(ascii_lower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

double text_similarity(const std::vector<std::string>& a, std::string_view b_text) {
  std::vector<std::string> b = ascii_words(b_text);
  if (a.empty() || b.empty()) return 0;
  std::size_t all = 0, unique = 0, unique_count = 0;
  for (const std::string& w : b) {
    all += w.size();
    if (std::find(a.begin(), a.end(), w) == a.end()) {
      unique += w.size();
      ++unique_count;
    }
  }
  all += b.size() - 1;
  if (unique_count > 0) unique += unique_count - 1;
  return 1.0 - static_cast<double>(unique) / static_cast<double>(all);
}

// --- the element array ---

enum : std::uint16_t {
  f_hidden = 1u << 0,     // hidden, aria-hidden, modal dialog: always dropped
  f_unlikely = 1u << 1,   // unlikely class/id or role: dropped while stripping unlikelys
  f_share = 1u << 2,      // share bar class/id
  f_video = 1u << 3,      // embed of an allowed video host
  f_hash_link = 1u << 4,  // <a href="#...">: link text weighs 0.3
  f_title = 1u << 5,      // h1/h2 that repeats the page title
  f_has_children = 1u << 6,
  f_layout_table = 1u << 7,  // role=presentation or datatable=0
  f_data_table = 1u << 8,    // summary attribute
  f_byline = 1u << 9,        // rel=author, itemprop=author, byline class/id
};

struct element {
  html_node node;
  index_t parent = no_index;
  index_t end = 0;  // one past the last descendant (pre-order)
  tag kind = tag::other;
  bool phrasing_tag = false;
  std::uint16_t flags = 0;
  int class_weight = 0;
  std::uint32_t span = 1;  // rowspan of a tr, colspan of a td
};

struct stats {
  text_span text;
  double link = 0;
  std::uint32_t p = 0, img = 0, li = 0, input = 0, embeds = 0;
  std::uint32_t heading_chars = 0, textish_chars = 0, list_chars = 0;
  std::uint32_t rows = 0, row_cells = 0, columns = 0;
  std::uint32_t text_nodes = 0;
  html_node text_node;
  std::uint32_t element_children = 0, brhr_children = 0;
  bool video = false, block_below = false, data_table_below = false;
  bool table_data_marks = false, table_below = false;
};

// A run of phrasing content that Readability wraps into a <p> of its own: the phrasing
// children of a div, or what follows a <br><br> chain.
struct run {
  index_t owner = no_index;
  html_node first, last;                 // inclusive range of the owner's children
  index_t elem_begin = 0, elem_end = 0;  // element indices of its members
  text_span text;
  double link = 0;
  bool merged = false;  // the owner itself became this paragraph
};

struct item {
  bool is_run = false;
  index_t index = 0;
};

struct flags_t {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

struct attempt_result {
  html_node root;
  std::unordered_set<const void*> excluded;
  std::uint32_t chars = 0;
};

constexpr int n_top_candidates = 5;
constexpr std::uint32_t char_threshold = 500;

class extractor {
 public:
  extractor(html_node body, content_options opts) : body_(body), opts_(opts) {
    read_title();
    build();
    measure_raw_text();
  }

  content_selection select() {
    flags_t flags;
    std::vector<attempt_result> attempts;
    for (int round = 0; round < 4; ++round) {
      attempt_result r = attempt(flags);
      if (r.chars >= char_threshold) return finish(std::move(r));
      attempts.push_back(std::move(r));
      if (flags.strip_unlikely)
        flags.strip_unlikely = false;
      else if (flags.weight_classes)
        flags.weight_classes = false;
      else
        flags.clean_conditionally = false;
    }
    // No attempt reached the threshold: the longest one (stable: the earliest on a tie).
    std::size_t best = 0;
    for (std::size_t i = 1; i < attempts.size(); ++i)
      if (attempts[i].chars > attempts[best].chars) best = i;
    if (attempts[best].chars == 0) return body_only();
    return finish(std::move(attempts[best]));
  }

 private:
  // ------------------------------------------------------------------ setup

  // Readability compares headings with the page title (og:title, twitter:title, <title>...).
  // Parsers move a malformed head's elements into the body: look there too.
  void read_title() {
    html_node head = body_.parent().child("head");
    for (html_node c = head.first_child(); c; c = c.next_sibling()) read_title_element(c);
  }

  void read_title_element(html_node c) {
    if (c.is("title")) {
      std::string text;
      append_text_content(c, text);
      add_title(text);
    } else if (c.is("meta")) {
      std::string_view content = c.attr("content");
      if (content.empty()) return;
      std::string_view property = c.attr("property");
      // Properties are a space-separated list (article:author, dc:creator...).
      assign_lower(buf_, property);
      for (std::size_t b = 0; b < buf_.size();) {
        std::size_t e = buf_.find(' ', b);
        if (e == std::string::npos) e = buf_.size();
        std::string_view p = std::string_view(buf_).substr(b, e - b);
        if (p == "og:title" || p == "twitter:title" || p == "dc:title" || p == "dcterm:title")
          add_title(content);
        if (p == "dc:creator" || p == "dcterm:creator" ||
            (p == "article:author" && content.find("://") == std::string_view::npos))
          meta_byline_ = true;
        b = e + 1;
      }
      assign_lower(buf_, trim(c.attr("name")));
      std::replace(buf_.begin(), buf_.end(), '.', ':');
      if (buf_ == "og:title" || buf_ == "twitter:title" || buf_ == "dc:title" ||
          buf_ == "dcterm:title" || buf_ == "title")
        add_title(content);
      if (buf_ == "author" || buf_ == "dc:creator" || buf_ == "dcterm:creator" ||
          buf_ == "parsely-author")
        meta_byline_ = true;
    } else if (c.is("script") && iequals(trim(c.attr("type")), "application/ld+json")) {
      // A schema.org article with an author's name gives the byline (Readability's
      // JSON-LD metadata); without a JSON parser, the shape is enough.
      std::string text;
      for (html_node t = c.first_child(); t; t = t.next_sibling()) text += t.text();
      std::size_t at = text.find("\"author\"");
      if (at != std::string::npos && text.find("schema.org") != std::string::npos &&
          text.find("\"name\"", at) != std::string::npos && text.find("\"name\"", at) < at + 300)
        meta_byline_ = true;
    }
  }

  void add_title(std::string_view t) {
    std::vector<std::string> words = ascii_words(t);
    if (!words.empty()) titles_.push_back(std::move(words));
  }

  bool repeats_title(html_node heading) const {
    if (titles_.empty()) return false;
    std::string text;
    append_text_content(heading, text);
    for (const auto& t : titles_)
      if (text_similarity(t, text) > 0.75) return true;
    return false;
  }

  // The pre-order array of the body's elements, with their own text and attribute verdicts.
  void build() {
    els_.clear();
    add_element(body_, no_index);
    index_t cur = 0;
    html_node n = body_.first_child();
    while (n) {
      if (n.is_element()) {
        tag k = kind_of(n);
        if (k == tag::skip && n.is("script")) read_title_element(n);
        if (k != tag::skip) {
          index_t idx = add_element(n, cur);
          if (n.first_child()) {
            cur = idx;
            n = n.first_child();
            continue;
          }
          els_[idx].end = idx + 1;
        }
      }
      while (n && !n.next_sibling()) {
        n = n.parent();
        if (!n || n == body_) {
          n = {};
          break;
        }
        els_[cur].end = size();
        cur = els_[cur].parent;
      }
      if (n) n = n.next_sibling();
    }
    els_[0].end = size();
    for (index_t h : headings_)
      if (repeats_title(els_[h].node)) els_[h].flags |= f_title;
    // Formulas are content: a MathJax container's class (CtxtMenu_Attached) is no menu.
    std::vector<std::uint8_t> math(els_.size(), 0);
    for (index_t i = size(); i-- > 1;) {
      if (els_[i].kind == tag::math) math[i] = 1;
      if (math[i]) {
        els_[i].flags = static_cast<std::uint16_t>(els_[i].flags & ~f_unlikely);
        math[els_[i].parent] = 1;
      }
    }
  }

  index_t size() const { return static_cast<index_t>(els_.size()); }

  static tag kind_of(html_node n) {
    int id = n.tag_id();
    if (id < 0 || static_cast<std::size_t>(id) >= max_tag_ids) return tag::other;
    return tables().kind[static_cast<std::size_t>(id)];
  }

  index_t add_element(html_node n, index_t parent) {
    element e;
    e.node = n;
    e.parent = parent;
    e.kind = parent == no_index ? tag::body : kind_of(n);
    int id = n.tag_id();
    e.phrasing_tag = id >= 0 && static_cast<std::size_t>(id) < max_tag_ids &&
                     tables().phrasing[static_cast<std::size_t>(id)];
    if (n.first_child()) e.flags |= f_has_children;

    std::string_view cls = n.attr("class"), id_attr = n.attr("id");
    assign_lower(lower_class_, cls);
    assign_lower(lower_id_, id_attr);
    auto weigh = [&](const std::string& s) {
      int w = 0;
      if (s.empty()) return w;
      if (contains_any(s, negative_words) || has_token(s, "hid")) w -= 25;
      if (contains_any(s, positive_words)) w += 25;
      return w;
    };
    e.class_weight = weigh(lower_class_) + weigh(lower_id_);
    match_ = lower_class_;
    match_ += ' ';
    match_ += lower_id_;

    if (is_hidden(n) ||
        (n.attr("aria-hidden") == "true" &&
         lower_class_.find("fallback-image") == std::string::npos) ||
        (n.attr("aria-modal") == "true" && n.attr("role") == "dialog"))
      e.flags |= f_hidden;
    if (e.kind != tag::body && e.kind != tag::a && contains_any(match_, unlikely_words) &&
        !contains_any(match_, maybe_candidate_words) && !near_ancestor(parent, tag::table) &&
        !near_ancestor(parent, tag::code))
      e.flags |= f_unlikely;
    std::string_view role = n.attr("role");
    if (!role.empty())
      for (std::string_view r : unlikely_roles)
        if (role == r) e.flags |= f_unlikely;
    if (matches_share(match_)) e.flags |= f_share;
    if (n.attr("rel") == "author" || n.attr("itemprop").find("author") != std::string_view::npos ||
        contains_any(match_, byline_words))
      e.flags |= f_byline;
    if (n.is("title") || n.is("meta")) {
      // Head elements in the body: hidden by the browser's style sheet.
      e.flags |= f_hidden;
      read_title_element(n);
    }

    switch (e.kind) {
      case tag::a:
        if (std::string_view href = n.attr("href"); href.size() > 1 && href[0] == '#')
          e.flags |= f_hash_link;
        break;
      case tag::object:
      case tag::embed:
      case tag::iframe:
        for (std::string_view name : {"src", "data-src", "data", "href"})
          if (is_video_url(n.attr(name), buf_)) e.flags |= f_video;
        if (e.kind == tag::object)
          for (html_node c = n.first_child(); c; c = c.next_sibling())
            if (is_video_url(c.attr("value"), buf_) || is_video_url(c.attr("src"), buf_))
              e.flags |= f_video;
        break;
      case tag::h1:
      case tag::h2:
        headings_.push_back(size());
        break;
      case tag::tr:
        e.span = parse_span(n.attr("rowspan"));
        break;
      case tag::td:
        e.span = parse_span(n.attr("colspan"));
        break;
      case tag::table:
        if (n.attr("role") == "presentation" || n.attr("datatable") == "0")
          e.flags |= f_layout_table;
        else if (!n.attr("summary").empty())
          e.flags |= f_data_table;
        break;
      default:
        break;
    }
    els_.push_back(e);
    return size() - 1;
  }

  // _hasAncestorTag with its default depth: the parent and three more levels.
  bool near_ancestor(index_t i, tag k) const {
    for (int depth = 0; i != no_index && depth <= 3; ++depth, i = els_[i].parent)
      if (els_[i].kind == k) return true;
    return false;
  }

  // Text lengths before anything is removed (what the byline test sees).
  void measure_raw_text() {
    const index_t n = size();
    gone_.assign(n, 0);
    removed_.assign(n, 0);
    kinds_.resize(n);
    for (index_t i = 0; i < n; ++i) kinds_[i] = els_[i].kind;
    st_.assign(n, stats{});
    data_table_.assign(n, 0);
    run_begin_.assign(n, 0);
    run_end_.assign(n, 0);
    accumulate(0, n, [](index_t) { return false; });
    raw_chars_.resize(n);
    for (index_t i = 0; i < n; ++i) raw_chars_[i] = st_[i].text.chars;
  }

  // ------------------------------------------------------------------ one attempt

  attempt_result attempt(flags_t flags) {
    flags_ = flags;
    const index_t n = size();
    dropped_.assign(n, 0);
    gone_.assign(n, 0);
    removed_.assign(n, 0);
    kinds_.resize(n);
    st_.assign(n, stats{});
    data_table_.assign(n, 0);
    empty_.assign(n, 0);
    absorbed_.assign(n, 0);
    transparent_.assign(n, 0);
    proxy_.assign(n, no_index);
    items_count_.assign(n, 0);
    run_begin_.assign(n, 0);
    run_end_.assign(n, 0);
    score_.assign(n, 0);
    scored_.assign(n, 0);
    runs_.clear();
    candidates_.clear();
    zero_weight_ = no_index;

    mark_dropped();
    for (index_t i = 0; i < n; ++i) kinds_[i] = els_[i].kind;
    accumulate(0, n, [&](index_t i) {
      if (els_[i].kind == tag::table) decide_data_table(i);
      return false;
    });
    for (index_t i = 0; i < n; ++i) {
      tag k = els_[i].kind;
      const stats& s = st_[i];
      if ((k == tag::div || k == tag::section || k == tag::header || is_heading(k)) &&
          s.text.chars == 0 && s.element_children == s.brhr_children)
        empty_[i] = 1;
    }
    find_br_chains();
    shape();
    score();

    std::vector<item> chosen;
    index_t parent = no_index;
    pick(chosen, parent);
    prefer_semantic_container(chosen, parent);
    return clean(chosen, parent);
  }

  // The page's own word for its article: one element marked itemprop=articleBody, else one
  // <article>, else one <main>, when it holds at least half the page's text.
  index_t semantic_container() const {
    index_t body_count = 0, article_count = 0, main_count = 0;
    index_t body_at = no_index, article_at = no_index, main_at = no_index;
    for (index_t i = 1; i < size(); ++i) {
      if (gone_[i]) continue;
      if (icontains(els_[i].node.attr("itemprop"), "articlebody")) {
        ++body_count;
        body_at = i;
      }
      if (els_[i].kind == tag::article) {
        ++article_count;
        article_at = i;
      }
      if (els_[i].node.is("main")) {
        ++main_count;
        main_at = i;
      }
    }
    index_t found = body_count == 1      ? body_at
                    : article_count == 1 ? article_at
                    : main_count == 1    ? main_at
                                         : no_index;
    if (found == no_index || st_[found].text.chars * 2u < st_[0].text.chars) return no_index;
    return found;
  }

  // Scores that pick something beside the page's declared article (a comment thread longer
  // than the story, a listing in a sidebar) lose to the declaration.
  void prefer_semantic_container(std::vector<item>& chosen, index_t& parent) {
    index_t s = semantic_container();
    if (s == no_index) return;
    // The body (nothing stood out) yields to it too.
    bool body = chosen.size() == 1 && !chosen[0].is_run && chosen[0].index == 0;
    if (!body)
      for (const item& it : chosen) {
        index_t e = it.is_run ? runs_[it.index].owner : it.index;
        if (e == s || is_ancestor(e, s) || is_ancestor(s, e)) return;
      }
    chosen.assign(1, item{false, s});
    parent = logical_parent(s);
    zero_weight_ = no_index;
    kinds_[0] = tag::body;
  }

  // Hidden nodes, the heading that repeats the title, unlikely candidates: removed (with
  // their subtrees) before scoring, in document order as Readability's walk meets them.
  void mark_dropped() {
    bool title_pending = true;
    for (index_t i = 1; i < size(); ++i) {
      const element& e = els_[i];
      if (gone_[e.parent]) {
        gone_[i] = 1;
        continue;
      }
      bool drop = (e.flags & f_hidden) != 0;
      // The byline goes to the header: the first one met, once (Readability keeps it found
      // across attempts), and only when the page's metadata names no author.
      if (!drop && opts_.drop_byline && !meta_byline_ && !byline_found_ &&
          (e.flags & f_byline) && raw_chars_[i] > 0 &&
          raw_chars_[i] < 100) {
        drop = true;
        byline_found_ = true;
      }
      if (!drop && opts_.drop_title_heading && title_pending && (e.flags & f_title)) {
        drop = true;
        title_pending = false;
      }
      if (!drop && flags_.strip_unlikely && (e.flags & f_unlikely)) drop = true;
      if (drop) dropped_[i] = gone_[i] = 1;
    }
  }

  // Bottom-up measures over [b, e) (a union of sibling subtrees), skipping gone nodes; each
  // node pulls its children's measures in document order. `decide(i)` runs once i is
  // measured; true removes i.
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
          if (c.is_text()) {
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

  // _markDataTables.
  void decide_data_table(index_t i) {
    const element& e = els_[i];
    const stats& s = st_[i];
    bool data;
    if (e.flags & f_layout_table)
      data = false;
    else if ((e.flags & f_data_table) || s.table_data_marks)
      data = true;
    else if (s.table_below)
      data = false;
    else if (s.columns == 1 || s.rows == 1)
      data = false;
    else if (s.rows >= 10 || s.columns > 4)
      data = true;
    else
      data = s.rows * s.columns > 10;
    data_table_[i] = data ? 1 : 0;
  }

  // Calls f(child, index) for each child node of element i; index is no_index for text,
  // comments and unlisted elements.
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

  // Readability's _isPhrasingContent over the live tree.
  bool phrasing(html_node c, index_t idx) const {
    if (idx == no_index) return c.is_text();
    if (els_[idx].phrasing_tag) return true;
    tag k = els_[idx].kind;
    if (k != tag::a && k != tag::del && k != tag::ins) return false;
    return all_children_phrasing_[idx] != 0;
  }

  // Whitespace text or a <br>: what _isWhitespace skips.
  bool whitespace(html_node c, index_t idx) const {
    if (idx != no_index) return els_[idx].kind == tag::br;
    return c.is_text() && trim(c.text()).empty();
  }

  // <p> elements holding a <br><br> chain turn into divs (_replaceBrs); a/del/ins children
  // decide whether they are phrasing.
  void find_br_chains() {
    const index_t n = size();
    has_br_chain_.assign(n, 0);
    all_children_phrasing_.assign(n, 1);
    for (index_t i = n; i-- > 0;) {
      if (gone_[i]) continue;
      bool all = true;
      bool after_br = false;
      for_each_child(i, [&](html_node c, index_t idx) {
        if (idx != no_index && gone_[idx]) return;
        if (idx == no_index && c.is_element()) return;  // script, style: deleted before
        if (!phrasing(c, idx)) all = false;
        if (idx != no_index && els_[idx].kind == tag::br) {
          if (after_br) has_br_chain_[i] = 1;
          after_br = true;
        } else if (!is_blank_text(c, idx)) {
          after_br = false;
        }
      });
      all_children_phrasing_[i] = all ? 1 : 0;
    }
  }

  static bool is_blank_text(html_node c, index_t idx) {
    return idx == no_index && c.is_text() && trim(c.text()).empty();
  }
  bool is_br(index_t idx) const { return idx != no_index && els_[idx].kind == tag::br; }

  // The DOM edits of _replaceBrs and of _grabArticle's walk, as flags: phrasing runs become
  // paragraphs, a div holding one paragraph becomes that paragraph, a div without blocks
  // becomes a paragraph.
  void shape() {
    const index_t n = size();
    for (index_t i = 0; i < n; ++i) {
      if (gone_[i]) continue;
      const element& e = els_[i];
      bool div_like = e.kind == tag::div || (e.kind == tag::p && has_br_chain_[i]);
      run_begin_[i] = static_cast<index_t>(runs_.size());
      if (div_like || has_br_chain_[i]) collect_runs(i, div_like);
      run_end_[i] = static_cast<index_t>(runs_.size());

      std::uint32_t items = 0, items_with_empty = 0;
      index_t only = no_index;
      for_each_child(i, [&](html_node, index_t idx) {
        if (idx == no_index || gone_[idx] || absorbed_[idx]) return;
        ++items_with_empty;
        only = idx;
        if (!empty_[idx]) ++items;
      });
      index_t nruns = run_end_[i] - run_begin_[i];
      items_count_[i] = items + nruns;
      kinds_[i] = div_like ? tag::div : e.kind;
      if (!div_like || i == 0) continue;
      const stats& s = st_[i];
      double density = s.text.chars == 0 ? 0 : s.link / s.text.chars;
      bool single = items_with_empty + nruns == 1 && density < 0.25;
      if (single && nruns == 1) {
        runs_[run_begin_[i]].merged = true;
        kinds_[i] = tag::p;
      } else if (single && els_[only].kind == tag::p && !has_br_chain_[only]) {
        transparent_[i] = 1;
        proxy_[i] = only;
      } else if (nruns == 0 && !s.block_below) {
        kinds_[i] = tag::p;
      }
    }
  }

  void collect_runs(index_t owner, bool div_like) {
    bool open = false;
    run cur;
    auto close = [&]() {
      if (open) runs_.push_back(cur);
      open = false;
    };
    auto start = [&](html_node first) {
      cur = run{};
      cur.owner = owner;
      cur.first = cur.last = first;
      cur.elem_begin = cur.elem_end = no_index;
      open = true;
    };
    auto add = [&](html_node c, index_t idx) {
      cur.last = c;
      if (idx == no_index) {
        if (c.is_text()) cur.text.join(measure(c.text()));
        return;
      }
      absorbed_[idx] = 1;
      if (cur.elem_begin == no_index) cur.elem_begin = idx;
      cur.elem_end = els_[idx].end;
      const stats& s = st_[idx];
      cur.text.join(s.text);
      cur.link += els_[idx].kind == tag::a
                      ? s.text.chars * ((els_[idx].flags & f_hash_link) ? 0.3 : 1.0)
                      : s.link;
    };
    std::vector<std::pair<html_node, index_t>>& kids = kids_;
    kids.clear();
    for_each_child(owner, [&](html_node c, index_t idx) {
      if (idx != no_index && gone_[idx]) return;
      if (idx == no_index && c.is_element()) return;  // script, style: deleted before
      kids.emplace_back(c, idx);
    });
    for (std::size_t k = 0; k < kids.size(); ++k) {
      auto [c, idx] = kids[k];
      if (is_br(idx)) {
        std::size_t j = k + 1;
        while (j < kids.size() && is_blank_text(kids[j].first, kids[j].second)) ++j;
        if (j < kids.size() && is_br(kids[j].second)) {
          // A <br><br> chain: its brs vanish, the first turning into a <p> that gathers the
          // phrasing content after it.
          close();
          absorbed_[idx] = 1;
          while (j < kids.size() &&
                 (is_br(kids[j].second) || is_blank_text(kids[j].first, kids[j].second))) {
            if (is_br(kids[j].second)) absorbed_[kids[j].second] = 1;
            ++j;
          }
          k = j - 1;
          start(c);
          continue;
        }
      }
      if (phrasing(c, idx)) {
        if (open) {
          add(c, idx);
        } else if (div_like && !whitespace(c, idx)) {
          start(c);
          add(c, idx);
        }
      } else {
        close();
      }
    }
    close();
  }

  index_t logical_parent(index_t i) const {
    index_t p = els_[i].parent;
    while (p != no_index && transparent_[p]) p = els_[p].parent;
    return p;
  }

  int weight_of(index_t i) const {
    if (!flags_.weight_classes || i == zero_weight_) return 0;
    return els_[i].class_weight;
  }

  // _initializeNode.
  void init_candidate(index_t i) {
    if (scored_[i]) return;
    scored_[i] = 1;
    double base = 0;
    switch (kinds_[i]) {
      case tag::div:
        base = 5;
        break;
      case tag::pre:
      case tag::td:
      case tag::blockquote:
        base = 3;
        break;
      case tag::address:
      case tag::ol:
      case tag::ul:
      case tag::dl:
      case tag::dd:
      case tag::dt:
      case tag::li:
      case tag::form:
        base = -3;
        break;
      case tag::h1:
      case tag::h2:
      case tag::h3:
      case tag::h4:
      case tag::h5:
      case tag::h6:
      case tag::th:
        base = -5;
        break;
      default:
        break;
    }
    score_[i] = base + weight_of(i);
    candidates_.push_back(i);
  }

  void propagate(index_t first_ancestor, std::uint32_t chars, std::uint32_t all_commas) {
    if (chars < 25) return;
    double content = 1.0 + (all_commas + 1.0) + std::min(chars / 100u, 3u);
    index_t a = first_ancestor;
    for (int level = 0; level < 5 && a != no_index; ++level, a = logical_parent(a)) {
      init_candidate(a);
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_[a] += content / divider;
    }
  }

  // Paragraph scores to parents (whole), grandparents (half) and further ancestors.
  void score() {
    for (index_t i = 1; i < size(); ++i) {
      if (gone_[i] || empty_[i] || transparent_[i] || absorbed_[i]) continue;
      if (is_scored(kinds_[i]))
        propagate(logical_parent(i), st_[i].text.chars, st_[i].text.all_commas);
      for (index_t r = run_begin_[i]; r < run_end_[i]; ++r)
        if (!runs_[r].merged) propagate(i, runs_[r].text.chars, runs_[r].text.all_commas);
    }
    for (index_t c : candidates_) {
      const stats& s = st_[c];
      double density = s.text.chars == 0 ? 0 : s.link / s.text.chars;
      score_[c] *= 1 - density;
    }
  }

  bool is_ancestor(index_t a, index_t d) const { return a < d && d < els_[a].end; }

  // The top candidate, then the siblings worth merging with it.
  void pick(std::vector<item>& chosen, index_t& parent) {
    std::vector<index_t> top;
    for (index_t c : candidates_) {
      for (int t = 0; t < n_top_candidates; ++t) {
        auto ti = static_cast<std::size_t>(t);
        if (ti >= top.size() || score_[c] > score_[top[ti]]) {
          top.insert(top.begin() + t, c);
          if (top.size() > static_cast<std::size_t>(n_top_candidates)) top.pop_back();
          break;
        }
      }
    }
    if (top.empty() || top[0] == 0) {
      // Nothing stands out: the whole body, as the div Readability wraps it in.
      zero_weight_ = 0;
      kinds_[0] = tag::div;
      chosen.push_back({false, 0});
      parent = no_index;
      return;
    }
    index_t best = top[0];
    // Several near-equal candidates under one ancestor: that ancestor holds the article.
    std::vector<index_t> alternatives;
    for (std::size_t i = 1; i < top.size(); ++i)
      if (score_[top[i]] / score_[best] >= 0.75) alternatives.push_back(top[i]);
    constexpr std::size_t minimum_top_candidates = 3;
    if (alternatives.size() >= minimum_top_candidates) {
      for (index_t p = logical_parent(best); p != no_index && p != 0; p = logical_parent(p)) {
        std::size_t containing = 0;
        for (index_t alt : alternatives)
          if (is_ancestor(p, alt)) ++containing;
        if (containing >= minimum_top_candidates) {
          best = p;
          break;
        }
      }
    }
    init_candidate(best);
    // A parent scoring higher than its child on the way up holds more of the article.
    {
      double last = score_[best];
      double threshold = last / 3;
      for (index_t p = logical_parent(best); p != no_index && p != 0; p = logical_parent(p)) {
        if (!scored_[p]) continue;
        double s = score_[p];
        if (s < threshold) break;
        if (s > last) {
          best = p;
          break;
        }
        last = s;
      }
    }
    // An only child: its parent, so that the siblings below are the parent's.
    for (index_t p = logical_parent(best); p != no_index && p != 0 && items_count_[p] == 1;
         p = logical_parent(p))
      best = p;
    init_candidate(best);

    parent = logical_parent(best);
    double top_score = score_[best];
    double threshold = std::max(10.0, top_score * 0.2);
    std::string_view best_class = els_[best].node.attr("class");
    for_each_item(parent, [&](item it) {
      if (!it.is_run) {
        index_t s = resolve(it.index);
        if (s == best) {
          chosen.push_back(it);
          return;
        }
        double bonus = 0;
        if (!best_class.empty() && els_[s].node.attr("class") == best_class)
          bonus = top_score * 0.2;
        if (scored_[s] && score_[s] + bonus >= threshold) {
          chosen.push_back(it);
          return;
        }
        if (kinds_[s] == tag::p &&
            paragraph_sibling(st_[s].text.chars, st_[s].link,
                              [&](std::string& out) { append_live_text(s, out); }))
          chosen.push_back(it);
        return;
      }
      const run& r = runs_[it.index];
      if (paragraph_sibling(r.text.chars, r.link,
                            [&](std::string& out) { append_run_text(r, out); }))
        chosen.push_back(it);
    });
    // A candidate inside a run (a span holding paragraphs) is not one of the parent's items.
    bool has_best = false;
    for (const item& it : chosen)
      if (!it.is_run && resolve(it.index) == best) has_best = true;
    if (!has_best) chosen.assign(1, item{false, best});
  }

  index_t resolve(index_t i) const {
    while (transparent_[i]) i = proxy_[i];
    return i;
  }

  template <class Text>
  static bool paragraph_sibling(std::uint32_t chars, double link, Text&& text) {
    double density = chars == 0 ? 0 : link / chars;
    if (chars > 80 && density < 0.25) return true;
    if (chars < 80 && chars > 0 && density == 0) {
      std::string t;
      text(t);
      std::string_view v = trim(t);
      return !v.empty() && (v.back() == '.' || v.find(". ") != std::string_view::npos);
    }
    return false;
  }

  // The items of a node after Readability's edits: its element children that survive, and
  // the paragraphs made of its runs, in document order.
  template <class F>
  void for_each_item(index_t p, F&& f) const {
    index_t r = run_begin_[p];
    const index_t r_end = run_end_[p];
    for_each_child(p, [&](html_node c, index_t idx) {
      while (r < r_end && runs_[r].first == c) {
        f(item{true, r});
        ++r;
      }
      if (idx == no_index || gone_[idx] || absorbed_[idx] || empty_[idx]) return;
      f(item{false, idx});
    });
    for (; r < r_end; ++r) f(item{true, r});
  }

  // The text of element i's live subtree, in document order, without recursion.
  template <class F>
  void walk_live_text(index_t i, F&& on_text) const {
    struct frame {
      html_node child;
      index_t next, end;
    };
    std::vector<frame> stack{{els_[i].node.first_child(), i + 1, els_[i].end}};
    while (!stack.empty()) {
      frame& f = stack.back();
      if (!f.child) {
        stack.pop_back();
        continue;
      }
      html_node c = f.child;
      f.child = c.next_sibling();
      if (c.is_element() && f.next < f.end && els_[f.next].node == c) {
        index_t idx = f.next;
        f.next = els_[idx].end;
        if (!gone_[idx]) stack.push_back({c.first_child(), idx + 1, els_[idx].end});
      } else if (c.is_text()) {
        on_text(c.text());
      }
    }
  }

  void append_live_text(index_t i, std::string& out) const {
    walk_live_text(i, [&](std::string_view t) { append_collapsed(out, t); });
  }

  void append_run_text(const run& r, std::string& out) const {
    bool in = false;
    for_each_child(r.owner, [&](html_node c, index_t idx) {
      if (c == r.first) in = true;
      if (!in) return;
      if (c == r.last) in = false;
      if (idx != no_index) {
        if (!gone_[idx]) append_live_text(idx, out);
      } else if (c.is_text()) {
        append_collapsed(out, c.text());
      }
    });
  }

  // ------------------------------------------------------------------ _prepArticle

  struct range {
    index_t b, e;
    bool top_is_item;  // b is the item's own element (not a run's member)
  };

  attempt_result clean(const std::vector<item>& chosen, index_t parent) {
    attempt_result res;
    std::vector<range> ranges;
    for (const item& it : chosen) {
      if (it.is_run) {
        const run& r = runs_[it.index];
        if (r.elem_begin != no_index) ranges.push_back({r.elem_begin, r.elem_end, false});
      } else {
        ranges.push_back({it.index, els_[it.index].end, true});
        // Items that are not div/article/section/p become divs.
        index_t s = resolve(it.index);
        tag k = kinds_[s];
        if (k != tag::div && k != tag::article && k != tag::section && k != tag::p)
          kinds_[s] = tag::div;
      }
    }
    // A div that became its only paragraph is gone from the DOM: not a div any more.
    range_top_.assign(size(), no_index);
    for (const range& rg : ranges)
      for (index_t i = rg.b; i < rg.e; ++i) {
        range_top_[i] = rg.b;
        if (transparent_[i]) kinds_[i] = tag::other;
      }

    auto for_ranges = [&](auto&& fn) {
      for (const range& rg : ranges) fn(rg);
    };
    auto refresh_gone = [&]() {
      for_ranges([&](const range& rg) {
        for (index_t i = rg.b; i < rg.e; ++i) {
          index_t p = els_[i].parent;
          bool inside = p != no_index && p >= rg.b && gone_[p];
          gone_[i] = (dropped_[i] || removed_[i] || inside) ? 1 : 0;
        }
      });
    };
    // The stats of the whole range, with `decide` on nodes of kind k.
    auto sweep = [&](auto&& decide) {
      refresh_gone();
      in_data_table_.assign(size(), 0);
      for_ranges([&](const range& rg) {
        for (index_t i = rg.b; i < rg.e; ++i) {
          index_t p = els_[i].parent;
          if (p != no_index && p >= rg.b)
            in_data_table_[i] =
                (in_data_table_[p] || (kinds_[p] == tag::table && data_table_[p])) ? 1 : 0;
        }
      });
      for_ranges([&](const range& rg) { accumulate(rg.b, rg.e, decide); });
    };
    auto conditional = [&](tag k) {
      if (!flags_.clean_conditionally) return;
      sweep([&](index_t i) { return kinds_[i] == k && fishy(i, k); });
    };

    conditional(tag::form);
    conditional(tag::fieldset);
    // _clean: embeds (but videos), footers, links, asides, form controls; headers that
    // weigh negative. And <nav>, which Readability leaves to the link-density test: inside
    // an article it is still navigation.
    refresh_gone();
    for_ranges([&](const range& rg) {
      for (index_t i = rg.b; i < rg.e; ++i) {
        if (gone_[i]) continue;
        tag k = kinds_[i];
        bool drop = (is_embed(k) && !(els_[i].flags & f_video)) || k == tag::footer ||
                    els_[i].node.is("nav") || k == tag::link || k == tag::aside ||
                    k == tag::input || k == tag::textarea || k == tag::select || k == tag::button ||
                    ((k == tag::h1 || k == tag::h2) && weight_of(i) < 0);
        if (drop) removed_[i] = 1;
      }
    });
    // Share bars with little text, below the items.
    sweep([](index_t) { return false; });
    for_ranges([&](const range& rg) {
      for (index_t i = rg.b; i < rg.e; ++i) {
        index_t p = els_[i].parent;
        if (p != no_index && p >= rg.b && gone_[p]) gone_[i] = 1;
        if (gone_[i]) continue;
        if (rg.top_is_item && (i == rg.b || i == resolve(rg.b))) continue;
        if ((els_[i].flags & f_share) && st_[i].text.chars < char_threshold)
          removed_[i] = gone_[i] = 1;
      }
    });
    conditional(tag::table);
    conditional(tag::ul);
    conditional(tag::div);
    sweep([](index_t) { return false; });

    // The article's text length, and what to leave out.
    text_span article;
    for (const item& it : chosen) {
      if (it.is_run) {
        const run& r = runs_[it.index];
        bool in = false;
        for_each_child(r.owner, [&](html_node c, index_t idx) {
          if (c == r.first) in = true;
          if (!in) return;
          if (c == r.last) in = false;
          if (idx != no_index) {
            if (!gone_[idx]) article.join(st_[idx].text);
          } else if (c.is_text()) {
            article.join(measure(c.text()));
          }
        });
      } else if (!gone_[it.index]) {
        article.join(st_[it.index].text);
      }
    }
    res.chars = article.chars;
    for_ranges([&](const range& rg) {
      for (index_t i = rg.b; i < rg.e; ++i) {
        index_t p = els_[i].parent;
        bool parent_gone = p != no_index && p >= rg.b && gone_[p];
        if (gone_[i] && !parent_gone) res.excluded.insert(els_[i].node.id());
      }
    });

    if (chosen.size() == 1 && !chosen[0].is_run) {
      res.root = els_[chosen[0].index].node;
      return res;
    }
    // Several siblings: their parent, without the siblings left out.
    res.root = els_[parent].node;
    std::vector<bool> kept_runs(runs_.size(), false);
    std::unordered_set<const void*> kept;
    for (const item& it : chosen) {
      if (it.is_run)
        kept_runs[it.index] = true;
      else
        kept.insert(els_[it.index].node.id());
    }
    index_t r = run_begin_[parent];
    const index_t r_end = run_end_[parent];
    bool in_run = false, keep_run = false;
    html_node run_last;
    for_each_child(parent, [&](html_node c, index_t idx) {
      if (!in_run && r < r_end && runs_[r].first == c) {
        in_run = true;
        keep_run = kept_runs[r];
        run_last = runs_[r].last;
        ++r;
      }
      if (in_run) {
        if (!keep_run) res.excluded.insert(c.id());
        if (c == run_last) in_run = false;
        return;
      }
      if (idx == no_index) {
        if (c.is_text() && !trim(c.text()).empty()) res.excluded.insert(c.id());
        return;
      }
      if (kept.count(c.id()) == 0) res.excluded.insert(c.id());
    });
    return res;
  }

  bool ancestor_within(index_t i, tag k, int max_depth, index_t top) const {
    index_t p = logical_parent(i);
    for (int depth = 0; p != no_index && p >= top; ++depth, p = logical_parent(p)) {
      if (max_depth > 0 && depth > max_depth) return false;
      if (kinds_[p] == k) return true;
    }
    return false;
  }

  static bool ad_or_loading(std::string_view text) {
    std::string lower;
    assign_lower(lower, trim(text));
    static const std::string_view words[] = {
        "ad",
        "advertising",
        "advertisement",
        "pub",
        "publicit\xC3\xA9",
        "werb",
        "werbung",
        "\xE5\xB9\xBF\xE5\x91\x8A",
        "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
        "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
        "anuncio"};
    for (std::string_view w : words)
      if (lower == w) return true;
    static const std::string_view loading[] = {
        "loading",
        "\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD",
        "\xD0\x97\xD0\xB0\xD0\xB3\xD1\x80\xD1\x83\xD0\xB7\xD0\xBA\xD0\xB0",
        "\xD0\xB7\xD0\xB0\xD0\xB3\xD1\x80\xD1\x83\xD0\xB7\xD0\xBA\xD0\xB0",
        "chargement",
        "cargando"};
    std::string_view v = lower;
    if (v.size() >= 3 && v.substr(v.size() - 3) == "...")
      v.remove_suffix(3);
    else if (v.size() >= 3 && v.substr(v.size() - 3) == "\xE2\x80\xA6")
      v.remove_suffix(3);
    for (std::string_view w : loading)
      if (v == w) return true;
    return false;
  }

  // _cleanConditionally's verdict on node i of kind k.
  bool fishy(index_t i, tag k) const {
    const stats& s = st_[i];
    bool is_list = k == tag::ul || k == tag::ol;
    const std::uint32_t n_chars = s.text.chars;
    if (!is_list && n_chars > 0) is_list = s.list_chars > 0.9 * n_chars;
    if (k == tag::table && data_table_[i]) return false;
    if (in_data_table_[i]) return false;
    index_t top = range_top_[i];
    if (ancestor_within(i, tag::code, 3, top)) return false;
    if (s.data_table_below) return false;
    int weight = weight_of(i);
    if (weight < 0) return true;
    if (s.text.commas >= 10) return false;
    double p = s.p, img = s.img, li = static_cast<double>(s.li) - 100, input = s.input;
    double chars = n_chars;
    double heading_density = n_chars == 0 ? 0 : s.heading_chars / chars;
    if (s.video) return false;
    if (s.text_nodes == 1 && ad_or_loading(s.text_node.text())) return true;
    double link_density = n_chars == 0 ? 0 : s.link / chars;
    double text_density = n_chars == 0 ? 0 : s.textish_chars / chars;
    bool figure_child = ancestor_within(i, tag::figure, 3, top);
    bool remove =
        (!figure_child && img > 1 && p / img < 0.5) || (!is_list && li > p) ||
        (input > static_cast<double>(s.p / 3)) ||
        (!is_list && !figure_child && heading_density < 0.9 && chars < 25 &&
         (s.img == 0 || s.img > 2) && link_density > 0) ||
        (!is_list && weight < 25 && link_density > 0.2) || (weight >= 25 && link_density > 0.5) ||
        ((s.embeds == 1 && chars < 75) || s.embeds > 1) || (s.img == 0 && text_density == 0);
    if (is_list && remove) {
      // Lists of images stay: every item one image.
      bool simple = true;
      for_each_child(i, [&](html_node, index_t idx) {
        if (idx != no_index && !gone_[idx] && st_[idx].element_children > 1) simple = false;
      });
      if (!simple) return true;
      if (s.img == s.li) return false;
    }
    return remove;
  }

  // ------------------------------------------------------------------ results

  content_selection finish(attempt_result r) {
    content_selection out;
    out.root = r.root ? r.root : body_;
    out.excluded = std::move(r.excluded);
    return out;
  }

  content_selection body_only() {
    content_selection out;
    out.root = body_;
    for (index_t i = 1; i < size(); ++i)
      if ((els_[i].flags & f_hidden) && !(els_[els_[i].parent].flags & f_hidden))
        out.excluded.insert(els_[i].node.id());
    return out;
  }

  html_node body_;
  std::vector<std::vector<std::string>> titles_;
  std::vector<element> els_;
  std::vector<index_t> headings_;
  std::vector<std::uint32_t> raw_chars_;
  bool meta_byline_ = false;
  content_options opts_;
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
};

}  // namespace

content_selection select_main_content(html_node body, content_options opts) {
  if (!body || !body.is_element()) return {body, {}};
  extractor x(body, opts);
  return x.select();
}

}  // namespace article2md::detail
