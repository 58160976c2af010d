// The tokenizer states cited below are those of the HTML Living Standard, section 13.2.5;
// the tree-construction approximations (implied end tags, scopes) follow 13.2.4.2 and 13.2.6.
// The tag-name table is in prescan_names.cpp, the reading of the source in prescan_tokenizer.cpp.
#include "html/prescan.hpp"

#include "html/prescan_names.hpp"
#include "html/prescan_tokenizer.hpp"
#include "text/text_utils.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace article2md::detail {
namespace {

bool is_alpha(char c) noexcept {
  char l = static_cast<char>(c | 0x20);
  return l >= 'a' && l <= 'z';
}

// Formatting elements left open (<p><b>x<p>...) are recreated in every block that follows
// until closed: each distinct one is one more element per block, so a page of unclosed
// formatting tags with distinct attributes grows the tree with the square of its length.
// With a depth limit, past this many open on the list further formatting tags are removed
// (their text stays). Identical ones count at most three times (the Noah's Ark clause), so
// only pages built to blow up come near it.
constexpr std::size_t max_active_formatting = 16;

// The scopes of "has an element in ... scope": 0 default, 1 button, 2 list item, 3 table; and
// 4, how far an <li>, <dd> or <dt> looks for the one it closes: up to any special element
// but address, div and p (13.2.6.4.7).
constexpr std::size_t scope_count = 5;

class prescanner : token_scanner {
 public:
  prescanner(std::string_view src, const prescan_options& opts, std::string& out)
      : token_scanner(src), opts_(opts), out_(out), known_(known()), flags_(known_.flags),
        top_(flags_.size(), 0), dropped_(flags_.size(), 0) {
    p_ = known_["p"];
    noscript_ = known_["noscript"];
    div_ = known_["div"];
    address_ = known_["address"];
    li_ = known_["li"];
    dd_ = known_["dd"];
    dt_ = known_["dt"];
    a_ = known_["a"];
    nobr_ = known_["nobr"];
    button_ = known_["button"];
    td_ = known_["td"];
    th_ = known_["th"];
    tr_ = known_["tr"];
    tbody_ = known_["tbody"];
    thead_ = known_["thead"];
    tfoot_ = known_["tfoot"];
    table_ = known_["table"];
    caption_ = known_["caption"];
    option_ = known_["option"];
    optgroup_ = known_["optgroup"];
    select_ = known_["select"];
  }

  bool run() {
    while (pos_ < s_.size() && !stopped_) step();
    if (dropping_) replace(drop_from_, s_.size(), {});
    if (!changed_) return false;
    out_.append(s_.substr(copied_));
    return true;
  }

 private:
  struct open_element {
    std::uint32_t id;
    std::uint32_t prev_same;
    std::array<std::uint32_t, scope_count> prev_bound;
  };

  enum class mode { html, foreign, select };

  // --- output -------------------------------------------------------------------------

  // Drops s_[from, to) and writes `replacement` in its place.
  void replace(std::size_t from, std::size_t to, std::string_view replacement) {
    if (!changed_) {
      out_.clear();
      out_.reserve(s_.size());
      changed_ = true;
    }
    out_.append(s_.substr(copied_, from - copied_));
    out_.append(replacement);
    copied_ = to;
  }

  // A removed tag must not join its neighbours into new markup ("<" + "<b>" + "!--", or
  // "&" + "<b>" + "amp;"): an empty comment keeps them apart where needed.
  // In foreign content a <br> would leave the SVG, so a removed tag leaves nothing there.
  void remove_tag(const tag_token& t, unsigned flags) {
    uncut(t);
    if ((flags & f_block) != 0 && mode_ != mode::foreign) {
      // Two breaks end a paragraph (as on a page, and in the writer).
      replace(t.begin, t.end, last_break_ == t.begin ? "" : "<br><br>");
      last_break_ = t.end;
      return;
    }
    char before = t.begin == copied_ && changed_ && !out_.empty()
                      ? out_.back()
                      : (t.begin > 0 ? s_[t.begin - 1] : '\0');
    replace(t.begin, t.end, before == '<' || before == '&' ? "<!---->" : "");
    if (last_break_ == t.begin) last_break_ = t.end;
  }

  // Removes the attributes past max_attributes. What comes before the tag is written out
  // first, so that removing the whole tag later can take back what was written of it.
  void cut_attributes(const tag_token& t) {
    if (opts_.max_depth == 0 || dropping_ || t.cut_from == npos || t.cut_from >= t.cut_to)
      return;
    replace(t.begin, t.begin, {});
    cut_tag_ = t.begin;
    cut_out_ = out_.size();
    replace(t.cut_from, t.cut_to, " ");
  }

