#include "report.hpp"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <string>

namespace article2md::oracle {
namespace {

// The targets for the readability corpus.
std::string_view target_of(metric m) noexcept {
  switch (m) {
    case metric::text_f1: return ">= 0.999";
    case metric::seg_survival: return ">= 0.995";
    case metric::link_recall: return ">= 0.998";
    case metric::img_src_recall: return ">= 0.995";
    case metric::img_alt_recall: return ">= 0.99";
    case metric::struct_recall: return ">= 0.995";
    case metric::pre_exact: return ">= 0.98";
    default: return "";
  }
}

std::string fixed(std::optional<double> v, int digits = 4) {
  if (!v) return "-";
  std::ostringstream ss;
  ss << std::fixed << std::setprecision(digits) << *v;
  return ss.str();
}

void row(std::ostream& os, std::string_view name, const std::string& value,
         std::string_view target) {
  os << "  " << std::left << std::setw(30) << name << std::setw(22) << value << target << '\n';
}

}  // namespace

void print_corpus_summary(std::ostream& os, std::string_view title, const corpus_summary& s) {
  os << title << ": " << s.files << " files, " << s.ok << " ok, " << s.crash << " crash, "
     << s.empty << " empty\n";
  row(os, "metric", "mean", "target");
  for (std::size_t i = 0; i < metric_count; ++i) {
    const auto m = static_cast<metric>(i);
    row(os, metric_name(m), fixed(s.means[i]), target_of(m));
  }
  row(os, "files with raw HTML tags",
      std::to_string(s.raw_html_files) + " (" + std::to_string(s.raw_html_tags_total) + " tags)",
      "0");
  row(os, "files with spurious markup",
      std::to_string(s.spurious_markup_files) + " (" + std::to_string(s.spurious_markup_total) +
          " elements)",
      "0");
  row(os, "crash or empty output", std::to_string(s.crash + s.empty), "0");
  os << "  structure recall by kind:";
  for (std::size_t i = 0; i < struct_kind_count; ++i) {
    os << (i % 5 == 0 ? "\n    " : "  ") << struct_kind_name(i) << ' '
       << fixed(s.struct_recall_by_kind[i], 3);
  }
  os << "\n  segments surviving by kind:";
  for (std::size_t i = 0; i < segment_kind_count; ++i) {
    os << (i % 5 == 0 ? "\n    " : "  ") << segment_kind_name(static_cast<segment_kind>(i))
       << ' ' << fixed(s.seg_by_kind[i], 3);
  }
  os << '\n';
}

void print_worst_rows(std::ostream& os, const std::vector<file_scores>& rows, std::size_t n) {
  for (std::size_t i = 0; i < metric_count; ++i) {
    std::vector<const file_scores*> low;
    for (const file_scores& r : rows) {
      if (r.values[i] && *r.values[i] < 1.0) low.push_back(&r);
    }
    if (low.empty()) continue;
    std::stable_sort(low.begin(), low.end(), [i](const file_scores* a, const file_scores* b) {
      return *a->values[i] < *b->values[i];
    });
    os << "  worst " << metric_name(static_cast<metric>(i)) << " (" << low.size()
       << " files below 1):";
    for (std::size_t k = 0; k < std::min(n, low.size()); ++k) {
      os << "\n    " << fixed(low[k]->values[i]) << "  " << low[k]->name;
      if (i == static_cast<std::size_t>(metric::struct_recall)) {
        for (std::size_t j = 0; j < struct_kind_count; ++j) {
          const auto& v = low[k]->struct_recall_by_kind[j];
          if (v && *v < 1.0) os << "  " << struct_kind_name(j) << '=' << fixed(v, 2);
        }
      }
    }
    os << '\n';
  }
  auto worst_counts = [&](std::string_view what, auto count_of) {
    std::vector<const file_scores*> bad;
    for (const file_scores& r : rows) {
      if (count_of(r) > 0) bad.push_back(&r);
    }
    if (bad.empty()) return;
    std::stable_sort(bad.begin(), bad.end(), [&](const file_scores* a, const file_scores* b) {
      return count_of(*a) > count_of(*b);
    });
    os << "  most " << what << " (" << bad.size() << " files):";
    for (std::size_t k = 0; k < std::min(n, bad.size()); ++k) {
      os << "\n    " << count_of(*bad[k]) << "  " << bad[k]->name;
    }
    os << '\n';
  };
  worst_counts("raw HTML tags", [](const file_scores& r) { return r.raw_html_tags; });
  worst_counts("spurious markup", [](const file_scores& r) { return r.spurious_markup; });
  for (const file_scores& r : rows) {
    if (r.status != file_status::ok) {
      os << "  " << status_name(r.status) << ": " << r.name << ' ' << r.error << '\n';
    }
  }
}

void write_csv(std::ostream& os, const std::vector<file_scores>& rows) {
  os << "file,status";
  for (std::size_t i = 0; i < metric_count; ++i) os << ',' << metric_name(static_cast<metric>(i));
  for (std::size_t i = 0; i < struct_kind_count; ++i) os << ",r_" << struct_kind_name(i);
  os << ",raw_html_tags,raw_html_nodes,spurious_markup,out_chars\n";
  for (const file_scores& r : rows) {
    os << r.name << ',' << status_name(r.status);
    for (const auto& v : r.values) os << ',' << (v ? fixed(v) : "");
    for (const auto& v : r.struct_recall_by_kind) os << ',' << (v ? fixed(v) : "");
    os << ',' << r.raw_html_tags << ',' << r.raw_html_nodes << ',' << r.spurious_markup << ','
       << r.markdown_chars << '\n';
  }
}

void print_spec_summary(std::ostream& os, const spec_summary& s) {
  os << "commonmark: " << s.total << " examples, " << s.skipped << " skipped (no Markdown form), "
     << s.compared << " compared\n";
  row(os, "metric", "value", "target");
  row(os, "exact round trip (CommonMark)",
      fixed(s.exact_rate()) + " (" + std::to_string(s.exact) + ")", ">= 0.97");
  row(os, "exact round trip (GFM render)",
      fixed(s.exact_gfm_rate()) + " (" + std::to_string(s.exact_gfm) + ")", "");
  for (metric m : {metric::link_recall, metric::pre_exact, metric::text_f1,
                   metric::img_alt_recall, metric::struct_recall}) {
    const bool hundred = m == metric::link_recall || m == metric::pre_exact;
    row(os, metric_name(m), fixed(s.metrics.mean(m)), hundred ? "1.0000" : "");
  }
  row(os, "examples with raw HTML tags", std::to_string(s.metrics.raw_html_files), "0");
  row(os, "examples with spurious markup", std::to_string(s.metrics.spurious_markup_files), "0");
  row(os, "crash or empty output", std::to_string(s.metrics.crash + s.metrics.empty), "0");
}

void print_spec_failures(std::ostream& os, const std::vector<spec_result>& results, bool details) {
  std::size_t n = 0;
  for (const spec_result& r : results) {
    if (r.skipped || r.exact) continue;
    ++n;
    os << "  example " << r.number << " (" << r.section << ")";
    if (r.scores.status != file_status::ok) os << ' ' << status_name(r.scores.status);
    os << '\n';
    if (details) {
      os << "    markdown: " << std::quoted(r.markdown) << "\n    expected: " << r.expected
         << "\n    got:      " << r.got << '\n';
    }
  }
  if (n == 0) os << "  every compared example comes back exactly\n";
}

void print_skip_table(std::ostream& os, const std::vector<spec_result>& results) {
  os << "| example | section | why it has no Markdown form |\n|---|---|---|\n";
  for (const spec_result& r : results) {
    if (r.skipped) os << "| " << r.number << " | " << r.section << " | " << *r.skipped << " |\n";
  }
}

void print_pages_summary(std::ostream& os, const pages_summary& s) {
  os << "pages: " << s.files << " whole pages (source.html vs expected.html), " << s.crashes
     << " crash\n";
  row(os, "metric", "value", "target");
  row(os, "mean text precision", fixed(s.mean_precision), "");
  row(os, "mean text recall", fixed(s.mean_recall), "");
  row(os, "mean text F1", fixed(s.mean_f1), ">= 0.95");
  row(os, "min text F1", fixed(s.min_f1) + " (" + s.min_f1_name + ")", "");
  row(os, "pages with F1 < 0.6", std::to_string(s.below_floor), "0");
  row(os, "title exact",
      fixed(s.title_exact_rate()) + " (" + std::to_string(s.titles_exact) + " of " +
          std::to_string(s.files) + ")",
      ">= 0.79 (the shown title, not Readability's)");
}

void print_worst_pages(std::ostream& os, const std::vector<page_scores>& rows, std::size_t n) {
  std::vector<const page_scores*> low;
  for (const page_scores& r : rows) low.push_back(&r);
  std::stable_sort(low.begin(), low.end(),
                   [](const page_scores* a, const page_scores* b) { return a->f1 < b->f1; });
  os << "  worst pages by text F1 (precision, recall; tokens expected -> ours):";
  for (std::size_t k = 0; k < std::min(n, low.size()); ++k) {
    const page_scores& r = *low[k];
    os << "\n    " << fixed(r.f1) << "  P " << fixed(r.precision) << "  R " << fixed(r.recall)
       << "  " << r.expected_tokens << " -> " << r.output_tokens << "  " << r.name;
    for (const auto* diff : {&r.missing, &r.extra}) {
      if (diff->empty()) continue;
      os << "\n        " << (diff == &r.missing ? "missing:" : "extra:  ");
      for (const auto& [token, count] : *diff) os << ' ' << std::quoted(token) << 'x' << count;
    }
  }
  os << '\n';
  for (const page_scores& r : rows) {
    if (r.crashed) os << "  crash: " << r.name << ' ' << r.error << '\n';
  }
  std::size_t titles = 0;
  for (const page_scores& r : rows) {
    if (r.crashed || r.title_exact) continue;
    if (titles++ == 0) os << "  titles that differ (ours, then expected):\n";
    os << "    " << r.name << "\n      " << std::quoted(r.title) << "\n      "
       << std::quoted(r.expected_title) << '\n';
  }
}

}  // namespace article2md::oracle
