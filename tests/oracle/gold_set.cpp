#include "gold_set.hpp"

#include "corpora.hpp"
#include "json.hpp"

#include <zlib.h>

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace article2md::oracle {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    cells.push_back(line.substr(start, tab - start));
  }
  cells.push_back(line.substr(start));
  return cells;
}

// Python's text mode (open(..., encoding="utf-8")): "\r\n" and a lone "\r" read as "\n". It
// matters to one figure, the 200-character test of near-empty bodies.
std::string universal_newlines(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out.push_back(s[i]);
    } else {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  return out;
}

std::vector<std::string> strings_of(const nlohmann::json& doc, const char* key) {
  std::vector<std::string> out;
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) return out;  // `g.get(key) or []`
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::string string_of(const nlohmann::json& doc, const char* key) {
  const auto it = doc.find(key);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::map<std::string, gold_meta> load_meta(const std::string& path) {
  std::map<std::string, gold_meta> out;
  if (!std::filesystem::exists(path)) return out;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json d = nlohmann::json::parse(line, nullptr, false);
    if (d.is_discarded() || !d.is_object()) throw std::runtime_error(path + ": a line is not JSON");
    gold_meta m{string_of(d, "title"), string_of(d, "publish_date"), strings_of(d, "with"),
                strings_of(d, "without")};
    out[string_of(d, "id")] = std::move(m);
  }
  return out;
}

}  // namespace

std::string gunzip_file(const std::string& path) {
  struct closer {
    void operator()(gzFile_s* f) const noexcept { gzclose(f); }
  };
  const std::unique_ptr<gzFile_s, closer> f(gzopen(path.c_str(), "rb"));
  if (!f) throw std::runtime_error("cannot open " + path);
  if (gzdirect(f.get())) throw std::runtime_error(path + " is not gzip");
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f.get(), buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  if (n < 0) throw std::runtime_error("cannot gunzip " + path);
  return out;
}

std::string page_html(const gold_page& page) {
  const std::string& path = page.html_path;
  const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  return gz ? gunzip_file(path) : read_file(path);
}

std::vector<gold_page> load_gold_set(const std::string& dir) {
  namespace fs = std::filesystem;
  std::istringstream manifest(read_file(dir + "/MANIFEST.tsv"));
  std::string line;
  if (!std::getline(manifest, line)) throw std::runtime_error(dir + "/MANIFEST.tsv is empty");
  const std::vector<std::string> header = split_tabs(line);
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
  if (!column.count("id")) throw std::runtime_error(dir + "/MANIFEST.tsv has no id column");
  auto cell = [&](const std::vector<std::string>& row, const char* name) {
    const auto it = column.find(name);
    return it != column.end() && it->second < row.size() ? row[it->second] : std::string();
  };
  std::map<std::string, gold_meta> meta = load_meta(dir + "/gold_meta.jsonl");
  std::vector<gold_page> pages;
  while (std::getline(manifest, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> row = split_tabs(line);
    gold_page p;
    p.id = cell(row, "id");
    p.page_type = cell(row, "page_type");
    if (p.page_type.empty()) p.page_type = "all";
    const std::string base = dir + "/" + p.id;
    p.html_path = fs::exists(base + ".html.gz") ? base + ".html.gz" : base + ".html";
    p.gold = universal_newlines(read_file(base + ".txt"));
    if (const auto it = meta.find(p.id); it != meta.end()) p.meta = it->second;
    pages.push_back(std::move(p));
  }
  if (pages.empty()) throw std::runtime_error(dir + "/MANIFEST.tsv lists no page");
  return pages;
}

}  // namespace article2md::oracle
