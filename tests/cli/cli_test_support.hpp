#pragma once
// Helpers shared by the tests of the command's batch, feed and fetch modes: running the built
// binary, scratch directories, whole-file reads and writes, directory listings.

#include "run_process.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace article2md::test {

namespace fs = std::filesystem;

/// The built article2md binary (ARTICLE2MD_CLI_PATH).
const std::string& cli_binary();

/// Runs article2md with `args`, `input` on its stdin (none: /dev/null).
process_result run_cli(std::vector<std::string> args, std::optional<std::string> input = {});

std::string read_bytes(const fs::path& p);
void write_bytes(const fs::path& p, const std::string& bytes);

/// Every file and directory under `dir`, relative, '/'-separated, sorted; directories end in
/// '/'. Hidden temporary files show up too, which is the point.
std::vector<std::string> tree_of(const fs::path& dir);

/// A fresh directory, removed with everything in it.
struct scratch_dir {
  fs::path path;
  scratch_dir();
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  ~scratch_dir();
  fs::path operator/(const std::string& name) const { return path / name; }
  std::string str(const std::string& name) const { return (path / name).string(); }
};

/// The stderr lines of `err`, without their '\n'.
std::vector<std::string> lines_of(const std::string& err);

/// A batch summary's first line: "converted C, skipped S (exists; use --force), failed F".
std::string summary(int converted, int skipped, int failed);

/// A small article whose Markdown (article_md) says which one it is.
std::string article_html(int n);
std::string article_md(int n);

/// Checks a failure's output: nothing on stdout, one line "article2md: ..." on stderr.
void check_one_error_line(const process_result& r);

}  // namespace article2md::test
