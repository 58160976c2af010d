// Threads: the posts as a whole, not the longest one.
//
// A forum thread, a comment page or a Q&A page is a run of sibling containers built alike (the
// same tag and class), each signed by an author and dated. Scoring favours the post with the
// most prose, and its siblings rarely score enough to be merged: the reader got one post of a
// thread. When the choice lies in such a run, the run is the content.
#include "article/extraction/extractor.hpp"

#include "text/date.hpp"
#include "text/text_utils.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace article2md::detail::extraction {
namespace {

// Class, id or itemprop words of the element that names a post's author.
constexpr std::string_view author_words[] = {"author", "user",    "poster", "member",
                                             "byline", "profile", "nick",   "creator"};
// ... and of the element that dates it.
constexpr std::string_view date_words[] = {"date", "time", "posted", "published"};
// Class words that name a post: two of them make a thread, where two layout columns do not.
constexpr std::string_view post_words[] = {"post", "comment", "message", "reply", "answer"};
// Paths of links to a member's page.
constexpr std::string_view profile_paths[] = {"/user", "/member", "/profile", "/u/", "/~"};


// Whether `text` reads "Posts: 1,077", "Joined: Aug 2008", "Reaction score: 12": a short
// label, a colon, and a short value with a digit (a member's statistics, not prose).
bool stat_line(std::string_view text) {
  text = trim(text);
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  std::string_view label = trim(text.substr(0, colon)), value = trim(text.substr(colon + 1));
  if (label.empty() || value.empty() || value.size() > 24) return false;
  std::size_t words = 1;
  bool letter = false;
  for (char c : label) {
    if (c == ' ') ++words;
    if ((static_cast<unsigned char>(c) & 0x80) || (is_ascii_alnum(c) && !is_ascii_digit(c)))
      letter = true;
  }
  // A label is words: "9:43pm On Dec 09, 2023" is a time.
  if (words > 3 || !letter) return false;
  for (char c : value)
    if (is_ascii_digit(c)) return true;
  return false;
}

// Whether a short text is a post's date written out: "» Tue Aug 27, 2019 1:47 am", "May 3,
// 2024, 8:45am" (a written date with little around it), or "3 hours ago".
bool dated_text(std::string_view text) {
  text = trim(text);
  if (text.size() < 5 || text.size() > 64) return false;
  std::size_t digits = 0;
  for (char c : text) digits += is_ascii_digit(c);
  if (digits == 0) return false;
  if (text.size() <= 24 && iequals(text.substr(text.size() - 4), " ago")) return true;
  if (digits < 4) return false;
  auto found = find_written_date(text);
  return found && text.size() - (found->end - found->begin) <= 32;
}

}  // namespace

// What element i says of itself: post_author, post_date (bits), from its tag and attributes.
std::uint8_t attribute_post_marks(html_node n, tag kind, std::string_view lower_class_id,
                                  std::string& buf) {
  std::uint8_t marks = 0;
  if (n.is("time") || !n.attr("datetime").empty()) marks |= post_date;
  if (n.attr("rel") == "author") marks |= post_author;
  // Class and id, lower-cased once by add_element; itemprop here.
  if (contains_any(lower_class_id, author_words)) marks |= post_author;
  if (contains_any(lower_class_id, date_words)) marks |= post_date;
  if (std::string_view v = n.attr("itemprop"); !v.empty()) {
    assign_lower(buf, v);
    if (contains_any(buf, author_words)) marks |= post_author;
    if (contains_any(buf, date_words)) marks |= post_date;
  }
  if (kind == tag::a) {
    assign_lower(buf, n.attr("href"));
    if (contains_any(buf, profile_paths)) marks |= post_author;
  }
  return marks;
}

std::uint8_t extractor::post_marks(index_t i) {
  std::uint8_t marks = attribute_marks_[i];
  // Many forums write the date as text only (phpBB's "» Tue Aug 27, 2019"); a date described
  // in a list is the member's (<dt>Joined</dt><dd>Oct 28, 2023</dd>), not the post's.
  if (!(marks & post_date) && els_[i].kind != tag::dd)
    for_each_child(i, [&](html_node c, index_t idx) {
      if (idx == no_index && c.is_text() && dated_text(c.text())) marks |= post_date;
    });
  return marks;
}

