// The command's batch mode, `article2md --out-dir DIR FILES...|DIRS...`, run as a user would:
// the files it leaves, its summary on stderr and its exit status are the contract.

#include "cli_test_support.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <string>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

#ifndef ARTICLE2MD_SAMPLE_DIR
#define ARTICLE2MD_SAMPLE_DIR ""
#endif

using namespace article2md::test;

namespace {

using lines = std::vector<std::string>;

// Runs article2md with its stderr on a pseudo-terminal; returns what the terminal received
// and the exit status.
std::pair<std::string, int> run_with_terminal_stderr(std::vector<std::string> args) {
  args.insert(args.begin(), cli_binary());
  int master = -1, slave = -1;
  REQUIRE(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, slave, STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, master);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(slave);
  REQUIRE(rc == 0);
  std::string seen;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n > 0) {
      seen.append(buffer, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal's last descriptor
    }
  }
  ::close(master);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return {seen, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

}  // namespace

TEST_CASE("cli batch: a progress bar on a terminal, erased before the summary",
          "[cli][batch]") {
  scratch_dir dir;
  for (int i = 0; i < 30; ++i) {
    write_bytes(dir / "in" / ("a" + std::to_string(i) + ".html"), article_html(i));
  }
  const auto [seen, status] =
      run_with_terminal_stderr({"-j2", "--out-dir", dir.str("out"), dir.str("in")});
  INFO("terminal: " << seen);
  CHECK(status == 0);
  // The first drawing: an empty bar; the terminal turns '\n' into "\r\n".
  CHECK(seen.rfind("\r\x1b[K[" + std::string(30, '.') + "] 0/30", 0) == 0);
  const std::string end = "\r\x1b[K" + summary(30, 0, 0) + "\r\n";
  CHECK(seen.size() > end.size());
  CHECK(seen.substr(seen.size() - end.size()) == end);
  CHECK(tree_of(dir / "out").size() == 30);
}

TEST_CASE("cli batch: one bad file among three fails the batch but not the others",
          "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "in" / "one.html", article_html(1));
  write_bytes(dir / "in" / "three.htm", article_html(3));
  std::string bad = dir.str("in/two.html");
  std::string reason;
  if (::geteuid() == 0) {
    // root reads anything: a path that does not exist is the unreadable file instead.
    WARN("running as root, which reads chmod 000 files: using a missing file instead");
    bad = dir.str("in/missing.html");
    reason = "cannot open: No such file or directory";
  } else {
    write_bytes(bad, article_html(2));
    REQUIRE(::chmod(bad.c_str(), 0) == 0);
    reason = "cannot open: Permission denied";
  }

  for (const char* jobs : {"-j1", "-j3"}) {
    INFO(jobs);
    const fs::path out = dir / (std::string("out") + jobs);
    const process_result r = run_cli({"--out-dir", out.string(), jobs, dir.str("in/one.html"),
                                      bad, dir.str("in/three.htm")});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(lines_of(r.err) == lines{summary(2, 0, 1), bad + ": " + reason});
    CHECK(tree_of(out) == lines{"one.md", "three.md"});
    CHECK(read_bytes(out / "one.md") == article_md(1));
    CHECK(read_bytes(out / "three.md") == article_md(3));
  }
}

TEST_CASE("cli batch: an existing output is skipped, and replaced with --force",
          "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "a.html", article_html(1));
  write_bytes(dir / "b.html", article_html(2));
  write_bytes(dir / "out" / "a.md", "kept\n");
  REQUIRE(::chmod(dir.str("out/a.md").c_str(), 0640) == 0);

  process_result r = run_cli({"--out-dir", dir.str("out"), dir.str("a.html"), dir.str("b.html")});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(lines_of(r.err) == lines{summary(1, 1, 0)});
  CHECK(read_bytes(dir / "out" / "a.md") == "kept\n");
  CHECK(read_bytes(dir / "out" / "b.md") == article_md(2));

  r = run_cli({"--out-dir", dir.str("out"), dir.str("a.html"), dir.str("b.html")});
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.err) == lines{summary(0, 2, 0)});

  r = run_cli({"--force", "--out-dir", dir.str("out"), dir.str("a.html"), dir.str("b.html")});
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.err) == lines{summary(2, 0, 0)});
  CHECK(read_bytes(dir / "out" / "a.md") == article_md(1));
  struct stat st {};
  REQUIRE(::stat(dir.str("out/a.md").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);  // a replaced file keeps its mode, as with -o
  CHECK(tree_of(dir / "out") == lines{"a.md", "b.md"});
}

