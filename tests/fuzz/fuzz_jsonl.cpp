// libFuzzer target: one record of `article2md --jsonl` (src/cli/jsonl_record.cpp: a line of
// JSON in, a line of JSON out), on any bytes. A bad record is answered with an error object,
// never an exception. Properties: the answer is one line of valid UTF-8 JSON, an object with
// the record's "id" and exactly one of "markdown" and "error"; the Markdown satisfies
// fuzz_properties.hpp (the record's strings are valid UTF-8, as JSON requires).
#include "cli/jsonl_record.hpp"
#include "fuzz_properties.hpp"

#include <article2md/converter.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using nlohmann::json;
  article2md::cli::jsonl_record record;
  record.line = 7;
  record.text.assign(reinterpret_cast<const char*>(data), size);

  static const article2md::cli::cli_options options;
  static const article2md::converter conv;
  const std::string answer = article2md::cli::convert_record(record, conv, options);

  if (answer.empty() || answer.back() != '\n' || answer.find('\n') != answer.size() - 1)
    article2md::fuzz::violated("the answer is not one line", answer);
  if (!article2md::fuzz::valid_utf8(answer))
    article2md::fuzz::violated("the answer is not valid UTF-8", answer);
  const json out = json::parse(answer, nullptr, /*allow_exceptions=*/false);
  if (!out.is_object()) article2md::fuzz::violated("the answer is no JSON object", answer);
  if (out.contains("markdown") == out.contains("error"))
    article2md::fuzz::violated("the answer holds not exactly one of markdown and error", answer);

  // The record's id comes back as it was (null when it had none or was no object).
  const json in = json::parse(record.text, nullptr, /*allow_exceptions=*/false);
  const json id = in.is_object() && in.contains("id") ? in.at("id") : json(nullptr);
  if (!out.contains("id") || out.at("id") != id)
    article2md::fuzz::violated("the answer's id is not the record's", answer);
  if (out.contains("error")) {
    if (!out.contains("line") || out.at("line") != 7)
      article2md::fuzz::violated("an error answer without the record's line", answer);
    return 0;
  }
  const json& markdown = out.at("markdown");
  if (!markdown.is_string()) article2md::fuzz::violated("markdown is not a string", answer);
  article2md::fuzz::check_markdown(markdown.get_ref<const std::string&>(), true);
  return 0;
}
