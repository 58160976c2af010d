#include "batch_mode.hpp"

#include "article_input.hpp"
#include "batch_inputs.hpp"
#include "batch_session.hpp"
#include "io_error.hpp"
#include "load_input.hpp"
#include "read_input.hpp"

#include <article2md/converter.hpp>

#include <filesystem>
#include <system_error>

namespace article2md::cli {

void make_output_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!ec && !fs::is_directory(dir, ec)) ec = std::make_error_code(std::errc::not_a_directory);
  if (ec) throw io_error("cannot create the output directory '" + dir + "': " + ec.message());
}

int run_batch(const cli_options& options) {
  make_output_directory(options.out_dir);
  const std::vector<batch_input> plan =
      plan_batch(options.inputs, options.out_dir, output_extension(options));

  // One converter for all threads: convert() is const and shares nothing mutable.
  const article2md::converter conv(conversion_options(options));
  std::vector<job> jobs;
  jobs.reserve(plan.size());
  for (const batch_input& b : plan) {
    job j;
    j.label = b.input;
    j.output = b.output;
    j.error = b.error;
    j.produce = [&conv, &options, path = b.input] {
      const std::string text = decode_file_bytes(read_input(path), options);
      const article_input in = prepare_article_input(text, options);
      return format_article(conv.convert_article(in.html, in.meta), options);
    };
    jobs.push_back(std::move(j));
  }
  return run_batch_session(jobs, options);
}

}  // namespace article2md::cli
