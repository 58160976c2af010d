// Tests of the `article2md` command, run as a child process exactly as a user would run it:
// exit status, stdout, stderr and the files left behind are all part of the contract.

#include "cli_test_support.hpp"
#include "run_process.hpp"

#include <article2md/version.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#ifndef ARTICLE2MD_CLI_PATH
#error "ARTICLE2MD_CLI_PATH must be defined as a string literal: the built article2md binary"
#endif
#ifndef ARTICLE2MD_SHARED_DIR
#define ARTICLE2MD_SHARED_DIR ""
#endif
#ifndef ARTICLE2MD_SAMPLE_DIR
#define ARTICLE2MD_SAMPLE_DIR ""
#endif

namespace fs = std::filesystem;
using article2md::test::check_one_error_line;
using article2md::test::process_options;
using article2md::test::process_result;
using article2md::test::run_process;

namespace {

// Defined by the build as string literals; an empty directory means "not available here".
const std::string cli_path = ARTICLE2MD_CLI_PATH;
const std::string shared_dir = ARTICLE2MD_SHARED_DIR;
const std::string sample_dir = ARTICLE2MD_SAMPLE_DIR;

const std::string sample_title = "金融时报：OpenAI称有证据显示DeepSeek存在侵权行为";
const std::string sample_url =
    "https://www.voachinese.com/a/"
    "openai-says-it-has-evidence-china-s-deepseek-used-its-model-to-train-competitor-20250129/"
    "7955346.html";
const std::string sample_date = "Wed, 29 Jan 2025 16:21:20 GMT";
const std::string sample_timestamp = "1738168743000";

process_result run(std::vector<std::string> args, std::optional<std::string> input = {}) {
  args.insert(args.begin(), cli_path);
  process_options options;
  options.stdin_data = std::move(input);
  return run_process(args, options);
}

std::string read_file(const fs::path& p) {
  // Sized read rather than istreambuf_iterator, on which GCC 12 -O2 warns -Wnull-dereference.
  std::ifstream f(p, std::ios::binary);
  REQUIRE(f);
  std::string bytes(static_cast<std::size_t>(fs::file_size(p)), '\0');
  f.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  REQUIRE(f.gcount() == static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  REQUIRE(f);
  f << bytes;
  REQUIRE(f.good());
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A fresh directory per test, removed with everything in it.
struct temp_dir {
  fs::path path;
  temp_dir() {
    std::string pattern = (fs::temp_directory_path() / "article2md-cli-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  ~temp_dir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  fs::path operator/(const std::string& name) const { return path / name; }
};

struct sample_files {
  fs::path article, expected;
};

// The repo's copy of the shared sample, else the shared one; nullopt (with a warning) when
// this environment has neither, so the test is skipped rather than failed.
std::optional<sample_files> find_sample() {
  std::vector<fs::path> dirs;
  if (!sample_dir.empty()) dirs.push_back(sample_dir);
  if (!shared_dir.empty()) dirs.push_back(fs::path(shared_dir) / "examples" / "seed");
  for (const fs::path& dir : dirs) {
    sample_files s{dir / "voa-deepseek.article.html", dir / "voa-deepseek.expected.md"};
    if (fs::is_regular_file(s.article) && fs::is_regular_file(s.expected)) return s;
  }
  WARN("sample voa-deepseek.{article.html,expected.md} not found in ARTICLE2MD_SAMPLE_DIR ('"
       << sample_dir << "') or ARTICLE2MD_SHARED_DIR/examples/seed ('" << shared_dir
       << "'): skipping this test");
  return std::nullopt;
}

const std::string hello_html = "<p>Hello</p>\n";
const std::string hello_md = "Hello\n";

}  // namespace

TEST_CASE("cli: the archived sample converts to the expected bytes", "[cli]") {
  const auto sample = find_sample();
  if (!sample) return;
  const process_result r = run({sample->article.string()});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == read_file(sample->expected));
}

TEST_CASE("cli: the sample as body + command-line metadata gives the same bytes", "[cli]") {
  const auto sample = find_sample();
  if (!sample) return;
  const std::string article = read_file(sample->article);
  const auto blank = article.find("\n\n");
  REQUIRE(blank != std::string::npos);
  temp_dir dir;
  write_file(dir / "body.html", article.substr(blank + 2));

  const process_result r =
      run({(dir / "body.html").string(), "--title", sample_title, "--url", sample_url, "--date",
           sample_date, "--timestamp", sample_timestamp});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == read_file(sample->expected));
}

TEST_CASE("cli: standard input is read with - and with no file argument", "[cli]") {
  SECTION("simple HTML via -") {
    const process_result r = run({"-"}, hello_html);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == hello_md);
  }
  SECTION("simple HTML with no argument") {
    const process_result r = run({}, hello_html);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == hello_md);
  }
  SECTION("the archived sample via - and with no argument") {
    const auto sample = find_sample();
    if (!sample) return;
    const std::string expected = read_file(sample->expected);
    const std::string article = read_file(sample->article);
    for (const auto& args : {std::vector<std::string>{"-"}, std::vector<std::string>{}}) {
      const process_result r = run(args, article);
      INFO("args: " << args.size() << ", stderr: " << r.err);
      CHECK(r.exit_code == 0);
      CHECK(r.err.empty());
      CHECK(r.out == expected);
    }
  }
}

