#include "bench_options.hpp"

#include <CLI/CLI.hpp>

namespace article2md::bench {

std::optional<bench_options> parse_bench_options(int argc, char** argv, int& exit_code) {
  bench_options o;
  CLI::App app{
      "article2md_bench: conversion throughput (MB/s) against gumbo's parse alone, thread "
      "scaling, and time and memory on synthetic inputs of growing size."};
  app.add_option("corpora", o.corpora,
                 "Corpus directories or files, one corpus each (default: the shared article "
                 "bodies and whole pages)");
  app.add_option("--only", o.only,
                 "In directories, take only files with this name (e.g. source.html) instead of "
                 "every *.html/*.htm");
  app.add_option("--limit", o.limit, "Take the first N documents of each corpus (0: all)");
  app.add_option("--seconds", o.seconds, "Minimum length of a round, in whole passes (0: one pass)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--rounds", o.rounds, "Rounds per measurement")->check(CLI::PositiveNumber);
  app.add_option("--threads", o.threads,
                 "Thread count compared with one thread (below 2: no thread scaling)");
  app.add_flag("!--no-parse", o.parse, "Skip the gumbo parse-only baselines");
  app.add_flag("!--no-memory", o.memory, "Skip the peak memory pass");
  app.add_flag("!--no-corpus", o.corpus, "Skip the corpus measurements");
  app.add_flag("--growth", o.growth,
               "Also time synthetic inputs of 1, 10 and 100 MB (flat paragraphs, nested blocks, "
               "a big table) and pure deep nesting, each in a child process");
  app.add_option("--growth-max", o.growth_max_mb, "Largest synthetic input, in MB")
      ->check(CLI::PositiveNumber);
  app.add_option("--shapes", o.shapes, "Growth shapes: flat, nested, table")
      ->delimiter(',')
      ->check(CLI::IsMember({"flat", "nested", "table"}));
  app.add_option("--depths", o.depths, "Depths of the pure deep-nesting cases (0: none)")
      ->delimiter(',');
  app.add_option("--timeout", o.timeout, "Seconds a growth case may take before it is killed")
      ->check(CLI::PositiveNumber);
  app.add_flag("--markdown", o.markdown, "Print the tables as Markdown");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    exit_code = app.exit(e);
    return std::nullopt;
  }
  return o;
}

}  // namespace article2md::bench
