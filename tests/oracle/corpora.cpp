#include "corpora.hpp"

#include "json.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace article2md::oracle {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<corpus_file> load_readability(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<corpus_file> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path page = it->path() / "expected.html";
    if (it->is_directory() && fs::is_regular_file(page)) {
      files.push_back(corpus_file{it->path().filename().string(), read_file(page.string())});
    }
  }
  if (ec) throw std::runtime_error("cannot list " + dir + ": " + ec.message());
  if (files.empty()) throw std::runtime_error("no <name>/expected.html under " + dir);
  std::sort(files.begin(), files.end(),
            [](const corpus_file& a, const corpus_file& b) { return a.name < b.name; });
  return files;
}

namespace {

std::string tabs_from_arrows(std::string s) {
  static const std::string arrow = "\xE2\x86\x92";  // U+2192, the spec's visible tab
  for (std::size_t at = s.find(arrow); at != std::string::npos; at = s.find(arrow, at + 1)) {
    s.replace(at, arrow.size(), "\t");
  }
  return s;
}

}  // namespace

std::vector<spec_example> load_spec_examples(const std::string& path) {
  const nlohmann::json doc = nlohmann::json::parse(read_file(path), nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) {
    throw std::runtime_error(path + " is not a JSON array of examples");
  }
  std::vector<spec_example> out;
  out.reserve(doc.size());
  for (const nlohmann::json& e : doc) {
    spec_example ex;
    ex.number = e.value("example", 0);
    ex.section = e.value("section", std::string());
    ex.markdown = tabs_from_arrows(e.value("markdown", std::string()));
    ex.html = tabs_from_arrows(e.value("html", std::string()));
    out.push_back(std::move(ex));
  }
  return out;
}

}  // namespace article2md::oracle
