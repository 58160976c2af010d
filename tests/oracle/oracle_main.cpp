// article2md_oracle: the round-trip oracle over the shared corpora, as a command.
//   article2md_oracle [--shared DIR] [--corpus readability|commonmark|pages|gold|all] [--verbose]
//                     [--worst N] [--list-skips] [--dump-md DIR] [--csv FILE]
//                     [--gold-set DIR] [--jobs N] [--check-normalizer]

#include "canonical_html.hpp"
#include "cmark_render.hpp"
#include "commonmark_spec.hpp"
#include "corpora.hpp"
#include "gold_report.hpp"
#include "pages.hpp"
#include "report.hpp"
#include "round_trip.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

#ifdef ARTICLE2MD_SHARED_DIR
constexpr const char* default_shared = ARTICLE2MD_SHARED_DIR;
#else
constexpr const char* default_shared = "../shared";
#endif

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The yardstick's own check: each compared example's Markdown, rendered by this cmark-gfm,
// must give the example's HTML after canonicalisation. What does not is listed.
int check_normalizer(const std::string& shared) {
  using namespace article2md::oracle;
  std::size_t compared = 0;
  std::size_t equal = 0;
  for (const spec_example& ex : load_spec_examples(shared + "/corpus/commonmark/spec.json")) {
    if (skip_reason(ex)) continue;
    ++compared;
    const std::string want = canonical_html(ex.html);
    const std::string got = canonical_html(render_markdown(ex.markdown, dialect::commonmark).html);
    if (want == got) {
      ++equal;
    } else {
      std::cout << "example " << ex.number << " (" << ex.section << ")\n  spec:       " << want
                << "\n  cmark-gfm:  " << got << '\n';
    }
  }
  std::cout << equal << " of " << compared
            << " compared examples: cmark-gfm renders the spec's Markdown to the spec's HTML\n";
  return 0;
}

// Every kind of page against gold text, with gold_eval.py's figures (gold_report.hpp).
void run_gold(const std::string& set, unsigned jobs, bool verbose, std::size_t worst,
              const std::string& dump_md, const std::string& csv) {
  using namespace article2md::oracle;
  namespace fs = std::filesystem;
  const auto t0 = std::chrono::steady_clock::now();
  if (!dump_md.empty()) fs::create_directories(dump_md);
  const std::vector<gold_page> pages = load_gold_set(set);
  const std::vector<gold_row> rows =
      run_gold_set(pages, jobs, [&](const gold_page& p, const std::string& md) {
        // gold_eval.py --save's files: <id>.md, the command's whole output.
        if (dump_md.empty()) return;
        std::ofstream(fs::path(dump_md) / (p.id + ".md"), std::ios::binary) << md;
      });
  // os.path.basename(os.path.normpath(set)): the folder's name, a trailing slash or not.
  fs::path name = fs::path(set).lexically_normal();
  if (!name.has_filename()) name = name.parent_path();
  print_gold_summary(std::cout, summarize_gold(name.filename().string(), rows));
  if (!csv.empty()) {
    std::ofstream out(csv, std::ios::binary);
    write_gold_csv(out, rows);
    if (!out) throw std::runtime_error("cannot write " + csv);
  }
  if (verbose) print_gold_lowest(std::cout, rows, std::max<std::size_t>(worst, 8));
  std::cout << "  (" << seconds_since(t0) << " s, " << jobs << " threads)\n";
}

