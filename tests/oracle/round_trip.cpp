#include "round_trip.hpp"

#include "cmark_render.hpp"
#include "html_features.hpp"
#include "text_tokens.hpp"

#include <article2md/article2md.hpp>

#include <exception>

namespace article2md::oracle {

round_trip run_round_trip(std::string_view name, std::string_view html) {
  round_trip rt;
  const html_features source = extract_features(html, side::source);
  options opts;
  opts.header = header_style::none;
  try {
    rt.markdown = to_markdown(html, article_meta{}, opts);
  } catch (const std::exception& e) {
    rt.scores = failed(source, file_status::crash);
    rt.scores.name = std::string(name);
    rt.scores.error = e.what();
    return rt;
  }
  if (py_strip(rt.markdown).empty() && shows_something(source)) {
    rt.scores = failed(source, file_status::empty);
  } else {
    rendered_html out = render_markdown(rt.markdown, dialect::gfm);
    rt.scores = compare(source, extract_features(out.html), out.raw_html_tags, out.raw_html_nodes);
    rt.rendered_html = std::move(out.html);
  }
  rt.scores.name = std::string(name);
  rt.scores.markdown_chars = rt.markdown.size();
  return rt;
}

std::vector<file_scores> run_corpus(const std::vector<corpus_file>& files) {
  std::vector<file_scores> rows;
  rows.reserve(files.size());
  for (const corpus_file& f : files) rows.push_back(run_round_trip(f.name, f.html).scores);
  return rows;
}

}  // namespace article2md::oracle
