// The man page (docs/article2md.1) and `article2md --help` describe the same command: the same
// options, with the same value names, and the same version.
#include "cli_test_support.hpp"

#include <catch2/catch.hpp>

#include <article2md/version.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

using article2md::test::read_bytes;
using article2md::test::run_cli;

// Every "-x" / "--name" token at the start of `s` or after a space, comma or quote.
std::set<std::string> option_names(const std::string& s) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '-' || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ',' && s[i - 1] != '"')) continue;
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '-') ++j;
    std::size_t start = j;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] == '-' && j > start))) ++j;
    if (j > start) names.insert(s.substr(i, j - i));
    i = j;
  }
  return names;
}

// --help's options: each line of the "Options:" list, its first column (names and value name).
std::map<std::string, std::string> help_options(const std::string& help) {
  std::map<std::string, std::string> out;  // option name -> its column, e.g. "-o,--output FILE"
  std::istringstream in(help);
  std::string line;
  bool in_options = false;
  while (std::getline(in, line)) {
    if (line == "Options:") {
      in_options = true;
      continue;
    }
    if (!in_options) continue;
    if (line.rfind("  -", 0) != 0) {
      if (line.empty()) break;
      continue;
    }
    // "-o,--output FILE  Write to ...": the names, then a value name when the option takes one
    // (capitals, or choices with '|'); the description may follow after a single space.
    std::istringstream words(line);
    std::string names, value;
    words >> names >> value;
    const bool takes_value =
        value.find('|') != std::string::npos ||
        (!value.empty() && value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
    const std::string column = takes_value ? names + " " + value : names;
    for (const std::string& name : option_names(column)) out[name] = column;
  }
  return out;
}

// Roff source to plain text: `\-` is a minus, font changes and quotes vanish.
std::string unroff(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      if (s[i + 1] == '-') {
        out += '-';
        ++i;
      } else if (s[i + 1] == 'f' && i + 2 < s.size()) {
        i += 2;
      } else if (s[i + 1] == 'e') {
        out += '\\';
        ++i;
      }
      continue;
    }
    if (s[i] != '"') out += s[i];
  }
  return out;
}

// The man page's options: the tag line after each .TP of the OPTIONS section.
std::map<std::string, std::string> manual_options(const std::string& page) {
  std::map<std::string, std::string> out;  // option name -> its tag line, as text
  std::istringstream in(page);
  std::string line;
  bool in_options = false, tag_next = false;
  while (std::getline(in, line)) {
    if (line.rfind(".SH", 0) == 0) {
      in_options = line == ".SH OPTIONS";
      continue;
    }
    if (!in_options) continue;
    if (line == ".TP") {
      tag_next = true;
      continue;
    }
    if (!tag_next) continue;
    tag_next = false;
    const std::string tag = unroff(line.substr(line.find(' ') + 1));
    for (const std::string& name : option_names(tag)) out[name] = tag;
  }
  return out;
}

const std::string manual_path = std::string(ARTICLE2MD_DOCS_DIR) + "/article2md.1";

}  // namespace

TEST_CASE("manual: every option of --help is in the man page, and no other", "[cli][manual]") {
  const auto r = run_cli({"--help"});
  REQUIRE(r.exit_code == 0);
  const auto help = help_options(r.out);
  const auto manual = manual_options(read_bytes(manual_path));
  REQUIRE(help.size() >= 20);  // the parse found the list, not a fragment of it

  std::set<std::string> help_names, manual_names;
  for (const auto& entry : help) help_names.insert(entry.first);
  for (const auto& entry : manual) manual_names.insert(entry.first);
  CHECK(help_names == manual_names);

  // The value each option takes has the same name in both ("FILE", "seed|yaml|none").
  for (const auto& [name, column] : help) {
    const std::size_t space = column.find(' ');
    if (space == std::string::npos || !manual.count(name)) continue;
    const std::string value = column.substr(space + 1);
    INFO(name << " takes " << value << " in --help; the man page says: " << manual.at(name));
    CHECK(manual.at(name).find(value) != std::string::npos);
  }
}

TEST_CASE("manual: the man page is for this version", "[cli][manual]") {
  const std::string page = read_bytes(manual_path);
  const std::string th = page.substr(page.find("\n.TH "), page.find('\n', page.find("\n.TH ") + 1) -
                                                              page.find("\n.TH "));
  CHECK(th.find(std::string("\"article2md ") + article2md::version + "\"") != std::string::npos);
  const auto r = run_cli({"--version"});
  CHECK(r.out == std::string("article2md ") + article2md::version + "\n");
}
