#include "batch_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <system_error>

namespace article2md::cli {
namespace {

namespace fs = std::filesystem;

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string output_name(fs::path p, const std::string& extension) {
  return p.replace_extension(extension).string();
}

// Appends the HTML files under `arg`, sorted by path. A subdirectory that cannot be read
// becomes one failed entry; the rest of the walk goes on.
void walk_directory(const std::string& arg, const fs::path& out_dir,
                    const std::string& extension, std::vector<batch_input>& into) {
  const fs::path root(arg);
  std::vector<batch_input> found;
  std::vector<fs::path> pending{root};  // an explicit stack: no recursion on deep trees
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      const std::string name = entry.path().filename().string();
      // Hidden files and directories (.git, editors' backups) are not articles.
      if (name.empty() || name[0] == '.') continue;
      std::error_code type_ec;
      // Symbolic links to directories are not followed: no cycles, no walking out of the tree.
      if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
        pending.push_back(entry.path());
      } else if (entry.is_regular_file(type_ec) && is_html_file_name(name)) {
        found.push_back({entry.path().string(),
                         output_name(out_dir / entry.path().lexically_relative(root), extension),
                         {}});
      }
    }
    if (ec) found.push_back({dir.string(), {}, "cannot read directory: " + ec.message()});
  }
  std::sort(found.begin(), found.end(),
            [](const batch_input& a, const batch_input& b) { return a.input < b.input; });
  into.insert(into.end(), std::make_move_iterator(found.begin()),
              std::make_move_iterator(found.end()));
}

}  // namespace

bool is_html_file_name(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return false;
  const std::string ext = lower_ascii(name.substr(dot));
  return ext == ".html" || ext == ".htm" || ext == ".xhtml";
}

std::vector<batch_input> plan_batch(const std::vector<std::string>& args,
                                    const std::string& out_dir, const std::string& extension) {
  const fs::path out(out_dir);
  std::vector<batch_input> plan;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      walk_directory(arg, out, extension, plan);
    } else {
      const fs::path name = fs::path(arg).filename();
      if (name.empty() || name == "." || name == "..") {
        plan.push_back({arg, {}, "not a file name"});
      } else {
        plan.push_back({arg, output_name(out / name, extension), {}});
      }
    }
  }

  // Two inputs for one output (a.html and a.htm, or two files of one name from different
  // directories): the first in order gets it, the others fail rather than clobber it.
  std::map<std::string, std::string> taken;
  for (batch_input& b : plan) {
    if (!b.error.empty()) continue;
    const std::string key = fs::path(b.output).lexically_normal().string();
    const auto [where, inserted] = taken.emplace(key, b.input);
    if (!inserted) {
      b.error = "its output '" + b.output + "' is already the output of '" + where->second + "'";
      continue;
    }
    // An input ending in .md converted into its own directory would overwrite itself.
    std::error_code ec;
    if (fs::equivalent(b.input, b.output, ec) && !ec) {
      b.error = "its output '" + b.output + "' is the input itself";
    }
  }
  return plan;
}

}  // namespace article2md::cli
