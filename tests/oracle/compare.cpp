#include "compare.hpp"

#include <algorithm>

namespace article2md::oracle {

std::string_view metric_name(metric m) noexcept {
  static constexpr std::array<std::string_view, metric_count> names = {
      "text_f1",        "text_recall",    "text_precision", "seg_survival",  "link_recall",
      "link_href_recall", "img_src_recall", "img_alt_recall", "struct_recall", "pre_exact"};
  return names[static_cast<std::size_t>(m)];
}

namespace {

// score.py's STRUCT_KINDS, in its order; heading_level has no count of its own.
constexpr std::array<std::string_view, struct_kind_count> struct_names = {
    "heading",    "heading_level", "list_item", "list_item_nested", "ordered_item",
    "blockquote", "code_block",    "code_inline", "table",          "table_cell",
    "em",         "strong",        "del",       "hr"};
constexpr std::array<kind, struct_kind_count> struct_kinds = {
    kind::heading,    kind::heading,    kind::list_item,   kind::list_item_nested,
    kind::ordered_item, kind::blockquote, kind::code_block, kind::code_inline,
    kind::table,      kind::table_cell, kind::em,          kind::strong,
    kind::del,        kind::hr};
constexpr std::size_t heading_level_index = 1;

// score.py's SPURIOUS_KINDS: excess in the output is markup the source did not have.
constexpr std::array<kind, 17> spurious_kinds = {
    kind::h1,         kind::h2,         kind::h3,          kind::h4,     kind::h5,
    kind::h6,         kind::list_item,  kind::blockquote,  kind::code_block,
    kind::code_inline, kind::table,     kind::em,          kind::strong, kind::del,
    kind::hr,         kind::link,       kind::image};

long total(const multiset& m) noexcept {
  long n = 0;
  for (const auto& [k, v] : m) n += v;
  return n;
}

long overlap(const multiset& a, const multiset& b) {
  const multiset& small = a.size() <= b.size() ? a : b;
  const multiset& large = a.size() <= b.size() ? b : a;
  long n = 0;
  for (const auto& [k, v] : small) {
    const auto it = large.find(k);
    if (it != large.end()) n += std::min(v, it->second);
  }
  return n;
}

std::optional<double> recall(const multiset& source, const multiset& output) {
  const long n = total(source);
  if (n == 0) return std::nullopt;
  return static_cast<double>(overlap(source, output)) / static_cast<double>(n);
}

multiset bag(const std::vector<std::string>& tokens) {
  multiset m;
  m.reserve(tokens.size());
  for (const std::string& t : tokens) ++m[t];
  return m;
}

std::string joined(const std::vector<std::string>& tokens) {
  std::string s = "\x1f";
  for (const std::string& t : tokens) {
    s += t;
    s += '\x1f';
  }
  return s;
}

int kind_count_of(const html_features& f, kind k) noexcept { return f.count(k); }

bool source_has_struct_kind(const html_features& f, std::size_t i) noexcept {
  return kind_count_of(f, struct_kinds[i]) > 0;
}

}  // namespace

std::string_view struct_kind_name(std::size_t i) noexcept { return struct_names[i]; }

std::string_view status_name(file_status s) noexcept {
  switch (s) {
    case file_status::ok: return "ok";
    case file_status::crash: return "crash";
    case file_status::empty: return "empty";
  }
  return "?";
}

bool shows_something(const html_features& source) noexcept {
  return !source.tokens.empty() || !source.img_src.empty() || !source.links.empty();
}

file_scores compare(const html_features& src, const html_features& out, int raw_html_tags,
                    int raw_html_nodes) {
  file_scores row;
  auto set = [&row](metric m, std::optional<double> v) {
    row.values[static_cast<std::size_t>(m)] = v;
  };

  const multiset st = bag(src.tokens);
  const multiset ot = bag(out.tokens);
  const long common = overlap(st, ot);
  const double r = st.empty() ? 1.0 : static_cast<double>(common) / static_cast<double>(src.tokens.size());
  const double p = ot.empty() ? 1.0 : static_cast<double>(common) / static_cast<double>(out.tokens.size());
  set(metric::text_recall, r);
  set(metric::text_precision, p);
  set(metric::text_f1, p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r));