int run(const std::string& shared, const std::string& corpus, bool verbose, std::size_t worst,
        bool list_skips, const std::string& dump_md, const std::string& csv,
        const std::string& gold_set, unsigned jobs) {
  using namespace article2md::oracle;
  namespace fs = std::filesystem;
  if (corpus == "readability" || corpus == "all") {
    const auto t0 = std::chrono::steady_clock::now();
    const auto files = load_readability(shared + "/corpus/readability");
    std::vector<file_scores> rows;
    for (const corpus_file& f : files) {
      round_trip rt = run_round_trip(f.name, f.html);
      if (!dump_md.empty()) {
        fs::create_directories(dump_md);
        std::ofstream(fs::path(dump_md) / (f.name + ".md"), std::ios::binary) << rt.markdown;
      }
      rows.push_back(std::move(rt.scores));
    }
    print_corpus_summary(std::cout, "readability", summarize(rows));
    if (!csv.empty()) {
      std::ofstream out(csv, std::ios::binary);
      write_csv(out, rows);
      if (!out) throw std::runtime_error("cannot write " + csv);
    }
    if (verbose) print_worst_rows(std::cout, rows, worst);
    std::cout << "  (" << seconds_since(t0) << " s)\n\n";
  }
  if (corpus == "commonmark" || corpus == "all") {
    const auto t0 = std::chrono::steady_clock::now();
    const auto results = run_spec(load_spec_examples(shared + "/corpus/commonmark/spec.json"));
    print_spec_summary(std::cout, summarize_spec(results));
    if (verbose) {
      std::cout << "  examples that do not come back exactly:\n";
      print_spec_failures(std::cout, results, /*details=*/true);
    }
    if (list_skips) print_skip_table(std::cout, results);
    std::cout << "  (" << seconds_since(t0) << " s)\n\n";
  }
  if (corpus == "pages" || corpus == "all") {
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<page_scores> rows;
    for (const page_file& p : load_pages(shared + "/corpus/readability")) {
      page_run run = run_page(p);
      if (!dump_md.empty()) {
        fs::create_directories(dump_md);
        std::ofstream(fs::path(dump_md) / (p.name + ".page.md"), std::ios::binary) << run.markdown;
      }
      rows.push_back(std::move(run.scores));
    }
    print_pages_summary(std::cout, summarize_pages(rows));
    if (verbose) print_worst_pages(std::cout, rows, std::max<std::size_t>(worst, 10));
    std::cout << "  (" << seconds_since(t0) << " s)\n";
  }
  if (corpus == "gold" || corpus == "all") {
    if (corpus == "all") std::cout << '\n';
    run_gold(gold_set.empty() ? shared + "/corpus/wcxb-dev" : gold_set, jobs, verbose, worst,
             dump_md, corpus == "gold" ? csv : std::string());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Round-trip oracle: article HTML -> article2md -> Markdown -> cmark-gfm -> HTML, "
               "compared with the source over the shared corpora."};
  std::string shared = default_shared;
  std::string corpus = "all";
  bool verbose = false;
  std::size_t worst = 5;
  bool list_skips = false;
  std::string dump_md;
  app.add_option("--shared", shared, "the shared directory (holds corpus/readability and "
                                     "corpus/commonmark)")
      ->capture_default_str();
  app.add_option("--corpus", corpus,
                 "which corpus to run: readability (article bodies round-trip), commonmark (spec "
                 "examples), pages (whole pages cut to their article, vs Readability's), gold "
                 "(every kind of page vs gold text: WCXB's development set, gold_eval.py's "
                 "figures), all")
      ->check(CLI::IsMember({"readability", "commonmark", "pages", "gold", "all"}))
      ->capture_default_str();
  app.add_flag("-v,--verbose", verbose,
               "also print the worst files per metric and the examples that fail");
  app.add_option("--worst", worst, "how many worst files per metric with --verbose")
      ->capture_default_str();
  app.add_flag("--list-skips", list_skips,
               "print the skipped CommonMark examples as a Markdown table");
  app.add_option("--dump-md", dump_md,
                 "write each readability page's Markdown to DIR/<name>.md (pages: "
                 "DIR/<name>.page.md; gold: the command's output, DIR/<id>.md)");
  std::string gold_set;
  app.add_option("--gold-set", gold_set,
                 "the gold set for --corpus gold (a folder with MANIFEST.tsv; default "
                 "SHARED/corpus/wcxb-dev)");
  unsigned jobs = 2;
  app.add_option("--jobs", jobs, "threads for --corpus gold")->capture_default_str();
  std::string csv;
  app.add_option("--csv", csv,
                 "write the readability scores per file to FILE (score.py's columns); with "
                 "--corpus gold, the gold figures per page");
  bool normalizer = false;
  app.add_flag("--check-normalizer", normalizer,
               "check the yardstick instead: render each compared CommonMark example's own "
               "Markdown and compare it with its HTML");
  CLI11_PARSE(app, argc, argv);
  try {
    if (normalizer) return check_normalizer(shared);
    return run(shared, corpus, verbose, worst, list_skips, dump_md, csv, gold_set, jobs);
  } catch (const std::exception& e) {
    std::cerr << "article2md_oracle: " << e.what() << '\n';
    return 1;
  }
}
