#pragma once
// The benchmark's command line.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace article2md::bench {

struct bench_options {
  /// Corpora: directories (walked for *.html / *.htm, or for files named `only`) or files.
  /// Empty: the shared corpora (article bodies and whole pages) when present.
  std::vector<std::string> corpora;
  std::string only;
  std::size_t limit = 0;        ///< first N documents of each corpus; 0 = all
  double seconds = 1.0;         ///< minimum length of one round (whole passes; 0 = one pass)
  unsigned rounds = 5;
  unsigned threads = 2;         ///< thread count compared with one thread; below 2 = skipped
  bool parse = true;            ///< gumbo parse-only baselines
  bool memory = true;           ///< peak memory of one pass per measurement
  bool corpus = true;           ///< the corpus measurements
  bool growth = false;          ///< synthetic inputs of growing size, one child process each
  double growth_max_mb = 100;   ///< sizes 1, 10, 100 MB up to this
  std::vector<std::string> shapes{"flat", "nested", "table"};  ///< growth shapes
  std::vector<std::size_t> depths{1000, 10000, 100000};  ///< pure deep-nesting cases
  double timeout = 600;         ///< per growth child, seconds
  bool markdown = false;
};

/// Parses argv. Returns the options, or nullopt after printing help or an error; `exit_code`
/// then holds the status to exit with.
std::optional<bench_options> parse_bench_options(int argc, char** argv, int& exit_code);

}  // namespace article2md::bench