TEST_CASE("cli: -o writes the file and prints nothing", "[cli]") {
  temp_dir dir;
  write_file(dir / "in.html", hello_html);
  SECTION("-o") {
    const process_result r = run({(dir / "in.html").string(), "-o", (dir / "out.md").string()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    CHECK(read_file(dir / "out.md") == hello_md);
  }
  SECTION("--output=FILE") {
    const process_result r =
        run({(dir / "in.html").string(), "--output=" + (dir / "out.md").string()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    CHECK(read_file(dir / "out.md") == hello_md);
  }
  CHECK(names_in(dir.path) == std::vector<std::string>{"in.html", "out.md"});
}

TEST_CASE("cli: -o replaces an existing file atomically and keeps its mode", "[cli]") {
  temp_dir dir;
  write_file(dir / "in.html", hello_html);
  write_file(dir / "out.md", "old contents, longer than the new ones\n");
  REQUIRE(::chmod((dir / "out.md").c_str(), 0640) == 0);

  const process_result r = run({(dir / "in.html").string(), "-o", (dir / "out.md").string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  CHECK(read_file(dir / "out.md") == hello_md);
  struct stat st {};
  REQUIRE(::stat((dir / "out.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(names_in(dir.path) == std::vector<std::string>{"in.html", "out.md"});
}

TEST_CASE("cli: a failed run with -o leaves the old file and no temp files", "[cli]") {
  temp_dir dir;
  const std::string old = "precious old bytes\n";
  write_file(dir / "out.md", old);

  SECTION("missing input") {
    const process_result r =
        run({(dir / "missing.html").string(), "-o", (dir / "out.md").string()});
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
  }
  SECTION("usage error") {
    const process_result r = run({"--timestamp", "soon", "-o", (dir / "out.md").string()},
                                 hello_html);
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  CHECK(read_file(dir / "out.md") == old);
  CHECK(names_in(dir.path) == std::vector<std::string>{"out.md"});
}

TEST_CASE("cli: -o into a place that cannot be written fails cleanly", "[cli]") {
  temp_dir dir;
  SECTION("a directory that does not exist") {
    const process_result r = run({"-o", (dir / "no-such-dir" / "out.md").string()}, hello_html);
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(names_in(dir.path).empty());
  }
  SECTION("a directory as the output file") {
    fs::create_directory(dir / "sub");
    const process_result r = run({"-o", (dir / "sub").string()}, hello_html);
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(names_in(dir / "sub").empty());
    CHECK(names_in(dir.path) == std::vector<std::string>{"sub"});
  }
  SECTION("a read-only directory") {
    if (::geteuid() == 0) {
      WARN("running as root, which can write anywhere: skipping the read-only directory case");
      return;
    }
    fs::create_directory(dir / "ro");
    write_file(dir / "ro" / "out.md", "old\n");
    fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    const process_result r = run({"-o", (dir / "ro" / "out.md").string()}, hello_html);
    fs::permissions(dir / "ro", fs::perms::owner_all);
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(read_file(dir / "ro" / "out.md") == "old\n");
    CHECK(names_in(dir / "ro") == std::vector<std::string>{"out.md"});
  }
}

TEST_CASE("cli: a missing input file is an input error", "[cli]") {
  temp_dir dir;
  const process_result r = run({(dir / "missing.html").string()});
  CHECK(r.exit_code == 1);
  check_one_error_line(r);
  CHECK(r.err.find("missing.html") != std::string::npos);
}

TEST_CASE("cli: a directory as input is an input error", "[cli]") {
  temp_dir dir;
  const process_result r = run({dir.path.string()});
  CHECK(r.exit_code == 1);
  check_one_error_line(r);
}

TEST_CASE("cli: input over the size limit is refused before it is read", "[cli]") {
  temp_dir dir;
  const fs::path big = dir / "big.html";
  write_file(big, "");
  // Sparse: one byte over 256 MiB without using the disk or the time to write it.
  fs::resize_file(big, std::uintmax_t{256} * 1024 * 1024 + 1);
  const process_result r = run({big.string()});
  CHECK(r.exit_code == 1);
  check_one_error_line(r);
  CHECK(r.err.find("256 MiB") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2 with one line", "[cli]") {
  SECTION("unknown long option") {
    const process_result r = run({"--bogus"}, hello_html);
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  SECTION("unknown short option") {
    const process_result r = run({"-x"}, hello_html);
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  SECTION("two input files") {
    temp_dir dir;
    write_file(dir / "a.html", hello_html);
    write_file(dir / "b.html", hello_html);
    const process_result r = run({(dir / "a.html").string(), (dir / "b.html").string()});
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  SECTION("bad --header") {
    const process_result r = run({"--header=toml"}, hello_html);
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
  SECTION("option without its value") {
    const process_result r = run({"--title"}, hello_html);
    CHECK(r.exit_code == 2);
    check_one_error_line(r);
  }
}

TEST_CASE("cli: a bad --timestamp is a usage error", "[cli]") {
  const std::string value = GENERATE(as<std::string>{}, "abc", "", "1738168743000x",
                                     "-173816874300", "17381687430.0", "1738168743" /* seconds */);
  INFO("--timestamp '" << value << "'");
  const process_result r = run({"--timestamp", value}, hello_html);
  CHECK(r.exit_code == 2);
  check_one_error_line(r);
}

TEST_CASE("cli: --header=none writes no header even with a title", "[cli]") {
  const process_result r =
      run({"--header=none", "--title", "T", "--url", "https://example.com/a"}, hello_html);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == hello_md);
}

TEST_CASE("cli: the seed header comes from the command line", "[cli]") {
  const process_result r = run({"--title", "T", "--url", "https://example.com/a", "--timestamp",
                                sample_timestamp},
                               hello_html);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "<!--1738168743000-->\n[T](https://example.com/a)\n------\n\nHello\n");
}

TEST_CASE("cli: command-line fields win over an archived header", "[cli]") {
  const std::string archived =
      "<!--1738168743000-->\n[Old](https://example.com/a)\n------\n\n<p>Hello</p>\n";
  const process_result r = run({"--title", "New"}, archived);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "<!--1738168743000-->\n[New](https://example.com/a)\n------\n\nHello\n");
}

TEST_CASE("cli: --base-url resolves relative links", "[cli]") {
  const process_result r =
      run({"--base-url", "https://example.com/page"}, "<a href=\"/x\">x</a>");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "[x](https://example.com/x)\n");
}

TEST_CASE("cli: --help lists every option and exits 0", "[cli]") {
  for (const char* flag : {"--help", "-h"}) {
    const process_result r = run({flag});
    INFO(flag << " output:\n" << r.out);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    for (const char* option : {"-o", "--output", "--title", "--url", "--date", "--timestamp",
                               "--base-url", "--header", "seed", "none", "--help",
                               "--version"}) {
      INFO("option " << option);
      CHECK(r.out.find(option) != std::string::npos);
    }
  }
}

TEST_CASE("cli: --version prints the library version", "[cli]") {
  const process_result r = run({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == std::string("article2md ") + article2md::version + "\n");
}

TEST_CASE("cli: a write error on stdout is reported", "[cli]") {
  if (::access("/dev/full", W_OK) != 0) {
    WARN("/dev/full is not available here: skipping the stdout write-error test");
    return;
  }
  process_options options;
  options.stdin_data = hello_html;
  options.stdout_path = "/dev/full";
  const process_result r = run_process({cli_path}, options);
  CHECK(r.exit_code == 1);
  check_one_error_line(r);
}

namespace {

// A saved web page: a head with the site's title, og:title, a canonical link and a date; a body
// with navigation, the article, comments and a footer (docs/extraction.md).
const std::string whole_page =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>Site | Real Title</title>\n"
    "<meta property=\"og:title\" content=\"Real Title\">\n"
    "<link rel=\"canonical\" href=\"https://example.com/news/real-title\">\n"
    "<meta property=\"article:published_time\" content=\"2025-01-29T16:21:20Z\">\n"
    "</head>\n<body>\n"
    "<nav class=\"site-nav\"><a href=\"/\">Home</a> <a href=\"/world\">World news</a> "
    "<a href=\"/sport\">Sport pages</a></nav>\n"
    "<article>\n<h1>Real Title</h1>\n"
    "<p>The first paragraph of the story explains, at some length and with several clauses, "
    "what happened in the town on Wednesday, who was there, and why it matters to the people "
    "who live nearby.</p>\n"
    "<p>The second paragraph adds detail: the council met in the evening, the vote was close, "
    "and the decision, which many had expected for months, was finally taken after a long and "
    "heated debate.</p>\n"
    "<p>The third paragraph quotes a resident, who said that the outcome was fair, that the "
    "process had been open, and that the town would now be able to move on to other "
    "questions.</p>\n"
    "</article>\n"
    "<section id=\"comments\" class=\"comments\">\n<h2>Comments</h2>\n"
    "<p>First comment: I disagree with all of this.</p>\n"
    "<p>Second comment: great article, thanks.</p>\n</section>\n"
    "<footer class=\"site-footer\"><p>Copyright 2025 Example News. All rights "
    "reserved.</p></footer>\n"
    "</body>\n</html>\n";

// The article's paragraphs as Markdown: what the page's article alone gives.
const std::string whole_page_article =
    "The first paragraph of the story explains, at some length and with several clauses, what "
    "happened in the town on Wednesday, who was there, and why it matters to the people who "
    "live nearby.\n\n"
    "The second paragraph adds detail: the council met in the evening, the vote was close, and "
    "the decision, which many had expected for months, was finally taken after a long and "
    "heated debate.\n\n"
    "The third paragraph quotes a resident, who said that the outcome was fair, that the "
    "process had been open, and that the town would now be able to move on to other "
    "questions.\n";

// The seed header for `title`, with the page's canonical URL and date (its stamp computed
// from the date: 2025-01-29T16:21:20Z is 1738167680000 ms).
std::string whole_page_header(const std::string& title) {
  return "<!--1738167680000-->\n[" + title +
         "](https://example.com/news/real-title)\n------\n\n*2025-01-29T16:21:20Z*\n\n";
}

}  // namespace

TEST_CASE("cli: a saved page gives its header and its article alone", "[cli]") {
  temp_dir dir;
  write_file(dir / "page.html", whole_page);
  const process_result r = run({(dir / "page.html").string()});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  // og:title, not the <title> with the site's name; the <h1> repeating it is not in the body;
  // navigation, comments and footer are left out.
  CHECK(r.out == whole_page_header("Real Title") + whole_page_article);
}

TEST_CASE("cli: a saved page read from standard input is cut the same way", "[cli]") {
  const process_result r = run({"-"}, whole_page);
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == whole_page_header("Real Title") + whole_page_article);
}

TEST_CASE("cli: --whole converts the whole body of a saved page", "[cli]") {
  temp_dir dir;
  write_file(dir / "page.html", whole_page);
  const process_result r = run({(dir / "page.html").string(), "--whole"});
  INFO("stderr: " << r.err << "\nstdout:\n" << r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  for (const char* text : {"[Home](/)", "[World news](/world)", "# Real Title",
                           "The first paragraph of the story", "The third paragraph quotes",
                           "## Comments", "First comment: I disagree with all of this.",
                           "Copyright 2025 Example News. All rights reserved."}) {
    INFO("expected in the output: " << text);
    CHECK(r.out.find(text) != std::string::npos);
  }
  // In document order: navigation, article, comments, footer.
  CHECK(r.out.find("[Home](/)") < r.out.find("The first paragraph"));
  CHECK(r.out.find("The third paragraph") < r.out.find("## Comments"));
  CHECK(r.out.find("## Comments") < r.out.find("Copyright 2025"));
}

TEST_CASE("cli: command-line fields win over a saved page's own", "[cli]") {
  temp_dir dir;
  write_file(dir / "page.html", whole_page);
  SECTION("--title") {
    const process_result r = run({(dir / "page.html").string(), "--title", "X"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == whole_page_header("X") + whole_page_article);
  }
  SECTION("--url, --date and --timestamp") {
    const process_result r =
        run({(dir / "page.html").string(), "--url", "https://example.org/a", "--date",
             sample_date, "--timestamp", sample_timestamp});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "<!--" + sample_timestamp + "-->\n[Real Title](https://example.org/a)\n" +
                       "------\n\n*" + sample_date + "*\n\n" + whole_page_article);
  }
  SECTION("--header=none: the article alone, with its own title heading") {
    // No header shows the title, so the article's heading that repeats it stays.
    const process_result r = run({(dir / "page.html").string(), "--header=none"});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "# Real Title\n\n" + whole_page_article);
  }
}