  void uncut(const tag_token& t) {
    if (changed_ && cut_tag_ == t.begin && copied_ > t.begin) {
      out_.resize(cut_out_);
      copied_ = t.begin;
      cut_tag_ = npos;
    }
  }

  // --- names and the stack of open elements --------------------------------------------

  std::uint32_t intern(const std::string& name) {
    if (auto k = known_.ids.find(name); k != known_.ids.end()) return k->second;
    auto [it, added] = ids_.try_emplace(name, static_cast<std::uint32_t>(flags_.size()));
    if (added) {
      flags_.push_back(0);
      top_.push_back(0);
      dropped_.push_back(0);
    }
    return it->second;
  }

  bool bounds(std::uint32_t id, std::size_t scope) const {
    unsigned f = flags_[id];
    switch (scope) {
      case 0:
        return (f & f_scope) != 0;
      case 1:
        return (f & f_scope) != 0 || id == button_;
      case 2:
        return (f & (f_scope | f_list)) != 0;
      case 3:
        return (f & f_table_scope) != 0;
      default:
        return (f & f_special) != 0 && id != address_ && id != div_ && id != p_ && id != li_ &&
               id != dd_ && id != dt_;
    }
  }

  bool in_scope(std::uint32_t id, std::size_t scope) const {
    return top_[id] != 0 && top_[id] > bound_[scope];
  }

  // The list of active formatting elements, as far as tags tell: a marker is `marker_id`.
  static constexpr std::uint32_t marker_id = 0xFFFFFFFFu;
  struct formatting_entry {
    std::uint32_t id;
    std::size_t attrs_hash;
  };

  std::size_t after_last_marker() const {
    std::size_t i = formatting_.size();
    while (i > 0 && formatting_[i - 1].id != marker_id) --i;
    return i;
  }

  bool formatting_full() const {
    return opts_.max_depth != 0 && formatting_.size() - after_last_marker() >= max_active_formatting;
  }

