// Readability's _prepArticle over the chosen items: data tables told from layout ones, then
// conditional cleaning (forms, tables, lists, divs that read as chrome) and the embeds, footers,
// nav, asides and share bars taken out; what ends up left out is the selection's `excluded`.
#include "article/extraction/extractor.hpp"

#include "text/text_utils.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace article2md::detail::extraction {
namespace {

struct range {
  index_t b, e;
  bool top_is_item;  // b is the item's own element (not a run's member)
};

bool ad_or_loading(std::string_view text) {
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

// A gallery's or slider's counter: "Image 1 of 8", "Photo 3/12", "1 / 8", "Bild 2 von 5". Its
// controls ("Close", "Next") are buttons, removed anyway; the counter is text about them.
bool gallery_counter(std::string_view text) {
  std::string lower;
  assign_lower(lower, trim(text));
  std::string_view v = lower;
  if (v.size() > 24) return false;
  auto skip_spaces = [&] {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  };
  auto number = [&] {
    std::size_t n = 0;
    while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
    v.remove_prefix(n);
    return n > 0;
  };
  std::size_t letters = 0;  // an optional word before the numbers
  while (letters < v.size() && static_cast<unsigned char>(v[letters]) >= 0x41 && v[letters] != ' ')
    ++letters;
  if (letters > 0 && (letters > 12 || letters == v.size())) return false;
  v.remove_prefix(letters);
  skip_spaces();
  if (!number()) return false;
  // "1 / 8" is a counter, "23/16" a pair of figures (a table's temperatures, a score).
  bool spaced = !v.empty() && v.front() == ' ';
  skip_spaces();
  if (!v.empty() && v.front() == '/' && (!spaced || v.size() < 2 || v[1] != ' ')) return false;
  bool joined = false;
  for (std::string_view w : {"/", "of", "von", "de", "sur", "di", "van", "av", "af", "z", "od",
                             "\xD0\xB8\xD0\xB7" /* из */})
    if (!joined && v.substr(0, w.size()) == w) {
      v.remove_prefix(w.size());
      joined = true;
    }
  if (!joined) return false;
  skip_spaces();
  return number() && v.empty();
}

// A UUID ("8aaaa084-6d2b-466d-9e17-16cfe487faa6"), alone in its element: an identifier the
// page's scripts read, or a decoy that style sheets hide (a marketplace spells "Sponsored"
// between hundreds of them); never words for a reader.
bool is_uuid(std::string_view text) {
  std::string_view v = trim(text);
  if (v.size() != 36) return false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      return false;
    }
  }
  return true;
}

}  // namespace

// _markDataTables.
void extractor::decide_data_table(index_t i) {
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

attempt_result extractor::clean(const std::vector<item>& chosen, index_t parent) {
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
  // an article it is still navigation; and a gallery's counter ("Image 1 of 8"), text about
  // its controls.
  refresh_gone();
  for_ranges([&](const range& rg) {
    for (index_t i = rg.b; i < rg.e; ++i) {
      if (gone_[i]) continue;
      tag k = kinds_[i];
      bool drop = (is_embed(k) && !(els_[i].flags & f_video)) || k == tag::footer ||
                  els_[i].node.is("nav") || k == tag::link || k == tag::aside ||
                  k == tag::input || k == tag::textarea || k == tag::select || k == tag::button ||
                  ((k == tag::h1 || k == tag::h2) && weight_of(i) < 0) ||
                  (k != tag::td && k != tag::th && st_[i].text_nodes == 1 &&
                   st_[i].text.chars <= 24 &&
                   gallery_counter(st_[i].text_node.text())) ||
                  ((k == tag::span || k == tag::div) && st_[i].text_nodes == 1 &&
                   st_[i].text.chars == 36 && is_uuid(st_[i].text_node.text()) &&
                   !ancestor_within(i, tag::code, 0, rg.b) &&
                   !ancestor_within(i, tag::pre, 0, rg.b) &&
                   !ancestor_within(i, tag::td, 0, rg.b));
      if (drop) removed_[i] = 1;
    }
  });
  // Share bars, newsletter and author boxes with little text, below the items.
  sweep([](index_t) { return false; });
  for_ranges([&](const range& rg) {
    for (index_t i = rg.b; i < rg.e; ++i) {
      index_t p = els_[i].parent;
      if (p != no_index && p >= rg.b && gone_[p]) gone_[i] = 1;
      if (gone_[i]) continue;
      if (rg.top_is_item && (i == rg.b || i == resolve(rg.b))) continue;
      if ((els_[i].flags & (f_share | f_box)) && st_[i].text.chars < char_threshold)
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
      for_each_in_run(r, [&](html_node c, index_t idx) {
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
  // The chrome of the posts of a thread held whole goes only now (thread_posts.cpp).
  for_ranges([&](const range& rg) {
    for (index_t i = rg.b; i < rg.e; ++i)
      if (post_chrome_[i]) gone_[i] = 1;
  });
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

bool extractor::ancestor_within(index_t i, tag k, int max_depth, index_t top) const {
  index_t p = logical_parent(i);
  for (int depth = 0; p != no_index && p >= top; ++depth, p = logical_parent(p)) {
    if (max_depth > 0 && depth > max_depth) return false;
    if (kinds_[p] == k) return true;
  }
  return false;
}

// _cleanConditionally's verdict on node i of kind k.
bool extractor::fishy(index_t i, tag k) const {
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

}  // namespace article2md::detail::extraction
