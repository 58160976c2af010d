#include "jsonl_record.hpp"

#include "article_input.hpp"
#include "json_output.hpp"

#include <nlohmann/json.hpp>

#include <new>
#include <optional>
#include <string_view>

namespace article2md::cli {
namespace {

// Thrown for a record that cannot be converted; its message goes into the error object.
struct bad_record {
  std::string message;
};

// nlohmann's messages start with "[json.exception.parse_error.101] "; the reader wants the rest.
std::string without_exception_id(std::string message) {
  if (!message.empty() && message[0] == '[') {
    const auto end = message.find("] ");
    if (end != std::string::npos) message.erase(0, end + 2);
  }
  return message;
}

// Fields are read with contains() and at(): GCC's -Wnull-dereference misreads nlohmann's
// iterators dereferenced after find().
std::optional<std::string> optional_string(const json& in, const char* key) {
  if (!in.contains(key) || in.at(key).is_null()) return std::nullopt;
  const json& value = in.at(key);
  if (!value.is_string()) throw bad_record{std::string("\"") + key + "\" must be a string"};
  return value.get<std::string>();
}

std::optional<std::int64_t> optional_timestamp(const json& in) {
  if (!in.contains("timestamp") || in.at("timestamp").is_null()) return std::nullopt;
  const json& value = in.at("timestamp");
  if (value.is_number_integer() &&
      (!value.is_number_unsigned() ||
       value.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX))) {
    return value.get<std::int64_t>();
  }
  throw bad_record{"\"timestamp\" must be an integer: epoch milliseconds"};
}

json id_of(const json& in) {
  return in.contains("id") ? in.at("id") : json(nullptr);
}

json error_object(const json& id, std::uint64_t line, const std::string& message) {
  json out = json::object();
  out["id"] = id;
  out["line"] = line;
  out["error"] = message;
  return out;
}

std::string convert_object(const json& in, const article2md::converter& conv,
                           const cli_options& options) {
  if (!in.contains("html")) throw bad_record{"no \"html\" in the record"};
  const json& html = in.at("html");
  if (!html.is_string()) throw bad_record{"\"html\" must be a string"};

  // The record's fields are what --title, --url, ... are for a file.
  cli_options given = options;
  given.title = optional_string(in, "title");
  given.url = optional_string(in, "url");
  given.date = optional_string(in, "date");
  given.timestamp_ms = optional_timestamp(in);
  if (auto base = optional_string(in, "base_url")) given.base_url = std::move(base);
  const std::optional<std::string> author = optional_string(in, "author");
  const std::optional<std::string> site_name = optional_string(in, "site_name");
  const std::optional<std::string> language = optional_string(in, "language");

  const std::string& text = html.get_ref<const std::string&>();
  article_input prepared = prepare_article_input(text, given);
  if (author) prepared.meta.author = *author;
  if (site_name) prepared.meta.site_name = *site_name;
  if (language) prepared.meta.language = *language;

  article2md::converted_article article;
  try {
    article = conv.convert_article(prepared.html, prepared.meta);
  } catch (const article2md::error& e) {
    throw bad_record{std::string("cannot convert: ") + e.what()};
  }
  json out = json::object();
  out["id"] = id_of(in);
  add_meta_fields(out, article.meta);
  out["markdown"] = std::move(article.markdown);
  return json_line(out);
}

}  // namespace

bool is_blank_line(const std::string& line) noexcept {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

std::string convert_record(const jsonl_record& record, const article2md::converter& conv,
                           const cli_options& options) {
  const json no_id(nullptr);
  if (record.over_limit != 0) {
    return json_line(error_object(
        no_id, record.line,
        "the record has " + std::to_string(record.over_limit) +
            " bytes, over the limit of " + std::to_string(options.max_size.value_or(0)) +
            " (--max-size)"));
  }
  json in;
  try {
    in = json::parse(record.text);
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for a number past a double ("1e999": number overflow).
    return json_line(error_object(no_id, record.line,
                                  "not JSON: " + without_exception_id(e.what())));
  }
  if (!in.is_object()) {
    return json_line(error_object(no_id, record.line, "a record must be a JSON object"));
  }
  try {
    return convert_object(in, conv, options);
  } catch (const bad_record& e) {
    return json_line(error_object(id_of(in), record.line, e.message));
  }
}

}  // namespace article2md::cli
