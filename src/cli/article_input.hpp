#pragma once
// What gets converted: the input's HTML and the article metadata, merged from an archived
// input's header and the command line.

#include "cli_options.hpp"

#include <article2md/converter.hpp>
#include <article2md/options.hpp>

#include <string>

#include <string_view>

namespace article2md::cli {

struct article_input {
  std::string_view html;      ///< points into the text given to prepare_article_input
  article2md::article_meta meta;
};

/// Recognizes an archived article (article2md::parse_archived_article) and takes its header
/// fields, then applies every field given on the command line, which wins. Other input is
/// converted whole, with the command line's fields only.
article_input prepare_article_input(std::string_view text, const cli_options& options);

/// The library options the command line asks for (--header, --whole).
article2md::options conversion_options(const cli_options& options);

/// What --format asks to write for `article`: its Markdown, or json_output's one-line object.
std::string format_article(const article2md::converted_article& article,
                           const cli_options& options);

/// The file name extension of that output: ".md" or ".json".
const char* output_extension(const cli_options& options);

}  // namespace article2md::cli
