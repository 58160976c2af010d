#pragma once
// Loading a WCXB-style gold set (../shared/corpus/wcxb-dev, see its README.md): MANIFEST.tsv,
// each page's <id>.html.gz (or <id>.html) and <id>.txt, and gold_meta.jsonl.

#include <optional>
#include <string>
#include <vector>

namespace article2md::oracle {

/// A gold_meta.jsonl record: what gold_eval.py reads of it.
struct gold_meta {
  std::string title;                 ///< empty when absent or null
  std::string publish_date;          ///< as given ("2025-09-04", "2025-09", ""…)
  std::vector<std::string> with;     ///< snippets a correct extraction includes
  std::vector<std::string> without;  ///< boilerplate snippets it must not include
};

struct gold_page {
  std::string id;
  std::string page_type;  ///< MANIFEST.tsv's page_type; "all" when empty, as gold_eval.py
  std::string html_path;  ///< <id>.html.gz, else <id>.html: read with page_html (390 MB in all)
  std::string gold;       ///< <id>.txt, newlines universal as Python's text mode reads them
  std::optional<gold_meta> meta;
};

/// Every page of `dir`'s MANIFEST.tsv, in its order, with its gold text. Throws
/// std::runtime_error when the manifest, a gold text or gold_meta.jsonl (when present) cannot
/// be read.
std::vector<gold_page> load_gold_set(const std::string& dir);

/// The page's bytes, gunzipped when they are. Throws std::runtime_error when unreadable.
std::string page_html(const gold_page& page);

/// The bytes of a gzip file (all members, as Python's gzip.open().read()). Throws
/// std::runtime_error when it cannot be read or is not gzip.
std::string gunzip_file(const std::string& path);

}  // namespace article2md::oracle