TEST_CASE("cli batch: a directory is walked recursively and mirrored under --out-dir",
          "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "site" / "index.html", article_html(1));
  write_bytes(dir / "site" / "news" / "2025" / "story.HTM", article_html(2));
  write_bytes(dir / "site" / "news" / "page.xhtml", article_html(3));
  write_bytes(dir / "site" / "news" / "notes.txt", "not HTML");
  write_bytes(dir / "site" / "style.css", "p {}");
  write_bytes(dir / "site" / ".git" / "x.html", article_html(4));     // hidden: skipped
  write_bytes(dir / "site" / ".draft.html", article_html(5));         // hidden: skipped
  fs::create_directories(dir / "site" / "empty");

  // The output directory and its parents are created.
  const fs::path out = dir / "deep" / "out";
  const process_result r = run_cli({dir.str("site"), "--out-dir", out.string()});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 0);
  CHECK(lines_of(r.err) == lines{summary(3, 0, 0)});
  CHECK(tree_of(out) == lines{"index.md", "news/", "news/2025/", "news/2025/story.md",
                              "news/page.md"});
  CHECK(read_bytes(out / "index.md") == article_md(1));
  CHECK(read_bytes(out / "news" / "2025" / "story.md") == article_md(2));
  CHECK(read_bytes(out / "news" / "page.md") == article_md(3));
}

TEST_CASE("cli batch: -j1 and -j4 give the same files", "[cli][batch]") {
  scratch_dir dir;
  for (int i = 0; i < 40; ++i) {
    write_bytes(dir / "in" / ("d" + std::to_string(i % 4)) / ("a" + std::to_string(i) + ".html"),
                article_html(i));
  }
  const std::string sample_dir = ARTICLE2MD_SAMPLE_DIR;
  const fs::path sample = fs::path(sample_dir) / "voa-deepseek.article.html";
  const bool have_sample = !sample_dir.empty() && fs::is_regular_file(sample);
  if (have_sample) fs::copy_file(sample, dir / "in" / "voa.html");

  const process_result one = run_cli({"-j1", "--out-dir", dir.str("j1"), dir.str("in")});
  const process_result four = run_cli({"-j", "4", "--out-dir", dir.str("j4"), dir.str("in")});
  const int total = have_sample ? 41 : 40;
  CHECK(one.exit_code == 0);
  CHECK(four.exit_code == 0);
  CHECK(lines_of(one.err) == lines{summary(total, 0, 0)});
  CHECK(lines_of(four.err) == lines{summary(total, 0, 0)});
  const lines files = tree_of(dir / "j1");
  CHECK(files.size() == static_cast<std::size_t>(total + 4));  // and the four directories
  CHECK(tree_of(dir / "j4") == files);
  for (const std::string& f : files) {
    if (f.back() == '/') continue;
    INFO(f);
    CHECK(read_bytes(dir / "j1" / f) == read_bytes(dir / "j4" / f));
  }
  CHECK(read_bytes(dir / "j4" / "d3" / "a39.md") == article_md(39));
  // The archived sample keeps its header in a batch too.
  if (have_sample) {
    CHECK(read_bytes(dir / "j4" / "voa.md") ==
          read_bytes(fs::path(sample_dir) / "voa-deepseek.expected.md"));
  }
}

TEST_CASE("cli batch: failures are listed in input order with their reasons", "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "x" / "same.html", article_html(1));
  write_bytes(dir / "y" / "same.html", article_html(2));
  write_bytes(dir / "z.html", article_html(3));
  write_bytes(dir / "z.htm", article_html(4));
  const std::string out = dir.str("out");
  const process_result r =
      run_cli({"-j4", "--out-dir", out, dir.str("gone1.html"), dir.str("x/same.html"),
               dir.str("y/same.html"), dir.str("z.html"), dir.str("z.htm"), dir.str("gone2.html")});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 1);
  CHECK(lines_of(r.err) ==
        lines{summary(2, 0, 4),
              dir.str("gone1.html") + ": cannot open: No such file or directory",
              dir.str("y/same.html") + ": its output '" + out +
                  "/same.md' is already the output of '" + dir.str("x/same.html") + "'",
              dir.str("z.htm") + ": its output '" + out + "/z.md' is already the output of '" +
                  dir.str("z.html") + "'",
              dir.str("gone2.html") + ": cannot open: No such file or directory"});
  CHECK(tree_of(out) == lines{"same.md", "z.md"});
  CHECK(read_bytes(dir / "out" / "same.md") == article_md(1));
  CHECK(read_bytes(dir / "out" / "z.md") == article_md(3));
}

TEST_CASE("cli batch: archived files keep their header, options apply to every file",
          "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "a.html",
              "<!--1738168743000-->\n[Old](https://example.com/a)\n------\n\n<p>Hello</p>\n");
  write_bytes(dir / "b.html", "<a href=\"/x\">x</a>");
  process_result r = run_cli({"--out-dir", dir.str("out"), "--base-url", "https://example.org/",
                              dir.str("a.html"), dir.str("b.html")});
  CHECK(r.exit_code == 0);
  CHECK(read_bytes(dir / "out" / "a.md") ==
        "<!--1738168743000-->\n[Old](https://example.com/a)\n------\n\nHello\n");
  CHECK(read_bytes(dir / "out" / "b.md") == "[x](https://example.org/x)\n");

  r = run_cli({"--out-dir", dir.str("none"), "--header", "none", dir.str("a.html")});
  CHECK(r.exit_code == 0);
  CHECK(read_bytes(dir / "none" / "a.md") == "Hello\n");
}

