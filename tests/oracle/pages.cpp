#include "pages.hpp"

#include "cmark_render.hpp"
#include "compare.hpp"
#include "corpora.hpp"
#include "html_features.hpp"
#include "text_tokens.hpp"

// The library's private headers (src/): the title is read by the code the converter's header
// uses, not by a copy of it.
#include "article/metadata/metadata.hpp"
#include "html/dom.hpp"

#include <article2md/article2md.hpp>

#include "json.hpp"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <stdexcept>

namespace article2md::oracle {
namespace {

// Whitespace runs (Python's str.isspace()) to one space, trimmed; nothing else changes.
std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (is_py_space(next_code_point(s, i))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string expected_title(const std::string& path) {
  const nlohmann::json doc = nlohmann::json::parse(read_file(path), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    throw std::runtime_error(path + " is not a JSON object");
  }
  const auto it = doc.find("title");
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The title the seed header would show for this page with the caller giving none.
std::string our_title(std::string_view html) {
  if (html.substr(0, 3) == "\xEF\xBB\xBF") html.remove_prefix(3);  // as converter::convert
  const detail::parsed_document doc(html);
  return detail::extract_metadata(doc.document(), page_url).title;
}

using token_counts = std::vector<std::pair<std::string, int>>;

// The tokens `a` has more of than `b`, the most frequent excess first (ties by token).
token_counts excess(const std::vector<std::string>& a, const std::vector<std::string>& b,
                    std::size_t n) {
  multiset count;
  for (const std::string& t : a) ++count[t];
  for (const std::string& t : b) {
    const auto it = count.find(t);
    if (it != count.end()) --it->second;
  }
  token_counts out;
  for (const auto& [t, c] : count) {
    if (c > 0) out.emplace_back(t, c);
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

}  // namespace

std::vector<page_file> load_pages(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<page_file> pages;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path source = it->path() / "source.html";
    const fs::path expected = it->path() / "expected.html";
    const fs::path metadata = it->path() / "expected-metadata.json";
    if (it->is_directory() && fs::is_regular_file(source) && fs::is_regular_file(expected) &&
        fs::is_regular_file(metadata)) {
      pages.push_back(page_file{it->path().filename().string(), read_file(source.string()),
                                read_file(expected.string()), expected_title(metadata.string())});
    }
  }
  if (ec) throw std::runtime_error("cannot list " + dir + ": " + ec.message());
  if (pages.empty()) {
    throw std::runtime_error("no <name>/{source.html,expected.html,expected-metadata.json} under " +
                             dir);
  }
  std::sort(pages.begin(), pages.end(),
            [](const page_file& a, const page_file& b) { return a.name < b.name; });
  return pages;
}

page_run run_page(const page_file& page) {
  page_run run;
  page_scores& s = run.scores;
  s.name = page.name;
  s.expected_title = collapse_whitespace(page.title);
  const html_features expected = extract_features(page.expected, side::source);
  s.expected_tokens = expected.tokens.size();
  try {
    article_meta meta;
    meta.url = std::string(page_url);
    options opts;
    opts.header = header_style::none;
    run.markdown = to_markdown(page.source, meta, opts);
    s.title = collapse_whitespace(our_title(page.source));
  } catch (const std::exception& e) {
    s.crashed = true;
    s.error = e.what();
    return run;
  }
  s.title_exact = s.title == s.expected_title;
  const rendered_html out = render_markdown(run.markdown, dialect::gfm);
  const html_features ours = extract_features(out.html);
  s.output_tokens = ours.tokens.size();
  // compare() computes text_precision/recall/f1 exactly as the round trip's text_f1.
  const file_scores row = compare(expected, ours, out.raw_html_tags, out.raw_html_nodes);
  s.precision = row.get(metric::text_precision).value_or(0.0);
  s.recall = row.get(metric::text_recall).value_or(0.0);
  s.f1 = row.get(metric::text_f1).value_or(0.0);
  s.missing = excess(expected.tokens, ours.tokens, 8);
  s.extra = excess(ours.tokens, expected.tokens, 8);
  return run;
}

std::vector<page_scores> run_pages(const std::vector<page_file>& pages) {
  std::vector<page_scores> rows;
  rows.reserve(pages.size());
  for (const page_file& p : pages) rows.push_back(run_page(p).scores);
  return rows;
}

pages_summary summarize_pages(const std::vector<page_scores>& rows) {
  pages_summary s;
  s.files = rows.size();
  if (rows.empty()) return s;
  double p = 0;
  double r = 0;
  double f = 0;
  s.min_f1 = rows.front().f1;
  s.min_f1_name = rows.front().name;
  for (const page_scores& row : rows) {
    if (row.crashed) ++s.crashes;
    p += row.precision;
    r += row.recall;
    f += row.f1;
    if (row.f1 < s.min_f1) {
      s.min_f1 = row.f1;
      s.min_f1_name = row.name;
    }
    if (row.f1 < page_f1_floor) ++s.below_floor;
    if (row.title_exact) ++s.titles_exact;
  }
  const auto n = static_cast<double>(rows.size());
  s.mean_precision = p / n;
  s.mean_recall = r / n;
  s.mean_f1 = f / n;
  return s;
}

}  // namespace article2md::oracle