// The signature two posts of one thread share: the tag, and the first class token (else the
// id) without its digits ("post bg1", "post bg2"; "postBoxWrapper123", "postBoxWrapper124").
std::string extractor::post_signature(index_t i) const {
  html_node n = els_[i].node;
  std::string sig(n.tag());
  sig += ' ';
  std::string_view v = trim(n.attr("class"));
  if (!v.empty()) {
    v = v.substr(0, v.find_first_of(" \t\n\r\f"));
  } else {
    v = n.attr("id");
  }
  for (char c : v)
    if (!is_ascii_digit(c)) sig += ascii_lower(c);
  return sig;
}

// Inside a post, what is about its author and not the post: a member's statistics ("Posts:
// 1,077", "Joined: Aug 2008"), a signature (the author's free text under every post, not the
// block naming the author that some forums call so), an avatar, reputation, badges, votes.
void extractor::leave_out_post_chrome(index_t post, std::vector<std::uint8_t>& out) {
  std::string text;
  for (index_t i = post + 1; i < els_[post].end; ++i) {
    if (gone_[i]) {
      i = els_[i].end - 1;
      continue;
    }
    const element& e = els_[i];
    html_node n = e.node;
    bool chrome = false;
    std::string_view cls = n.attr("class"), id = n.attr("id");
    // The author's picture and standing (reputation, badges), the post's votes.
    auto standing = [](std::string_view v) {
      return icontains_any(v, {"avatar", "reputation", "badge", "vote", "karma"});
    };
    if (standing(cls) || standing(id) ||
        (e.kind == tag::img && icontains(n.attr("alt"), "avatar")))
      chrome = true;
    else if ((icontains(cls, "signature") || icontains(id, "signature")) &&
             (marks_below_[i] & post_author) == 0)
      chrome = true;
    // The outermost short elements only: each character's text is read once (linear on
    // deep chains of short elements).
    else if (st_[i].text.chars > 0 && st_[i].text.chars <= 50 && e.kind != tag::a &&
             (e.parent == post || st_[e.parent].text.chars > 50)) {
      text.clear();
      if (e.kind == tag::dl) {
        // The same pair as a term and its description: <dt>Joined</dt><dd>Aug 2008</dd>.
        for_each_child(i, [&](html_node, index_t idx) {
          if (idx == no_index || gone_[idx]) return;
          if (kinds_[idx] == tag::dd && !text.empty()) text += ':';
          if (kinds_[idx] == tag::dt || kinds_[idx] == tag::dd) append_live_text(idx, text);
        });
      } else {
        append_live_text(i, text);
      }
      chrome = stat_line(text);
    }
    if (chrome) {
      out[i] = 1;
      i = e.end - 1;
    }
  }
}

void extractor::find_held_threads(const std::vector<item>& chosen) {
  constexpr std::uint8_t signed_and_dated = post_author | post_date;
  // The kinds of posts among one element's children, and how many of each.
  struct kind_count {
    std::string sig;
    std::size_t count;
  };
  std::vector<kind_count> kinds;
  std::vector<std::uint8_t> in_post;
  for (const item& it : chosen) {
    if (it.is_run) continue;
    for (index_t p = it.index; p < els_[it.index].end; ++p) {
      // Posts already seen are read whole by leave_out_post_chrome; what holds no signed and
      // dated element holds no post.
      if (gone_[p] || (!in_post.empty() && in_post[p]) ||
          (marks_below_[p] & signed_and_dated) != signed_and_dated) {
        p = els_[p].end - 1;
        continue;
      }
      kinds.clear();
      for_each_child(p, [&](html_node, index_t idx) {
        if (idx == no_index || gone_[idx] || st_[idx].text.chars == 0) return;
        if ((marks_below_[idx] & signed_and_dated) != signed_and_dated) return;
        std::string sig = post_signature(idx);
        for (kind_count& k : kinds)
          if (k.sig == sig) {
            ++k.count;
            return;
          }
        // A few kinds of children at most: more is no list of posts.
        if (kinds.size() < 8) kinds.push_back(kind_count{std::move(sig), 1});
      });
      const kind_count* best = nullptr;
      for (const kind_count& k : kinds)
        if (!best || k.count > best->count) best = &k;
      if (!best || !(best->count >= 3 || (best->count == 2 && contains_any(best->sig, post_words))))
        continue;
      if (in_post.empty()) in_post.assign(size(), 0);
      const std::string sig = best->sig;
      for_each_child(p, [&](html_node, index_t idx) {
        if (idx == no_index || gone_[idx] || st_[idx].text.chars == 0) return;
        if ((marks_below_[idx] & signed_and_dated) != signed_and_dated) return;
        if (post_signature(idx) != sig) return;
        in_post[idx] = 1;
        leave_out_post_chrome(idx, post_chrome_);
      });
    }
  }
}

