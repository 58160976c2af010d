#pragma once
// The command's JSON: one article's metadata and Markdown as one object (--format=json, and the
// results of --jsonl), written on one line.
//
//     {"title":"…","url":"…","date":"2025-01-29T16:21:20Z","date_text":"Wed, 29 Jan 2025
//      16:21:20 GMT","timestamp":1738168743000,"author":null,"site_name":null,
//      "language":null,"markdown":"…"}
//
// Every key is always there, null when the field is unknown, so that a consumer (jq, Spark's
// JSON reader, pandas) sees one schema. `date` and `timestamp` are those of the YAML front
// matter (docs/output-format.md); `date_text` is the date as written.

#include <article2md/converter.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace article2md::cli {

using json = nlohmann::ordered_json;

/// Appends the metadata keys of `meta` to `object`, in order: title, url, date, date_text,
/// timestamp, author, site_name, language.
void add_meta_fields(json& object, const article2md::article_meta& meta);

/// The metadata keys, then "markdown".
json article_json(const article2md::converted_article& article);

/// `value` as one line of JSON and a '\n'. Strings that are not valid UTF-8 (a --title given in
/// another encoding) have their bad bytes replaced by U+FFFD: never an exception.
std::string json_line(const json& value);

}  // namespace article2md::cli
