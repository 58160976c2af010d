#pragma once
// Loading the shared corpora: the readability article bodies and the CommonMark spec examples.

#include <string>
#include <vector>

namespace article2md::oracle {

struct corpus_file {
  std::string name;  ///< the page's folder name
  std::string html;
};

/// Every `<dir>/<name>/expected.html`, sorted by name. Throws std::runtime_error when `dir`
/// cannot be read or holds no such file.
std::vector<corpus_file> load_readability(const std::string& dir);

struct spec_example {
  int number = 0;
  std::string section;
  std::string markdown;
  std::string html;
};

/// The examples of a commonmark-spec `spec.json`, with the spec's tab marker `→` turned into
/// a tab as the spec's own test runner does. Throws std::runtime_error on an unreadable file.
std::vector<spec_example> load_spec_examples(const std::string& path);

/// The whole file as bytes. Throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace article2md::oracle