TEST_CASE("cli batch: nothing is left behind when writing fails", "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "a.html", article_html(1));
  SECTION("the output directory is a file") {
    write_bytes(dir / "out", "a file");
    const process_result r = run_cli({"--out-dir", dir.str("out"), dir.str("a.html")});
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.rfind("article2md: cannot create the output directory", 0) == 0);
    CHECK(tree_of(dir.path) == lines{"a.html", "out"});
  }
  SECTION("the output is a directory") {
    fs::create_directories(dir / "out" / "a.md");
    const process_result r =
        run_cli({"--force", "--out-dir", dir.str("out"), dir.str("a.html")});
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err) == lines{summary(0, 0, 1), dir.str("a.html") + ": cannot write '" +
                                                         dir.str("out/a.md") +
                                                         "': it is a directory"});
    CHECK(tree_of(dir / "out") == lines{"a.md/"});
  }
  SECTION("a read-only output directory") {
    if (::geteuid() == 0) {
      WARN("running as root, which can write anywhere: skipping the read-only directory case");
      return;
    }
    fs::create_directories(dir / "ro");
    fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    const process_result r = run_cli({"--out-dir", dir.str("ro"), dir.str("a.html")});
    fs::permissions(dir / "ro", fs::perms::owner_all);
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err) == lines{summary(0, 0, 1), dir.str("a.html") + ": cannot write '" +
                                                         dir.str("ro/a.md") +
                                                         "': Permission denied"});
    CHECK(tree_of(dir / "ro").empty());
  }
}

TEST_CASE("cli batch: SIGINT and SIGTERM stop the batch cleanly", "[cli][batch]") {
  const int sig = GENERATE(SIGINT, SIGTERM);
  INFO("signal " << sig);
  scratch_dir dir;
  const int total = 500;
  for (int i = 0; i < total; ++i) {
    write_bytes(dir / "in" / ("f" + std::to_string(10000 + i) + ".html"), article_html(i));
  }
  process_options options;
  options.signal_when_exists = dir.str("out/f10000.md");
  options.signal_to_send = sig;
  const process_result r =
      run_process({cli_binary(), "-j2", "--out-dir", dir.str("out"), dir.str("in")}, options);
  INFO("stderr: " << r.err);
  const lines err = lines_of(r.err);
  if (r.exit_code == 0) {
    WARN("the batch finished before the signal arrived: nothing to check");
    return;
  }
  // After its summary the command ends by the signal itself, which a shell shows as 128 + it.
  CHECK(r.signal == sig);
  REQUIRE(err.size() == 2);
  // Every file written is complete; nothing else (no temporary file) is there.
  const lines files = tree_of(dir / "out");
  CHECK(err[0] == summary(static_cast<int>(files.size()), 0, 0));
  CHECK(err[1] == std::string("interrupted by ") + (sig == SIGINT ? "SIGINT" : "SIGTERM") + ": " +
                      std::to_string(total - static_cast<int>(files.size())) + " not converted");
  CHECK(files.size() < static_cast<std::size_t>(total));
  for (const std::string& f : files) {
    INFO(f);
    REQUIRE(f.size() == 9);  // "f1xxxx.md"
    CHECK(read_bytes(dir / "out" / f) == article_md(std::stoi(f.substr(1, 5)) - 10000));
  }
}

TEST_CASE("cli batch: usage errors", "[cli][batch]") {
  scratch_dir dir;
  write_bytes(dir / "a.html", article_html(1));
  const std::string a = dir.str("a.html"), out = dir.str("out");
  const std::vector<std::vector<std::string>> cases = {
      {"--out-dir", out},                                  // nothing to convert
      {"--out-dir", out, "-"},                             // standard input
      {"--out-dir", out, a, "-o", dir.str("x.md")},        // -o and --out-dir
      {"--out-dir", out, a, "--title", "T"},               // one article's field
      {"--out-dir", out, a, "--url", "https://example.com/"},
      {"--out-dir", out, a, "-j", "0"},
      {"--out-dir", out, a, "-j", "many"},
      {"--out-dir", out, "https://example.com/a"},         // URLs are one at a time
      {a, "--force"},                                      // --force without --out-dir
      {a, "-j2"},
      {"--out-dir", out, a, "--charset", "no-such-charset"},
  };
  for (const auto& args : cases) {
    std::string joined;
    for (const auto& s : args) joined += s + " ";
    INFO(joined);
    const process_result r = run_cli(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(lines_of(r.err).size() == 1);
    CHECK(r.err.rfind("article2md: ", 0) == 0);
  }
  CHECK(tree_of(dir.path) == lines{"a.html"});
}
