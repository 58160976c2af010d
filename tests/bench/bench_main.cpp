// article2md_bench: how fast the converter is, measured against the floor under it (gumbo's
// parse alone, with the same options), on corpora held in memory; how it scales to two
// threads; and whether time and memory grow linearly with the input. See docs/performance.md.

#include "bench_options.hpp"
#include "corpus_loader.hpp"
#include "growth.hpp"
#include "gumbo_parse.hpp"
#include "memory.hpp"
#include "report_table.hpp"
#include "rounds.hpp"

#include <article2md/converter.hpp>
#include <article2md/version.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace article2md::bench {
namespace {

struct measure {
  std::string label;
  document_job job;
  bool ours = false;  // a conversion (compared with the parse, scaled over threads)
  std::vector<double> rounds;      // wall-clock MB/s
  std::vector<double> cpu_rounds;  // MB per CPU-second
  double peak = -1;  // bytes above the loaded corpus; -1 unknown
};

measure make_measure(std::string label, document_job job, bool ours) {
  measure m;
  m.label = std::move(label);
  m.job = std::move(job);
  m.ours = ours;
  return m;
}

void print_build(std::ostream& out, bool markdown) {
  const char* bullet = markdown ? "- " : "";
  out << bullet << "article2md " << version << ", " << ARTICLE2MD_BENCH_BUILD_TYPE << " build";
#ifdef NDEBUG
  out << " (NDEBUG)";
#else
  out << " (assertions on: not an optimized build, figures not representative)";
#endif
#if defined(__clang__)
  out << ", clang " << __clang_major__ << '.' << __clang_minor__ << '.' << __clang_patchlevel__;
#elif defined(__GNUC__)
  out << ", GCC " << __GNUC__ << '.' << __GNUC_MINOR__ << '.' << __GNUC_PATCHLEVEL__;
#endif
  out << ", " << std::thread::hardware_concurrency() << " hardware threads\n";
}

// Drops the documents a conversion rejects (article2md::error), with a warning: a benchmark
// of what converts.
void keep_convertible(corpus& c, const converter& conv) {
  std::vector<document> kept;
  for (document& d : c.documents) {
    try {
      (void)conv.convert(d.html);
      kept.push_back(std::move(d));
    } catch (const std::exception& e) {
      std::cerr << "warning: skipping " << d.path << ": " << e.what() << '\n';
      c.bytes -= d.html.size();
    }
  }
  c.documents = std::move(kept);
}

std::string corpus_label(const corpus& c) {
  return c.name + " (" + std::to_string(c.documents.size()) + " docs, " + megabytes(
      static_cast<double>(c.bytes)) + " MB)";
}

int run(const bench_options& o) {
  std::vector<report_table> tables;
  std::cerr << "article2md_bench: " << o.rounds << " rounds of at least " << o.seconds
            << " s per measurement\n";

  // Growth first: its children fork from a process that holds no corpus yet.
  std::vector<report_table> growth_tables;
  if (o.growth) {
    growth_settings g;
    g.max_mb = o.growth_max_mb;
    g.shapes = o.shapes;
    g.depths = o.depths;
    g.seconds = o.seconds;
    g.timeout = o.timeout;
    g.parse = o.parse;
    growth_tables = run_growth(g, std::cerr);
  }

  if (o.corpus) {
    std::vector<corpus> corpora;
    if (o.corpora.empty()) {
      corpora = default_corpora(ARTICLE2MD_SHARED_DIR, o.limit);
      if (corpora.empty())
        throw std::runtime_error(std::string("no corpus given and none under ") +
                                 ARTICLE2MD_SHARED_DIR + "/corpus/readability");
    } else {
      for (const std::string& path : o.corpora)
        corpora.push_back(load_corpus(path, o.only, o.limit));
    }

    const converter automatic{options{}};
    options whole_opts;
    whole_opts.scope = content_scope::whole;
    const converter whole{whole_opts};

    report_table speed("Throughput: MB of input HTML per second, one thread",
                       {"corpus", "measurement", "median MB/s", "min", "max", "MB/CPU-s",
                        "vs parse", "vs parse (CPU)", "peak MB"});
    report_table scaling("Threads: one shared converter, documents handed out in turn",
                         {"corpus", "measurement", "1 thread MB/s",
                          std::to_string(o.threads) + " threads MB/s", "speed-up", "min", "max",
                          "CPUs used", "per-CPU efficiency"});

    for (corpus& c : corpora) {
      keep_convertible(c, automatic);
      if (c.documents.empty()) continue;
      std::cerr << corpus_label(c) << ", largest " << megabytes(static_cast<double>(c.largest))
                << " MB\n";

      std::vector<measure> ms;
      ms.push_back(make_measure(c.whole_pages ? "article2md (article extracted)" : "article2md",
                    [&](const document& d) { return automatic.convert(d.html).size(); }, true));
      if (c.whole_pages)
        ms.push_back(make_measure("article2md (whole body)",
                      [&](const document& d) { return whole.convert(d.html).size(); }, true));
      const std::size_t parse_index = ms.size();
      if (o.parse) {
        ms.push_back(make_measure("gumbo parse (arena, max_errors 0)",
                      [](const document& d) { return gumbo_parse_arena(d.html); }, false));
        ms.push_back(make_measure("gumbo parse (malloc, errors)",
                      [](const document& d) { return gumbo_parse_malloc(d.html); }, false));
      }

      // Rounds interleave the measurements, so a noisy stretch of the shared machine hits
      // them all alike and their ratio holds better than their absolute figures.
      for (measure& m : ms) (void)run_round(c, m.job, 1, 0);  // warm-up: caches, allocator
      for (unsigned r = 0; r < o.rounds; ++r) {
        for (measure& m : ms) {
          const round_result rr = run_round(c, m.job, 1, o.seconds);
          m.rounds.push_back(rr.mbps);
          m.cpu_rounds.push_back(rr.cpu_mbps);
        }
        std::cerr << "  round " << r + 1 << '/' << o.rounds << '\n';
      }
      if (o.memory) {
        for (measure& m : ms) {
          if (!reset_peak_rss()) break;
          const double base = static_cast<double>(current_rss());
          (void)run_round(c, m.job, 1, 0);
          m.peak = static_cast<double>(peak_rss()) - base;
        }
      }

      const double parse_wall = o.parse ? summarize(ms[parse_index].rounds).median : 0;
      const double parse_cpu = o.parse ? summarize(ms[parse_index].cpu_rounds).median : 0;
      for (const measure& m : ms) {
        const spread s = summarize(m.rounds);
        const double cpu = summarize(m.cpu_rounds).median;
        speed.add_row({corpus_label(c), m.label, fixed(s.median, 2), fixed(s.min, 2),
                       fixed(s.max, 2), fixed(cpu, 2),
                       o.parse ? fixed(s.median / parse_wall, 2) : "-",
                       o.parse ? fixed(cpu / parse_cpu, 2) : "-",
                       m.peak >= 0 ? megabytes(m.peak) : "-"});
      }

      if (o.threads >= 2) {
        for (const measure& m : ms) {
          if (!m.ours) continue;
          std::vector<double> one, many, ratio, cpus, efficiency;
          for (unsigned r = 0; r < o.rounds; ++r) {
            const round_result a = run_round(c, m.job, 1, o.seconds);
            const round_result b = run_round(c, m.job, o.threads, o.seconds);
            one.push_back(a.mbps);
            many.push_back(b.mbps);
            ratio.push_back(b.mbps / a.mbps);
            cpus.push_back(b.cpus);
            efficiency.push_back(b.cpu_mbps / a.cpu_mbps);
          }
          const spread sr = summarize(ratio);
          scaling.add_row({corpus_label(c), m.label, fixed(summarize(one).median, 2),
                           fixed(summarize(many).median, 2), fixed(sr.median, 2) + "×",
                           fixed(sr.min, 2), fixed(sr.max, 2), fixed(summarize(cpus).median, 2),
                           fixed(summarize(efficiency).median, 2)});
          std::cerr << "  threads: " << m.label << ' ' << fixed(sr.median, 2) << "×\n";
        }
      }
    }
    speed.add_note(
        "Median, min and max over " + std::to_string(o.rounds) + " rounds of whole passes (at "
        "least " + fixed(o.seconds, 1) + " s each), input bytes / wall time, MB = 10^6 bytes; "
        "MB/CPU-s = input bytes / process CPU time (median), steadier on a shared machine. "
        "vs parse = our MB/s / gumbo's parse-only MB/s with the library's options (arena, "
        "max_errors 0), by wall and by CPU time: the share of our time a bare parse takes. "
        "peak MB = VmHWM above the loaded corpus during one pass (the largest document's "
        "working memory).");
    tables.push_back(std::move(speed));
    if (o.threads >= 2) {
      scaling.add_note(
          "speed-up = " + std::to_string(o.threads) +
          "-thread MB/s / 1-thread MB/s per round (median, min, max); rounds alternate the "
          "two. CPUs used = CPU time / wall time of the threaded rounds: below " +
          std::to_string(o.threads) + " the machine was busy with other work. per-CPU "
          "efficiency = MB per CPU-second threaded / single (1.00: no contention between "
          "threads; the speed-up on an idle machine is about threads × efficiency).");
      tables.push_back(std::move(scaling));
    }
  }

  for (report_table& t : growth_tables) tables.push_back(std::move(t));
  if (o.markdown) std::cout << '\n';
  print_build(std::cout, o.markdown);
  std::cout << '\n';
  for (const report_table& t : tables) t.print(std::cout, o.markdown);
  return 0;
}

}  // namespace
}  // namespace article2md::bench

int main(int argc, char** argv) {
  int code = 0;
  const auto opts = article2md::bench::parse_bench_options(argc, argv, code);
  if (!opts) return code;
  try {
    return article2md::bench::run(*opts);
  } catch (const std::exception& e) {
    std::cerr << "article2md_bench: " << e.what() << '\n';
    return 1;
  }
}