  // A segment survives when its tokens come back contiguous in the output's tokens.
  const std::string hay = joined(out.tokens);
  std::array<int, segment_kind_count> per{};
  std::array<int, segment_kind_count> ok{};
  for (const segment& s : src.segments) {
    const auto k = static_cast<std::size_t>(s.kind);
    ++per[k];
    if (hay.find(joined(s.tokens)) != std::string::npos) ++ok[k];
  }
  int per_total = 0;
  int ok_total = 0;
  for (std::size_t k = 0; k < segment_kind_count; ++k) {
    per_total += per[k];
    ok_total += ok[k];
    if (per[k] > 0) row.seg_by_kind[k] = static_cast<double>(ok[k]) / per[k];
  }
  if (per_total > 0) set(metric::seg_survival, static_cast<double>(ok_total) / per_total);

  set(metric::link_recall, recall(src.links, out.links));
  set(metric::link_href_recall, recall(src.link_hrefs, out.link_hrefs));
  set(metric::img_src_recall, recall(src.img_src, out.img_src));
  set(metric::img_alt_recall, recall(src.img_pair, out.img_pair));

  double rec_sum = 0;
  int rec_n = 0;
  for (std::size_t i = 0; i < struct_kind_count; ++i) {
    int s_n = 0;
    int m = 0;
    if (i == heading_level_index) {
      for (kind h : {kind::h1, kind::h2, kind::h3, kind::h4, kind::h5, kind::h6}) {
        s_n += src.count(h);
        m += std::min(src.count(h), out.count(h));
      }
    } else {
      s_n = src.count(struct_kinds[i]);
      m = std::min(s_n, out.count(struct_kinds[i]));
    }
    if (s_n > 0) {
      const double v = static_cast<double>(m) / s_n;
      row.struct_recall_by_kind[i] = v;
      rec_sum += v;
      ++rec_n;
    }
  }
  if (rec_n > 0) set(metric::struct_recall, rec_sum / rec_n);

  set(metric::pre_exact, recall(src.pre_texts, out.pre_texts));

  row.raw_html_tags = raw_html_tags;
  row.raw_html_nodes = raw_html_nodes;
  for (kind k : spurious_kinds) row.spurious_markup += std::max(0, out.count(k) - src.count(k));
  return row;
}

file_scores failed(const html_features& src, file_status status) {
  file_scores row;
  row.status = status;
  for (auto& v : row.values) v = 0.0;
  for (std::size_t i = 0; i < struct_kind_count; ++i) {
    if (source_has_struct_kind(src, i)) row.struct_recall_by_kind[i] = 0.0;
  }
  for (const segment& s : src.segments) row.seg_by_kind[static_cast<std::size_t>(s.kind)] = 0.0;
  return row;
}

corpus_summary summarize(const std::vector<file_scores>& rows) {
  corpus_summary s;
  s.files = rows.size();
  std::array<double, metric_count> sum{};
  std::array<int, metric_count> n{};
  std::array<double, struct_kind_count> ksum{};
  std::array<int, struct_kind_count> kn{};
  std::array<double, segment_kind_count> ssum{};
  std::array<int, segment_kind_count> sn{};
  for (const file_scores& r : rows) {
    switch (r.status) {
      case file_status::ok: ++s.ok; break;
      case file_status::crash: ++s.crash; break;
      case file_status::empty: ++s.empty; break;
    }
    for (std::size_t i = 0; i < metric_count; ++i) {
      if (r.values[i]) {
        sum[i] += *r.values[i];
        ++n[i];
      }
    }
    for (std::size_t i = 0; i < struct_kind_count; ++i) {
      if (r.struct_recall_by_kind[i]) {
        ksum[i] += *r.struct_recall_by_kind[i];
        ++kn[i];
      }
    }
    for (std::size_t i = 0; i < segment_kind_count; ++i) {
      if (r.seg_by_kind[i]) {
        ssum[i] += *r.seg_by_kind[i];
        ++sn[i];
      }
    }
    s.raw_html_tags_total += r.raw_html_tags;
    if (r.raw_html_tags > 0) ++s.raw_html_files;
    s.spurious_markup_total += r.spurious_markup;
    if (r.spurious_markup > 0) ++s.spurious_markup_files;
  }
  for (std::size_t i = 0; i < metric_count; ++i) {
    if (n[i] > 0) s.means[i] = sum[i] / n[i];
  }
  for (std::size_t i = 0; i < struct_kind_count; ++i) {
    if (kn[i] > 0) s.struct_recall_by_kind[i] = ksum[i] / kn[i];
  }
  for (std::size_t i = 0; i < segment_kind_count; ++i) {
    if (sn[i] > 0) s.seg_by_kind[i] = ssum[i] / sn[i];
  }
  return s;
}

}  // namespace article2md::oracle
