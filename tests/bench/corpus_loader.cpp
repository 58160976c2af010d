#include "corpus_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>

namespace article2md::bench {
namespace {

namespace fs = std::filesystem;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_ci(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return lower(a) == lower(b); });
  return it != hay.end();
}

bool wanted(const fs::path& p, const std::string& only) {
  if (!only.empty()) return p.filename() == only;
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), lower);
  return ext == ".html" || ext == ".htm";
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string text(static_cast<std::size_t>(fs::file_size(p)), '\0');
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(text.size())))
    throw std::runtime_error("cannot read " + p.string());
  return text;
}

}  // namespace

corpus load_corpus(const std::string& path, const std::string& only, std::size_t limit,
                   std::string name) {
  std::vector<fs::path> files;
  const fs::path root(path);
  if (fs::is_directory(root)) {
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && wanted(e.path(), only)) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
  } else if (fs::is_regular_file(root)) {
    files.push_back(root);
  } else {
    throw std::runtime_error("no such file or directory: " + path);
  }
  if (limit != 0 && files.size() > limit) files.resize(limit);
  if (files.empty())
    throw std::runtime_error("no " + (only.empty() ? std::string("*.html files") : only) +
                             " under " + path);

  corpus c;
  c.name = name.empty() ? path : std::move(name);
  for (const fs::path& f : files) {
    document d{f.string(), read_file(f)};
    c.bytes += d.html.size();
    c.largest = std::max(c.largest, d.html.size());
    if (contains_ci(d.html, "<html") || contains_ci(d.html, "<body")) c.whole_pages = true;
    c.documents.push_back(std::move(d));
  }
  return c;
}

std::vector<corpus> default_corpora(const std::string& shared_dir, std::size_t limit) {
  std::vector<corpus> out;
  const fs::path dir = fs::path(shared_dir) / "corpus" / "readability";
  if (!fs::is_directory(dir)) return out;
  out.push_back(load_corpus(dir.string(), "expected.html", limit, "article bodies"));
  out.push_back(load_corpus(dir.string(), "source.html", limit, "whole pages"));
  return out;
}

}  // namespace article2md::bench