  // 13.2.6.4.7: an <a> start tag ends the <a> still on the list; the Noah's Ark clause keeps
  // at most three entries with the same name and attributes.
  void add_formatting(std::uint32_t id) {
    std::size_t from = after_last_marker();
    if (id == a_) {
      for (std::size_t i = formatting_.size(); i > from; --i)
        if (formatting_[i - 1].id == a_) {
          formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i - 1));
          break;
        }
    }
    std::size_t h = std::hash<std::string_view>()(
        s_.substr(tag_.attrs_begin, tag_.end - tag_.attrs_begin));
    std::size_t same = 0, earliest = 0;
    for (std::size_t i = formatting_.size(); i > from; --i)
      if (formatting_[i - 1].id == id && formatting_[i - 1].attrs_hash == h) {
        ++same;
        earliest = i - 1;
      }
    if (same >= 3) formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
    formatting_.push_back({id, h});
  }

  void end_formatting(std::uint32_t id) {
    std::size_t from = after_last_marker();
    for (std::size_t i = formatting_.size(); i > from; --i)
      if (formatting_[i - 1].id == id) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(i - 1));
        return;
      }
  }

  void push(std::uint32_t id) {
    if ((flags_[id] & f_marker) != 0) formatting_.push_back({marker_id, 0});
    open_element e{id, top_[id], bound_};
    stack_.push_back(e);
    auto height = static_cast<std::uint32_t>(stack_.size());
    top_[id] = height;
    for (std::size_t sc = 0; sc < scope_count; ++sc)
      if (bounds(id, sc)) bound_[sc] = height;
  }

  void pop() {
    const open_element& e = stack_.back();
    if ((flags_[e.id] & f_marker) != 0) {
      std::size_t m = after_last_marker();
      if (m > 0) {
        formatting_.resize(m - 1);
      } else {
        formatting_.clear();
      }
    }
    top_[e.id] = e.prev_same;
    bound_ = e.prev_bound;
    stack_.pop_back();
  }

  // Pops up to and including the topmost element `id`.
  void pop_to(std::uint32_t id) {
    while (top_[id] != 0) {
      bool last = stack_.back().id == id;
      pop();
      if (last) break;
    }
  }

  // The height of the stack once `x` (and what is above it) is closed, if `x` is in scope.
  std::size_t below(std::uint32_t x, std::size_t scope, std::size_t height) const {
    return in_scope(x, scope) && top_[x] - 1 < height ? top_[x] - 1 : height;
  }

  // The implied end tags a start tag causes (13.2.6.4.7), as far as the stack alone tells: the
  // height the stack drops to before the element is inserted. Worked out before anything is
  // popped, so that a tag removed for depth leaves the stack as the parser will have it.
  std::size_t height_for_start(std::uint32_t id, unsigned f) const {
    std::size_t h = stack_.size();
    auto top_is = [&](auto pred) { return h > 0 && pred(stack_[h - 1].id); };
    if ((f & f_closes_p) != 0) h = below(p_, 1, h);
    if ((f & f_heading) != 0 && top_is([&](std::uint32_t t) { return (flags_[t] & f_heading) != 0; }))
      --h;
    if (id == li_) h = below(li_, 4, h);
    if (id == dd_ || id == dt_) h = below(dd_, 4, below(dt_, 4, h));
    if (id == a_ || id == nobr_ || id == button_) h = below(id, 0, h);
    if (id == td_ || id == th_ || id == tr_ || id == tbody_ || id == thead_ || id == tfoot_)
      h = below(td_, 3, below(th_, 3, h));
    if (id == tr_ || id == tbody_ || id == thead_ || id == tfoot_) h = below(tr_, 3, h);
    if (id == tbody_ || id == thead_ || id == tfoot_)
      h = below(tbody_, 3, below(thead_, 3, below(tfoot_, 3, h)));
    // A table started in a table (not in one of its cells) closes the first.
    if (id == table_ && top_[table_] != 0 && top_[table_] > top_[td_] &&
        top_[table_] > top_[th_] && top_[table_] > top_[caption_] && top_[table_] - 1 < h)
      h = top_[table_] - 1;
    if ((id == option_ || id == optgroup_) && top_is([&](std::uint32_t t) { return t == option_; }))
      --h;
    if (id == optgroup_ && top_is([&](std::uint32_t t) { return t == optgroup_; })) --h;
    return h;
  }

  void pop_to_height(std::size_t h) {
    while (stack_.size() > h) pop();
  }

  std::size_t scope_for_end(std::uint32_t id) const {
    if (id == p_) return 1;
    if (id == li_) return 2;
    if (id == td_ || id == th_ || id == tr_ || id == tbody_ || id == thead_ || id == tfoot_ ||
        id == table_ || id == caption_)
      return 3;
    return 0;
  }

  bool over_depth(std::size_t height) const {
    return opts_.max_depth != 0 && height >= opts_.max_depth;
  }

  // --- tags whose contents are kept or left out -------------------------------------------

  // Past the converter's depth limit these are left out with their contents (the converter's
  // list of elements that never give text).
  static bool never_text(const std::string& n) {
    for (const char* name : {"template", "svg", "math", "canvas", "button", "select", "option",
                             "datalist", "object", "video", "audio", "noscript"})
      if (n == name) return true;
    return false;
  }

  // Only JSON-LD scripts are read (metadata); a type written with character references is
  // kept too rather than decoded here.
  static bool is_json_ld(const tag_token& t) {
    if (!t.has_type) return false;
    std::string_view v = t.type;
    if (v.find('&') != npos) return true;
    while (!v.empty() && is_html_space(v.front())) v.remove_prefix(1);
    while (!v.empty() && is_html_space(v.back())) v.remove_suffix(1);
    constexpr std::string_view want = "application/ld+json";
    if (v.size() != want.size()) return false;
    for (std::size_t k = 0; k < want.size(); ++k)
      if (ascii_lower(v[k]) != want[k]) return false;
    return true;
  }

  // --- the loop ---------------------------------------------------------------------------

  void stop() { stopped_ = true; }

  void skip_to(std::string_view terminator, std::size_t from) {
    std::size_t e = s_.find(terminator, from);
    if (e == npos) return stop();
    pos_ = e + terminator.size();
  }

  void step() {
    std::size_t lt = s_.find('<', pos_);
    if (lt == npos) return stop();
    pos_ = lt + 1;
    if (pos_ >= s_.size()) return stop();
    char c = s_[pos_];
    if (c == '!') {
      if (starts_with_at(lt, "<!--")) return comment(lt + 4);
      if (mode_ == mode::foreign && starts_with_at(lt, "<![CDATA[")) return skip_to("]]>", lt + 9);
      return skip_to(">", pos_);  // DOCTYPE or bogus comment
    }
    if (c == '?') return skip_to(">", pos_);
    if (c == '/') {
      if (pos_ + 1 >= s_.size()) return stop();
      char d = s_[pos_ + 1];
      if (d == '>') {
        pos_ += 2;
        return;
      }
      if (!is_alpha(d)) return skip_to(">", pos_);
      tag_.begin = lt;
      tag_.is_end = true;
      if (!read_tag(tag_)) return stop();
      pos_ = tag_.end;
      cut_attributes(tag_);
      return end_tag();
    }
    if (!is_alpha(c)) return;
    tag_.begin = lt;
    tag_.is_end = false;
    if (!read_tag(tag_)) return stop();
    pos_ = tag_.end;
    cut_attributes(tag_);
    start_tag();
  }

  // 13.2.5.43 - 13.2.5.52: "<!-->" and "<!--->" are whole comments; otherwise the first
  // "--" followed by ">" or "!>" ends one.
  void comment(std::size_t body) {
    if (body < s_.size() && s_[body] == '>') {
      pos_ = body + 1;
      return;
    }
    if (starts_with_at(body, "->")) {
      pos_ = body + 2;
      return;
    }
    for (std::size_t i = body;;) {
      i = s_.find("--", i);
      if (i == npos) return stop();
      if (starts_with_at(i + 2, ">")) {
        pos_ = i + 3;
        return;
      }
      if (starts_with_at(i + 2, "!>")) {
        pos_ = i + 4;
        return;
      }
      ++i;
    }
  }

  void start_tag() {
    std::uint32_t id = intern(tag_.name);
    unsigned f = flags_[id];
    if (dropping_) return dropped_start(id, f);
    if (mode_ == mode::select) return select_start(id);
    if (mode_ == mode::foreign) return foreign_start(id, f);
    if ((f & (f_void | f_document)) != 0) return;
    const std::string& n = tag_.name;
    if (n == "script") return script_contents();
    if (n == "style") return drop_contents(raw_text_end(pos_, "style"));
    if (n == "xmp" || n == "iframe" || n == "noembed" || n == "noframes" || n == "title" ||
        n == "textarea")
      return raw_text_contents(n);
    if (n == "plaintext" || n == "frameset") return stop();
    std::size_t h = height_for_start(id, f);
    if (over_depth(h)) {
      if (tag_.hidden || never_text(n)) {
        uncut(tag_);
        dropping_ = true;
        drop_id_ = id;
        drop_nest_ = 1;
        drop_from_ = tag_.begin;
        return;
      }
      ++dropped_[id];
      return remove_tag(tag_, f);
    }
    if ((f & f_formatting) != 0 && formatting_full()) {
      ++dropped_[id];
      return remove_tag(tag_, f);
    }
    pop_to_height(h);
    push(id);
    // The list only serves the bound on formatting left open: without limits it is not kept.
    if ((f & f_formatting) != 0 && opts_.max_depth != 0) add_formatting(id);
    if (id == select_) {
      mode_ = mode::select;
    } else if (n == "svg" || n == "math") {
      if (tag_.self_closing) {
        pop();
      } else {
        mode_ = mode::foreign;
        foreign_base_ = stack_.size() - 1;
      }
    }
  }

  void end_tag() {
    std::uint32_t id = intern(tag_.name);
    if (dropping_) {
      if (id == drop_id_ && --drop_nest_ == 0) {
        dropping_ = false;
        tag_.begin = drop_from_;
        remove_tag(tag_, 0);
      }
      return;
    }
    if (dropped_[id] > 0) {
      --dropped_[id];
      return remove_tag(tag_, flags_[id]);
    }
    if (mode_ == mode::select) {
      if (id == select_) {
        pop_to(select_);
        mode_ = mode::html;
      } else if (id == option_ || id == optgroup_) {
        if (!stack_.empty() && stack_.back().id == id) pop();
      } else {
        stop();
      }
      return;
    }
    if (mode_ == mode::foreign) {
      // Foreign content closes the nearest element of that name, if it is foreign.
      if (top_[id] > foreign_base_) {
        pop_to(id);
        if (stack_.size() <= foreign_base_) mode_ = mode::html;
      } else {
        stop();
      }
      return;
    }
    if ((flags_[id] & (f_void | f_document)) != 0) return;
    if ((flags_[id] & f_formatting) != 0 && opts_.max_depth != 0) end_formatting(id);
    if (in_scope(id, scope_for_end(id))) pop_to(id);
  }

  // Inside an element left out whole: only its own nesting, and raw text, matter.
  void dropped_start(std::uint32_t id, unsigned f) {
    const std::string& n = tag_.name;
    std::size_t e = 0;
    if (n == "script") {
      e = script_end(pos_);
    } else if (n == "style" || n == "xmp" || n == "iframe" || n == "noembed" ||
               n == "noframes" || n == "title" || n == "textarea") {
      e = raw_text_end(pos_, n);
    } else if (n == "plaintext") {
      e = npos;
    } else {
      if (id == drop_id_ && (f & f_void) == 0) ++drop_nest_;
      return;
    }
    skip_contents(e);
  }

  void select_start(std::uint32_t id) {
    if (tag_.name == "script") return script_contents();
    if (id != option_ && id != optgroup_) return stop();
    std::size_t h = height_for_start(id, flags_[id]);
    if (over_depth(h)) {
      ++dropped_[id];
      return remove_tag(tag_, flags_[id]);
    }
    pop_to_height(h);
    push(id);
  }

  void foreign_start(std::uint32_t id, unsigned f) {
    // HTML inside SVG/MathML depends on tree construction this pass does not follow.
    if ((f & f_breakout) != 0) return stop();
    if (!stack_.empty() && (flags_[stack_.back().id] & f_integration) != 0) return stop();
    if (tag_.self_closing) return;
    if (over_depth(stack_.size())) {
      ++dropped_[id];
      return remove_tag(tag_, f);
    }
    push(id);
  }

  void script_contents() {
    std::size_t e = script_end(pos_);
    if (!opts_.drop_scripts_and_styles || is_json_ld(tag_)) return skip_contents(e);
    drop_contents(e);
  }

  // Past the contents of a raw-text or RCDATA element and its end tag, which closes it
  // whatever the mode.
  // A raw-text element's contents. Browsers run scripts, so they read a <noscript>'s content
  // as text up to "</noscript>"; gumbo reads it as markup, as with scripts off. There, a
  // self-closed "<iframe src=... />" (Google Tag Manager's snippet as React writes it) would
  // read the rest of the page as the iframe's text: the element ends where the noscript does.
  void raw_text_contents(const std::string& name) {
    std::size_t end = raw_text_end(pos_, name);
    if (opts_.noscript_as_browsers && top_[noscript_] != 0) {
      std::size_t close = next_noscript_end();
      if (close != npos && (end == npos || close < end)) {
        replace(close, close, "</" + name + ">");
        pos_ = close;
        return;
      }
    }
    skip_contents(end);
  }

  // Where the next "</noscript>" at or after pos_ starts (npos: none). Remembered, since pos_
  // only moves forward: a page of many raw-text elements in an unclosed noscript is searched
  // once, not once per element.
  std::size_t next_noscript_end() {
    if (noscript_end_ == unsearched || (noscript_end_ != npos && noscript_end_ < pos_))
      noscript_end_ = raw_text_end(pos_, "noscript");
    return noscript_end_;
  }

  void skip_contents(std::size_t end) {
    if (end == npos) return stop();
    tag_.begin = end;
    tag_.is_end = true;
    if (!read_tag(tag_)) return stop();
    pos_ = tag_.end;
    cut_attributes(tag_);
  }

  void drop_contents(std::size_t end) {
    if (!opts_.drop_scripts_and_styles) return skip_contents(end);
    std::size_t to = end == npos ? s_.size() : end;
    if (to > pos_) replace(pos_, to, {});
    pos_ = to;
    skip_contents(end);
  }

  const prescan_options& opts_;
  std::string& out_;
  std::size_t pos_ = 0;
  std::size_t copied_ = 0;
  std::size_t last_break_ = npos;
  std::size_t cut_tag_ = npos;  // the tag whose attributes were cut, and out_'s size before it
  std::size_t cut_out_ = 0;
  bool changed_ = false;
  bool stopped_ = false;
  bool dropping_ = false;
  std::uint32_t drop_id_ = 0;
  std::size_t drop_nest_ = 0;
  std::size_t drop_from_ = 0;
  static constexpr std::size_t unsearched = npos - 1;
  std::size_t noscript_end_ = unsearched;
  mode mode_ = mode::html;
  std::size_t foreign_base_ = 0;
  tag_token tag_;

  const known_table& known_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<unsigned> flags_;
  std::vector<std::uint32_t> top_;
  std::vector<std::uint32_t> dropped_;
  std::vector<open_element> stack_;
  std::vector<formatting_entry> formatting_;
  std::array<std::uint32_t, scope_count> bound_{};
  std::uint32_t p_, div_, address_, li_, dd_, dt_, a_, nobr_, button_, td_, th_, tr_, tbody_,
      thead_, tfoot_, table_, caption_, option_, optgroup_, select_, noscript_;
};

}  // namespace

bool prescan_html(std::string_view html, const prescan_options& opts, std::string& out) {
  if (!opts.drop_scripts_and_styles && opts.max_depth == 0 && !opts.noscript_as_browsers)
    return false;
  prescanner p(html, opts, out);
  return p.run();
}

}  // namespace article2md::detail