void extractor::extend_to_thread(std::vector<item>& chosen, index_t& parent) {
  index_t start = no_index;
  for (const item& it : chosen)
    if (!it.is_run) {
      start = resolve(it.index);
      break;
    }
  if (start == no_index || start == 0) return;
  // Marks of every subtree, bottom-up (once per page: they come from attributes alone).
  if (marks_below_.empty()) {
    marks_below_.assign(size(), 0);
    for (index_t i = size(); i-- > 1;) {
      marks_below_[i] |= post_marks(i);
      marks_below_[els_[i].parent] |= marks_below_[i];
    }
  }
  constexpr std::uint8_t signed_and_dated = post_author | post_date;
  index_t best_parent = no_index;
  std::vector<index_t> best_run;
  std::vector<index_t> run;
  std::string run_sig;
  for (index_t a = start; a != 0; a = els_[a].parent) {
    if ((marks_below_[a] & signed_and_dated) != signed_and_dated) continue;
    const index_t p = els_[a].parent;
    const std::string sig = post_signature(a);
    // Above the first run, only the same posts again: a reply tree nests them.
    if (best_parent != no_index && sig != run_sig) continue;
    run.clear();
    for_each_child(p, [&](html_node, index_t idx) {
      if (idx == no_index || gone_[idx] || st_[idx].text.chars == 0) return;
      if ((marks_below_[idx] & signed_and_dated) != signed_and_dated) return;
      if (idx != a && post_signature(idx) != sig) return;
      run.push_back(idx);
    });
    // Three alike make a run; two only when their class names a post (two layout columns,
    // each with a byline and a date, are no thread).
      if (run.size() >= 3 || (run.size() == 2 && contains_any(sig, post_words))) {
      best_parent = p;
      best_run = run;
      run_sig = sig;
    }
  }
  if (best_parent == no_index) {
    find_held_threads(chosen);
    return;
  }
  chosen.clear();
  // The opening post often stands apart, built otherwise: a question above its answers, a
  // discussion's first message above its comment list. It is the nearest sibling before the
  // run's container, signed and dated too.
  const index_t g = els_[best_parent].parent;
  index_t opening = no_index;
  bool reached = false;
  if (g != no_index)
    for_each_child(g, [&](html_node, index_t idx) {
      if (reached) return;
      if (idx == best_parent) {
        reached = true;
        return;
      }
      if (idx == no_index || gone_[idx] || st_[idx].text.chars == 0) return;
      opening = idx;
    });
  if (opening != no_index && (marks_below_[opening] & signed_and_dated) == signed_and_dated) {
    // The run's container with the opening post; what else the container holds stays out.
    std::size_t next = 0;
    for_each_child(best_parent, [&](html_node, index_t idx) {
      if (idx == no_index) return;
      if (next < best_run.size() && best_run[next] == idx)
        ++next;
      else
        removed_[idx] = 1;
    });
    chosen.push_back(item{false, opening});
    chosen.push_back(item{false, best_parent});
    leave_out_post_chrome(opening, removed_);
    for (index_t i : best_run) leave_out_post_chrome(i, removed_);
    parent = g;
    return;
  }
  for (index_t i : best_run) {
    chosen.push_back(item{false, i});
    leave_out_post_chrome(i, removed_);
  }
  parent = best_parent;
}

}  // namespace article2md::detail::extraction
