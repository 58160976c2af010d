#pragma once
// Corpora loaded into memory once, before anything is timed.

#include <cstddef>
#include <string>
#include <vector>

namespace article2md::bench {

struct document {
  std::string path;
  std::string html;
};

struct corpus {
  std::string name;
  std::vector<document> documents;
  std::size_t bytes = 0;
  std::size_t largest = 0;
  /// Some document has its own <html> or <body> tag: the default conversion extracts the
  /// article there, so the whole-body conversion is measured too.
  bool whole_pages = false;
};

/// Loads `path`: a file, or a directory walked recursively (sorted) for files named `only`,
/// or for *.html / *.htm when `only` is empty. Keeps the first `limit` documents (0: all).
/// Throws std::runtime_error when nothing is found or a file cannot be read.
corpus load_corpus(const std::string& path, const std::string& only, std::size_t limit,
                   std::string name = {});

/// The shared corpora under `shared_dir`: Readability's expected.html (article bodies) and
/// source.html (whole pages). Empty when they are absent.
std::vector<corpus> default_corpora(const std::string& shared_dir, std::size_t limit);

}  // namespace article2md::bench
