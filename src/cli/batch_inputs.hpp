#pragma once
// Which files a batch converts and where each one's Markdown goes.
//
// A FILE argument becomes OUT_DIR/NAME.md (its extension replaced, whatever it was; .json with
// --format=json). A
// directory argument is walked recursively for files ending in .html, .htm or .xhtml (any
// case); names starting with '.' are skipped, and symbolic links to directories are not
// followed. Each becomes OUT_DIR/RELATIVE/PATH/NAME.md, mirroring its place under the directory.

#include <string>
#include <vector>

namespace article2md::cli {

struct batch_input {
  std::string input;   ///< the file to read, as given or as found under a given directory
  std::string output;  ///< where its Markdown goes
  /// Set when the input cannot be converted at all (a directory it could not read, or an
  /// output path that another input already takes): the reason, for the summary.
  std::string error;
};

/// The batch for `args` (files and directories, in order; a directory's files sorted by path),
/// writing under `out_dir` files named with `extension` (".md", ".json"). Never throws for a
/// missing or unreadable input: reading it fails later, or its entry carries the error.
std::vector<batch_input> plan_batch(const std::vector<std::string>& args,
                                    const std::string& out_dir,
                                    const std::string& extension = ".md");

/// True for the file names a directory walk converts: *.html, *.htm, *.xhtml in any case.
bool is_html_file_name(const std::string& name);

}  // namespace article2md::cli
