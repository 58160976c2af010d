#include "cli_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <system_error>

#ifndef ARTICLE2MD_CLI_PATH
#error "ARTICLE2MD_CLI_PATH must be defined as a string literal: the built article2md binary"
#endif

namespace article2md::test {

const std::string& cli_binary() {
  static const std::string path = ARTICLE2MD_CLI_PATH;
  return path;
}

process_result run_cli(std::vector<std::string> args, std::optional<std::string> input) {
  args.insert(args.begin(), cli_binary());
  process_options options;
  options.stdin_data = std::move(input);
  return run_process(args, options);
}

std::string read_bytes(const fs::path& p) {
  // Sized read rather than istreambuf_iterator, on which GCC 12 -O2 warns -Wnull-dereference.
  std::ifstream f(p, std::ios::binary);
  INFO("reading " << p);
  REQUIRE(f);
  std::string bytes(static_cast<std::size_t>(fs::file_size(p)), '\0');
  f.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(f.gcount() == static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream f(p, std::ios::binary);
  REQUIRE(f);
  f << bytes;
  REQUIRE(f.good());
}

std::vector<std::string> tree_of(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string name = entry.path().lexically_relative(dir).generic_string();
    std::error_code ec;  // a symbolic link that loops is listed, not followed
    if (entry.is_directory(ec)) name += '/';
    names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  return names;
}

scratch_dir::scratch_dir() {
  std::string pattern = (fs::temp_directory_path() / "article2md-cli-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  path = pattern;
}

scratch_dir::~scratch_dir() {
  std::error_code ec;
  // Restore permissions a test took away, or remove_all cannot get in.
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code perm_ec;
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, perm_ec);
  }
  fs::remove_all(path, ec);
}

std::vector<std::string> lines_of(const std::string& err) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < err.size()) {
    const auto end = err.find('\n', start);
    if (end == std::string::npos) {
      lines.push_back(err.substr(start));
      break;
    }
    lines.push_back(err.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string summary(int converted, int skipped, int failed) {
  return "converted " + std::to_string(converted) + ", skipped " + std::to_string(skipped) +
         " (exists; use --force), failed " + std::to_string(failed);
}

std::string article_html(int n) {
  return "<h2>Article " + std::to_string(n) + "</h2>\n<p>Text of <b>article</b> " +
         std::to_string(n) + ", with <a href=\"https://example.com/" + std::to_string(n) +
         "\">a link</a>.</p>\n";
}

std::string article_md(int n) {
  return "## Article " + std::to_string(n) + "\n\nText of **article** " + std::to_string(n) +
         ", with [a link](https://example.com/" + std::to_string(n) + ").\n";
}

void check_one_error_line(const process_result& r) {
  INFO("stderr: " << r.err);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("article2md: ", 0) == 0);
  CHECK(r.err.size() > 13);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  if (!r.err.empty()) CHECK(r.err.back() == '\n');
}

}  // namespace article2md::test
